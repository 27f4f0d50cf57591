/// What a node of a UN document is.
public enum NodeKind: String, Codable, Sendable, CaseIterable {
    case document
    /// Session, agenda item, title, "Report of the First Committee", rapporteur, symbol.
    case titleLine
    /// `I. Introduction` (its text is the heading; its children the section's content).
    case section
    /// `A. Draft resolution A/C.1/75/L.4`
    case subsection
    /// Draft resolution / draft decision / annex: a frame that restarts paragraph numbering.
    case frame
    case frameTitle
    /// "The General Assembly,"
    case assemblyIntro
    /// A numbered paragraph of the report body.
    case paragraph
    /// `(a)`, `a)`, `(أ)` inside a paragraph or operative paragraph.
    case subparagraph
    /// Unnumbered paragraph before the operative part of a draft resolution.
    case preambular
    /// Numbered paragraph of a draft resolution.
    case operative
    /// Recorded vote: tally and the three lists (no text of its own).
    case vote
    case voteLabel
    case voteList
    case footnote
    /// A paragraph with no number and no other role (draft decision text, unnumbered report text).
    case text
}

public enum VoteSide: String, Codable, Sendable, CaseIterable {
    case favour, against, abstain
}

public enum FrameKind: String, Codable, Sendable, CaseIterable {
    case draftResolution, draftDecision, annex
    var prefix: String {
        switch self {
        case .draftResolution: "DR"
        case .draftDecision: "DD"
        case .annex: "ANNEX"
        }
    }
}

/// A stated vote result: `153 to 11, with 9 abstentions`, or adopted without a vote.
public struct Tally: Hashable, Codable, Sendable, CustomStringConvertible {
    public var inFavour: Int?
    public var against: Int?
    public var abstaining: Int?
    public var withoutVote: Bool
    /// Where the tally is written in the source.
    public var range: TextRange

    public var description: String {
        withoutVote ? "without a vote" : "\(inFavour ?? 0)-\(against ?? 0)-\(abstaining ?? 0)"
    }

    public func count(_ side: VoteSide) -> Int? {
        switch side {
        case .favour: inFavour
        case .against: against
        case .abstain: abstaining
        }
    }
}

/// Facts a node carries beyond its text.
public enum NodeInfo: Hashable, Codable, Sendable {
    case tally(Tally)
    case side(VoteSide)
    /// A footnote's number and the range of its reference mark in the body, when found.
    case footnote(number: Int, reference: TextRange?)
    case frame(FrameKind, ordinal: Int)
    case number(Int)
    case titleRole(String)
}

/// One node of the immutable document tree. Every node knows its exact source:
/// `pieces` are the ranges of its own text (markup excluded; more than one when a page break
/// or footnotes split it), `range` the hull of it and its children.
public struct DocumentNode: Hashable, Codable, Sendable {
    public let kind: NodeKind
    public let address: Address
    public let range: TextRange
    public let pieces: [TextRange]
    /// The paragraph number or list letter (`10.`, `(b)`, `٨ -`), inside `pieces[0]`.
    public let marker: TextRange?
    public let info: NodeInfo?
    /// Sentences of the node's own text; each may cross pieces (a sentence split by a page break).
    public let sentences: [[TextRange]]
    public let children: [DocumentNode]

    public var tally: Tally? { if case .tally(let t) = info { t } else { nil } }
    public var side: VoteSide? { if case .side(let s) = info { s } else { nil } }

    /// This node and all below it, depth first, document order.
    public var allNodes: [DocumentNode] {
        var out: [DocumentNode] = []
        walk { out.append($0); return true }
        return out
    }

    /// Visits this node and its descendants depth first; return false to skip a node's children.
    public func walk(_ visit: (DocumentNode) -> Bool) {
        guard visit(self) else { return }
        for c in children { c.walk(visit) }
    }

    public func first(_ address: Address) -> DocumentNode? {
        if self.address == address { return self }
        for c in children { if let n = c.first(address) { return n } }
        return nil
    }
}

/// Walks a document tree: override what you need (swift-markdown's `MarkupWalker`, in small).
public protocol DocumentWalker {
    /// Called for every node in document order; return false to skip its children.
    mutating func visit(_ node: DocumentNode) -> Bool
}

extension DocumentWalker {
    public mutating func walk(_ node: DocumentNode) {
        guard visit(node) else { return }
        for c in node.children { walk(c) }
    }
}
