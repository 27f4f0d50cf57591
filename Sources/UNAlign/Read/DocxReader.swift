import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads a Word (.docx) file into the text the parser reads: paragraphs in order, separated by
/// blank lines; Word's automatic numbering (`numbering.xml`, through the paragraph or its style)
/// written out as the number it shows (`1.`, `(a)`); headings marked as headings; footnotes and
/// endnotes as `[^n]` marks with their `[^n]: …` text right after the paragraph that holds the mark,
/// numbered as Word shows them (restarting per section where the file says so); tables as rows of
/// cells; tracked changes accepted (insertions kept, deletions dropped); fields and hyperlinks as
/// their text; text boxes in place. Every piece of text knows its part, paragraph and offset.
public struct DocxReader {
    /// The most the package may unpack to (`Limits.maximumUnpackedBytes`).
    public var unpackLimit: Int

    public init(unpackLimit: Int = Limits.maximumUnpackedBytes) { self.unpackLimit = unpackLimit }

    public func read(_ data: Data, source: String) throws(ReadError) -> ExtractedText {
        let package: ZipPackage
        do { package = try ZipPackage([UInt8](data)) } catch {
            throw .damaged(source: source, reason: error.reason)
        }
        // A few megabytes of ZIP can unpack to gigabytes: the parts read are counted as they unpack
        // (the sizes a package declares may lie) and stopped at the limit.
        var unpacked = 0
        func part(_ path: String) throws(ReadError) -> Data? {
            do {
                guard let bytes = try package.contents(of: path, limit: unpackLimit - unpacked) else { return nil }
                unpacked += bytes.count
                return Data(bytes)
            } catch {
                switch error {
                case .tooLarge: throw .tooLargeUnpacked(source: source, part: path, limit: unpackLimit)
                case .damaged: throw .damaged(source: source, reason: error.reason)
                }
            }
        }
        guard let document = try part("word/document.xml") else {
            if package.entries["xl/workbook.xml"] != nil { throw .unsupported(source: source, what: "an Excel workbook") }
            if package.entries["ppt/presentation.xml"] != nil { throw .unsupported(source: source, what: "a PowerPoint presentation") }
            if package.entries["content.xml"] != nil { throw .unsupported(source: source, what: "an OpenDocument file (convert it: soffice --headless --convert-to docx)") }
            throw .damaged(source: source, reason: "a ZIP package without word/document.xml")
        }
        let styles = try part("word/styles.xml").map(StyleTable.init) ?? StyleTable()
        let numbering = try part("word/numbering.xml").map(NumberingTable.init) ?? NumberingTable()
        let settings = try part("word/settings.xml").map { FootnoteSettings($0) } ?? FootnoteSettings()
        var notes: [String: [Int: [WordParagraph]]] = [:]
        for (kind, path) in [("footnote", "word/footnotes.xml"), ("endnote", "word/endnotes.xml")] {
            if let d = try part(path) { notes[kind] = try Self.parseNotes(d, kind: kind, path: path, source: source) }
        }
        let body = try Self.parse(document, path: "word/document.xml", source: source)
        let restart = settings.restartEachSection || FootnoteSettings(document).restartEachSection
        var writer = Writer(styles: styles, numbering: numbering, notes: notes, restartEachSection: restart)
        writer.write(body)
        // Page headers and footers (the symbol, page numbers): text of the file, but not of the
        // document, so furniture after the body (which keeps its offsets).
        for path in package.entries.keys.filter(Self.isHeaderOrFooter).sorted() {
            guard let data = try part(path) else { continue }
            writer.writeFurniture(try Self.parse(data, path: path, source: source))
        }
        return ExtractedText(text: writer.out, format: .docx, runs: writer.runs, furniture: writer.furniture,
                             inlineMarkup: writer.inlineMarkup, lineBreaks: writer.lineBreaks)
    }

    /// `word/header1.xml`, `word/footer2.xml`: a page header or footer part.
    static func isHeaderOrFooter(_ path: String) -> Bool {
        guard path.hasPrefix("word/"), path.hasSuffix(".xml"), !path.dropFirst(5).contains("/") else { return false }
        let name = path.dropFirst(5)
        return name.hasPrefix("header") || name.hasPrefix("footer")
    }

    /// A part read through a delegate; a malformed styles or numbering part reads as far as it goes
    /// (the text is still there, numbered or styled less).
    static func parsed<D: NSObject & XMLParserDelegate>(_ data: Data, _ delegate: D) -> D {
        guard XMLInput.problem(data) == nil else { return delegate }
        let xml = XMLParser(data: data)
        xml.delegate = delegate
        _ = xml.parse()
        return delegate
    }

    // MARK: The XML, as paragraphs

    /// A paragraph of a part: its style, numbering, text pieces and footnote marks.
    struct WordParagraph {
        var part: String
        var index: Int
        var style: String?
        var numId: Int?
        var level = 0
        var pieces: [Piece] = []
        /// A table row this paragraph is a cell of: (table, row, column).
        var cell: (table: Int, row: Int, column: Int)?
        /// The section ends after this paragraph (`w:sectPr` in its properties).
        var endsSection = false
        var allBold = true
        /// UTF-16 offsets in the text of `pieces` where one `w:t` ends and another begins: a run,
        /// hyperlink or field boundary, which CAT tools show as a tag.
        var boundaries: [Int] = []
        /// UTF-16 offsets in that text of the space written for a line break (`w:br`, `w:cr`),
        /// where CAT tools start a new segment.
        var lineBreaks: [Int] = []
        /// Spans of that text written for markup that CAT tools show as a tag, not as text (a
        /// non-breaking hyphen, written `-`): start and end offsets.
        var tagSpans: [(start: Int, end: Int)] = []
        var textLength = 0

        enum Piece {
            case text(String)
            case note(kind: String, id: Int, customMark: String?)
        }

        var plainText: String {
            pieces.map { if case .text(let t) = $0 { t } else { "" } }.joined()
        }
    }

    static func parse(_ data: Data, path: String, source: String) throws(ReadError) -> [WordParagraph] {
        let p = PartParser(path: path)
        if let (line, message) = XMLInput.problem(data) { throw .damaged(source: source, reason: "\(path) line \(line): \(message)") }
        let xml = XMLParser(data: data)
        xml.delegate = p
        guard xml.parse() else {
            throw .damaged(source: source, reason: "\(path) is not well-formed XML (line \(xml.lineNumber): \(xml.parserError.map { "\($0)" } ?? "unknown error"))")
        }
        return p.paragraphs
    }

    static func parseNotes(_ data: Data, kind: String, path: String, source: String) throws(ReadError) -> [Int: [WordParagraph]] {
        let p = PartParser(path: path, noteElement: kind)
        if let (line, message) = XMLInput.problem(data) { throw .damaged(source: source, reason: "\(path) line \(line): \(message)") }
        let xml = XMLParser(data: data)
        xml.delegate = p
        guard xml.parse() else { throw .damaged(source: source, reason: "\(path) is not well-formed XML (line \(xml.lineNumber))") }
        return p.notes
    }

    /// A SAX reader of one part. Word's markup is flat enough that a few flags follow it: inside a
    /// deletion, inside a field's instructions, inside the fallback copy of a text box.
    final class PartParser: NSObject, XMLParserDelegate {
        let path: String
        let noteElement: String?
        var paragraphs: [WordParagraph] = []
        var notes: [Int: [WordParagraph]] = [:]
        private var current: WordParagraph?
        private var stack: [WordParagraph] = []  // a text box's paragraphs inside a paragraph
        private var text = ""
        private var inText = false
        private var deleted = 0
        private var fallback = 0
        private var fieldInstruction = false
        private var runBold = false
        private var inRunProperties = false
        private var inRun = false
        private var noteId: Int?
        private var table = 0, tableDepth = 0, row = 0, column = 0
        private var count = 0
        private var customMark = false

        init(path: String, noteElement: String? = nil) {
            self.path = path
            self.noteElement = noteElement
        }

        private func local(_ name: String) -> String { name.split(separator: ":").last.map(String.init) ?? name }
        private func attr(_ a: [String: String], _ name: String) -> String? { a["w:" + name] ?? a[name] }

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes a: [String: String] = [:]) {
            if name == "mc:Fallback" { fallback += 1; return }
            guard fallback == 0 else { return }
            switch name {
            case "w:p":
                if let c = current { stack.append(c) }
                current = WordParagraph(part: path, index: count)
                count += 1
                if tableDepth > 0 { current!.cell = (table, row, column) }
            case "w:pStyle": current?.style = attr(a, "val")
            case "w:ilvl": current?.level = min(8, max(0, Int(attr(a, "val") ?? "0") ?? 0))  // Word has levels 0–8
            case "w:numId": current?.numId = Int(attr(a, "val") ?? "")
            case "w:sectPr": current?.endsSection = true
            case "w:rPr": inRunProperties = true
            case "w:b" where inRunProperties: runBold = attr(a, "val").map { $0 != "0" && $0 != "false" } ?? true
            case "w:r": runBold = false; inRun = true
            case "w:t" where deleted == 0:
                inText = true
                text = ""
                if let c = current, !c.pieces.isEmpty, c.boundaries.last != c.textLength { current!.boundaries.append(c.textLength) }
            case "w:delText", "w:del", "w:moveFrom": deleted += 1
            case "w:instrText": fieldInstruction = true
            case "w:tab" where deleted == 0 && inRun && !inRunProperties: append(" ")
            case "w:br", "w:cr":
                if deleted == 0 && inRun, let c = current {
                    current!.lineBreaks.append(c.textLength)
                    append(" ")
                }
            case "w:noBreakHyphen":
                if let c = current { current!.tagSpans.append((c.textLength, c.textLength + 1)) }
                append("-")
            case "w:footnoteReference", "w:endnoteReference":
                if deleted == 0, let id = Int(attr(a, "id") ?? "") {
                    let custom = attr(a, "customMarkFollows").map { $0 == "1" || $0 == "true" } ?? false
                    current?.pieces.append(.note(kind: name == "w:footnoteReference" ? "footnote" : "endnote", id: id, customMark: custom ? "" : nil))
                    customMark = custom
                }
            case "w:tbl": tableDepth += 1; if tableDepth == 1 { table += 1; row = 0 }
            case "w:tr": if tableDepth == 1 { row += 1; column = 0 }
            case "w:tc": if tableDepth == 1 { column += 1 }
            default:
                if let n = noteElement, name == "w:" + n {
                    let type = attr(a, "type")
                    noteId = type == nil || type == "normal" ? Int(attr(a, "id") ?? "") : nil
                }
            }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "mc:Fallback" { fallback -= 1; return }
            guard fallback == 0 else { return }
            switch name {
            case "w:p":
                guard var p = current else { return }
                if p.pieces.allSatisfy({ if case .text(let t) = $0 { t.allSatisfy(\.isWhitespace) } else { false } }) { p.allBold = false }
                if let id = noteId { notes[id, default: []].append(p) } else if noteElement == nil { paragraphs.append(p) }
                current = stack.popLast()
            case "w:t": inText = false
            case "w:delText", "w:del", "w:moveFrom": deleted = max(0, deleted - 1)
            case "w:instrText": fieldInstruction = false
            case "w:rPr": inRunProperties = false
            case "w:r": inRun = false
            case "w:tbl": tableDepth -= 1
            default:
                if let n = noteElement, name == "w:" + n { noteId = nil }
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            guard inText, deleted == 0, !fieldInstruction, fallback == 0 else { return }
            if customMark {
                // A custom footnote mark (`*`) stands in the text as the mark itself.
                if var c = current, case .note(let kind, let id, _)? = c.pieces.last {
                    c.pieces[c.pieces.count - 1] = .note(kind: kind, id: id, customMark: string)
                    current = c
                }
                customMark = false
                return
            }
            append(string)
            if !runBold, !string.allSatisfy(\.isWhitespace) { current?.allBold = false }
        }

        private func append(_ s: String) {
            guard current != nil else { return }
            current!.textLength += s.utf16.count
            if case .text(let t)? = current!.pieces.last {
                current!.pieces[current!.pieces.count - 1] = .text(t + s)
            } else {
                current!.pieces.append(.text(s))
            }
        }
    }

    // MARK: Writing the text the parser reads

    struct Writer {
        let styles: StyleTable
        let numbering: NumberingTable
        let notes: [String: [Int: [WordParagraph]]]
        let restartEachSection: Bool
        var out = ""
        var length = 0  // UTF-16
        var runs: [SourceRun] = []
        var inlineMarkup: [InlineMarkup] = []
        var lineBreaks: [Int] = []
        var furniture: [TextRange] = []
        var counters = NumberingTable.Counters()
        var noteNumbers: [String: Int] = ["footnote": 0, "endnote": 0]
        var lastRow: (table: Int, row: Int)?

        mutating func emit(_ s: String, _ place: SourcePlace) {
            guard !s.isEmpty else { return }
            if runs.last?.place != place || isGenerated(place) { runs.append(SourceRun(length, place)) }
            out += s
            length += s.utf16.count
        }

        private func isGenerated(_ p: SourcePlace) -> Bool { if case .generated = p { true } else { false } }

        mutating func write(_ paragraphs: [WordParagraph]) {
            for p in paragraphs {
                if let cell = p.cell {
                    writeCell(p, cell)
                    continue
                }
                endRow()
                writeParagraph(p, part: p.part)
                if p.endsSection && restartEachSection { noteNumbers = ["footnote": 0, "endnote": 0] }
            }
            endRow()
        }

        /// A cell's paragraphs joined in one cell of a `| … |` row.
        private mutating func writeCell(_ p: WordParagraph, _ cell: (table: Int, row: Int, column: Int)) {
            if let r = lastRow, r.table == cell.table, r.row == cell.row {
                emit(cell.column == lastColumn ? " " : " | ", .generated("table cell"))
            } else {
                endRow()
                emit("| ", .generated("table row"))
            }
            lastRow = (cell.table, cell.row)
            lastColumn = cell.column
            // A cell's footnotes follow its row.
            rowNotes += writeRuns(p, part: p.part)
        }
        var rowNotes: [(String, Int, Int)] = []
        var lastColumn = 0

        private mutating func endRow() {
            guard lastRow != nil else { return }
            emit(" |\n\n", .generated("table row"))
            lastRow = nil
            writeNotes(rowNotes)
            rowNotes = []
        }

        private mutating func writeParagraph(_ p: WordParagraph, part: String) {
            let text = p.plainText
            if text.allSatisfy(\.isWhitespace) && !p.pieces.contains(where: { if case .note = $0 { true } else { false } }) { return }
            let style = styles.resolve(p.style)
            if let level = style.headingLevel { emit(String(repeating: "#", count: level) + " ", .generated("heading mark")) }
            let bold = p.allBold && style.headingLevel == nil
            if bold { emit("**", .generated("bold")) }
            // Word's automatic number, from the paragraph or its style.
            if let numId = p.numId ?? style.numId, numId != 0 {
                let level = p.numId != nil ? p.level : style.level
                if let label = counters.next(numId: numId, level: level, in: numbering), !label.isEmpty {
                    emit(label + (label.hasSuffix(" ") ? "" : " "), .generated("automatic number"))
                }
            }
            let marks = writeRuns(p, part: part)
            if bold { emit("**", .generated("bold")) }
            emit("\n\n", .generated("paragraph break"))
            writeNotes(marks)
        }

        /// A header's or footer's paragraphs, each furniture.
        mutating func writeFurniture(_ paragraphs: [WordParagraph]) {
            for p in paragraphs {
                let text = p.plainText.replacingOccurrences(of: "\n", with: " ")
                let units = Array(text.utf16)
                guard let lo = units.firstIndex(where: { !UTF16Text.isSpace($0) }), let hi = units.lastIndex(where: { !UTF16Text.isSpace($0) }) else { continue }
                let start = length
                emit(String(decoding: units[lo...hi], as: UTF16.self), .docx(part: p.part, paragraph: p.index, offset: lo))
                furniture.append(TextRange(start, length))
                emit("\n\n", .generated("paragraph break"))
            }
        }

        /// Notes right after the paragraph (or table row) that marks them, as a page foot has them.
        private mutating func writeNotes(_ marks: [(String, Int, Int)]) {
            for (kind, id, number) in marks {
                guard let paragraphs = notes[kind]?[id] else { continue }
                emit("[^\(number)]: ", .generated("footnote mark"))
                for (k, np) in paragraphs.enumerated() {
                    if k > 0 { emit("\n    ", .generated("footnote continuation")) }
                    writeRuns(np, part: np.part, trimLeading: true)
                }
                emit("\n\n", .generated("paragraph break"))
            }
        }

        /// The paragraph's text and marks; returns the notes it marks with their shown numbers.
        @discardableResult
        private mutating func writeRuns(_ p: WordParagraph, part: String, trimLeading: Bool = false) -> [(String, Int, Int)] {
            var marks: [(String, Int, Int)] = []
            var offset = 0
            var first = true
            // Where inline markup interrupts the text, in the text written: run boundaries and
            // footnote marks; and where the paragraph's content begins and ends.
            var spots: [TextRange] = []
            var boundaries = p.boundaries[...]
            var lineBreaks = p.lineBreaks[...]
            var tagSpans = p.tagSpans[...]
            var content: (start: Int, end: Int)?
            for piece in p.pieces {
                switch piece {
                case .text(var t):
                    t = t.replacingOccurrences(of: "\n", with: " ")
                    let pieceStart = offset
                    var trimmedUnits = 0
                    if first && trimLeading {
                        let trimmed = String(t.drop { $0 == " " })
                        trimmedUnits = t.utf16.count - trimmed.utf16.count
                        offset += trimmedUnits
                        t = trimmed
                    }
                    // Offsets in the paragraph's text (`p`'s) of this piece, and where they are written.
                    let start = length, from = pieceStart + trimmedUnits, to = from + t.utf16.count
                    func written(_ o: Int) -> Int { start + max(0, o - from) }
                    while let b = lineBreaks.first, b < to {
                        if b >= from { self.lineBreaks.append(written(b)) }
                        lineBreaks.removeFirst()
                    }
                    while let h = tagSpans.first, h.end <= to {
                        if h.start >= from { spots.append(TextRange(written(h.start), written(h.end))) }
                        tagSpans.removeFirst()
                    }
                    while let b = boundaries.first, b <= to {
                        spots.append(TextRange(written(b), written(b)))
                        boundaries.removeFirst()
                    }
                    emit(t, .docx(part: part, paragraph: p.index, offset: offset))
                    let units = Array(t.utf16)
                    if let lo = units.firstIndex(where: { !UTF16Text.isSpace($0) }), let hi = units.lastIndex(where: { !UTF16Text.isSpace($0) }) {
                        content = (content?.start ?? start + lo, start + hi + 1)
                    }
                    offset += t.utf16.count
                    first = false
                case .note(let kind, let id, let custom):
                    let start = length
                    if let custom, !custom.isEmpty {
                        emit(custom, .generated("footnote mark"))
                        spots.append(TextRange(start, length))
                        continue
                    }
                    noteNumbers[kind, default: 0] += 1
                    let n = noteNumbers[kind]!
                    emit("[^\(n)]", .generated("footnote mark"))
                    spots.append(TextRange(start, length))
                    marks.append((kind, id, n))
                }
            }
            recordInlineMarkup(spots, within: content)
            return marks
        }

        /// A paragraph's inline markup as CAT tools number it: markup with no text between is one
        /// tag, and what comes before the paragraph's first character or after its last is no tag
        /// at all (OmegaT leaves it out of the segment).
        private mutating func recordInlineMarkup(_ spots: [TextRange], within content: (start: Int, end: Int)?) {
            guard let content, !spots.isEmpty else { return }
            var merged: [TextRange] = []
            for s in spots.sorted(by: { $0.start < $1.start }) {
                if let last = merged.last, s.start <= last.end {
                    merged[merged.count - 1] = TextRange(last.start, max(last.end, s.end))
                } else {
                    merged.append(s)
                }
            }
            var number = 0
            for m in merged where m.start > content.start && m.end < content.end {
                inlineMarkup.append(InlineMarkup(range: m, number: number))
                number += 1
            }
        }
    }
}

/// The paragraph styles of `styles.xml`: headings and numbering, through `basedOn`.
struct StyleTable {
    struct Style {
        var name = ""
        var basedOn: String?
        var numId: Int?
        var level = 0
        var outlineLevel: Int?
    }
    var styles: [String: Style] = [:]

    init() {}

    init(_ data: Data) {
        styles = DocxReader.parsed(data, StyleDelegate()).styles
    }

    struct Resolved {
        var headingLevel: Int?
        var numId: Int?
        var level = 0
    }

    /// The style with what it inherits: a heading level (`heading 2`, `Title`, an outline level)
    /// and a numbering.
    func resolve(_ id: String?) -> Resolved {
        var r = Resolved()
        var seen = Set<String>()
        var next = id
        while let i = next, !seen.contains(i), let s = styles[i] {
            seen.insert(i)
            let name = s.name.lowercased()
            if r.headingLevel == nil {
                if name.hasPrefix("heading "), let n = Int(name.dropFirst(8)) { r.headingLevel = min(max(n, 1), 6) }
                else if name == "title" { r.headingLevel = 1 }
                else if let o = s.outlineLevel, o >= 0, o < 9 { r.headingLevel = min(o + 1, 6) }
            }
            if r.numId == nil, let n = s.numId { r.numId = n; r.level = s.level }
            next = s.basedOn
        }
        return r
    }

    final class StyleDelegate: NSObject, XMLParserDelegate {
        var styles: [String: Style] = [:]
        private var id: String?
        private var style = Style()
        private var inParagraphProperties = false
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes a: [String: String] = [:]) {
            switch name {
            case "w:style": id = a["w:styleId"]; style = Style()
            case "w:name": style.name = a["w:val"] ?? ""
            case "w:basedOn": style.basedOn = a["w:val"]
            case "w:pPr": inParagraphProperties = true
            case "w:numId" where inParagraphProperties: style.numId = Int(a["w:val"] ?? "")
            case "w:ilvl" where inParagraphProperties: style.level = min(8, max(0, Int(a["w:val"] ?? "0") ?? 0))
            case "w:outlineLvl" where inParagraphProperties: style.outlineLevel = Int(a["w:val"] ?? "")
            default: break
            }
        }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "w:pPr" { inParagraphProperties = false }
            if name == "w:style", let i = id { styles[i] = style; id = nil }
        }
    }
}

/// Word's automatic numbering (`numbering.xml`): each list's levels with their format and text.
struct NumberingTable {
    struct Level {
        var start = 1
        var format = "decimal"
        var text = "%1."
    }
    /// Abstract lists by id, and the concrete lists (`w:num`) pointing at them with their overrides.
    var abstract: [Int: [Int: Level]] = [:]
    var nums: [Int: (abstract: Int, startOverrides: [Int: Int])] = [:]

    init() {}

    init(_ data: Data) {
        let d = DocxReader.parsed(data, NumberingDelegate())
        abstract = d.abstract
        nums = d.nums
    }

    func level(_ numId: Int, _ ilvl: Int) -> Level? {
        guard let n = nums[numId], let levels = abstract[n.abstract], var l = levels[ilvl] else { return nil }
        if let s = n.startOverrides[ilvl] { l.start = s }
        return l
    }

    /// The counters of a document: a paragraph at a level counts up, the levels below restart.
    struct Counters {
        /// Counters per abstract list (lists sharing one abstract list count together, as Word does).
        var values: [Int: [Int: Int]] = [:]

        mutating func next(numId: Int, level: Int, in table: NumberingTable) -> String? {
            guard let n = table.nums[numId], let l = table.level(numId, level) else { return nil }
            var v = values[n.abstract] ?? [:]
            v[level] = (v[level] ?? (l.start - 1)) + 1
            for deeper in (level + 1)..<10 { v[deeper] = nil }
            values[n.abstract] = v
            // A bullet or no number shows no label the parser could read.
            if l.format == "none" || l.format == "bullet" { return "" }
            var label = l.text
            for k in 0...level {
                let lk = table.level(numId, k) ?? Level()
                let value = v[k] ?? lk.start
                label = label.replacingOccurrences(of: "%\(k + 1)", with: Self.format(value, lk.format))
            }
            return label
        }

        static func format(_ n: Int, _ f: String) -> String {
            switch f {
            case "lowerLetter": Numerals.letter(n - 1)
            case "upperLetter": Numerals.letter(n - 1).uppercased()
            case "lowerRoman": Numerals.roman(n).lowercased()
            case "upperRoman": Numerals.roman(n)
            case "decimalZero": n < 10 ? "0\(n)" : String(n)
            case "chineseCounting", "ideographTraditional", "chineseCountingThousand", "taiwaneseCounting", "japaneseCounting":
                ChineseNumerals.write(n)
            default: String(n)
            }
        }
    }

    final class NumberingDelegate: NSObject, XMLParserDelegate {
        var abstract: [Int: [Int: Level]] = [:]
        var nums: [Int: (abstract: Int, startOverrides: [Int: Int])] = [:]
        private var abstractId: Int?
        private var level: Int?
        private var current = Level()
        private var numId: Int?
        private var overrideLevel: Int?
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes a: [String: String] = [:]) {
            switch name {
            case "w:abstractNum": abstractId = Int(a["w:abstractNumId"] ?? "")
            case "w:lvl" where abstractId != nil: level = Int(a["w:ilvl"] ?? "0").map { min(8, max(0, $0)) }; current = Level()
            case "w:start" where level != nil: current.start = Int(a["w:val"] ?? "1") ?? 1
            case "w:numFmt" where level != nil: current.format = a["w:val"] ?? "decimal"
            case "w:lvlText" where level != nil: current.text = a["w:val"] ?? ""
            case "w:num": numId = Int(a["w:numId"] ?? "")
            case "w:abstractNumId" where numId != nil:
                if let n = numId, let ab = Int(a["w:val"] ?? "") { nums[n] = (ab, nums[n]?.startOverrides ?? [:]) }
            case "w:lvlOverride" where numId != nil: overrideLevel = Int(a["w:ilvl"] ?? "0")
            case "w:startOverride" where numId != nil:
                if let n = numId, let l = overrideLevel, let v = Int(a["w:val"] ?? "") { nums[n]?.startOverrides[l] = v }
            default: break
            }
        }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            switch name {
            case "w:lvl": if let ab = abstractId, let l = level { abstract[ab, default: [:]][l] = current }; level = nil
            case "w:abstractNum": abstractId = nil
            case "w:num": numId = nil
            case "w:lvlOverride": overrideLevel = nil
            default: break
            }
        }
    }
}

/// Whether footnote numbers restart in each section (`w:footnotePr/w:numRestart`).
struct FootnoteSettings {
    var restartEachSection = false
    init() {}
    init(_ data: Data) {
        let s = String(decoding: data, as: UTF8.self)
        restartEachSection = s.contains("w:numRestart w:val=\"eachSect\"")
    }
}
