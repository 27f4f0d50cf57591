import Foundation

/// Aligns two sequences of sentences (or paragraphs) by dynamic programming over beads
/// 1-1, 1-0, 0-1, 2-1, 1-2, 2-2, 3-1, 1-3, 4-1, 1-4, 3-2, 2-3, and blocks of 8 or 16 sentences
/// of one side left out at once.
///
/// A bead's score adds three kinds of evidence:
/// - words: tokens on either side whose translation (every language's lexicon to English,
///   `Lexicon`; numbers, symbols and Latin strings in every language; words learned from a first
///   pass, `LearnedLexicon`) occurs on the other side count for it, each weighted by how unlikely
///   such a find is by chance, less what chance would find;
/// - length: Gale–Church's normal model of the length ratio, with the ratio and its variance
///   estimated from the two texts themselves (Chinese characters against English letters is ~1:3),
///   characters carried over unchanged left out (`LengthModel`);
/// - anchors: a paragraph number opening both sides agrees or disagrees;
/// plus a cost per bead shape, re-estimated from a first pass over the texts themselves. Blocks
/// the two texts place differently are paired last (`MovedBlocks.swift`).
///
/// How it stays fast (linear in the length of the texts):
/// - long texts are first aligned as blocks of eight sentences (recursively), and the sentence
///   search runs in windows around that coarse path; a path that runs along a window's edge widens
///   the windows there and searches again;
/// - the word evidence of every sentence pair in the windows is computed once, from lists of the
///   sentences that hold each word, so the work follows the words found;
/// - each cell of the search takes the best of its predecessors, and a merge is scored in full
///   only when an upper bound (its pairs' evidence summed) could still beat the best so far.
///
/// The tables it reads (the two texts' tokens and weights, the word evidence of sentence pairs)
/// are in `SentenceEvidence.swift`.
public struct SentenceAligner: Sendable {
    public struct Parameters: Sendable, Codable {
        /// Weight of a token whose translation is found on the other side.
        public var wordWeight = 1.0
        /// How much of the words' chance finds (in unrelated sentences) is discounted, per sentence paired.
        public var chanceWeight = 1.0
        /// Weight of an unmatched token against a matched one.
        public var unmatchedTokenCost = 0.0
        /// Weight of the length log-probability.
        public var lengthWeight = 2.0
        /// Cost of leaving one sentence unaligned.
        public var skipCost = 2.0
        /// Extra cost of a 2-1 or 1-2 bead, and of the rarer shapes.
        public var mergeCost = 2.3
        public var merge22Cost = 4.4
        public var merge31Cost = 4.9
        /// Score of two sentences opening with the same paragraph number, and cost when they differ.
        public var markerWeight = 6.0
        public var markerMismatchWeight = 3.0
        /// Cells scoring this far below the best of their row are not extended.
        public var beam = 25.0
        /// Half-width of the first search band, in sentences.
        public var band = 40
        /// Reward for a merge whose first sentence ends with a colon.
        public var introductionBonus = 1.5
        /// Each sentence a merge joins (on its side of more than one) must find this share of
        /// the coverage of these texts times its own weight, or the merge is charged the
        /// shortfall. Coverage: the share of the 1-1 beads' token weight that finds a translation,
        /// measured on the first pass, so the check runs in the second (texts of 40 sentences or
        /// more with `adaptPriors`: in document mode the units, seldom a unit's sentences). Finds
        /// count both ways (the sentence's words found in the other side, and theirs in it), so
        /// a sentence translated as well as the rest finds about twice the bar. A line whose
        /// translation the other version lacks finds nothing in its neighbour's translation:
        /// joined to it, it would cost no more than the shape, and a short one slips in. Nil:
        /// merges are not checked part by part.
        public var mergePartShare: Double? = 0.5
        /// The most one sentence of a merge is charged (in token weight; not negative).
        public var mergePartCap = 1.0
        /// Blocks of 8 and 16 sentences of one side left out at once cost one skip plus this share
        /// of a skip for each further sentence: a stretch only one version has (an annexed table,
        /// a block the other places elsewhere) is one event, not thirty deletions, and charged as
        /// thirty it drags the path through the other version's sentences instead. Nil: no blocks.
        public var blockSkipExtend: Double? = 0.2
        /// Re-estimate the shape costs from a first pass over the texts themselves.
        public var adaptPriors = true
        /// Learn word translations from a first pass where the texts have little other lexical
        /// evidence (`LearnedLexicon`), and search again with them.
        public var learnWords = true
        /// Pair blocks left out at two different places when they translate each other
        /// (`MovedBlocks.swift`): the beads are then no longer in the target's order.
        public var placesMovedBlocks = true
        /// How many beads of pseudo-evidence the default costs are worth against the first pass.
        public var priorStrength = 20.0
        /// Shape costs are this many times the log-odds of the shape (evidence and priors share a scale).
        public var priorScale = 0.7
        public init() {}

        /// Costs blended from the defaults and the shape frequencies of a first alignment.
        func adapted(to beads: [Bead]) -> Parameters {
            var counts: [String: Double] = [:]
            for b in beads {
                let k = b.source.isEmpty || b.target.isEmpty ? "skip" : b.source.count == 1 && b.target.count == 1 ? "11"
                    : b.source.count + b.target.count == 3 ? "21" : b.source.count == 2 && b.target.count == 2 ? "22" : "31"
                counts[k, default: 0] += b.source.isEmpty || b.target.isEmpty ? Double(b.source.count + b.target.count) : 1
            }
            let n11 = counts["11", default: 0]
            var p = self
            p.adaptPriors = false
            // Each cost is −log(frequency relative to 1-1), with the default cost as a prior worth
            // `priorStrength` beads: cost' = −log((n_k + m·e^(−cost)) / (n_11 + m)).
            func cost(_ k: String, _ c: Double) -> Double {
                // Never below 0: more skips than 1-1 beads would otherwise make skipping pay.
                max(0, -priorScale * log((counts[k, default: 0] + priorStrength * exp(-c / priorScale)) / (n11 + priorStrength)))
            }
            p.skipCost = cost("skip", skipCost)
            p.mergeCost = cost("21", mergeCost)
            p.merge22Cost = cost("22", merge22Cost)
            p.merge31Cost = cost("31", merge31Cost)
            return p
        }
    }

    public var parameters = Parameters()
    /// The share of the 1-1 beads' token weight that finds a translation in the texts being
    /// aligned, measured on the first pass (`mergePartShare`); nil before it.
    var measuredCoverage: Double?
    public init(parameters: Parameters = Parameters()) { self.parameters = parameters }

    /// A bead with how sure the aligner is of it.
    public struct ScoredBead: Sendable {
        public let bead: Bead
        /// 0...1: how clearly the evidence preferred this bead to leaving its sentences out.
        public let confidence: Double
        /// A 2-2 bead whose words match crosswise: the two sentences are in the other order.
        public let crossing: Bool
        /// A bead of a block the two versions place differently (`MovedBlocks.swift`): its target
        /// sentences are elsewhere in the target's order.
        public var moved = false
    }

    /// Aligns `source` with `target` sentences; beads cover both sides, each sentence once, in the
    /// source's order (and the target's, but for the beads of moved blocks).
    public func align(_ source: [String], _ target: [String], languages: (Language, Language)) -> [Bead] {
        alignScored(source, target, languages: languages).map(\.bead)
    }

    /// Beads with their confidence. `anchors` (one per sentence, e.g. structural addresses)
    /// replace the paragraph numbers read from the text.
    public func alignScored(_ source: [String], _ target: [String], languages: (Language, Language),
                            anchors: ([String?], [String?])? = nil) -> [ScoredBead] {
        let vocab = Featurizer.LocalVocabulary(Lexicon.shared.vocabulary)
        // Cognate ids only when both languages have them (English–French, not English–Chinese).
        let cognates = LanguageProfile.of(languages.0).cognatePrefixLength != nil && LanguageProfile.of(languages.1).cognatePrefixLength != nil
        let fs = Featurizer(language: languages.0, cognates: cognates), ft = Featurizer(language: languages.1, cognates: cognates)
        var s = fs.features(source, vocab: vocab), t = ft.features(target, vocab: vocab)
        if let (ma, mb) = anchors {  // structural addresses replace the markers read from the text
            for k in s.indices where k < ma.count { s[k].marker = ma[k] }
            for k in t.indices where k < mb.count { t[k].marker = mb[k] }
        }
        return align(s, t)
    }

    func align(_ s: [SentenceFeatures], _ t: [SentenceFeatures]) -> [ScoredBead] {
        if s.isEmpty { return t.indices.map { ScoredBead(bead: Bead([], [$0]), confidence: 0, crossing: false) } }
        if t.isEmpty { return s.indices.map { ScoredBead(bead: Bead([$0], []), confidence: 0, crossing: false) } }
        let (s, t, ids) = TextPair.densified(s, t)
        var texts = TextPair(s, t, idCount: ids)
        let model = LengthModel(texts.s, texts.t)
        var windows = initialWindows(s, t, idCount: ids)
        var pairs = PairEvidence(texts, windows)
        var beads = searchRecovering(texts, model, &pairs, &windows)
        if parameters.learnWords, let learned = LearnedLexicon(beads: beads, s, t, idCount: ids) {
            // Words learned from the first pass's beads: searched again near its path, and wider
            // where the new evidence is still poor.
            let (s2, t2, ids2) = learned.augmented(s, t, idCount: ids)
            texts = TextPair(s2, t2, idCount: ids2)
            windows = Windows(path: beads, blockSize: 1, s.count, t.count, margin: 16).clipped(to: windows)
            pairs = PairEvidence(texts, windows)
            beads = searchRecovering(texts, model, &pairs, &windows)
        }
        var final = self
        if parameters.adaptPriors, s.count + t.count >= 40 {
            // Second pass with bead-shape costs re-estimated from the first: a magazine leaves many
            // subtitles untranslated, a UN record almost none.
            final = SentenceAligner(parameters: parameters.adapted(to: beads))
            if parameters.mergePartShare != nil { final.measuredCoverage = coverage(of: beads, texts, pairs) }
            // New costs move the path locally: the second pass searches near the first path.
            windows = Windows(path: beads, blockSize: 1, s.count, t.count, margin: 8).clipped(to: windows)
            beads = final.searchWidening(texts, model, &pairs, &windows)
        }
        let evidence = pairs
        let uncrossed = Self.uncross(beads) { x, y in x < s.count && y < t.count ? evidence.weight(x, y) : 0 }
        let finished = final.finish(uncrossed, texts, model, evidence)
        // Moved pairs are scored with the costs the other beads were (`final`'s); the rest is
        // aligned again from the start (`self`).
        return parameters.placesMovedBlocks ? final.placingMovedBlocks(finished, texts, model, evidence, s, t, realigner: self) : finished
    }

    /// Beads only, one pass (the coarse level of a long alignment).
    private func alignOnce(_ s: [SentenceFeatures], _ t: [SentenceFeatures], idCount: Int) -> [Bead] {
        // A token found in most blocks of the other text says next to nothing there, and would
        // cost the most to look up.
        let texts = TextPair(s, t, idCount: idCount, minimumWeight: 0.1)
        let model = LengthModel(texts.s, texts.t)
        var windows = initialWindows(s, t, idCount: idCount)
        var pairs = PairEvidence(texts, windows)
        return searchWidening(texts, model, &pairs, &windows)
    }

    /// The search window of each source row: a band around the diagonal for short texts; for long
    /// ones, a narrow band around the path found by aligning blocks of eight sentences (recursively),
    /// so cost grows linearly with length.
    private func initialWindows(_ s: [SentenceFeatures], _ t: [SentenceFeatures], idCount: Int) -> Windows {
        let k = 8
        guard s.count + t.count > 600, s.count >= 2 * k, t.count >= 2 * k else {
            return Windows(diagonal: s.count, t.count, band: max(parameters.band, abs(s.count - t.count) + 10))
        }
        var coarse = parameters
        coarse.adaptPriors = false
        coarse.markerWeight = 0
        coarse.markerMismatchWeight = 0
        coarse.blockSkipExtend = nil
        // A block left out leaves k sentences out: without this, a text that repeats itself lets
        // the coarse path hop to the next repetition almost for free.
        coarse.skipCost = parameters.skipCost * Double(k)
        let beads = SentenceAligner(parameters: coarse).alignOnce(Self.blocks(s, k), Self.blocks(t, k), idCount: idCount)
        return Windows(path: beads, blockSize: k, s.count, t.count, margin: k / 2)
    }

    /// Sentences merged k at a time.
    private static func blocks(_ xs: [SentenceFeatures], _ k: Int) -> [SentenceFeatures] {
        stride(from: 0, to: xs.count, by: k).map { SentenceFeatures(concatenating: xs[$0..<min(xs.count, $0 + k)]) }
    }

    private func searchWidening(_ texts: TextPair, _ model: LengthModel, _ pairs: inout PairEvidence, _ windows: inout Windows) -> [Bead] {
        var beam = parameters.beam
        let d = max(parameters.band, 16)
        var reach = d
        while true {
            guard let (beads, touched) = search(texts, model, pairs, windows, beam: beam) else {
                // The beam cut every way to the end (a text that repeats itself offers the search
                // several equally good tracks). Without a beam, connected windows always lead there.
                if beam.isFinite {
                    beam = .infinity
                } else if windows.isFull {
                    // Nothing reaches the end even so: only parameters that are not numbers do this.
                    return (0..<texts.s.count).map { Bead([$0], []) } + (0..<texts.t.count).map { Bead([], [$0]) }
                } else {
                    windows = windows.widened(by: d)
                    pairs = PairEvidence(texts, windows)
                }
                continue
            }
            if touched.isEmpty || windows.isFull { return beads }
            // The path ran along an edge: the windows may have kept it from a better one there.
            // Each time it does, the widened stretch doubles (a coarse path that drifted off
            // is found again in a few searches, not one stretch at a time).
            let wider = windows.widened(by: d, around: touched.map { $0...$0 }, reach: reach)
            reach = min(2 * reach, windows.lo.count)
            windows = wider == windows ? windows.widened(by: d) : wider
            pairs = PairEvidence(texts, windows)
        }
    }

    /// The best path, searched again with wider windows where it runs through a long stretch of
    /// beads whose words find no more than chance would: a coarse path led astray (an insertion in
    /// one version spread over many blocks) leaves such a stretch, and the wider search finds the
    /// skips instead.
    private func searchRecovering(_ texts: TextPair, _ model: LengthModel, _ pairs: inout PairEvidence, _ windows: inout Windows) -> [Bead] {
        var beads = searchWidening(texts, model, &pairs, &windows)
        for _ in 0..<3 where !windows.isFull {
            var wider = windows
            // At most 512 sentences either way: a text pair with little evidence anywhere (no
            // lexicon, no numbers) must not turn the search quadratic.
            for run in poorRuns(beads, texts, pairs) {
                let d = min(run.length, 512)
                wider = wider.widened(by: d, around: [run.rows], reach: d)
            }
            if wider == windows { break }
            windows = wider
            pairs = PairEvidence(texts, windows)
            let again = searchWidening(texts, model, &pairs, &windows)
            if again == beads { break }
            beads = again
        }
        return beads
    }

    /// Stretches of at least ten beads where, ten beads at a time, the words find on average less
    /// than half a token's weight beyond chance (a skip finds nothing): the source rows they span
    /// and their length in sentences. A translation finds several tokens per bead; beads forced
    /// onto the wrong sentences find what chance finds.
    private func poorRuns(_ beads: [Bead], _ texts: TextPair, _ pairs: PairEvidence) -> [(rows: ClosedRange<Int>, length: Int)] {
        let span = 10
        guard beads.count >= span else { return [] }
        let found: [Double] = beads.map { b in
            guard let x = b.source.first, let y = b.target.first else { return 0 }
            let (a, c) = (b.source.count, b.target.count)
            return pairs.unionWeight(x, a, y, c) - chance(texts, x, a, y, c)
        }
        // Beads inside a window of `span` beads whose mean is too low.
        var poor = [Bool](repeating: false, count: beads.count)
        var sum = found[0..<span].reduce(0, +)
        for k in 0...(beads.count - span) {
            if k > 0 { sum += found[k + span - 1] - found[k - 1] }
            if sum < 0.5 * Double(span) { for q in k..<(k + span) { poor[q] = true } }
        }
        var runs: [(rows: ClosedRange<Int>, length: Int)] = []
        var i = 0, j = 0
        var start: (i: Int, j: Int)?
        for (k, b) in beads.enumerated() {
            if poor[k], start == nil { start = (i, j) }
            i += b.source.count
            j += b.target.count
            if let st = start, k == beads.count - 1 || !poor[k + 1] {
                runs.append((st.i...i, max(i - st.i, j - st.j)))
                start = nil
            }
        }
        return runs
    }

    /// Two neighbouring 1-1 beads whose words match crosswise are two sentences in the other
    /// order: a monotone alignment cannot cross them, so they become one 2-2 bead marked crossing.
    private static func uncross(_ beads: [Bead], _ evidence: (Int, Int) -> Double) -> [(Bead, Bool)] {
        var out: [(Bead, Bool)] = []
        var k = 0
        while k < beads.count {
            let b = beads[k]
            if k + 1 < beads.count, b.source.count == 1, b.target.count == 1, beads[k + 1].source.count == 1, beads[k + 1].target.count == 1 {
                let (i, j) = (b.source[0], b.target[0])
                if crosses(i, j, evidence) {
                    out.append((Bead([i, i + 1], [j, j + 1]), true))
                    k += 2
                    continue
                }
            }
            out.append((b, b.source.count == 2 && b.target.count == 2 && crosses(b.source[0], b.target[0], evidence)))
            k += 1
        }
        return out
    }

    private static func crosses(_ i: Int, _ j: Int, _ evidence: (Int, Int) -> Double) -> Bool {
        let straight = evidence(i, j) + evidence(i + 1, j + 1), crossed = evidence(i, j + 1) + evidence(i + 1, j)
        return crossed > 1.5 * straight + 1
    }

    private func finish(_ beads: [(Bead, Bool)], _ texts: TextPair, _ model: LengthModel, _ pairs: PairEvidence) -> [ScoredBead] {
        beads.map { b, crossing in
            guard let i = b.source.first, let j = b.target.first else { return ScoredBead(bead: b, confidence: 0, crossing: false) }
            let (a, c) = (b.source.count, b.target.count)
            let v = beadScore(texts, model, pairs, i, a, j, c)
            // Against leaving both sides out: a bead far better than two skips is sure.
            let margin = v + parameters.skipCost * Double(a + c)
            return ScoredBead(bead: b, confidence: crossing ? 0.5 : 1 / (1 + exp(-margin / 2)), crossing: crossing)
        }
    }

    private static let baseShapes: [(Int, Int)] = [(1, 1), (1, 0), (0, 1), (2, 1), (1, 2), (2, 2), (3, 1), (1, 3), (4, 1), (1, 4), (3, 2), (2, 3)]
    private static let blockShapes: [(Int, Int)] = baseShapes + [(8, 0), (0, 8), (16, 0), (0, 16)]
    private var shapes: [(Int, Int)] { parameters.blockSkipExtend == nil ? Self.baseShapes : Self.blockShapes }

    /// The best path inside the windows, and the rows where it runs along a window's edge.
    ///
    /// Each cell takes the best of its predecessors. Everything in a bead's score but the words is
    /// cheap (lengths are prefix sums), and the words of a merge can find no more than the sum of
    /// their pairs: a merge whose bound cannot beat the cell's best so far is not scored.
    private func search(_ texts: TextPair, _ model: LengthModel, _ pairs: PairEvidence, _ w: Windows, beam: Double) -> ([Bead], [Int])? {
        let n = texts.s.count, m = texts.t.count
        var offset = [Int](repeating: 0, count: n + 2)
        for i in 0...n { offset[i + 1] = offset[i] + (w.hi[i] - w.lo[i] + 1) }
        var score = [Double](repeating: -.infinity, count: offset[n + 1])
        var back = [UInt8](repeating: 255, count: offset[n + 1])
        // Beam: cells far below the best of their row are not extended, except along their own row
        // (0-1 skips, taken while the row is filled): at the coarse level a block skip costs about
        // what the beam allows, and a run of them (an insertion in one version) would be cut off.
        var floor = [Double](repeating: -.infinity, count: n + 1)
        let p = parameters
        let shapes = self.shapes, cost = shapes.map { shapeCost($0.0, $0.1) }
        // The words of a merge find at most what its pairs find one by one (the length term is
        // never positive, nor is what a merge's sentences are charged): an upper bound while
        // those weights are not negative. `slack` absorbs the rounding of adding the same weights
        // in another order.
        let bounded = p.lengthWeight >= 0 && p.wordWeight + p.unmatchedTokenCost >= 0 && p.mergePartCap >= 0, slack = 1e-9
        let src = texts.s, tgt = texts.t
        score.withUnsafeMutableBufferPointer { score in back.withUnsafeMutableBufferPointer { back in
        floor.withUnsafeMutableBufferPointer { floor in w.lo.withUnsafeBufferPointer { lo in w.hi.withUnsafeBufferPointer { hi in
            for i in 0...n {
                var rowBest = -Double.infinity
                for j in lo[i]...hi[i] {
                    var best = i == 0 && j == 0 ? 0 : -Double.infinity
                    var arg: UInt8 = 255
                    for k in 0..<shapes.count {
                        let (a, b) = shapes[k]
                        let pi = i - a, pj = j - b
                        guard pi >= 0, pj >= lo[pi], pj <= hi[pi] else { continue }
                        let base = score[offset[pi] + pj - lo[pi]]
                        guard base > floor[pi] else { continue }
                        var v = base - cost[k]
                        if a > 0 && b > 0 {
                            // Cheapest first: shape, numbers and words' upper bound; then length; the
                            // union of the words only for a merge that can still win.
                            let ms = src.marker[pi], mt = tgt.marker[pj]
                            if ms >= 0 && mt >= 0 { v += ms == mt ? p.markerWeight : -p.markerMismatchWeight }
                            if a > 1 && src.introduces[pi] || b > 1 && tgt.introduces[pj] { v += p.introductionBonus }
                            let ch = chance(texts, pi, a, pj, b), total = texts.total(pi, a, pj, b)
                            var found = 0.0
                            for x in pi..<i { for y in pj..<j { found += pairs.weight(x, y) } }
                            if bounded && a + b > 2 && v + words(found - ch, total) + slack <= best { continue }
                            v += p.lengthWeight * model.logProbability(src.lengthPrefix[i] - src.lengthPrefix[pi], src.carriedPrefix[i] - src.carriedPrefix[pi],
                                                                       tgt.lengthPrefix[j] - tgt.lengthPrefix[pj], tgt.carriedPrefix[j] - tgt.carriedPrefix[pj])
                            if a + b > 2 {
                                if bounded && v + words(found - ch, total) + slack <= best { continue }
                                found = pairs.unionWeight(pi, a, pj, b)
                                v -= mergePartShortfall(texts, pairs, pi, a, pj, b)
                            }
                            v += words(found - ch, total)
                        }
                        if v > best { best = v; arg = UInt8(k) }
                    }
                    let c = offset[i] + j - lo[i]
                    score[c] = best
                    back[c] = arg
                    if best > rowBest { rowBest = best }
                }
                floor[i] = rowBest - beam
            }
        } } } } }
        var beads: [Bead] = []
        var i = n, j = m
        var touched: [Int] = []
        while i > 0 || j > 0 {
            guard j >= w.lo[i], j <= w.hi[i] else { return nil }
            let c = offset[i] + j - w.lo[i]
            guard back[c] != 255 else { return nil }
            if i > 0, (j == w.lo[i] && w.lo[i] > 0) || (j == w.hi[i] && w.hi[i] < m) { touched.append(i) }
            let (a, b) = shapes[Int(back[c])]
            if a == 0 || b == 0 {
                // A block left out: one bead per sentence, as a skip of each.
                for x in ((i - a)..<i).reversed() { beads.append(Bead([x], [])) }
                for y in ((j - b)..<j).reversed() { beads.append(Bead([], [y])) }
            } else {
                beads.append(Bead(Array((i - a)..<i), Array((j - b)..<j)))
            }
            i -= a
            j -= b
        }
        return (beads.reversed(), touched)
    }

    /// The words' part of a bead's score: `covered` is the weight of the tokens that found a
    /// translation (less what chance would find), `total` the weight of all of them.
    @inline(__always)
    func words(_ covered: Double, _ total: Double) -> Double {
        (parameters.wordWeight + parameters.unmatchedTokenCost) * covered - parameters.unmatchedTokenCost * total
    }

    /// What the words of a bead of a×b sentences would find in unrelated sentences.
    @inline(__always)
    func chance(_ texts: TextPair, _ i: Int, _ a: Int, _ j: Int, _ b: Int) -> Double {
        parameters.chanceWeight * texts.chance(i, a, j, b)
    }

    /// The share of the token weight of the 1-1 beads that finds a translation beyond chance.
    private func coverage(of beads: [Bead], _ texts: TextPair, _ pairs: PairEvidence) -> Double {
        var found = 0.0, total = 0.0
        for b in beads where b.source.count == 1 && b.target.count == 1 {
            let (x, y) = (b.source[0], b.target[0])
            found += pairs.weight(x, y) - chance(texts, x, 1, y, 1)
            total += texts.total(x, 1, y, 1)
        }
        return total > 0 ? max(0, found / total) : 0
    }

    /// What a merge is charged for the sentences it joins that find too little in the other side
    /// (`Parameters.mergePartShare`): nothing before the texts' coverage is measured.
    func mergePartShortfall(_ texts: TextPair, _ pairs: PairEvidence, _ i: Int, _ a: Int, _ j: Int, _ b: Int) -> Double {
        guard let share = parameters.mergePartShare, let coverage = measuredCoverage else { return 0 }
        let cap = parameters.mergePartCap
        func shortfall(_ found: Double, _ weight: Double) -> Double { min(cap, max(0, share * coverage * weight - found)) }
        // Each joined sentence of a side that joins several, against the other side's sentences.
        var cost = 0.0
        if a > 1 {
            for x in i..<(i + a) where !Self.isExempt(x, first: i, texts.s) {
                cost += shortfall((j..<(j + b)).reduce(0) { $0 + pairs.weight(x, $1) } - chance(texts, x, 1, j, b), texts.s.total(x))
            }
        }
        if b > 1 {
            for y in j..<(j + b) where !Self.isExempt(y, first: j, texts.t) {
                cost += shortfall((i..<(i + a)).reduce(0) { $0 + pairs.weight($1, y) } - chance(texts, i, a, y, 1), texts.t.total(y))
            }
        }
        return cost
    }

    /// A joined sentence that needs no words of its own: the first, when it introduces the rest
    /// (ending with a colon: a speaker's label, a heading), and one the line before runs on into
    /// (text wrapped at the end of a line: its last words alone find little).
    private static func isExempt(_ x: Int, first: Int, _ side: TextSide) -> Bool {
        x == first ? side.introduces[x] : side.runsOn[x - 1]
    }

    /// What a bead's shape costs against a 1-1 bead (a skip: against nothing).
    func shapeCost(_ a: Int, _ b: Int) -> Double {
        let p = parameters
        switch (a, b) {
        case (1, 1): return 0
        case (_, 0), (0, _): return a + b == 1 ? p.skipCost : p.skipCost * (1 + (p.blockSkipExtend ?? 1) * Double(a + b - 1))
        case (2, 1), (1, 2): return p.mergeCost
        case (2, 2): return p.merge22Cost
        case (3, 1), (1, 3): return p.merge31Cost
        default: return p.merge31Cost + p.mergeCost
        }
    }

    /// A bead's score as the search reckons it: its words, the rest, and its merged sentences'
    /// shortfall. Both sides hold a sentence (`a`, `b` ≥ 1); a skip's score is its shape cost.
    func beadScore(_ texts: TextPair, _ model: LengthModel, _ pairs: PairEvidence, _ i: Int, _ a: Int, _ j: Int, _ b: Int) -> Double {
        words(pairs.unionWeight(i, a, j, b) - chance(texts, i, a, j, b), texts.total(i, a, j, b)) + rest(texts, model, i, a, j, b)
            - mergePartShortfall(texts, pairs, i, a, j, b)
    }

    /// Everything in a bead's score but its words: length, paragraph numbers, shape.
    @inline(__always)
    func rest(_ texts: TextPair, _ model: LengthModel, _ i: Int, _ a: Int, _ j: Int, _ b: Int) -> Double {
        let p = parameters
        let (s, t) = (texts.s, texts.t)
        var v = p.lengthWeight * model.logProbability(s.lengthPrefix[i + a] - s.lengthPrefix[i], s.carriedPrefix[i + a] - s.carriedPrefix[i],
                                                      t.lengthPrefix[j + b] - t.lengthPrefix[j], t.carriedPrefix[j + b] - t.carriedPrefix[j])
        // Paragraph numbers opening the first sentence of each side.
        let ms = texts.s.marker[i], mt = texts.t.marker[j]
        if ms >= 0 && mt >= 0 { v += ms == mt ? p.markerWeight : -p.markerMismatchWeight }
        v -= shapeCost(a, b)
        // A line that ends with a colon joins what it introduces.
        if a > 1 && texts.s.introduces[i] || b > 1 && texts.t.introduces[j] { v += p.introductionBonus }
        return v
    }
}

/// Gale–Church: the target length of a source sentence of length l is normal with mean c·l and
/// variance s²·l; c and s² are estimated from the two texts (no per-language constants).
///
/// Characters a translation carries over as they are (digits, a name in Latin letters inside
/// Chinese) do not scale with the ratio: `2017` is four characters in every version, where a
/// Chinese word of two characters is eight French letters. Those both sentences hold are taken out
/// of both lengths before they are compared, so a list of years or a table row weighs what its
/// words weigh.
struct LengthModel {
    let ratio: Double
    let variance: Double

    init(_ source: TextSide, _ target: TextSide) {
        let (s, cs, t, ct) = (source.length, source.carried, target.length, target.carried)
        let shared = min(cs.reduce(0, +), ct.reduce(0, +))
        let ls = Double(s.reduce(0, +) - shared), lt = Double(t.reduce(0, +) - shared)
        ratio = ls > 0 ? max(0.05, lt / ls) : 1
        // Variance of the per-sentence residual, over sentences paired by position where the counts agree.
        var sum = 0.0, count = 0.0
        for k in 0..<min(s.count, t.count) {
            let c = min(cs[k], ct[k])
            guard s[k] > c else { continue }
            let r = Double(t[k] - c) - ratio * Double(s[k] - c)
            sum += r * r / Double(s[k] - c)
            count += 1
        }
        // Position pairing overestimates the spread once the texts drift apart; Gale–Church's 6.8
        // (scaled by the ratio) bounds it from below.
        variance = max(6.8 * ratio, min(count > 0 ? sum / count : 6.8 * ratio, 40 * ratio))
    }

    /// log P(|δ| this large), clipped at −12: log 2·(1 − Φ(|δ|)), for `ls` source and `lt` target
    /// characters of which `cs` and `ct` are carried over.
    @inline(__always)
    func logProbability(_ ls: Int, _ cs: Int, _ lt: Int, _ ct: Int) -> Double {
        let c = min(cs, ct)
        let a = Double(ls - c), b = Double(lt - c)
        let sd = (variance * max(1, (a + b / ratio) / 2)).squareRoot()
        return Self.tail(abs(b - ratio * a) / sd)
    }

    /// log erfc(δ/√2) tabulated with linear interpolation (error below 1e-5): the search asks
    /// for it a dozen times per cell, and `erfc` with `log` would be a fifth of its time.
    private static let step = 1.0 / 256, table: [Double] = (0...(8 * 256 + 1)).map { k in
        max(-12, log(max(erfc(Double(k) * step / 2.squareRoot()), 1e-12)))
    }

    @inline(__always)
    static func tail(_ delta: Double) -> Double {
        let x = delta / step
        guard x < Double(table.count - 2) else { return -12 }
        let k = Int(x), f = x - Double(k)
        return table[k] + f * (table[k + 1] - table[k])
    }
}

/// The target positions the search considers for each source row (0...n), non-decreasing.
struct Windows: Equatable {
    var lo: [Int], hi: [Int]
    let m: Int

    init(diagonal n: Int, _ m: Int, band: Int) {
        self.m = m
        let slope = Double(m) / Double(max(n, 1))
        lo = (0...n).map { max(0, Int((Double($0) * slope).rounded()) - band) }
        hi = (0...n).map { min(m, Int((Double($0) * slope).rounded()) + band) }
    }

    /// Around a coarse path of blocks of `k` sentences.
    init(path beads: [Bead], blockSize k: Int, _ n: Int, _ m: Int, margin: Int) {
        self.m = m
        lo = [Int](repeating: m, count: n + 1)
        hi = [Int](repeating: 0, count: n + 1)
        var bi = 0, bj = 0  // block coordinates before each bead
        for b in beads {
            let i0 = min(n, bi * k), i1 = min(n, (bi + b.source.count) * k)
            let j0 = min(m, bj * k), j1 = min(m, (bj + b.target.count) * k)
            for i in i0...i1 { lo[i] = min(lo[i], j0); hi[i] = max(hi[i], j1) }
            bi += b.source.count
            bj += b.target.count
        }
        for i in 0...n {
            lo[i] = max(0, lo[i] - margin)
            hi[i] = min(m, hi[i] + margin)
        }
        normalize()
    }

    /// These windows, no wider than `other`'s.
    func clipped(to other: Windows) -> Windows {
        var w = self
        for i in lo.indices {
            w.lo[i] = max(lo[i], other.lo[i])
            w.hi[i] = min(hi[i], other.hi[i])
        }
        w.normalize()
        return w
    }

    var isFull: Bool { lo.allSatisfy { $0 == 0 } && hi.allSatisfy { $0 == m } }

    func widened(by d: Int) -> Windows {
        var w = self
        w.lo = lo.map { max(0, $0 - d) }
        w.hi = hi.map { min(m, $0 + d) }
        w.normalize()
        return w
    }

    /// Widened by `d`, once, in the rows within `reach` of any of `stretches` only.
    func widened(by d: Int, around stretches: [ClosedRange<Int>], reach: Int) -> Windows {
        var w = self
        var widen = [Bool](repeating: false, count: lo.count)
        for r in stretches { for i in max(0, r.lowerBound - reach)...min(lo.count - 1, r.upperBound + reach) { widen[i] = true } }
        for i in lo.indices where widen[i] {
            w.lo[i] = max(0, lo[i] - d)
            w.hi[i] = min(m, hi[i] + d)
        }
        w.normalize()
        return w
    }

    /// Monotone windows that contain (0, 0) and (n, m) and overlap from row to row.
    private mutating func normalize() {
        lo[0] = 0
        hi[hi.count - 1] = m
        for i in 1..<lo.count { lo[i] = max(lo[i], lo[i - 1]) }
        for i in stride(from: hi.count - 2, through: 0, by: -1) { hi[i] = min(hi[i], hi[i + 1]) }
        for i in lo.indices {
            if hi[i] < lo[i] { hi[i] = lo[i] }
            if i > 0, lo[i] > hi[i - 1] { lo[i] = hi[i - 1] }
        }
    }
}

