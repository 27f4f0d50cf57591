/// What a node of a UN document is, each kind carrying its own data (swift-markdown's
/// `RawMarkupData`). The decisions every kind needs (prose, sentences, segment kind, tag) are
/// exhaustive `switch`es, so a new kind does not compile until each of them knows about it.
public enum NodeKind: Hashable, Codable, Sendable {
    case document(DocumentKind)
    /// Session, agenda item, title, "Report of the First Committee", the adoption heading...
    case titleLine(role: String)
    /// `I. Introduction` (its text is the heading; its children the section's content).
    case section(number: Int)
    /// `A. Draft resolution A/C.1/75/L.4`
    case subsection(letter: Int)
    /// Draft resolution, draft decision, annex: a frame that restarts paragraph numbering.
    case frame(FrameKind, ordinal: Int)
    case frameTitle
    /// "The General Assembly," opening a resolution.
    case intro
    /// A numbered paragraph (of a report body, an annex, an article, a summary record).
    case paragraph(number: Int)
    /// An item with a compound label: `1.a`, `17.19` (the targets of the 2030 Agenda).
    case item(label: String)
    /// `(a)`, `a)`, `(أ)` inside a paragraph or operative paragraph (letter 1-based).
    case subparagraph(letter: Int)
    /// Unnumbered paragraph before the operative part of a resolution, or of a treaty's preamble.
    case preambular(number: Int)
    /// Numbered paragraph of a resolution.
    case operative(number: Int)
    /// A recorded vote: its tally (nil when none is stated) and the three lists.
    case vote(Tally?)
    case voteLabel(VoteSide)
    case voteList(VoteSide)
    /// A footnote's number and the range of its reference mark in the body, when found.
    case footnote(number: Int, reference: TextRange?)
    /// Preamble, part, chapter, section or article of a treaty: the heading's text; its children the content.
    case division(DivisionKind, number: Int)
    /// A speaker turn of a meeting record (no text of its own; speaker label and paragraphs below).
    case turn(number: Int)
    /// `Mr. Name (Country):`; where the country's name is written (the names layer reads it).
    case speaker(country: TextRange?)
    /// `(spoke in French)`.
    case interpretationNote
    /// The closing line of a resolution or a meeting; the opening line of a meeting.
    case closing
    case opening
    /// `(Signed) Name` and the signatory's title.
    case signature
    /// A table (its caption as text, its cells as children) and one cell.
    case table(number: Int)
    case cell(row: Int, column: Int)
    /// A heading without a number: a summary box, an annex's title.
    case heading
    /// A paragraph with no number and no other role.
    case text

    /// The kind without its data, for comparisons and counts.
    public enum Tag: String, Codable, Sendable, CaseIterable {
        case document, titleLine, section, subsection, frame, frameTitle, intro, paragraph, item, subparagraph
        case preambular, operative, vote, voteLabel, voteList, footnote, division, turn, speaker
        case interpretationNote, closing, opening, signature, table, cell, heading, text
    }

    public var tag: Tag {
        switch self {
        case .document: .document
        case .titleLine: .titleLine
        case .section: .section
        case .subsection: .subsection
        case .frame: .frame
        case .frameTitle: .frameTitle
        case .intro: .intro
        case .paragraph: .paragraph
        case .item: .item
        case .subparagraph: .subparagraph
        case .preambular: .preambular
        case .operative: .operative
        case .vote: .vote
        case .voteLabel: .voteLabel
        case .voteList: .voteList
        case .footnote: .footnote
        case .division: .division
        case .turn: .turn
        case .speaker: .speaker
        case .interpretationNote: .interpretationNote
        case .closing: .closing
        case .opening: .opening
        case .signature: .signature
        case .table: .table
        case .cell: .cell
        case .heading: .heading
        case .text: .text
        }
    }

    /// Running text a following page-broken line may continue.
    var isProse: Bool {
        switch self {
        case .paragraph, .item, .subparagraph, .preambular, .operative, .text, .closing, .opening, .signature: true
        case .document, .titleLine, .section, .subsection, .frame, .frameTitle, .intro, .vote, .voteLabel, .voteList,
             .footnote, .division, .turn, .speaker, .interpretationNote, .table, .cell, .heading: false
        }
    }

    /// Whether the node's text is cut into sentences (a vote list is cut into countries instead).
    var hasSentences: Bool {
        switch self {
        case .paragraph, .item, .subparagraph, .preambular, .operative, .text, .footnote, .frameTitle, .titleLine, .intro,
             .closing, .opening, .signature, .heading, .cell, .division, .table: true
        case .document, .section, .subsection, .frame, .vote, .voteLabel, .voteList, .turn, .speaker, .interpretationNote: false
        }
    }

    /// What an aligned segment of this node is.
    var segmentKind: SegmentKind {
        switch self {
        case .titleLine, .frameTitle: .title
        case .section, .subsection, .frame, .division, .heading, .table: .heading
        case .footnote: .footnote
        case .voteLabel, .speaker, .interpretationNote: .voteLabel
        case .voteList: .country
        case .document, .intro, .paragraph, .item, .subparagraph, .preambular, .operative, .vote, .text, .turn,
             .closing, .opening, .signature, .cell: .sentence
        }
    }
}

/// One node of the immutable document tree. Every node knows its exact source.
///
/// - Invariant: `pieces` are the ranges of the node's own text (markup excluded; more than one
///   when a page break or footnotes split it), in order and disjoint from every other node's;
///   `range` is the hull of the pieces and of the children's ranges.
public struct DocumentNode: Hashable, Codable, Sendable {
    public let kind: NodeKind
    public let address: Address
    public let range: TextRange
    public let pieces: [TextRange]
    /// The paragraph number or list letter (`10.`, `(b)`, `٨ -`), inside `pieces[0]`.
    public let marker: TextRange?
    /// Sentences of the node's own text; each may cross pieces (a sentence split by a page break).
    public let sentences: [[TextRange]]
    public let children: [DocumentNode]

    public var tag: NodeKind.Tag { kind.tag }
    public var tally: Tally? { if case .vote(let t) = kind { t } else { nil } }
    public var side: VoteSide? {
        switch kind {
        case .voteList(let s), .voteLabel(let s): s
        default: nil
        }
    }

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

/// Walks a document tree (swift-markdown's `MarkupWalker`, in small): the aligner's unit list, the
/// vote reader and `inspect` visit the tree through it. Return false from `visit` to skip a node's
/// children.
public protocol DocumentWalker {
    mutating func visit(_ node: DocumentNode, depth: Int) -> Bool
}

extension DocumentWalker {
    public mutating func walk(_ node: DocumentNode, depth: Int = 0) {
        guard visit(node, depth: depth) else { return }
        for c in node.children { walk(c, depth: depth + 1) }
    }
}
