import CPopplerShim
import Foundation

/// Reads a PDF's text layer through poppler and rebuilds the text a reader sees: page by page in
/// reading order; each page's running header, footer and page number as furniture; lines joined
/// into paragraphs (hyphenated words at a line end joined); the footnotes at the page foot as
/// `[^n]: …` blocks after the page's text, their marks in the text (superscript digits) as `[^n]`;
/// right-to-left lines (Arabic) in logical order; Chinese lines joined without a space. Every run
/// of text knows its page and offset.
public struct PDFReader {
    public init() {}

    /// One word of a page as poppler gives it.
    struct Word {
        var text: String
        var x0, y0, x1, y1, size: Double
        var spaceAfter: Bool
        var bold: Bool
        var height: Double { y1 - y0 }
    }

    struct Page {
        var words: [Word]
        var width, height: Double
    }

    /// The pages' words; an encrypted or damaged file, or one with no text layer, is an error.
    func pages(_ bytes: [UInt8], source: String) throws(ReadError) -> [Page] {
        var status: Int32 = 0
        let handle = bytes.withUnsafeBufferPointer { unalign_pdf_open($0.baseAddress, Int64($0.count), &status) }
        guard let pdf = handle else {
            if status == Int32(UNALIGN_PDF_ENCRYPTED) { throw .encrypted(source: source) }
            throw .damaged(source: source, reason: "poppler cannot open it as a PDF")
        }
        defer { unalign_pdf_close(pdf) }
        var pages: [Page] = []
        for i in 0..<unalign_pdf_page_count(pdf) {
            guard let w = unalign_pdf_page_words(pdf, i) else {
                pages.append(Page(words: [], width: 595, height: 842))
                continue
            }
            defer { unalign_pdf_words_free(w) }
            let c = w.pointee
            var words: [Word] = []
            words.reserveCapacity(Int(c.count))
            for k in 0..<Int(c.count) {
                let a = Int(c.starts[k]), b = Int(c.starts[k + 1])
                let bytes = UnsafeRawBufferPointer(start: c.text + a, count: b - a)
                let text = String(decoding: bytes, as: UTF8.self)
                let box = c.boxes + 5 * k
                words.append(Word(text: text, x0: box[0], y0: box[1], x1: box[2], y1: box[3], size: box[4],
                                  spaceAfter: c.flags[k] & 1 != 0, bold: c.flags[k] & 2 != 0))
            }
            pages.append(Page(words: words, width: c.width, height: c.height))
        }
        if pages.allSatisfy({ $0.words.allSatisfy { $0.text.allSatisfy(\.isWhitespace) } }) {
            throw .scanned(source: source, pages: pages.count)
        }
        return pages
    }

    public func read(_ bytes: [UInt8], source: String) throws(ReadError) -> ExtractedText {
        var layout = PageLayout()
        for (k, page) in try pages(bytes, source: source).enumerated() {
            layout.add(page, number: k + 1)
        }
        return layout.finish()
    }
}

/// Turns each page's words into lines, the lines into header, body, footnotes and footer, and the
/// whole into one text. The thresholds are fractions of the page and of the body's font size.
struct PageLayout {
    /// A line's words share most of their height.
    static let sameLineOverlap = 0.4
    /// Header and footer bands, as fractions of the page height from its edges.
    static let headerBand = 0.11
    static let footerBand = 0.09
    /// Footnote text is set smaller than the body, in the lower part of the page.
    static let footnoteSize = 0.9
    static let footnoteZone = 0.45
    /// A superscript mark is smaller and raised above the line's baseline.
    static let markSize = 0.8
    /// From one line's top to the next, this many times the line's height ends a paragraph (lines
    /// of a paragraph follow at 1.05–1.3 heights, paragraphs at 1.6 or more, whatever the size).
    static let paragraphGap = 1.45
    /// A line that ends this far short of the text's right edge may end its paragraph.
    static let shortLine = 0.82
    /// Gaps, as fractions of the font size, that make a space: between words, and beside Chinese
    /// (where LibreOffice sets a quarter em between Chinese and Latin or figures without a space).
    static let spaceGap = 0.15
    static let cjkSpaceGap = 0.3
    /// The narrowest empty band between two columns, in points, looked for above this fraction
    /// of the page (footnotes below may run across both columns).
    static let gutterWidth = 12
    static let columnZone = 0.7

    struct Line {
        var words: [PDFReader.Word]
        var x0: Double { words.map(\.x0).min() ?? 0 }
        var x1: Double { words.map(\.x1).max() ?? 0 }
        var y0: Double { words.map(\.y0).min() ?? 0 }
        var y1: Double { words.map(\.y1).max() ?? 0 }
        var size: Double { words.map(\.size).max() ?? 0 }
        var rightToLeft: Bool {
            var rtl = 0, ltr = 0
            for w in words { for u in w.text.unicodeScalars {
                if ScriptClass.isRightToLeft(u) { rtl += 1 }
                else if u.properties.isAlphabetic { ltr += 1 }
            } }
            return rtl > ltr
        }
        var allBold: Bool { words.allSatisfy(\.bold) }
    }

    var out = ""
    var length = 0
    var runs: [SourceRun] = []
    var furniture: [TextRange] = []
    /// The body's font size, set from the first page with text and kept (footnotes are smaller).
    var bodySize: Double?
    var pageCJK = false

    mutating func emit(_ s: String, _ place: SourcePlace) {
        guard !s.isEmpty else { return }
        runs.append(SourceRun(length, place))
        out += s
        length += s.utf16.count
    }

    /// Lines from words in poppler's order: a word whose height overlaps the line's joins it.
    /// On a page mostly in a right-to-left script, a line without such letters that is set flush
    /// right (a footnote `1 A/65/201.`) runs right to left too.
    static func lines(_ words: [PDFReader.Word]) -> [Line] {
        var rtl = 0, all = 0
        for w in words { for u in w.text.unicodeScalars where u.properties.isAlphabetic {
            all += 1
            if isRightToLeft(u) { rtl += 1 }
        } }
        let pageRTL = rtl * 2 > all
        let right = words.map(\.x1).max() ?? 0, left = words.map(\.x0).min() ?? 0
        return rawLines(words).map { l in
            let flushRight = right - l.x1 < 0.02 * (right - left) && l.x0 - left > 0.05 * (right - left)
            let anyRTL = l.words.contains { $0.text.unicodeScalars.contains(where: isRightToLeft) }
            guard l.rightToLeft || (pageRTL && (anyRTL || flushRight)) else { return Line(words: l.words.sorted { $0.x0 < $1.x0 }) }
            return Line(words: logicalOrder(l.words))
        }.sorted { $0.y0 < $1.y0 }
    }

    static func isRightToLeft(_ u: Unicode.Scalar) -> Bool { ScriptClass.isRightToLeft(u) }

    private static func rawLines(_ words: [PDFReader.Word]) -> [Line] {
        var lines: [Line] = []
        for w in words where !w.text.isEmpty {
            if var last = lines.last {
                let overlap = min(last.y1, w.y1) - max(last.y0, w.y0)
                if overlap >= sameLineOverlap * min(w.height, last.y1 - last.y0) {
                    last.words.append(w)
                    lines[lines.count - 1] = last
                    continue
                }
            }
            lines.append(Line(words: [w]))
        }
        return lines
    }

    /// A right-to-left line's words in reading order. poppler gives each word's glyphs left to
    /// right as they stand on the page: an Arabic word comes reversed, its brackets mirrored, while
    /// digits and Latin symbols inside it read left to right; a run of left-to-right words (`A/C.1/75/L.4`
    /// beside a word of Latin) keeps its order.
    static func logicalOrder(_ words: [PDFReader.Word]) -> [PDFReader.Word] {
        var sorted = words.sorted { $0.x1 > $1.x1 }
        for k in sorted.indices {
            var t = sorted[k].text
            if isLeftToRight(t) {
                // `.A/65/201`: the full stop after a symbol stands at its left on the page.
                let lead = t.prefix { ".,:;،؛".contains($0) }
                if !lead.isEmpty { t = String(t.dropFirst(lead.count)) + lead }
                sorted[k].text = t
            } else {
                sorted[k].text = logical(t)
            }
        }
        // Runs of left-to-right words go back to left-to-right order.
        var out: [PDFReader.Word] = []
        var run: [PDFReader.Word] = []
        for w in sorted {
            if isLatinWord(w.text) { run.append(w) } else {
                out += run.reversed()
                run = []
                out.append(w)
            }
        }
        out += run.reversed()
        // Figures and slashes set as words of their own (`73` `/` `27`) read left to right too.
        func figure(_ w: PDFReader.Word) -> Bool { !w.text.isEmpty && w.text.allSatisfy(\.isNumber) }
        var i = 0
        while i + 2 < out.count {
            guard figure(out[i]), out[i + 1].text == "/", figure(out[i + 2]) else { i += 1; continue }
            var j = i + 2
            while j + 2 < out.count, out[j + 1].text == "/", figure(out[j + 2]) { j += 2 }
            out[i...j].reverse()
            i = j + 1
        }
        return out
    }

    private static func isStrongLTR(_ u: Unicode.Scalar) -> Bool {
        (u.properties.isAlphabetic && !ScriptClass.isRightToLeft(u)) || u.properties.numericType != nil
    }

    private static func isLeftToRight(_ s: String) -> Bool {
        s.unicodeScalars.contains(where: isStrongLTR) && !s.unicodeScalars.contains(where: ScriptClass.isRightToLeft)
    }

    /// Latin letters make a run of words that reads left to right; a bare number does not (it is
    /// read where it stands: a paragraph's or a footnote's number).
    private static func isLatinWord(_ s: String) -> Bool {
        isLeftToRight(s) && s.unicodeScalars.contains { $0.properties.isAlphabetic }
    }

    /// One word from visual to logical order: runs of digits and Latin stay, the rest reverses.
    static func logical(_ s: String) -> String {
        guard !isLeftToRight(s) else { return s }
        var runs: [(ltr: Bool, scalars: [Unicode.Scalar])] = []
        let scalars = Array(s.unicodeScalars)
        for (i, u) in scalars.enumerated() {
            // Separators between digits (`1.25`, `10/00`) belong to the number.
            let joins = ".,/:-".unicodeScalars.contains(u) && i > 0 && i + 1 < scalars.count && isStrongLTR(scalars[i - 1]) && isStrongLTR(scalars[i + 1])
            let ltr = isStrongLTR(u) || joins
            if let last = runs.last, last.ltr == ltr { runs[runs.count - 1].scalars.append(u) } else { runs.append((ltr, [u])) }
        }
        var out = String.UnicodeScalarView()
        for r in runs.reversed() {
            // Brackets keep their code points: the text layer holds the logical ones.
            if r.ltr { out.append(contentsOf: r.scalars) } else { out.append(contentsOf: r.scalars.reversed()) }
        }
        return String(out)
    }

    mutating func add(_ page: PDFReader.Page, number: Int) {
        let lines = Self.lines(page.words)
        guard !lines.isEmpty else { return }
        // A page in Chinese breaks its lines anywhere, inside a symbol too (`A/C.1/7` | `5/PV.6`):
        // its lines join without a space.
        var han = 0, letters = 0
        for w in page.words { for u in w.text.unicodeScalars where u.properties.isAlphabetic {
            letters += 1
            if ScriptClass.isHan(u) { han += 1 }
        } }
        pageCJK = han * 2 > letters
        // The body's size: the size most characters are set in.
        if bodySize == nil {
            var count: [Double: Int] = [:]
            for l in lines { for w in l.words { count[(w.size * 2).rounded() / 2, default: 0] += w.text.count } }
            bodySize = count.max { $0.value < $1.value }?.key
        }
        let body = bodySize ?? 10
        var header: [Line] = [], text: [Line] = [], notes: [Line] = [], footer: [Line] = []
        for l in lines {
            if l.y1 <= page.height * Self.headerBand { header.append(l) }
            else if l.y0 >= page.height * (1 - Self.footerBand) { footer.append(l) }
            else { text.append(l) }
        }
        // Two columns: each read down in turn (the right one first on a right-to-left page), each
        // with its footnotes at its foot; what runs across the page below them comes last.
        let bodyWords = page.words.filter { $0.y1 > page.height * Self.headerBand && $0.y0 < page.height * (1 - Self.footerBand) }
        if let gutter = Self.gutter(bodyWords.filter { $0.y1 < page.height * Self.columnZone }) {
            let acrossFrom = bodyWords.filter { $0.x0 < gutter && $0.x1 > gutter }.map(\.y0).filter { $0 > page.height * 0.5 }.min() ?? .infinity
            // A note's raised mark starts a little above its line.
            let top = acrossFrom - body * 0.6
            let columns = bodyWords.filter { $0.y0 < top }, below = bodyWords.filter { $0.y0 >= top }
            let rtl = text.filter(\.rightToLeft).count * 2 > text.count
            let left = splitNotes(Self.lines(columns.filter { $0.x1 <= gutter }), page, body)
            let right = splitNotes(Self.lines(columns.filter { $0.x0 >= gutter }), page, body)
            let across = splitNotes(Self.lines(below), page, body, anywhere: true)
            text = (rtl ? right.text + left.text : left.text + right.text) + across.text
            notes = (rtl ? right.notes + left.notes : left.notes + right.notes) + across.notes
        } else {
            (text, notes) = splitNotes(text, page, body)
        }
        var pageOffset = 0
        for l in header { emitFurniture(l, number, &pageOffset) }
        emitBody(text, body, number, &pageOffset)
        emitNotes(notes, body, number, &pageOffset)
        for l in footer { emitFurniture(l, number, &pageOffset) }
    }

    /// A column's lines and the footnotes at its foot: from the first line in the page's lower part
    /// that opens with a small number (the note's mark) after a gap, or is set smaller than the
    /// body; `anywhere`: the lines may open with a note at once (below two columns).
    private func splitNotes(_ lines: [Line], _ page: PDFReader.Page, _ body: Double, anywhere: Bool = false) -> (text: [Line], notes: [Line]) {
        guard let start = lines.indices.first(where: { k in
            let l = lines[k]
            guard l.y0 > page.height * Self.footnoteZone, k > 0 || anywhere else { return false }
            let gap = k > 0 ? l.y0 - lines[k - 1].y1 : body
            return (opensWithMark(l, body) || (l.size > 0 && l.size < body * Self.footnoteSize)) && gap > body * 0.5
        }) else { return (lines, []) }
        return (Array(lines[..<start]), Array(lines[start...]))
    }

    /// The x of a gutter between two columns: an empty band in the middle of the page's text that
    /// no word crosses, with a good share of the words on either side.
    static func gutter(_ words: [PDFReader.Word]) -> Double? {
        guard words.count >= 40, let left = words.map(\.x0).filter(\.isFinite).min(), let right = words.map(\.x1).filter(\.isFinite).max(), right - left > 200 else { return nil }
        // Boxes off the page, inverted or not finite (a damaged file) are left out.
        let sane = words.filter { $0.x0.isFinite && $0.x1.isFinite && $0.x1 >= $0.x0 && $0.x0 >= -10 && $0.x1 <= 5000 }
        let width = Int(min(right, 5000) - max(left, -10)) + 1
        guard width > 0 else { return nil }
        var covered = [Bool](repeating: false, count: width)
        for w in sane {
            let a = max(0, Int(w.x0 - left)), b = min(width, Int(w.x1 - left) + 1)
            if a < b { for x in a..<b { covered[x] = true } }
        }
        var best: (start: Int, length: Int)?
        var k = Int(Double(width) * 0.3)
        while k < Int(Double(width) * 0.7) {
            guard !covered[k] else { k += 1; continue }
            var e = k
            while e < width, !covered[e] { e += 1 }
            if e - k >= Self.gutterWidth, e - k > best?.length ?? 0 { best = (k, e - k) }
            k = e
        }
        guard let g = best else { return nil }
        let x = left + Double(g.start + g.length / 2)
        let leftShare = Double(words.filter { $0.x1 <= x }.count) / Double(words.count)
        return leftShare > 0.2 && leftShare < 0.8 ? x : nil
    }

    /// A line whose first word is a small number: a footnote's own mark.
    private func opensWithMark(_ l: Line, _ body: Double) -> Bool {
        guard let w = l.words.first, !w.text.isEmpty, w.text.allSatisfy(\.isNumber) else { return false }
        return w.size > 0 && w.size < body * Self.markSize
    }

    private mutating func emitFurniture(_ l: Line, _ page: Int, _ offset: inout Int) {
        let s = plain(l)
        let start = length
        emit(s, .pdf(page: page, offset: offset))
        furniture.append(TextRange(start, length))
        offset += s.utf16.count + 1
        emit("\n\n", .generated("page furniture"))
    }

    /// A line's words as text, marks in the text as `[^n]`.
    private func text(_ l: Line, _ body: Double, baseline: Double) -> [(String, Bool)] {
        var pieces: [(String, Bool)] = []  // (text, generated)
        var skip = -1
        for (k, w) in l.words.enumerated() {
            let raised = w.size > 0 && w.size < body * Self.markSize && w.y1 < baseline - 0.15 * body
            // `образом` `2` `:` where the mark is set over the colon: the colon first, as written.
            if raised, w.text.allSatisfy(\.isNumber), !w.text.isEmpty, k + 1 < l.words.count,
               let punct = Optional(l.words[k + 1].text), !punct.isEmpty, punct.allSatisfy({ ".,:;".contains($0) }),
               l.words[k + 1].x0 <= w.x1 + 0.5 {
                pieces.append((punct, false))
                pieces.append(("[^", true))
                pieces.append((w.text, false))
                pieces.append(("]", true))
                skip = k + 1
                continue
            }
            if k == skip { continue }
            if raised, w.text.allSatisfy(\.isNumber), !w.text.isEmpty {
                pieces.append(("[^", true))
                pieces.append((w.text, false))
                pieces.append(("]", true))
            } else {
                pieces.append((w.text, false))
            }
            if k + 1 < l.words.count, spaced(l, k) { pieces.append((" ", false)) }
        }
        return pieces
    }

    /// A space between word k and the next: poppler's flag, or a gap on the page. poppler's flag
    /// looks rightwards, so a right-to-left line and the narrow gap LibreOffice sets between
    /// Chinese and a figure (`在 11 月`) are judged by the gap alone.
    private func spaced(_ l: Line, _ k: Int) -> Bool {
        let a = l.words[k], b = l.words[k + 1]
        // No space inside brackets set as words of their own (`( أ )` is `(أ)`).
        if ["(", "[", "（"].contains(a.text) || [")", "]", "）"].contains(b.text) { return false }
        if l.rightToLeft { return a.x0 - b.x1 > Self.spaceGap * max(a.size, 1) }
        // After a paragraph's number (`16. 在同次会议上`) the space is the text's own.
        if k == 0, Self.opensWithMarker(l) { return a.spaceAfter || gapAfter(a, b) }
        if Self.isCJK(a.text.last) || Self.isCJK(b.text.first) { return b.x0 - a.x1 > Self.cjkSpaceGap * max(a.size, 1) }
        return a.spaceAfter || gapAfter(a, b)
    }

    private func gapAfter(_ a: PDFReader.Word, _ b: PDFReader.Word) -> Bool {
        abs(b.x0 - a.x1) > Self.spaceGap * max(a.height, 1) && abs(a.x0 - b.x1) > Self.spaceGap * max(a.height, 1)
    }

    private func plain(_ l: Line) -> String {
        var s = ""
        for (k, w) in l.words.enumerated() {
            s += w.text
            if k + 1 < l.words.count, spaced(l, k) { s += " " }
        }
        return s
    }

    /// `12.`, `(a)`, `IV.`, `A.`, `1 -` at a line's start.
    static func opensWithMarker(_ l: Line) -> Bool {
        guard var w = l.words.first?.text else { return false }
        // `(`, `أ`, `)` as three words: the letter in brackets.
        if w == "(", l.words.count >= 3, l.words[2].text == ")" { w = "(" + l.words[1].text + ")" }
        // Chinese runs the text on after the marker in the same word (`5.注意到`).
        if w.range(of: #"^(\d{1,3}[.．、](?!\d)|\(\w{1,4}\)|[IVXL]{1,5}\.$|[A-Z]\.$)"#, options: .regularExpression) != nil { return true }
        // Arabic `1 - تقرر`: the number, then a dash.
        return w.range(of: #"^\d{1,3}$"#, options: .regularExpression) != nil && l.words.count > 1 && ["-", "–"].contains(l.words[1].text)
    }

    private static func isCJK(_ c: Character?) -> Bool {
        guard let u = c?.unicodeScalars.first else { return false }
        return ScriptClass.isCJK(u)
    }

    private mutating func emitPieces(_ pieces: [(String, Bool)], _ page: Int, _ offset: inout Int) {
        for (s, generated) in pieces {
            if generated { emit(s, .generated("footnote mark")) } else {
                emit(s, .pdf(page: page, offset: offset))
                offset += s.utf16.count
            }
        }
    }

    /// Body lines joined into paragraphs.
    private mutating func emitBody(_ lines: [Line], _ body: Double, _ page: Int, _ offset: inout Int) {
        guard !lines.isEmpty else { return }
        let left = lines.map(\.x0).min() ?? 0, right = lines.map(\.x1).max() ?? 0
        var opensParagraph = true
        for (k, l) in lines.enumerated() {
            let baseline = l.words.filter { $0.size >= body * Self.markSize }.map(\.y1).max() ?? l.y1
            let pieces = text(l, body, baseline: baseline)
            // A bold paragraph (a heading) is marked once around all its lines.
            let bold = l.allBold
            if bold && opensParagraph { emit("**", .generated("bold")) }
            emitPieces(pieces, page, &offset)
            opensParagraph = false
            guard k + 1 < lines.count else {
                if bold { emit("**", .generated("bold")) }
                emit("\n\n", .generated("paragraph break"))
                continue
            }
            let next = lines[k + 1]
            let gap = (next.y0 - l.y0) / max(l.y1 - l.y0, 1)
            let lastChar = pieces.last(where: { !$0.1 })?.0.last
            let width = right - left
            let short = l.rightToLeft ? (l.x0 - left) > (1 - Self.shortLine) * width : (right - l.x1) > (1 - Self.shortLine) * width
            // Chinese fills its lines to the edge: a short line is a paragraph's last; elsewhere a
            // short line ends one where it ends a sentence or the next line opens with a marker.
            let endsClause = lastChar.map { ".。:：;；!?！？".contains($0) } ?? false
            let endsParagraph = gap > Self.paragraphGap || bold != next.allBold
                || (short && (Self.isCJK(lastChar) || endsClause || Self.opensWithMarker(next)))
                || (endsClause && Self.opensWithMarker(next))
            // The next column: the gap says nothing; a clause that ends the line may end a preambular
            // paragraph, and the parser's openers decide (the line break stays).
            let nextColumn = next.y0 < l.y0 - 1
            if nextColumn && !endsParagraph, let c = lastChar, ",;:，；：،".contains(c) {
                emit("\n", .generated("column break"))
            } else if endsParagraph && !(nextColumn && !short && !Self.opensWithMarker(next)) {
                // (At a column break a full line goes on in the next column: a paragraph's last
                // line is short.)
                if bold { emit("**", .generated("bold")) }
                emit("\n\n", .generated("paragraph break"))
                opensParagraph = true
            } else if lastChar == "-" || lastChar == "\u{00AD}" {
                // A hyphen at a line's end: the word goes on in the next line.
            } else if pageCJK || Self.isCJK(lastChar) || Self.isCJK(next.words.first?.text.first) {
                emit("", .generated("line wrap"))
            } else {
                emit(" ", .generated("line wrap"))
            }
            offset += 1
        }
    }

    /// The page foot's footnotes: `[^n]: text`, a note's further lines indented as continuations.
    private mutating func emitNotes(_ lines: [Line], _ body: Double, _ page: Int, _ offset: inout Int) {
        var open = false
        for l in lines {
            var words = l.words
            // The note's number: its first word, a number (set raised and small, or not).
            if let first = words.first, let n = Int(first.text), n > 0, n < 1000 {
                if open { emit("\n\n", .generated("paragraph break")) }
                emit("[^", .generated("footnote mark"))
                emit(first.text, .pdf(page: page, offset: offset))
                offset += first.text.utf16.count + 1
                emit("]: ", .generated("footnote mark"))
                words.removeFirst()
                open = true
            } else if open {
                // A note's next line: joined as the body's lines are (Chinese without a space).
                emit(pageCJK ? "" : "\n    ", .generated("footnote continuation"))
            }
            let s = plain(Line(words: words))
            emit(s, .pdf(page: page, offset: offset))
            offset += s.utf16.count + 1
            if !open { emit("\n\n", .generated("paragraph break")) }
        }
        if open { emit("\n\n", .generated("paragraph break")) }
    }

    func finish() -> ExtractedText {
        ExtractedText(text: out, format: .pdf, runs: runs, furniture: furniture)
    }
}
