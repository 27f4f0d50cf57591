/// The tree as text, one node a line (swift-markdown's `MarkupTreeDumper`): address, kind, source
/// line and the first words; `unalign inspect` prints it.
struct TreeDumper: DocumentWalker {
    let doc: Document
    let sentences: Bool
    var out = ""

    mutating func visit(_ n: DocumentNode, depth: Int) -> Bool {
        guard n.tag != .document else { return true }
        let words = String(doc.text(of: n).prefix(48)).replacingOccurrences(of: "\n", with: " ")
        var extra = ""
        switch n.kind {
        case .vote(let t?): extra = " [\(t)]"
        case .voteList: extra = " [\(n.sentences.isEmpty ? 0 : 1) list]"
        case .footnote(_, let ref): extra = ref == nil ? " [no mark]" : ""
        default: break
        }
        let indent = String(repeating: "  ", count: depth - 1)
        out += "\(indent)\(n.address)  \(n.tag.rawValue)  L\(doc.line(of: n.range.start))\(extra)  \(words)\n"
        if sentences, n.tag != .voteList {
            for s in n.sentences { out += indent + "  · " + String(doc.text(of: s).prefix(70)) + "\n" }
        }
        return true
    }
}

extension Document {
    /// The tree, one node a line; with `sentences`, each node's sentences below it.
    public func dump(sentences: Bool = false) -> String {
        var d = TreeDumper(doc: self, sentences: sentences)
        d.walk(root)
        return "\(source): \(language.englishName), \(kind.rawValue), \(nodes.count - 1) nodes\n" + d.out
    }
}
