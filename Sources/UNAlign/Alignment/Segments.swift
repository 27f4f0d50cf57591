/// What an aligned segment is.
public enum SegmentKind: String, Codable, Sendable, CaseIterable {
    case title, heading, sentence, footnote, voteLabel, country
    /// Text no other version has a counterpart for, or a name that is not a country.
    case unaligned
}

/// One language's side of an aligned segment: its text and exact place in that input.
public struct SegmentSide: Hashable, Codable, Sendable {
    public let text: String
    /// UTF-16 ranges in that language's decoded input; more than one when markup or a page break
    /// interrupts the segment.
    public let ranges: [TextRange]
    /// The node address in that version (differs from the segment's when numbering disagrees).
    public let address: Address
    /// Where the file's inline markup (a Word run or hyperlink boundary, a footnote mark) is in
    /// `text`: what a CAT tool shows as tags. Nil when there is none (text and PDF inputs).
    public let inlineTags: [InlineTag]?
    /// Where `text` goes on in a new paragraph of the file (UTF-16 offsets): a sentence or vote
    /// list a page break cut in two in a converted file, which a CAT tool shows as two segments.
    public let paragraphBreaks: [Int]?

    public init(text: String, ranges: [TextRange], address: Address, inlineTags: [InlineTag]? = nil, paragraphBreaks: [Int]? = nil) {
        self.text = text
        self.ranges = ranges
        self.address = address
        self.inlineTags = inlineTags
        self.paragraphBreaks = paragraphBreaks
    }
}

/// Inline markup in a segment side's text, as a CAT tool shows it: a tag at `offset` standing for
/// `length` UTF-16 units of the text (a footnote's number; none for a run boundary), numbered in
/// its paragraph as the tool numbers it.
public struct InlineTag: Hashable, Codable, Sendable {
    public let offset: Int
    public let length: Int
    public let number: Int

    public init(offset: Int, length: Int, number: Int) {
        self.offset = offset
        self.length = length
        self.number = number
    }
}

/// A piece of the document and its translation in every version that has it.
public struct AlignedSegment: Hashable, Codable, Sendable {
    /// The segment's place, in the first version's numbering: `¶10(b)#2` (its 2nd sentence),
    /// `DR-II/op1`, `¶6/vote/against/CUB`.
    public let address: Address
    public let kind: SegmentKind
    /// How clearly the evidence supports this alignment, 0...1.
    public let confidence: Double
    public let sides: [Language: SegmentSide]

    public init(address: Address, kind: SegmentKind, confidence: Double, sides: [Language: SegmentSide]) {
        self.address = address
        self.kind = kind
        self.confidence = confidence
        self.sides = sides
    }

    public func text(_ language: Language) -> String? { sides[language]?.text }
    public func ranges(_ language: Language) -> [TextRange]? { sides[language]?.ranges }
    /// "paragraph 10 (b)", "draft resolution II, operative paragraph 1".
    public var location: String { address.readable }
    public func isMissing(in language: Language) -> Bool { sides[language] == nil }
}

/// Where versions of a document disagree: what an editor checks before publishing.
public enum Discrepancy: Hashable, Codable, Sendable, CustomStringConvertible {
    /// A unit (paragraph, heading, footnote, list...) some versions have and others do not.
    case missing(address: Address, presentIn: [Language], missingIn: [Language])
    /// Aligned units numbered differently (a mistyped or shifted number).
    case numbering(address: Address, language: Language, numberedAs: Address)
    /// Numbers, dates or symbols in one aligned unit that the other version does not have.
    case anchorsDiffer(address: Address, language: Language, onlyHere: [String], onlyInFirst: [String])
    /// A sentence of an aligned unit with no counterpart in the other version (added or deleted).
    case unpairedSentence(address: Address, language: Language)
    /// Two sentences of an aligned unit in the other order.
    case sentencesReordered(address: Address, language: Language)
    case vote(VoteAlignment.Discrepancy)

    public var description: String {
        switch self {
        case .missing(let a, let p, let m):
            "\(a) (\(a.readable)) is in \(p.map(\.rawValue).joined(separator: ",")) but not in \(m.map(\.rawValue).joined(separator: ","))"
        case .numbering(let a, let l, let n): "\(a) is numbered \(n) in \(l.rawValue)"
        case .anchorsDiffer(let a, let l, let here, let first):
            "\(a) [\(l.rawValue)]: " + [here.isEmpty ? nil : "only here: \(here.joined(separator: " "))",
                                       first.isEmpty ? nil : "only in the first version: \(first.joined(separator: " "))"].compactMap { $0 }.joined(separator: "; ")
        case .unpairedSentence(let a, let l): "\(a): a sentence in \(l.rawValue) has no counterpart"
        case .sentencesReordered(let a, let l): "\(a): sentences in \(l.rawValue) are in another order"
        case .vote(let v): v.description
        }
    }
}

/// The result of aligning language versions of one document.
public struct Alignment: Codable, Sendable {
    public let languages: [Language]
    public let sources: [String]
    /// Paragraph-level units (headings, paragraphs, sub-paragraphs, footnotes, vote lists...).
    public let units: [AlignedSegment]
    /// The finest segments: sentences, labels, countries. Every character of every input's text
    /// is in exactly one of them (markup aside); what has no counterpart is `.unaligned` or lacks sides.
    public let segments: [AlignedSegment]
    public let votes: VoteAlignment
    public let discrepancies: [Discrepancy]

    public init(languages: [Language], sources: [String], units: [AlignedSegment], segments: [AlignedSegment],
                votes: VoteAlignment, discrepancies: [Discrepancy]) {
        self.languages = languages
        self.sources = sources
        self.units = units
        self.segments = segments
        self.votes = votes
        self.discrepancies = discrepancies
    }

    /// An alignment of segments only (read from a TMX, say): no units, votes or discrepancies.
    public init(segments: [AlignedSegment], source: String) {
        var langs: [Language] = []
        for s in segments { for l in Language.allCases where s.sides[l] != nil && !langs.contains(l) { langs.append(l) } }
        self.init(languages: langs, sources: [source], units: [], segments: segments, votes: VoteAlignment([]), discrepancies: [])
    }
}
