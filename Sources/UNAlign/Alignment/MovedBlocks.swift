import Foundation

/// Blocks that the two versions place differently: a resolution one version gives before the
/// annex and the other after it, a paragraph moved up. A monotone alignment cannot cross, so it
/// leaves such a block out on both sides, at two different places. Runs of left-out sentences on
/// each side are compared here, pairwise; where one run translates the other, its sentences are
/// paired where they are, and the beads are marked `moved`.
///
/// The pairs are scored with the whole texts' evidence (the token weights of the full alignment,
/// its length model and costs): a moved bead must be as sure as a bead in place would be. Each
/// run is compared with every sentence of the other side that no sure bead holds (a block missing
/// at its place lets the path drag through the gap, so its counterpart is not always left out).
extension SentenceAligner {
    enum MovedBlockTuning {
        /// Runs shorter than this are single deletions, not blocks.
        static let minimumRun = 3
        /// A run is a moved block when at least this share of its sentences pair off...
        static let minimumShare = 0.6
        /// ...each with at least this confidence (the same measure as every bead's).
        static let minimumConfidence = 0.9
        /// A block's sentences lie together on the other side too: pairs further apart than
        /// this, on either side, are two blocks (or chance).
        static let maximumGap = 3
        /// The longest runs on each side compared, at most: a text with hundreds of left-out runs
        /// is not a text with moved blocks, and the comparisons grow with the product.
        static let maximumRuns = 32
        /// Sentence pairs scored in all, at most (the longest runs first): a pair with little
        /// evidence leaves most sentences unsure, and each run is compared with all of those.
        static let maximumComparisons = 1 << 20
    }

    /// The moved blocks of an alignment, as ranges of sentences (0-based) on each side: each
    /// unbroken stretch of beads marked `moved`.
    public static func movedBlocks(_ beads: [ScoredBead]) -> [(source: ClosedRange<Int>, target: ClosedRange<Int>)] {
        var blocks: [(source: ClosedRange<Int>, target: ClosedRange<Int>)] = []
        var current: [Bead] = []
        func close() {
            let xs = current.flatMap(\.source), ys = current.flatMap(\.target)
            if let x0 = xs.min(), let x1 = xs.max(), let y0 = ys.min(), let y1 = ys.max() { blocks.append((x0...x1, y0...y1)) }
            current = []
        }
        for b in beads {
            if b.moved { current.append(b.bead) } else { close() }
        }
        close()
        return blocks
    }

    /// `beads` with the blocks found moved paired where they are, and the rest aligned again
    /// without them (a block missing at its place drags the path near the gap: aligned again, the
    /// rest closes up). Each block's beads come at the place of its source sentences.
    func placingMovedBlocks(_ beads: [ScoredBead], _ texts: TextPair, _ model: LengthModel, _ pairs: PairEvidence,
                            _ s: [SentenceFeatures], _ t: [SentenceFeatures], realigner: SentenceAligner) -> [ScoredBead] {
        let sourceRuns = Self.runs(beads, side: \.source, other: \.target)
        let targetRuns = Self.runs(beads, side: \.target, other: \.source)
        guard !sourceRuns.isEmpty || !targetRuns.isEmpty else { return beads }
        func margin(_ x: Int, _ y: Int) -> Double {
            beadScore(texts, model, pairs, x, 1, y, 1) + 2 * parameters.skipCost
        }
        let sureMargin = 2 * log(MovedBlockTuning.minimumConfidence / (1 - MovedBlockTuning.minimumConfidence))
        // A run may have moved to any sentences of the other side that no sure bead holds: left
        // out, or paired by a path the missing block dragged.
        var sureSource = Set<Int>(), sureTarget = Set<Int>()
        for b in beads where b.confidence >= MovedBlockTuning.minimumConfidence && !b.bead.source.isEmpty && !b.bead.target.isEmpty {
            sureSource.formUnion(b.bead.source)
            sureTarget.formUnion(b.bead.target)
        }
        let openSource = (0..<texts.s.count).filter { !sureSource.contains($0) }, openTarget = (0..<texts.t.count).filter { !sureTarget.contains($0) }
        var found: [(pairs: [(Int, Int, Double)], sure: Int)] = []
        func consider(_ chain: [(Int, Int, Double)], _ run: Range<Int>) {
            let (pairs, sure) = Self.densestCluster(chain, sureMargin)
            if sure >= MovedBlockTuning.minimumRun, Double(sure) >= MovedBlockTuning.minimumShare * Double(run.count) { found.append((pairs, sure)) }
        }
        var budget = MovedBlockTuning.maximumComparisons
        let longestFirst = (sourceRuns.map { ($0, true) } + targetRuns.map { ($0, false) }).sorted { $0.0.count > $1.0.count }
        for (run, isSource) in longestFirst {
            let cost = run.count * (isSource ? openTarget.count : openSource.count)
            guard cost <= budget else { continue }
            budget -= cost
            if isSource {
                consider(Self.bestChain(Array(run), openTarget) { margin($0, $1) }, run)
            } else {
                consider(Self.bestChain(Array(run), openSource) { margin($1, $0) }.map { ($0.1, $0.0, $0.2) }, run)
            }
        }
        // The surest blocks first; a sentence is in one block at most.
        found.sort { $0.sure > $1.sure }
        var movedSource = Set<Int>(), movedTarget = Set<Int>()
        var blocks: [[ScoredBead]] = []
        for f in found {
            let kept = f.pairs.filter { $0.2 > 0 && !movedSource.contains($0.0) && !movedTarget.contains($0.1) }
            guard kept.filter({ $0.2 >= sureMargin }).count >= MovedBlockTuning.minimumRun else { continue }
            for (x, y, _) in kept { movedSource.insert(x); movedTarget.insert(y) }
            blocks.append(joiningNeighbours(kept, movedSource: &movedSource, movedTarget: &movedTarget, sourceOpen: Set(openSource),
                                            targetOpen: Set(openTarget), texts, model, pairs))
        }
        guard !blocks.isEmpty else { return beads }
        // The rest, aligned again without the blocks, in the numbering of the whole texts.
        let restSource = (0..<s.count).filter { !movedSource.contains($0) }, restTarget = (0..<t.count).filter { !movedTarget.contains($0) }
        var again = realigner
        again.parameters.placesMovedBlocks = false
        let inPlace = again.align(restSource.map { s[$0] }, restTarget.map { t[$0] }).flatMap { b in
            Self.contiguous(ScoredBead(bead: Bead(b.bead.source.map { restSource[$0] }, b.bead.target.map { restTarget[$0] }),
                                       confidence: b.confidence, crossing: b.crossing), pairs)
        }
        // Each moved bead before the first bead in place whose source comes after its own.
        var out: [ScoredBead] = []
        out.reserveCapacity(inPlace.count + blocks.reduce(0) { $0 + $1.count })
        var pending = blocks.joined().sorted { $0.bead.source[0] < $1.bead.source[0] }[...]
        for b in inPlace {
            if let x = b.bead.source.first {
                while let m = pending.first, m.bead.source[0] < x { out.append(m); pending = pending.dropFirst() }
            }
            out.append(b)
        }
        out += pending
        return Self.unmarkingBlocksInOrder(out)
    }

    /// A block the search left out but whose pairs fall in order between the sure beads around
    /// it is no moved block (the search lost it; the step above found it): its beads are not
    /// marked. (An unsure bead in place may pair a sentence across the gap the block left.)
    private static func unmarkingBlocksInOrder(_ beads: [ScoredBead]) -> [ScoredBead] {
        // The last target sentence of a sure bead in place before each bead, and the first after it.
        var before = [Int](repeating: -1, count: beads.count), after = [Int](repeating: Int.max, count: beads.count)
        var last = -1
        for (k, b) in beads.enumerated() {
            before[k] = last
            if !b.moved, b.confidence >= MovedBlockTuning.minimumConfidence, let y = b.bead.target.max() { last = max(last, y) }
        }
        var first = Int.max
        for (k, b) in beads.enumerated().reversed() {
            after[k] = first
            if !b.moved, b.confidence >= MovedBlockTuning.minimumConfidence, let y = b.bead.target.min() { first = min(first, y) }
        }
        var out = beads
        var k = 0
        while k < out.count {
            guard out[k].moved else { k += 1; continue }
            var end = k
            while end < out.count && out[end].moved { end += 1 }
            let ys = out[k..<end].flatMap(\.bead.target)
            if let lo = ys.min(), let hi = ys.max(), lo > before[k], hi < after[end - 1] {
                for q in k..<end { out[q].moved = false }
            }
            k = end
        }
        return out
    }

    /// A block's pairs as beads, each joined with a left-out neighbour that the pair's other
    /// sentence also translates (a block keeps the merges of its versions: `2,3 <=> 7`).
    private func joiningNeighbours(_ kept: [(Int, Int, Double)], movedSource: inout Set<Int>, movedTarget: inout Set<Int>,
                                   sourceOpen: Set<Int>, targetOpen: Set<Int>,
                                   _ texts: TextPair, _ model: LengthModel, _ pairs: PairEvidence) -> [ScoredBead] {
        func value(_ x: [Int], _ y: [Int]) -> Double {
            let (i, a, j, b) = (x[0], x.count, y[0], y.count)
            return beadScore(texts, model, pairs, i, a, j, b)
        }
        var beads: [(source: [Int], target: [Int])] = kept.map { ([$0.0], [$0.1]) }
        for k in beads.indices {
            // Each side, each direction: a free neighbour (left out, not in another block) joins
            // when the bead scores better with it than without it and its skip.
            for (side, step) in [(0, -1), (0, 1), (1, -1), (1, 1)] {
                let b = beads[k]
                let edge = side == 0 ? (step < 0 ? b.source.first! - 1 : b.source.last! + 1) : (step < 0 ? b.target.first! - 1 : b.target.last! + 1)
                let free = side == 0 ? edge >= 0 && edge < texts.s.count && sourceOpen.contains(edge) && !movedSource.contains(edge)
                                     : edge >= 0 && edge < texts.t.count && targetOpen.contains(edge) && !movedTarget.contains(edge)
                guard free, b.source.count + b.target.count < 4 else { continue }
                let joined = side == 0 ? (step < 0 ? ([edge] + b.source, b.target) : (b.source + [edge], b.target))
                                       : (step < 0 ? (b.source, [edge] + b.target) : (b.source, b.target + [edge]))
                // (`value` counts each shape's cost.)
                guard value(joined.0, joined.1) > value(b.source, b.target) - parameters.skipCost else { continue }
                beads[k] = joined
                if side == 0 { movedSource.insert(edge) } else { movedTarget.insert(edge) }
            }
        }
        return beads.map { x, y in
            let margin = value(x, y) + parameters.skipCost * Double(x.count + y.count)
            return ScoredBead(bead: Bead(x, y), confidence: 1 / (1 + exp(-margin / 2)), crossing: false, moved: true)
        }
    }

    /// A bead of the alignment without the moved blocks, in the whole texts' numbering: where a
    /// block's sentence lay between its sentences, only its best-matched contiguous part stays
    /// paired, and the rest is left out.
    private static func contiguous(_ b: ScoredBead, _ pairs: PairEvidence) -> [ScoredBead] {
        func pieces(_ xs: [Int]) -> [[Int]] {
            var out: [[Int]] = []
            for x in xs { if let last = out.last?.last, last + 1 == x { out[out.count - 1].append(x) } else { out.append([x]) } }
            return out
        }
        let sp = pieces(b.bead.source), tp = pieces(b.bead.target)
        guard sp.count > 1 || tp.count > 1 else { return [b] }
        func weight(_ xs: [Int], _ ys: [Int]) -> Double { xs.reduce(0) { sum, x in ys.reduce(sum) { $0 + pairs.weight(x, $1) } } }
        let keepS = sp.max { weight($0, b.bead.target) < weight($1, b.bead.target) }!
        let keepT = tp.max { weight(keepS, $0) < weight(keepS, $1) }!
        var out = [ScoredBead(bead: Bead(keepS, keepT), confidence: b.confidence, crossing: false)]
        for x in b.bead.source where !keepS.contains(x) { out.append(ScoredBead(bead: Bead([x], []), confidence: 0, crossing: false)) }
        for y in b.bead.target where !keepT.contains(y) { out.append(ScoredBead(bead: Bead([], [y]), confidence: 0, crossing: false)) }
        return out
    }

    /// Maximal runs of at least `minimumRun` consecutive sentences of one side that the beads
    /// leave out (skips of the other side may lie between them), the longest `maximumRuns`.
    private static func runs(_ beads: [ScoredBead], side: KeyPath<Bead, [Int]>, other: KeyPath<Bead, [Int]>) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var start: (sentence: Int, position: Int)?
        var next = -1
        func close() {
            if let s = start, next - s.sentence >= MovedBlockTuning.minimumRun { runs.append(s.sentence..<next) }
            start = nil
        }
        for (k, b) in beads.enumerated() {
            let mine = b.bead[keyPath: side], theirs = b.bead[keyPath: other]
            if mine.isEmpty { continue }  // a skip of the other side: the run goes on
            if theirs.isEmpty, let x = mine.first {
                if start == nil || x != next { close(); start = (x, k) }
                next = x + 1
            } else {
                close()
            }
        }
        close()
        if runs.count > MovedBlockTuning.maximumRuns {
            runs = Array(runs.sorted { $0.count > $1.count }.prefix(MovedBlockTuning.maximumRuns))
        }
        return runs
    }

    /// The stretch of a chain (pairs in order) whose neighbours lie at most `maximumGap` apart on
    /// both sides, with the most sure pairs: a block, not pairs scattered over the text.
    private static func densestCluster(_ chain: [(Int, Int, Double)], _ sureMargin: Double) -> ([(Int, Int, Double)], Int) {
        var best: ArraySlice<(Int, Int, Double)> = [], bestSure = 0
        var start = 0
        for k in 0...chain.count {
            let breaks = k == chain.count || (k > start && (chain[k].0 - chain[k - 1].0 > MovedBlockTuning.maximumGap + 1
                || chain[k].1 - chain[k - 1].1 > MovedBlockTuning.maximumGap + 1))
            guard breaks else { continue }
            let cluster = chain[start..<k]
            let sure = cluster.filter { $0.2 >= sureMargin }.count
            if sure > bestSure { best = cluster; bestSure = sure }
            start = k
        }
        return (Array(best), bestSure)
    }

    /// The monotone one-to-one pairing of a run with a list of the other side's sentences that
    /// has the largest sum of positive margins (a margin is a pair's score against leaving both
    /// sentences out): (sentence of the run, sentence of the list, margin).
    private static func bestChain(_ s: [Int], _ t: [Int], _ margin: (Int, Int) -> Double) -> [(Int, Int, Double)] {
        let n = s.count, m = t.count
        guard n > 0, m > 0 else { return [] }
        var best = [Double](repeating: 0, count: (n + 1) * (m + 1))
        var value = [Double](repeating: 0, count: n * m)
        for i in 0..<n { for j in 0..<m { value[i * m + j] = margin(s[i], t[j]) } }
        for i in 1...n {
            for j in 1...m {
                let pair = value[(i - 1) * m + j - 1]
                best[i * (m + 1) + j] = max(best[(i - 1) * (m + 1) + j], best[i * (m + 1) + j - 1],
                                            best[(i - 1) * (m + 1) + j - 1] + max(0, pair))
            }
        }
        var chain: [(Int, Int, Double)] = []
        var i = n, j = m
        while i > 0 && j > 0 {
            let here = best[i * (m + 1) + j], pair = value[(i - 1) * m + j - 1]
            if pair > 0 && here == best[(i - 1) * (m + 1) + j - 1] + pair {
                chain.append((s[i - 1], t[j - 1], pair))
                i -= 1
                j -= 1
            } else if here == best[(i - 1) * (m + 1) + j] {
                i -= 1
            } else {
                j -= 1
            }
        }
        return chain.reversed()
    }
}
