import Foundation

/// Something the parser could not place or found inconsistent; the tree still holds the text.
public struct ParseProblem: Hashable, Codable, Sendable, CustomStringConvertible {
    public enum Kind: String, Codable, Sendable {
        case numberingGap, duplicateNumber, orphanSubparagraph, voteWithoutTally, emptyVoteList
        case footnoteWithoutReference, duplicateAddress, unplacedText
        /// The text has none of the structure of a UN document: it is read as paragraphs in order.
        case noStructure
    }
    public let kind: Kind
    public let line: Int
    public let message: String
    public var description: String { "line \(line): \(message)" }
}

/// Why a text could not be read as a UN document at all.
public enum DocumentError: Error, CustomStringConvertible, Sendable {
    case empty(source: String)
    case unreadable(source: String, reason: String)
    case undecodable(DecodingError)
    case unknownLanguage(source: String, code: String)

    public var description: String {
        switch self {
        case .empty(let s): "\(s): the file is empty"
        case .unreadable(let s, let r): "\(s): \(r)"
        case .undecodable(let e): e.description
        case .unknownLanguage(let s, let c): "\(s): unknown language '\(c)' (use zh, en, fr, es, ru or ar)"
        }
    }
}

/// A parsed UN document: the immutable tree over the decoded text.
public struct Document: Sendable, Codable {
    public let source: String
    public let language: Language
    /// What kind of UN document it is (detected, or as given).
    public let kind: DocumentKind
    public let text: UTF16Text
    public let root: DocumentNode
    /// Ranges the parser read as markup (heading marks, rules, tags, link brackets, page numbers).
    public let markup: [TextRange]
    /// Text of the file that is not text of the document: YAML front matter, a resolution's
    /// masthead, running headers, a table of contents. Kept, never aligned, never a unit boundary.
    public let furniture: [TextRange]
    public let problems: [ParseProblem]

    /// Parses decoded text. `language` nil: detected from the text; `kind` nil: detected too.
    /// A readable text is never refused: what structure was not found is said in `problems`.
    public init(text: String, language: Language? = nil, kind: DocumentKind? = nil, source: String = "<input>") throws(DocumentError) {
        let t = UTF16Text(text)
        guard t.units.contains(where: { !UTF16Text.isSpace($0) }) else { throw .empty(source: source) }
        let lang = language ?? ScriptGuess.language(of: text)
        var parser = DocumentParser(text: t, language: lang, kind: kind)
        let result = parser.parse()
        self.source = source
        self.language = lang
        self.kind = result.kind
        self.text = t
        self.root = result.root
        self.markup = result.markup
        self.furniture = result.furniture
        self.problems = result.problems
        _lineStarts = LineIndex(t)
    }

    /// Reads, decodes and parses a file.
    public init(contentsOfFile path: String, language: Language? = nil, kind: DocumentKind? = nil, encoding: TextEncoding? = nil) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DocumentError.unreadable(source: path, reason: FileManager.default.fileExists(atPath: path) ? "cannot be read" : "no such file")
        }
        if data.isEmpty { throw DocumentError.empty(source: path) }
        let decoded: DecodedText
        do { decoded = try TextDecoder.decode([UInt8](data), encoding: encoding, source: path) } catch { throw DocumentError.undecodable(error) }
        try self.init(text: decoded.text, language: language, kind: kind, source: path)
    }

    /// The text of a node's own pieces, joined by a space where whitespace or a page break separated them.
    public func text(of node: DocumentNode) -> String { text(of: node.pieces) }

    public func text(of ranges: [TextRange]) -> String { text.joinedString(ranges) }

    /// 1-based line of an offset.
    public func line(of offset: Int) -> Int {
        var lo = 0, hi = lineStarts.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if lineStarts[mid] <= offset { lo = mid + 1 } else { hi = mid }
        }
        return max(1, lo)
    }

    /// Offsets where lines start, for `line(of:)` by binary search.
    private var lineStarts: [Int] { _lineStarts.value }
    private let _lineStarts: LineIndex

    public var nodes: [DocumentNode] { root.allNodes }

    public func node(_ address: Address) -> DocumentNode? { root.first(address) }

    enum CodingKeys: String, CodingKey { case source, language, kind, root, markup, furniture, problems, text }
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        source = try c.decode(String.self, forKey: .source)
        language = try c.decode(Language.self, forKey: .language)
        kind = try c.decodeIfPresent(DocumentKind.self, forKey: .kind) ?? .report
        text = UTF16Text(try c.decode(String.self, forKey: .text))
        root = try c.decode(DocumentNode.self, forKey: .root)
        markup = try c.decode([TextRange].self, forKey: .markup)
        furniture = try c.decodeIfPresent([TextRange].self, forKey: .furniture) ?? []
        problems = try c.decode([ParseProblem].self, forKey: .problems)
        _lineStarts = LineIndex(text)
    }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(source, forKey: .source)
        try c.encode(language, forKey: .language)
        try c.encode(kind, forKey: .kind)
        try c.encode(text.string, forKey: .text)
        try c.encode(root, forKey: .root)
        try c.encode(markup, forKey: .markup)
        try c.encode(furniture, forKey: .furniture)
        try c.encode(problems, forKey: .problems)
    }
}

/// Line start offsets of a text.
struct LineIndex: Sendable {
    let value: [Int]
    init(_ t: UTF16Text) {
        var starts = [0]
        for (i, u) in t.units.enumerated() where u == 0x0A { starts.append(i + 1) }
        value = starts
    }
}
