import Foundation

/// Aligns two sequences of sentences (or paragraphs) by dynamic programming over beads
/// 1-1, 1-0, 0-1, 2-1, 1-2, 2-2, 3-1, 1-3.
///
/// A bead's score adds three kinds of evidence:
/// - words: tokens on either side whose translation (CC-CEDICT for Chinese; numbers, symbols and
///   Latin strings in every language) occurs on the other side count for it, tokens that find
///   nothing count against it;
/// - length: Gale–Church's normal model of the length ratio, with the ratio and its variance
///   estimated from the two texts themselves (Chinese characters against English letters is ~1:3);
/// - anchors: a paragraph number opening both sides agrees or disagrees.
/// The search runs in a band around the diagonal that widens only when the best path touches
/// its edge, so cost grows linearly with the length of the texts.
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
        /// Re-estimate the shape costs from a first pass over the texts themselves.
        public var adaptPriors = true
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
                -priorScale * log((counts[k, default: 0] + priorStrength * exp(-c / priorScale)) / (n11 + priorStrength))
            }
            p.skipCost = cost("skip", skipCost)
            p.mergeCost = cost("21", mergeCost)
            p.merge22Cost = cost("22", merge22Cost)
            p.merge31Cost = cost("31", merge31Cost)
            return p
        }
    }

    public var parameters = Parameters()
    public init(parameters: Parameters = Parameters()) { self.parameters = parameters }

    /// A bead with how sure the aligner is of it.
    public struct ScoredBead: Sendable {
        public let bead: Bead
        /// 0...1: how clearly the evidence preferred this bead to leaving its sentences out.
        public let confidence: Double
        /// A 2-2 bead whose words match crosswise: the two sentences are in the other order.
        public let crossing: Bool
    }

    /// Aligns `source` with `target` sentences; beads cover both sides in order, each sentence once.
    public func align(_ source: [String], _ target: [String], languages: (Language, Language)) -> [Bead] {
        alignScored(source, target, languages: languages).map(\.bead)
    }

    /// Beads with their confidence. `anchors` (one per sentence, e.g. structural addresses)
    /// replace the paragraph numbers read from the text.
    public func alignScored(_ source: [String], _ target: [String], languages: (Language, Language),
                            anchors: ([String?], [String?])? = nil) -> [ScoredBead] {
        let vocab = Featurizer.LocalVocabulary(Lexicon.shared.vocabulary)
        let fs = Featurizer(language: languages.0), ft = Featurizer(language: languages.1)
        var s = source.map { fs.features($0, vocab: vocab) }, t = target.map { ft.features($0, vocab: vocab) }
        if let (ma, mb) = anchors {  // structural addresses replace the markers read from the text
            for k in s.indices where k < ma.count { s[k].marker = ma[k] }
            for k in t.indices where k < mb.count { t[k].marker = mb[k] }
        }
        return align(s, t)
    }

    func align(_ s: [SentenceFeatures], _ t: [SentenceFeatures]) -> [ScoredBead] {
        if s.isEmpty { return t.indices.map { ScoredBead(bead: Bead([], [$0]), confidence: 0, crossing: false) } }
        if t.isEmpty { return s.indices.map { ScoredBead(bead: Bead([$0], []), confidence: 0, crossing: false) } }
        let model = LengthModel(s, t)
        let weights = TokenWeights(s, t)
        var windows = initialWindows(s, t)
        let pairs = PairEvidence(s, t, windows)
        var beads = searchWidening(s, t, model, weights, pairs, &windows)
        var final = self
        if parameters.adaptPriors, s.count + t.count >= 40 {
            // Second pass with bead-shape costs re-estimated from the first: a magazine leaves many
            // subtitles untranslated, a UN record almost none.
            final = SentenceAligner(parameters: parameters.adapted(to: beads))
            beads = final.searchWidening(s, t, model, weights, pairs, &windows)
        }
        func evidence(_ x: Int, _ y: Int) -> Double {
            guard x < s.count, y < t.count else { return 0 }
            return weights.source.withUnsafeBufferPointer { ws in weights.target.withUnsafeBufferPointer { wt in
                pairs.sourceMask(x, y).weightedCount(ws, weights.sourceBase[x]) + pairs.targetMask(x, y).weightedCount(wt, weights.targetBase[y])
            } }
        }
        return final.finish(Self.uncross(beads, evidence), s, t, model, weights, pairs)
    }

    /// Beads only, one pass (the coarse level of a long alignment).
    func alignOnce(_ s: [SentenceFeatures], _ t: [SentenceFeatures]) -> [Bead] {
        let model = LengthModel(s, t)
        let weights = TokenWeights(s, t)
        var windows = initialWindows(s, t)
        return searchWidening(s, t, model, weights, PairEvidence(s, t, windows), &windows)
    }

    /// The search window of each source row: a band around the diagonal for short texts; for long
    /// ones, a narrow band around the path found by aligning blocks of eight sentences (recursively),
    /// so cost grows linearly with length.
    private func initialWindows(_ s: [SentenceFeatures], _ t: [SentenceFeatures]) -> Windows {
        let k = 8
        guard s.count + t.count > 600, s.count >= 2 * k, t.count >= 2 * k else {
            return Windows(diagonal: s.count, t.count, band: max(parameters.band, abs(s.count - t.count) + 10))
        }
        var coarse = parameters
        coarse.adaptPriors = false
        coarse.markerWeight = 0
        coarse.markerMismatchWeight = 0
        let beads = SentenceAligner(parameters: coarse).alignOnce(Self.blocks(s, k), Self.blocks(t, k))
        return Windows(path: beads, blockSize: k, s.count, t.count, margin: 2 * k)
    }

    /// Sentences merged k at a time: features of the blocks.
    private static func blocks(_ xs: [SentenceFeatures], _ k: Int) -> [SentenceFeatures] {
        stride(from: 0, to: xs.count, by: k).map { start in
            let part = xs[start..<min(xs.count, start + k)]
            var tokens: [[Int32]] = []
            var ids = Set<Int32>()
            for x in part { tokens += x.tokens; ids.formUnion(x.idSet) }
            var f = SentenceFeatures(length: part.reduce(0) { $0 + $1.length }, tokens: tokens, idSet: ids, sortedIDs: ids.sorted(), marker: nil, introduces: false)
            f.computeBlooms()
            return f
        }
    }

    private func searchWidening(_ s: [SentenceFeatures], _ t: [SentenceFeatures], _ model: LengthModel, _ weights: TokenWeights,
                                _ pairs: PairEvidence, _ windows: inout Windows) -> [Bead] {
        var beam = parameters.beam
        while true {
            guard let (beads, touched) = search(s, t, model, weights, pairs, windows, beam: beam) else {
                // The end was not reached inside the windows with this beam: search wider, and fully.
                beam = .infinity
                windows = windows.widened(by: max(parameters.band, 16))
                continue
            }
            if !touched || windows.isFull { return beads }
            windows = windows.widened(by: max(parameters.band, 16))
        }
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

    private func finish(_ beads: [(Bead, Bool)], _ s: [SentenceFeatures], _ t: [SentenceFeatures], _ model: LengthModel,
                        _ weights: TokenWeights, _ pairs: PairEvidence) -> [ScoredBead] {
        let flat = Flat(s, t)
        return beads.map { b, crossing in
            guard let i = b.source.first, let j = b.target.first else { return ScoredBead(bead: b, confidence: 0, crossing: false) }
            let v = beadScore(flat, i, b.source.count, j, b.target.count, model, weights, pairs)
            // Against leaving both sides out: a bead far better than two skips is sure.
            let margin = v + parameters.skipCost * Double(b.source.count + b.target.count)
            return ScoredBead(bead: b, confidence: crossing ? 0.5 : 1 / (1 + exp(-margin / 2)), crossing: crossing)
        }
    }

    private static let shapes: [(Int, Int)] = [(1, 1), (1, 0), (0, 1), (2, 1), (1, 2), (2, 2), (3, 1), (1, 3), (4, 1), (1, 4), (3, 2), (2, 3)]

    /// The best path inside the windows; `touched` when it runs along a window's edge.
    private func search(_ s: [SentenceFeatures], _ t: [SentenceFeatures], _ model: LengthModel, _ weights: TokenWeights,
                        _ pairs: PairEvidence, _ w: Windows, beam: Double) -> ([Bead], Bool)? {
        let n = s.count, m = t.count
        let flat = Flat(s, t)
        // Scores and back pointers for cells (i, j) with lo[i] <= j <= hi[i], stored row by row.
        var offset = [Int](repeating: 0, count: n + 2)
        for i in 0...n { offset[i + 1] = offset[i] + (w.hi[i] - w.lo[i] + 1) }
        var score = [Double](repeating: -.infinity, count: offset[n + 1])
        var back = [UInt8](repeating: 255, count: offset[n + 1])
        @inline(__always) func cell(_ i: Int, _ j: Int) -> Int? { j >= w.lo[i] && j <= w.hi[i] ? offset[i] + j - w.lo[i] : nil }
        score[0] = 0
        for i in 0...n {
            // Beam: cells far below the best of their row cannot come back.
            var best = -Double.infinity
            for c in offset[i]..<offset[i + 1] where score[c] > best { best = score[c] }
            let floor = best - beam
            for j in w.lo[i]...w.hi[i] {
                let c = offset[i] + j - w.lo[i]
                let base = score[c]
                guard base > floor else { continue }
                for (k, (a, b)) in Self.shapes.enumerated() where i + a <= n && j + b <= m {
                    guard let d = cell(i + a, j + b) else { continue }
                    let v = base + beadScore(flat, i, a, j, b, model, weights, pairs)
                    if v > score[d] { score[d] = v; back[d] = UInt8(k) }
                }
            }
        }
        var beads: [Bead] = []
        var i = n, j = m
        var touched = false
        while i > 0 || j > 0 {
            guard let c = cell(i, j), back[c] != 255 else { return nil }
            if i > 0, (j == w.lo[i] && w.lo[i] > 0) || (j == w.hi[i] && w.hi[i] < m) { touched = true }
            let (a, b) = Self.shapes[Int(back[c])]
            beads.append(Bead(Array((i - a)..<i), Array((j - b)..<j)))
            i -= a
            j -= b
        }
        return (beads.reversed(), touched)
    }

    /// Per-sentence facts the bead score reads, in flat arrays (no struct copies in the hot loop).
    struct Flat {
        let sLength: [Int], tLength: [Int]
        let sMarker: [Int32], tMarker: [Int32]
        let sIntroduces: [Bool], tIntroduces: [Bool]
        init(_ s: [SentenceFeatures], _ t: [SentenceFeatures]) {
            var ids: [String: Int32] = [:]
            func id(_ m: String?) -> Int32 {
                guard let m else { return -1 }
                if let i = ids[m] { return i }
                ids[m] = Int32(ids.count)
                return Int32(ids.count - 1)
            }
            sLength = s.map(\.length); tLength = t.map(\.length)
            sMarker = s.map { id($0.marker) }; tMarker = t.map { id($0.marker) }
            sIntroduces = s.map(\.introduces); tIntroduces = t.map(\.introduces)
        }
    }

    private func beadScore(_ f: Flat, _ i: Int, _ a: Int, _ j: Int, _ b: Int,
                           _ model: LengthModel, _ weights: TokenWeights, _ pairs: PairEvidence) -> Double {
        let p = parameters
        if a == 0 || b == 0 { return -p.skipCost * Double(a + b) }
        // Words: tokens on each side that find a translation anywhere on the other side, each
        // weighted by how unlikely such a find is by chance.
        var covered = 0.0, total = 0.0
        weights.source.withUnsafeBufferPointer { ws in
            for x in i..<(i + a) {
                var mask = TokenMask()
                for y in j..<(j + b) { mask.formUnion(pairs.sourceMask(x, y)) }
                covered += mask.weightedCount(ws, weights.sourceBase[x]) - p.chanceWeight * weights.sourceChance[x] * Double(b)
                total += weights.sourceTotal[x]
            }
        }
        weights.target.withUnsafeBufferPointer { wt in
            for y in j..<(j + b) {
                var mask = TokenMask()
                for x in i..<(i + a) { mask.formUnion(pairs.targetMask(x, y)) }
                covered += mask.weightedCount(wt, weights.targetBase[y]) - p.chanceWeight * weights.targetChance[y] * Double(a)
                total += weights.targetTotal[y]
            }
        }
        var v = p.wordWeight * covered - p.unmatchedTokenCost * (total - covered)
        // Length.
        var ls = 0, lt = 0
        for x in i..<(i + a) { ls += f.sLength[x] }
        for y in j..<(j + b) { lt += f.tLength[y] }
        v += p.lengthWeight * model.logProbability(ls, lt)
        // Paragraph numbers opening the first sentence of each side.
        let ms = f.sMarker[i], mt = f.tMarker[j]
        if ms >= 0 && mt >= 0 { v += ms == mt ? p.markerWeight : -p.markerMismatchWeight }
        switch (a, b) {
        case (1, 1): break
        case (2, 1), (1, 2): v -= p.mergeCost
        case (2, 2): v -= p.merge22Cost
        case (3, 1), (1, 3): v -= p.merge31Cost
        default: v -= p.merge31Cost + p.mergeCost
        }
        // A line that ends with a colon joins what it introduces.
        if a > 1 && f.sIntroduces[i] || b > 1 && f.tIntroduces[j] { v += p.introductionBonus }
        return v
    }
}

/// Gale–Church: the target length of a source sentence of length l is normal with mean c·l and
/// variance s²·l; c and s² are estimated from the two texts (no per-language constants).
struct LengthModel {
    let ratio: Double
    let variance: Double

    init(_ s: [SentenceFeatures], _ t: [SentenceFeatures]) {
        let ls = Double(s.reduce(0) { $0 + $1.length }), lt = Double(t.reduce(0) { $0 + $1.length })
        ratio = ls > 0 ? max(0.05, lt / ls) : 1
        // Variance of the per-sentence residual, over sentences paired by position where the counts agree.
        var sum = 0.0, count = 0.0
        for k in 0..<min(s.count, t.count) where s[k].length > 0 {
            let r = Double(t[k].length) - ratio * Double(s[k].length)
            sum += r * r / Double(s[k].length)
            count += 1
        }
        // Position pairing overestimates the spread once the texts drift apart; Gale–Church's 6.8
        // (scaled by the ratio) bounds it from below.
        variance = max(6.8 * ratio, min(count > 0 ? sum / count : 6.8 * ratio, 40 * ratio))
    }

    /// log P(|δ| this large), clipped: 2·(1 − Φ(|δ|)).
    func logProbability(_ ls: Int, _ lt: Int) -> Double {
        let mean = ratio * Double(ls)
        let sd = (variance * max(1, (Double(ls) + Double(lt) / ratio) / 2)).squareRoot()
        let delta = abs(Double(lt) - mean) / sd
        let p = erfc(delta / 2.squareRoot())
        return max(-12, log(max(p, 1e-12)))
    }
}

/// How much finding each token's translation says: a token whose translations occur in a third
/// of the other side's sentences says little, a rare one a lot (−log of the chance of a find,
/// scaled to 0...1).
struct TokenWeights {
    /// Token weights of all sentences, flat; sentence x's start at `sourceBase[x]`.
    var source: [Double], target: [Double]
    var sourceBase: [Int], targetBase: [Int]
    var sourceTotal: [Double], targetTotal: [Double]
    /// Expected weighted finds of each sentence's words in a random sentence of the other side.
    var sourceChance: [Double], targetChance: [Double]

    init(_ s: [SentenceFeatures], _ t: [SentenceFeatures]) {
        func documentFrequency(_ xs: [SentenceFeatures]) -> [Int32: Int] {
            var df: [Int32: Int] = [:]
            for x in xs { for id in x.idSet { df[id, default: 0] += 1 } }
            return df
        }
        let dfS = documentFrequency(s), dfT = documentFrequency(t)
        func weights(_ xs: [SentenceFeatures], against df: [Int32: Int], count: Int) -> (flat: [Double], base: [Int], total: [Double], chance: [Double]) {
            var flat: [Double] = [], base: [Int] = [], total: [Double] = [], chance: [Double] = []
            for x in xs {
                base.append(flat.count)
                var sum = 0.0, ch = 0.0
                for tok in x.tokens.prefix(TokenMask.capacity) {
                    let p = min(1, Double(tok.reduce(0) { $0 + (df[$1] ?? 0) }) / Double(max(1, count)))
                    let w = min(1, -log(max(p, 1e-3)) / log(1e3))
                    flat.append(w)
                    sum += w
                    // What the word would find in an unrelated sentence: w·p, p = e^(−w·ln 1000).
                    ch += w * exp(-w * log(1e3))
                }
                total.append(sum)
                chance.append(ch)
            }
            return (flat, base, total, chance)
        }
        (source, sourceBase, sourceTotal, sourceChance) = weights(s, against: dfT, count: t.count)
        (target, targetBase, targetTotal, targetChance) = weights(t, against: dfS, count: s.count)
    }
}

/// Which of a sentence's tokens (the first 128) found a translation.
struct TokenMask {
    static let capacity = 128
    var lo: UInt64 = 0, hi: UInt64 = 0
    mutating func insert(_ k: Int) {
        if k < 64 { lo |= 1 << UInt64(k) } else if k < 128 { hi |= 1 << UInt64(k - 64) }
    }
    mutating func formUnion(_ o: TokenMask) { lo |= o.lo; hi |= o.hi }
    var count: Int { lo.nonzeroBitCount + hi.nonzeroBitCount }
    @inline(__always)
    func weightedCount(_ w: UnsafeBufferPointer<Double>, _ base: Int) -> Double {
        var sum = 0.0
        var bits = lo
        while bits != 0 { let k = bits.trailingZeroBitCount; sum += w[base + k]; bits &= bits - 1 }
        bits = hi
        while bits != 0 { let k = bits.trailingZeroBitCount; sum += w[base + 64 + k]; bits &= bits - 1 }
        return sum
    }
}

/// The target positions the search considers for each source row (0...n), non-decreasing.
struct Windows {
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

    var isFull: Bool { lo.allSatisfy { $0 == 0 } && hi.allSatisfy { $0 == m } }

    func widened(by d: Int) -> Windows {
        var w = self
        w.lo = lo.map { max(0, $0 - d) }
        w.hi = hi.map { min(m, $0 + d) }
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

/// For each source/target sentence pair the search visits: which source tokens find a translation
/// in the target sentence, and which target tokens find one in the source. Computed once, stored
/// densely along the search windows (a little wider than them), so the search is a table lookup.
final class PairEvidence {
    private let s: [SentenceFeatures], t: [SentenceFeatures]
    private let lo: [Int], width: [Int], offset: [Int]
    private var masks: [(TokenMask, TokenMask)?]
    private var outside: [Int: (TokenMask, TokenMask)] = [:]

    init(_ s: [SentenceFeatures], _ t: [SentenceFeatures], _ w: Windows) {
        self.s = s
        self.t = t
        let pad = 8
        var lo: [Int] = [], width: [Int] = [], offset: [Int] = [0]
        for x in 0..<s.count {
            let a = max(0, w.lo[x] - pad), b = min(t.count, w.hi[min(x + 1, w.hi.count - 1)] + pad)
            lo.append(a)
            width.append(max(0, b - a))
            offset.append(offset.last! + max(0, b - a))
        }
        self.lo = lo
        self.width = width
        self.offset = offset
        masks = [(TokenMask, TokenMask)?](repeating: nil, count: offset.last!)
    }

    func sourceMask(_ x: Int, _ y: Int) -> TokenMask { evidence(x, y).0 }
    func targetMask(_ x: Int, _ y: Int) -> TokenMask { evidence(x, y).1 }

    @inline(__always)
    private func evidence(_ x: Int, _ y: Int) -> (TokenMask, TokenMask) {
        let k = y - lo[x]
        if k >= 0 && k < width[x] {
            let c = offset[x] + k
            if let e = masks[c] { return e }
            let e = compute(x, y)
            masks[c] = e
            return e
        }
        let key = x &* 1_000_003 &+ y
        if let e = outside[key] { return e }
        let e = compute(x, y)
        outside[key] = e
        return e
    }

    private func compute(_ x: Int, _ y: Int) -> (TokenMask, TokenMask) {
        var sm = TokenMask(), tm = TokenMask()
        let sx = s[x], ty = t[y]
        for k in 0..<min(sx.tokens.count, TokenMask.capacity) where sx.tokenBlooms[k].intersects(ty.bloom) {
            if sx.tokens[k].contains(where: { Self.has(ty.sortedIDs, $0) }) { sm.insert(k) }
        }
        for k in 0..<min(ty.tokens.count, TokenMask.capacity) where ty.tokenBlooms[k].intersects(sx.bloom) {
            if ty.tokens[k].contains(where: { Self.has(sx.sortedIDs, $0) }) { tm.insert(k) }
        }
        return (sm, tm)
    }

    /// Binary search in a sorted id list (cheaper than hashing for the few dozen ids of a sentence).
    @inline(__always)
    private static func has(_ xs: [Int32], _ v: Int32) -> Bool {
        var lo = 0, hi = xs.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if xs[mid] < v { lo = mid + 1 } else { hi = mid }
        }
        return lo < xs.count && xs[lo] == v
    }
}
