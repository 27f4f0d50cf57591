import Foundation

/// Something the parser could not place or found inconsistent; the tree still holds the text.
public struct ParseProblem: Hashable, Codable, Sendable, CustomStringConvertible {
    public enum Kind: String, Codable, Sendable {
        case numberingGap, duplicateNumber, orphanSubparagraph, voteWithoutTally, emptyVoteList
        case footnoteWithoutReference, duplicateAddress, unplacedText
        /// The text has none of the structure of a UN document: it is read as paragraphs in order.
        case noStructure
        /// Containers nested deeper than `Limits.maximumNestingDepth`: kept at that depth.
        case tooDeep
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
    case unreadableFormat(ReadError)
    case unknownLanguage(source: String, code: String)
    case lineTooLong(source: String, line: Int, length: Int, limit: Int)

    public var description: String {
        switch self {
        case .empty(let s): "\(s): the file is empty"
        case .unreadable(let s, let r): "\(s): \(r)"
        case .undecodable(let e): e.description
        case .unreadableFormat(let e): e.description
        case .unknownLanguage(let s, let c): "\(s): unknown language '\(c)' (use zh, en, fr, es, ru or ar)"
        case .lineTooLong(let s, let line, let length, let limit):
            "\(s):\(line): a line of \(length) characters, more than the \(limit) a line may have; is this text with its line breaks lost, or not text at all?"
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
    /// The format the text was read from, and where each run of it is in that file (empty for text:
    /// a text's place is its line).
    public let format: InputFormat
    public let sourceRuns: [SourceRun]
    /// Where the file's inline markup interrupts a paragraph (read from Word: run and hyperlink
    /// boundaries, footnote marks), in text order; empty for text and PDF.
    public let inlineMarkup: [InlineMarkup]
    /// Offsets of the space a line break inside a paragraph was read as (Word's `w:br`), in order.
    public let lineBreaks: [Int]

    /// Parses decoded text. `language` nil: detected from the text; `kind` nil: detected too.
    /// A readable text is never refused: what structure was not found is said in `problems`.
    public init(text: String, language: Language? = nil, kind: DocumentKind? = nil, source: String = "<input>") throws(DocumentError) {
        try self.init(text: text, language: language, kind: kind, source: source, format: .text, runs: [], readerFurniture: [], inlineMarkup: [], lineBreaks: [])
    }

    /// Parses text read out of a Word or PDF file; what the reader found to be furniture (running
    /// headers and footers, page numbers) stays furniture.
    public init(extracted: ExtractedText, language: Language? = nil, kind: DocumentKind? = nil, source: String) throws(DocumentError) {
        try self.init(text: extracted.text, language: language, kind: kind, source: source, format: extracted.format,
                      runs: extracted.runs, readerFurniture: extracted.furniture, inlineMarkup: extracted.inlineMarkup, lineBreaks: extracted.lineBreaks)
    }

    private init(text: String, language: Language?, kind: DocumentKind?, source: String, format: InputFormat,
                 runs: [SourceRun], readerFurniture: [TextRange], inlineMarkup: [InlineMarkup], lineBreaks: [Int]) throws(DocumentError) {
        let t = UTF16Text(text)
        guard t.units.contains(where: { !UTF16Text.isSpace($0) }) else { throw .empty(source: source) }
        if let (line, length) = Self.overlongLine(t) { throw .lineTooLong(source: source, line: line, length: length, limit: Limits.maximumLineLength) }
        let lang = language ?? ScriptGuess.language(of: text)
        var parser = DocumentParser(text: t, language: lang, kind: kind, furniture: readerFurniture)
        let result = parser.parse()
        self.source = source
        self.language = lang
        lineBreaksAreSpaces = LanguageProfile.of(lang).wordSegmentation == .spaces
        self.kind = result.kind
        self.text = t
        self.root = result.root
        self.markup = result.markup
        self.furniture = result.furniture
        self.problems = result.problems
        self.format = format
        sourceRuns = runs
        self.inlineMarkup = inlineMarkup
        self.lineBreaks = lineBreaks
        _lineStarts = LineIndex(t)
    }

    /// Reads a document from a file's bytes, in whatever format they are (detected from the
    /// content; `format` forces one).
    public init(bytes: [UInt8], source: String, language: Language? = nil, kind: DocumentKind? = nil,
                encoding: TextEncoding? = nil, format: InputFormat? = nil, limit: Int = Document.maximumBytes) throws(DocumentError) {
        if bytes.isEmpty { throw .empty(source: source) }
        if bytes.count > limit { throw .unreadableFormat(.tooLarge(source: source, bytes: bytes.count, limit: limit)) }
        let f: InputFormat
        if let format { f = format } else {
            do throws(ReadError) { f = try InputFormat.detect(bytes, source: source) } catch { throw .unreadableFormat(error) }
        }
        switch f {
        case .text:
            let decoded: DecodedText
            do { decoded = try TextDecoder.decode(bytes, encoding: encoding, source: source) } catch { throw .undecodable(error) }
            try self.init(text: decoded.text, language: language, kind: kind, source: source)
        case .docx:
            do { try self.init(extracted: try DocxReader().read(Data(bytes), source: source), language: language, kind: kind, source: source) }
            catch let e as ReadError { throw .unreadableFormat(e) } catch let e as DocumentError { throw e } catch { throw .unreadable(source: source, reason: "\(error)") }
        case .pdf:
            do { try self.init(extracted: try PDFReader().read(bytes, source: source), language: language, kind: kind, source: source) }
            catch let e as ReadError { throw .unreadableFormat(e) } catch let e as DocumentError { throw e } catch { throw .unreadable(source: source, reason: "\(error)") }
        }
    }

    /// The first line longer than `Limits.maximumLineLength`, if any: its number and length.
    static func overlongLine(_ t: UTF16Text) -> (Int, Int)? {
        guard t.units.count > Limits.maximumLineLength else { return nil }
        var line = 1, start = 0
        for (i, u) in t.units.enumerated() where u == 0x0A || i == t.units.count - 1 {
            let end = u == 0x0A ? i : i + 1
            if end - start > Limits.maximumLineLength { return (line, end - start) }
            line += 1
            start = i + 1
        }
        return nil
    }

    /// Where an offset of the text is in the file it was read from: a line of a text file; the
    /// part, paragraph and offset of a Word file; the page and offset of a PDF.
    public func place(of offset: Int) -> SourcePlace {
        SourceRun.place(of: offset, in: sourceRuns) ?? .line(line(of: offset))
    }

    /// The largest file read as one document (`Limits.maximumDocumentBytes`).
    public static var maximumBytes: Int { Limits.maximumDocumentBytes }

    /// Reads, decodes and parses a file: text in any encoding, a Word (.docx) file or a PDF.
    public init(contentsOfFile path: String, language: Language? = nil, kind: DocumentKind? = nil, encoding: TextEncoding? = nil,
                format: InputFormat? = nil) throws {
        try self.init(bytes: InputBytes.read(path), source: path, language: language, kind: kind, encoding: encoding, format: format)
    }

    /// The text of a node's own pieces, joined by a space where whitespace or a page break separated them.
    public func text(of node: DocumentNode) -> String { text(of: node.pieces) }

    public func text(of ranges: [TextRange]) -> String {
        text.joinedString(ranges, lineBreaksAreSpaces: lineBreaksAreSpaces)
    }

    /// Whether the language writes spaces between words, so that a line break joins with one
    /// (read from the table once: `text(of:)` runs for every unit and sentence).
    let lineBreaksAreSpaces: Bool

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

    enum CodingKeys: String, CodingKey { case source, language, kind, root, markup, furniture, problems, text, format, sourceRuns, inlineMarkup, lineBreaks }
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        source = try c.decode(String.self, forKey: .source)
        language = try c.decode(Language.self, forKey: .language)
        lineBreaksAreSpaces = LanguageProfile.of(language).wordSegmentation == .spaces
        kind = try c.decodeIfPresent(DocumentKind.self, forKey: .kind) ?? .report
        text = UTF16Text(try c.decode(String.self, forKey: .text))
        root = try c.decode(DocumentNode.self, forKey: .root)
        markup = try c.decode([TextRange].self, forKey: .markup)
        furniture = try c.decodeIfPresent([TextRange].self, forKey: .furniture) ?? []
        format = try c.decodeIfPresent(InputFormat.self, forKey: .format) ?? .text
        sourceRuns = try c.decodeIfPresent([SourceRun].self, forKey: .sourceRuns) ?? []
        inlineMarkup = try c.decodeIfPresent([InlineMarkup].self, forKey: .inlineMarkup) ?? []
        lineBreaks = try c.decodeIfPresent([Int].self, forKey: .lineBreaks) ?? []
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
        try c.encode(format, forKey: .format)
        try c.encode(sourceRuns, forKey: .sourceRuns)
        if !inlineMarkup.isEmpty { try c.encode(inlineMarkup, forKey: .inlineMarkup) }
        if !lineBreaks.isEmpty { try c.encode(lineBreaks, forKey: .lineBreaks) }
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
