/// Precision, recall and F1 of an alignment against gold, strict and lax, as Vecalign and
/// Bertalign compute them: strict counts a bead only when it equals a gold bead; lax counts a
/// predicted bead when one of its source sentences is linked in the gold to one of its target
/// sentences (and a gold bead as recalled in the same way).
public struct AlignmentScore: Codable, Sendable, CustomStringConvertible {
    public var strictPrecision: Double
    public var strictRecall: Double
    public var laxPrecision: Double
    public var laxRecall: Double
    public var strictF1: Double { f1(strictPrecision, strictRecall) }
    public var laxF1: Double { f1(laxPrecision, laxRecall) }
    /// Counts behind the ratios, so scores over several files can be pooled.
    public var counts: Counts

    public struct Counts: Codable, Sendable {
        public var strictTP = 0, strictFP = 0, laxTP = 0, laxFP = 0
        public var strictTPRecall = 0, strictFN = 0, laxTPRecall = 0, laxFN = 0
        static func + (a: Counts, b: Counts) -> Counts {
            Counts(strictTP: a.strictTP + b.strictTP, strictFP: a.strictFP + b.strictFP, laxTP: a.laxTP + b.laxTP, laxFP: a.laxFP + b.laxFP,
                   strictTPRecall: a.strictTPRecall + b.strictTPRecall, strictFN: a.strictFN + b.strictFN,
                   laxTPRecall: a.laxTPRecall + b.laxTPRecall, laxFN: a.laxFN + b.laxFN)
        }
    }

    public var description: String {
        String(format: "strict P %.4f R %.4f F1 %.4f | lax P %.4f R %.4f F1 %.4f",
               strictPrecision, strictRecall, strictF1, laxPrecision, laxRecall, laxF1)
    }

    private func f1(_ p: Double, _ r: Double) -> Double { p + r == 0 ? 0 : 2 * p * r / (p + r) }

    public init(gold: [Bead], test: [Bead]) {
        let (stp, sfp, ltp, lfp) = Self.precision(gold: gold, test: test)
        let (rtp, rfn, lrtp, lrfn) = Self.precision(gold: test, test: gold)
        self.init(Counts(strictTP: stp, strictFP: sfp, laxTP: ltp, laxFP: lfp, strictTPRecall: rtp, strictFN: rfn, laxTPRecall: lrtp, laxFN: lrfn))
    }

    init(_ c: Counts) {
        counts = c
        func ratio(_ a: Int, _ b: Int) -> Double { a + b == 0 ? 0 : Double(a) / Double(a + b) }
        strictPrecision = ratio(c.strictTP, c.strictFP)
        strictRecall = ratio(c.strictTPRecall, c.strictFN)
        laxPrecision = ratio(c.laxTP, c.laxFP)
        laxRecall = ratio(c.laxTPRecall, c.laxFN)
    }

    /// Pools several files' counts (micro average).
    public static func pooled(_ scores: [AlignmentScore]) -> AlignmentScore {
        AlignmentScore(scores.map(\.counts).reduce(Counts(), +))
    }

    private static func precision(gold: [Bead], test: [Bead]) -> (Int, Int, Int, Int) {
        let goldSet = Set(gold.filter { !$0.source.isEmpty || !$0.target.isEmpty })
        var links: [Int: Set<Int>] = [:]
        for g in goldSet { for s in g.source { links[s, default: []].formUnion(g.target) } }
        var stp = 0, sfp = 0, ltp = 0, lfp = 0
        for t in Set(test) where !t.source.isEmpty || !t.target.isEmpty {
            if goldSet.contains(t) {
                stp += 1
                ltp += 1
            } else {
                sfp += 1
                let targets = Set(t.target)
                if t.source.contains(where: { !(links[$0] ?? []).isDisjoint(with: targets) }) { ltp += 1 } else { lfp += 1 }
            }
        }
        return (stp, sfp, ltp, lfp)
    }
}
