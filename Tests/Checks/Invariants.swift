import Foundation
import UNAlign

/// The properties every document and alignment must have, whatever the input: checked by the
/// property tests, the corpus tests and the fuzz harnesses alike. Each check returns what it found
/// wrong (empty when all holds), so a test records it and a fuzzer traps on it.
public enum Invariants {
    /// What the parser may call markup: heading marks, bold marks, rules and setext underlines,
    /// sup tags, `[^n]` footnote brackets, table bars and delimiter cells, link brackets, and page
    /// numbers or job numbers alone on a line. A rule may hold spaces of any width (a zero-width
    /// space, a byte-order mark, a tab a converter left in it).
    static let markupPattern = try! NSRegularExpression(pattern: #"^(#+|\*\*|__|<sup>|</sup>|\[|\[\^|\]:?|\||[-:| ]+|\]\([^)\s]*\)|[-*_=\s\u00A0\u2000-\u200B\u202F\u205F\u3000\uFEFF]{3,}|\d{1,4}|\d{1,3}/\d{1,3}|\d{2}-\d{5}( \(\w\))?|<!--((?!-->)[\s\S])*-->)$"#)

    /// Every non-space character of the text is in exactly one node's pieces, in furniture, or in
    /// markup of the kinds above; no two pieces overlap.
    public static func lossless(_ doc: Document, markupChecked: Bool = true) -> [String] {
        let pieces = doc.nodes.flatMap(\.pieces).sorted { $0.start < $1.start }
        for p in pieces where p.start < 0 || p.end > doc.text.count || p.start > p.end {
            return ["a piece \(p) outside the text (\(doc.text.count) units)"]
        }
        for (a, b) in zip(pieces, pieces.dropFirst()) where a.end > b.start {
            return ["pieces overlap: \(a) \(b) '\(doc.text.string(a).prefix(30))'"]
        }
        var covered = [Bool](repeating: false, count: doc.text.count)
        for p in pieces { for i in p.start..<p.end { covered[i] = true } }
        // Furniture (front matter, masthead, running headers, contents) is kept apart from the nodes.
        let furniture = doc.furniture.sorted { $0.start < $1.start }
        var k = 0
        for f in furniture {
            guard f.start >= 0, f.end <= doc.text.count, f.start <= f.end else { return ["furniture \(f) outside the text"] }
            while k < pieces.count, pieces[k].end <= f.start { k += 1 }
            if k < pieces.count, pieces[k].start < f.end {
                return ["furniture '\(doc.text.string(f).prefix(30))' overlaps a node"]
            }
            for i in f.start..<f.end { covered[i] = true }
        }
        for m in doc.markup {
            guard m.start >= 0, m.end <= doc.text.count, m.start <= m.end else { return ["markup \(m) outside the text"] }
            if markupChecked {
                let s = doc.text.string(m)
                if markupPattern.firstMatch(in: s, range: NSRange(location: 0, length: (s as NSString).length)) == nil {
                    return ["'\(s.prefix(40))' at line \(doc.line(of: m.start)) taken as markup"]
                }
            }
            for i in m.start..<m.end { covered[i] = true }
        }
        for i in 0..<doc.text.count where !covered[i] && !UTF16Text.isSpace(doc.text[i]) {
            return ["character '\(doc.text.string(TextRange(i, i + 1)))' at line \(doc.line(of: i)) is in no node"]
        }
        return []
    }

    /// No address twice, and no tree deeper than the limit.
    public static func wellFormed(_ doc: Document) -> [String] {
        var problems: [String] = []
        var seen = Set<Address>()
        for n in doc.nodes where !seen.insert(n.address).inserted {
            problems.append("address \(n.address) twice")
            break
        }
        func depth(_ n: DocumentNode) -> Int { 1 + (n.children.map(depth).max() ?? 0) }
        let d = depth(doc.root)
        if d > Limits.maximumNestingDepth + 2 { problems.append("tree \(d) levels deep, over the limit of \(Limits.maximumNestingDepth)") }
        return problems
    }

    /// Every character of every node of every input is in exactly one segment of the alignment.
    public static func covers(_ a: Alignment, _ docs: [Document]) -> [String] {
        for doc in docs {
            let l = doc.language
            var owner = [UInt8](repeating: 0, count: doc.text.count)
            for s in a.segments {
                for r in s.ranges(l) ?? [] {
                    guard r.start >= 0, r.end <= doc.text.count else { return ["\(l): a segment range \(r) outside the text"] }
                    for i in r.start..<r.end { owner[i] &+= 1 }
                }
            }
            for node in doc.nodes {
                for p in node.pieces {
                    for i in p.start..<p.end where owner[i] != 1 && !UTF16Text.isSpace(doc.text[i]) {
                        return ["\(l): '\(doc.text.string(TextRange(i, i + 1)))' at line \(doc.line(of: i)) is in \(owner[i]) segments "
                                + "(node \(node.address), \(node.kind.tag): '\(doc.text(of: node).prefix(60))')"]
                    }
                }
            }
        }
        return []
    }

    /// The beads of two sentence lists take every sentence of each side once, in order.
    public static func partition(_ beads: [Bead], _ source: Int, _ target: Int) -> [String] {
        var problems: [String] = []
        if beads.flatMap(\.source) != Array(0..<source) { problems.append("beads do not partition the \(source) source sentences in order") }
        if beads.flatMap(\.target) != Array(0..<target) { problems.append("beads do not partition the \(target) target sentences in order") }
        return problems
    }

    /// The same for an alignment that pairs moved blocks (`SentenceAligner.ScoredBead.moved`):
    /// every sentence of each side once, the source in order, the target in order but for the
    /// beads of moved blocks, and each of those beads contiguous on both sides.
    public static func partition(_ beads: [SentenceAligner.ScoredBead], _ source: Int, _ target: Int) -> [String] {
        var problems: [String] = []
        let all = beads.map(\.bead)
        if all.flatMap(\.source) != Array(0..<source) { problems.append("beads do not partition the \(source) source sentences in order") }
        if all.flatMap(\.target).sorted() != Array(0..<target) { problems.append("beads do not take each of the \(target) target sentences once") }
        let inPlace = beads.filter { !$0.moved }.flatMap(\.bead.target)
        if inPlace != inPlace.sorted() { problems.append("beads in place are out of the target's order") }
        for b in beads where b.moved {
            if b.bead.source.isEmpty || b.bead.target.isEmpty { problems.append("a moved bead \(b.bead) leaves a side empty") }
            for side in [b.bead.source, b.bead.target] where side != Array((side.first ?? 0)..<((side.first ?? 0) + side.count)) {
                problems.append("a moved bead \(b.bead) is not contiguous")
            }
        }
        return problems
    }
}
