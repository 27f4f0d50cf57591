import Foundation

/// The formats a UN document comes in, told from the bytes, not the file name.
public enum InputFormat: String, Codable, Sendable, CaseIterable {
    /// Markdown from a converter, or plain text in any encoding.
    case text
    /// Word 2007 and later (Office Open XML).
    case docx
    case pdf

    /// The format of a file's bytes, or the problem with them.
    public static func detect(_ bytes: [UInt8], source: String) throws(ReadError) -> InputFormat {
        if bytes.starts(with: Array("%PDF-".utf8)) { return .pdf }
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
            return .docx  // what kind of ZIP it is, the reader says
        }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { throw .legacyWord(source: source) }
        if bytes.starts(with: Array("{\\rtf".utf8)) { throw .unsupported(source: source, what: "an RTF file") }
        return .text
    }
}

/// Where a piece of a document's text came from in the file it was read from.
public enum SourcePlace: Hashable, Codable, Sendable, CustomStringConvertible {
    /// A line of a text file.
    case line(Int)
    /// A Word file's part (`word/document.xml`, `word/footnotes.xml`), its paragraph (0-based, in
    /// document order) and the offset in that paragraph's text.
    case docx(part: String, paragraph: Int, offset: Int)
    /// A PDF page (1-based) and the offset in that page's text.
    case pdf(page: Int, offset: Int)
    /// Text the reader wrote that is not in the file: Word's automatic numbers (`1.`, `(a)`), the
    /// marks that delimit footnotes and table cells.
    case generated(String)

    public var description: String {
        switch self {
        case .line(let n): "line \(n)"
        case .docx(let part, let p, let o): "\(part), paragraph \(p + 1), offset \(o)"
        case .pdf(let page, let o): "page \(page), offset \(o)"
        case .generated(let what): what
        }
    }
}

/// Text read out of a Word or PDF file, with the place in the file of every piece of it.
public struct ExtractedText: Sendable {
    public let text: String
    public let format: InputFormat
    /// Runs in text order: from `start` (a UTF-16 offset in `text`) to the next run's start, the
    /// text comes from `place` onwards (offsets advance with the text inside a run).
    public let runs: [SourceRun]
    /// Ranges of `text` that are not text of the document: running headers and footers, page
    /// numbers, the job number and bar code line.
    public let furniture: [TextRange]
    /// Where the file's inline markup interrupts a paragraph (Word: run and hyperlink boundaries,
    /// footnote marks), in text order.
    public let inlineMarkup: [InlineMarkup]
    /// Offsets of the space written for a line break inside a paragraph (Word's `w:br`), where CAT
    /// tools start a new segment, in text order.
    public let lineBreaks: [Int]

    public init(text: String, format: InputFormat, runs: [SourceRun], furniture: [TextRange] = [], inlineMarkup: [InlineMarkup] = [], lineBreaks: [Int] = []) {
        self.lineBreaks = lineBreaks
        self.text = text
        self.format = format
        self.runs = runs
        self.furniture = furniture
        self.inlineMarkup = inlineMarkup
    }

    /// The place in the file of a UTF-16 offset of `text`.
    public func place(of offset: Int) -> SourcePlace? { SourceRun.place(of: offset, in: runs) }
}

/// A place where a file's inline markup interrupts a paragraph's text: a run or hyperlink
/// boundary, a footnote mark. CAT tools show each as a tag, numbered in its paragraph (OmegaT:
/// `<t0/>`, `<t1/>`), and match a memory's segment whole only when its tags are where the
/// document's are.
public struct InlineMarkup: Hashable, Codable, Sendable {
    /// The text the markup stands for: empty for a boundary, `[^1]` for a footnote mark.
    public let range: TextRange
    /// Its number among its paragraph's inline markup, from 0.
    public let number: Int

    public init(range: TextRange, number: Int) {
        self.range = range
        self.number = number
    }
}

/// From `start` (a UTF-16 offset of a document's text) to the next run, text from `place` onwards.
public struct SourceRun: Hashable, Codable, Sendable {
    public let start: Int
    public let place: SourcePlace
    public init(_ start: Int, _ place: SourcePlace) {
        self.start = start
        self.place = place
    }

    static func place(of offset: Int, in runs: [SourceRun]) -> SourcePlace? {
        var lo = 0, hi = runs.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if runs[mid].start <= offset { lo = mid + 1 } else { hi = mid }
        }
        guard lo > 0 else { return nil }
        let run = runs[lo - 1]
        let delta = offset - run.start
        switch run.place {
        case .docx(let part, let p, let o): return .docx(part: part, paragraph: p, offset: o + delta)
        case .pdf(let page, let o): return .pdf(page: page, offset: o + delta)
        case .line, .generated: return run.place
        }
    }
}

/// Why a file could not be read: each names the file and, where it helps, what to do.
public enum ReadError: Error, CustomStringConvertible, Sendable {
    case legacyWord(source: String)
    case damaged(source: String, reason: String)
    case encrypted(source: String)
    case scanned(source: String, pages: Int)
    case unsupported(source: String, what: String)
    case tooLarge(source: String, bytes: Int, limit: Int)
    case tooLargeUnpacked(source: String, part: String, limit: Int)

    static func size(_ bytes: Int) -> String { bytes >= 1_048_576 ? "\(bytes / 1_048_576) MiB" : "\(bytes) bytes" }

    public var description: String {
        switch self {
        case .legacyWord(let s):
            "\(s): a Word 97-2003 (.doc) file, which cannot be read; convert it first: soffice --headless --convert-to docx '\(s)'"
        case .damaged(let s, let r): "\(s): damaged file: \(r)"
        case .encrypted(let s): "\(s): the PDF is encrypted (password-protected); save an unprotected copy first"
        case .scanned(let s, let n): "\(s): the PDF has no text layer (\(n) page\(n == 1 ? "" : "s") of images: a scan); run OCR first, e.g. ocrmypdf"
        case .unsupported(let s, let what): "\(s): \(what), which cannot be read; give a PDF, a Word (.docx) file or text"
        case .tooLarge(let s, let bytes, let limit):
            "\(s): \(bytes / 1_048_576) MiB, more than the \(limit / 1_048_576) MiB a document may have; split it (a UN document is rarely over 20 MiB)"
        case .tooLargeUnpacked(let s, let part, let limit):
            "\(s): unpacks to more than the \(Self.size(limit)) a Word package may hold (stopped in \(part)): a damaged file or a ZIP bomb"
        }
    }
}
