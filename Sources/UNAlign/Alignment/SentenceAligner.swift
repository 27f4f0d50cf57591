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
        let first = alignOnce(s, t)
        guard parameters.adaptPriors, s.count + t.count >= 40 else { return first }
        // Second pass with bead-shape costs re-estimated from the first: a magazine leaves many
        // subtitles untranslated, a UN record almost none.
        return SentenceAligner(parameters: parameters.adapted(to: first.map(\.bead))).alignOnce(s, t)
    }

    func alignOnce(_ s: [SentenceFeatures], _ t: [SentenceFeatures]) -> [ScoredBead] {
        let model = LengthModel(s, t)
        let weights = TokenWeights(s, t)
        var band = max(parameters.band, abs(s.count - t.count) + 10)
        while true {
            let (beads, touched) = search(s, t, model, weights, band: band)
            if !touched || band >= max(s.count, t.count) {
                let pairs = PairEvidence(s, t)
                func evidence(_ x: Int, _ y: Int) -> Double {
                    guard x < s.count, y < t.count else { return 0 }
                    return pairs.sourceMask(x, y).weightedCount(weights.source[x]) + pairs.targetMask(x, y).weightedCount(weights.target[y])
                }
                return finish(Self.uncross(beads, evidence), s, t, model, weights, pairs)
            }
            band *= 2
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
        beads.map { b, crossing in
            guard let i = b.source.first, let j = b.target.first else { return ScoredBead(bead: b, confidence: 0, crossing: false) }
            let v = beadScore(s, t, i, b.source.count, j, b.target.count, model, weights, pairs)
            // Against leaving both sides out: a bead far better than two skips is sure.
            let margin = v + parameters.skipCost * Double(b.source.count + b.target.count)
            return ScoredBead(bead: b, confidence: crossing ? 0.5 : 1 / (1 + exp(-margin / 2)), crossing: crossing)
        }
    }

    private static let shapes: [(Int, Int)] = [(1, 1), (1, 0), (0, 1), (2, 1), (1, 2), (2, 2), (3, 1), (1, 3), (4, 1), (1, 4), (3, 2), (2, 3)]

    /// The best path in a band around the diagonal; `touched` when it runs along the band's edge.
    private func search(_ s: [SentenceFeatures], _ t: [SentenceFeatures], _ model: LengthModel, _ weights: TokenWeights, band: Int) -> ([Bead], Bool) {
        let n = s.count, m = t.count
        let slope = Double(m) / Double(n)
        func center(_ i: Int) -> Int { Int((Double(i) * slope).rounded()) }
        func lo(_ i: Int) -> Int { max(0, center(i) - band) }
        func hi(_ i: Int) -> Int { min(m, center(i) + band) }
        // Scores and back pointers for cells (i, j) with lo(i) <= j <= hi(i), stored row by row.
        var offset = [Int](repeating: 0, count: n + 2)
        for i in 0...n { offset[i + 1] = offset[i] + (hi(i) - lo(i) + 1) }
        var score = [Double](repeating: -.infinity, count: offset[n + 1])
        var back = [UInt8](repeating: 255, count: offset[n + 1])
        func cell(_ i: Int, _ j: Int) -> Int? { j >= lo(i) && j <= hi(i) ? offset[i] + j - lo(i) : nil }
        score[cell(0, 0)!] = 0
        let pairs = PairEvidence(s, t)
        for i in 0...n {
            for j in lo(i)...hi(i) {
                guard let c = cell(i, j), score[c] > -.infinity else { continue }
                let base = score[c]
                for (k, (a, b)) in Self.shapes.enumerated() where i + a <= n && j + b <= m {
                    guard let d = cell(i + a, j + b) else { continue }
                    let v = base + beadScore(s, t, i, a, j, b, model, weights, pairs)
                    if v > score[d] { score[d] = v; back[d] = UInt8(k) }
                }
            }
        }
        var beads: [Bead] = []
        var i = n, j = m
        var touched = false
        while i > 0 || j > 0 {
            guard let c = cell(i, j), back[c] != 255 else { return (beads.reversed(), true) }
            if i > 0, (j == lo(i) && lo(i) > 0) || (j == hi(i) && hi(i) < m) { touched = true }
            let (a, b) = Self.shapes[Int(back[c])]
            beads.append(Bead(Array((i - a)..<i), Array((j - b)..<j)))
            i -= a
            j -= b
        }
        return (beads.reversed(), touched)
    }

    private func beadScore(_ s: [SentenceFeatures], _ t: [SentenceFeatures], _ i: Int, _ a: Int, _ j: Int, _ b: Int,
                           _ model: LengthModel, _ weights: TokenWeights, _ pairs: PairEvidence) -> Double {
        let p = parameters
        if a == 0 || b == 0 { return -p.skipCost * Double(a + b) }
        // Words: tokens on each side that find a translation anywhere on the other side, each
        // weighted by how unlikely such a find is by chance.
        var covered = 0.0, total = 0.0
        for x in i..<(i + a) {
            var mask = TokenMask()
            for y in j..<(j + b) { mask.formUnion(pairs.sourceMask(x, y)) }
            covered += mask.weightedCount(weights.source[x]) - p.chanceWeight * weights.sourceChance[x] * Double(b)
            total += weights.sourceTotal[x]
        }
        for y in j..<(j + b) {
            var mask = TokenMask()
            for x in i..<(i + a) { mask.formUnion(pairs.targetMask(x, y)) }
            covered += mask.weightedCount(weights.target[y]) - p.chanceWeight * weights.targetChance[y] * Double(a)
            total += weights.targetTotal[y]
        }
        var v = p.wordWeight * covered - p.unmatchedTokenCost * (total - covered)
        // Length.
        var ls = 0, lt = 0
        for x in i..<(i + a) { ls += s[x].length }
        for y in j..<(j + b) { lt += t[y].length }
        v += p.lengthWeight * model.logProbability(ls, lt)
        // Paragraph numbers opening the first sentence of each side.
        if let ms = s[i].marker, let mt = t[j].marker { v += ms == mt ? p.markerWeight : -p.markerMismatchWeight }
        switch (a, b) {
        case (1, 1): break
        case (2, 1), (1, 2): v -= p.mergeCost
        case (2, 2): v -= p.merge22Cost
        case (3, 1), (1, 3): v -= p.merge31Cost
        default: v -= p.merge31Cost + p.mergeCost
        }
        // A line that ends with a colon joins what it introduces.
        if a > 1 && s[i].introduces || b > 1 && t[j].introduces { v += p.introductionBonus }
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
    var source: [[Double]], target: [[Double]]
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
        func weights(_ xs: [SentenceFeatures], against df: [Int32: Int], count: Int) -> [[Double]] {
            xs.map { x in
                x.tokens.prefix(TokenMask.capacity).map { tok in
                    let p = min(1, Double(tok.reduce(0) { $0 + (df[$1] ?? 0) }) / Double(max(1, count)))
                    return min(1, -log(max(p, 1e-3)) / log(1e3))
                }
            }
        }
        source = weights(s, against: dfT, count: t.count)
        target = weights(t, against: dfS, count: s.count)
        sourceTotal = source.map { $0.reduce(0, +) }
        targetTotal = target.map { $0.reduce(0, +) }
        // What a sentence's words would find in an unrelated sentence: Σ w·p, p = e^(−w·ln 1000).
        func chance(_ ws: [[Double]]) -> [Double] { ws.map { $0.reduce(0) { $0 + $1 * exp(-$1 * log(1e3)) } } }
        sourceChance = chance(source)
        targetChance = chance(target)
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
    func weightedCount(_ w: [Double]) -> Double {
        var sum = 0.0
        var bits = lo
        while bits != 0 { let k = bits.trailingZeroBitCount; sum += w[k]; bits &= bits - 1 }
        bits = hi
        while bits != 0 { let k = bits.trailingZeroBitCount; sum += w[64 + k]; bits &= bits - 1 }
        return sum
    }
}

/// For each source/target sentence pair near the diagonal: which source tokens find a translation
/// in the target sentence, and which target tokens find one in the source. Computed lazily and
/// cached: only pairs the search visits cost anything.
final class PairEvidence {
    private let s: [SentenceFeatures], t: [SentenceFeatures]
    private var cache: [Int: (TokenMask, TokenMask)] = [:]

    init(_ s: [SentenceFeatures], _ t: [SentenceFeatures]) {
        self.s = s
        self.t = t
        cache.reserveCapacity(s.count * 64)
    }

    func sourceMask(_ x: Int, _ y: Int) -> TokenMask { evidence(x, y).0 }
    func targetMask(_ x: Int, _ y: Int) -> TokenMask { evidence(x, y).1 }

    private func evidence(_ x: Int, _ y: Int) -> (TokenMask, TokenMask) {
        let key = x &* 1_000_003 &+ y
        if let e = cache[key] { return e }
        var sm = TokenMask(), tm = TokenMask()
        let ty = t[y].idSet, sx = s[x].idSet
        for (k, tok) in s[x].tokens.prefix(TokenMask.capacity).enumerated() where tok.contains(where: ty.contains) { sm.insert(k) }
        for (k, tok) in t[y].tokens.prefix(TokenMask.capacity).enumerated() where tok.contains(where: sx.contains) { tm.insert(k) }
        cache[key] = (sm, tm)
        return (sm, tm)
    }
}
