/// Word translations learned from the texts being aligned, for language pairs with little else to
/// go on (small dictionaries, no shared letters: Arabic–Russian, Chinese–Russian). The 1-1 beads of a
/// first pass are read as a small parallel corpus; a source word and a target word that keep
/// appearing in the same beads, and seldom apart, are taken for translations (competitive linking
/// on the Dice coefficient, Melamed 2000), and each such pair becomes one more shared id on both
/// sides for the second pass. Words that already find themselves on the other side (numbers,
/// symbols, lexicon translations) are left as they are.
struct LearnedLexicon {
    enum Tuning {
        /// A pair must share at least this many beads, and this much of the beads either is in.
        static let minimumBeads: Int32 = 2
        static let minimumDice = 0.3
        /// Each word in at most this many pairs: one form of a word may stand for two of the
        /// other language's (a case, a number), where both languages inflect.
        static let linksPerWord: UInt8 = 2
        /// Sentences with more distinct words than this teach too little for their cost.
        static let maximumWords = 64
        /// Fewer 1-1 beads than this are too small a corpus to learn from.
        static let minimumCorpus = 30
        /// Pairs where this share of the words of 1-1 beads already find a translation need no
        /// learning. Measured on the UNPC devset with every language's dictionary: Chinese–English
        /// 0.41, English–French, English–Spanish and French–Spanish 0.46–0.52, Arabic–Chinese 0.37
        /// (learning there moves beads wrong as often as right: Chinese–English loses two beads in
        /// a thousand); Arabic–English 0.35 on the whole devset, above the bar on its first 1,000
        /// lines; Chinese–French 0.33, Chinese–Spanish 0.26, Arabic–French 0.25, pairs with Russian
        /// 0.06–0.11 (learning lifts them: Chinese–French 0.957 → 0.967 with merged and deleted lines).
        static let sufficientEvidence = 0.36
    }

    /// Learned pairs (source id, target id), in the dense ids of `TextPair.densified`.
    let links: [(source: Int32, target: Int32)]

    /// Nil when the texts have evidence enough, or too few 1-1 beads to learn from, or nothing is learned.
    init?(beads: [Bead], _ s: [SentenceFeatures], _ t: [SentenceFeatures], idCount: Int) {
        let ones = beads.filter { $0.source.count == 1 && $0.target.count == 1 }
        guard ones.count >= Tuning.minimumCorpus else { return nil }
        // Which ids occur on each side at all: a learned id pairs an id of one side only with one
        // of the other side only.
        var onSource = [Bool](repeating: false, count: idCount), onTarget = [Bool](repeating: false, count: idCount)
        for f in s { for id in f.ids { onSource[Int(id)] = true } }
        for f in t { for id in f.ids { onTarget[Int(id)] = true } }
        // How much the words of 1-1 beads already find: if most do, learning adds little.
        var found = 0, words = 0
        var seen = [Int32](repeating: -1, count: idCount)
        for (k, b) in ones.enumerated() {
            for id in t[b.target[0]].ids { seen[Int(id)] = Int32(k) }
            let f = s[b.source[0]]
            var start = 0
            for end in f.tokenEnds {
                if f.ids[start..<Int(end)].contains(where: { seen[Int($0)] == Int32(k) }) { found += 1 }
                words += 1
                start = Int(end)
            }
        }
        guard words > 0, Double(found) / Double(words) < Tuning.sufficientEvidence else { return nil }

        // Co-occurrence counts over the 1-1 beads: each word once per sentence.
        var inBeads = [Int32](repeating: 0, count: idCount)
        var together: [Int64: Int32] = [:]
        var mark = [Int32](repeating: -1, count: idCount)
        for (k, b) in ones.enumerated() {
            var xs: [Int32] = [], ys: [Int32] = []
            for id in s[b.source[0]].ids where !onTarget[Int(id)] && mark[Int(id)] != Int32(k) { mark[Int(id)] = Int32(k); xs.append(id) }
            for id in t[b.target[0]].ids where !onSource[Int(id)] && mark[Int(id)] != Int32(k) { mark[Int(id)] = Int32(k); ys.append(id) }
            guard xs.count <= Tuning.maximumWords, ys.count <= Tuning.maximumWords else { continue }
            for x in xs { inBeads[Int(x)] += 1 }
            for y in ys { inBeads[Int(y)] += 1 }
            for x in xs { for y in ys { together[Int64(x) << 32 | Int64(y), default: 0] += 1 } }
        }
        var candidates: [(dice: Double, shared: Int32, x: Int32, y: Int32)] = []
        for (key, c) in together where c >= Tuning.minimumBeads {
            let x = Int32(key >> 32), y = Int32(truncatingIfNeeded: key)
            let dice = 2 * Double(c) / Double(inBeads[Int(x)] + inBeads[Int(y)])
            if dice >= Tuning.minimumDice { candidates.append((dice, c, x, y)) }
        }
        // Competitive linking: the strongest pair first, each word in `linksPerWord` pairs at most.
        candidates.sort { ($0.dice, $0.shared, $1.x, $1.y) > ($1.dice, $1.shared, $0.x, $0.y) }
        var linked = [UInt8](repeating: 0, count: idCount)
        var links: [(Int32, Int32)] = []
        for c in candidates where linked[Int(c.x)] < Tuning.linksPerWord && linked[Int(c.y)] < Tuning.linksPerWord {
            linked[Int(c.x)] += 1
            linked[Int(c.y)] += 1
            links.append((c.x, c.y))
        }
        guard !links.isEmpty else { return nil }
        self.links = links
    }

    /// The texts with each learned pair as a new id (from `idCount` on) on the words it links.
    func augmented(_ s: [SentenceFeatures], _ t: [SentenceFeatures], idCount: Int) -> ([SentenceFeatures], [SentenceFeatures], Int) {
        var sourceLinks = [[Int32]](repeating: [], count: idCount), targetLinks = [[Int32]](repeating: [], count: idCount)
        for (k, l) in links.enumerated() {
            sourceLinks[Int(l.source)].append(Int32(idCount + k))
            targetLinks[Int(l.target)].append(Int32(idCount + k))
        }
        func add(_ f: SentenceFeatures, _ links: [[Int32]]) -> SentenceFeatures {
            guard f.ids.contains(where: { !links[Int($0)].isEmpty }) else { return f }
            var ids: [Int32] = [], ends: [Int32] = []
            ids.reserveCapacity(f.ids.count + 4)
            var start = 0
            for end in f.tokenEnds {
                let token = f.ids[start..<Int(end)]
                ids += token
                for id in token { ids += links[Int(id)] }
                ends.append(Int32(ids.count))
                start = Int(end)
            }
            var g = f
            g.ids = ids
            g.tokenEnds = ends
            return g
        }
        return (s.map { add($0, sourceLinks) }, t.map { add($0, targetLinks) }, idCount + links.count)
    }
}
