import Foundation

/// One input line, with the Markdown and PDF-conversion markup separated from the content.
struct Line {
    enum Kind: Equatable {
        case blank
        /// `---`, `***`: a page break left by the converter.
        case rule
        /// A page number, job number or running header alone on its line.
        case pageArtifact
        /// `<sup>3</sup> A/70/174。`, `[^3]: Ibid.`, `a/ Ibid.`: a footnote definition with its number.
        case footnote(Int)
        /// An indented line after a footnote definition: the rest of that footnote.
        case footnoteContinuation
        /// A line of YAML front matter: metadata, not text of the document.
        case frontMatter
        /// `| a | b |`: a row of a pipe table, its cells as pieces; `|---|---|` rows are markup.
        case tableRow
        case text
    }

    var number: Int  // 1-based
    var range: TextRange
    var kind: Kind
    /// Content ranges in order; markup and surrounding whitespace excluded.
    var pieces: [TextRange]
    var markup: [TextRange]
    /// Heading marks (`#`), a setext underline, or bold around the whole line.
    var emphasized: Bool
    /// Footnote references in the body (`<sup>n</sup>`, `[^n]`): number and the range of the digits.
    var references: [(Int, TextRange)]
    /// Indented by four spaces or a tab (a footnote's continuation in extracted Markdown).
    var indented = false
}

/// Splits a decoded document into lines and tells markup from content: `#` heading marks, setext
/// underlines, `**bold**` around a line, `---` rules, `<sup>n</sup>` and `[^n]` footnote marks,
/// `[link](target)` brackets, pipe-table bars, page numbers and job numbers alone on a line, and
/// YAML front matter.
enum Lexer {
    /// How far YAML front matter may run (a converter's metadata can quote whole texts).
    static let frontMatterLines = 2000

    static func lines(_ text: UTF16Text) -> [Line] {
        var out: [Line] = []
        let u = text.units
        var start = 0
        var number = 1
        while start <= u.count {
            var end = start
            while end < u.count, u[end] != 0x0A { end += 1 }
            out.append(line(text, TextRange(start, end), number: number))
            number += 1
            if end >= u.count { break }
            start = end + 1
        }
        markFrontMatter(&out, text)
        markUnderlines(&out, text)
        markFootnoteContinuations(&out)
        return out
    }

    /// `---` on the first line and again at a line's start further down: YAML front matter (PDF extractors
    /// write the symbol, title and source there).
    private static func markFrontMatter(_ lines: inout [Line], _ text: UTF16Text) {
        guard let first = lines.firstIndex(where: { $0.kind != .blank }), lines[first].kind == .rule,
              text.string(text.trimmed(lines[first].range)) == "---" else { return }
        // The closing `---` stands at the line's start: an indented one is inside a block scalar
        // (a Markdown underline quoted in the metadata).
        guard let close = lines[(first + 1)...].prefix(Self.frontMatterLines).firstIndex(where: {
            $0.kind == .rule && text.string($0.range).trimmingCharacters(in: .whitespacesAndNewlines) == "---" && !UTF16Text.isSpace(text.units[$0.range.start])
        }) else { return }
        // Every line between is `key: value`, an indented continuation or a list item.
        let body = lines[(first + 1)..<close].filter { $0.kind != .blank }
        guard !body.isEmpty, body.allSatisfy({ l in
            let raw = text.string(l.range)
            return raw.range(of: #"^([A-Za-z_][A-Za-z0-9_-]*:(\s|$)|\s+\S|- )"#, options: .regularExpression) != nil
        }) else { return }
        for i in first...close {
            let t = text.trimmed(lines[i].range)
            lines[i].kind = .frontMatter
            lines[i].pieces = []
            lines[i].references = []
            lines[i].markup = t.isEmpty ? [] : [t]
        }
    }

    /// A line of `-` or `=` right under a line of text underlines it (a setext heading: `Article 1`
    /// / `---------`); `***`, `___` and the rest stay page breaks.
    private static func markUnderlines(_ lines: inout [Line], _ text: UTF16Text) {
        for i in lines.indices.dropFirst() where lines[i].kind == .rule && lines[i - 1].kind == .text {
            let t = text.trimmed(lines[i].range)
            guard t.length >= 3, let c = text.units[t.start..<t.end].first, c == 0x2D || c == 0x3D,
                  text.units[t.start..<t.end].allSatisfy({ $0 == c }) else { continue }
            lines[i].kind = .blank
            lines[i - 1].emphasized = true
        }
    }

    /// Indented lines after a footnote definition continue it.
    private static func markFootnoteContinuations(_ lines: inout [Line]) {
        var inFootnote = false
        for i in lines.indices {
            switch lines[i].kind {
            case .footnote: inFootnote = true
            case .text where inFootnote && lines[i].indented: lines[i].kind = .footnoteContinuation
            case .blank: break
            default: inFootnote = false
            }
        }
    }

    private static func line(_ text: UTF16Text, _ range: TextRange, number: Int) -> Line {
        let u = text.units
        var t = text.trimmed(range)
        var result = Line(number: number, range: range, kind: .text, pieces: [], markup: [], emphasized: false, references: [])
        if t.isEmpty { result.kind = .blank; return result }
        result.indented = u[range.start] == 0x09 || (range.length >= 4 && (range.start..<range.start + 4).allSatisfy { u[$0] == 0x20 })

        // A rule: three or more of - * _ = and nothing else.
        if t.length >= 3, (t.start..<t.end).allSatisfy({ u[$0] == 0x2D || u[$0] == 0x2A || u[$0] == 0x5F || u[$0] == 0x3D || UTF16Text.isSpace(u[$0]) }) {
            result.kind = .rule
            result.markup = [t]
            return result
        }
        // An HTML comment alone on its line (converters and editors leave them): markup. Only one
        // comment: `<!-- a --> text <!-- b -->` has text between two.
        if t.length >= 7, u[t.start] == 0x3C, u[t.start + 1] == 0x21, u[t.start + 2] == 0x2D, u[t.start + 3] == 0x2D,
           u[t.end - 3] == 0x2D, u[t.end - 2] == 0x2D, u[t.end - 1] == 0x3E,
           !(t.start + 4..<t.end - 3).contains(where: { u[$0] == 0x2D && u[$0 + 1] == 0x2D && u[$0 + 2] == 0x3E }) {
            result.kind = .rule
            result.markup = [t]
            return result
        }
        // A pipe-table row: bars are markup, cells are pieces; a delimiter row is all markup.
        if u[t.start] == 0x7C, u[t.end - 1] == 0x7C, t.length >= 2 {
            return tableRow(text, t, result)
        }
        // Heading marks.
        var h = t.start
        while h < t.end, u[h] == 0x23 { h += 1 }
        if h > t.start, h == t.end || UTF16Text.isSpace(u[h]) {
            result.markup.append(TextRange(t.start, h))
            result.emphasized = true
            t = text.trimmed(TextRange(h, t.end))
            if t.isEmpty { result.kind = .rule; return result }
        }
        // Bold (or italic) around the whole line.
        for mark in [[0x2A, 0x2A], [0x5F, 0x5F]] as [[UInt16]] where t.length > 4 {
            if u[t.start] == mark[0], u[t.start + 1] == mark[1], u[t.end - 2] == mark[0], u[t.end - 1] == mark[1] {
                result.markup.append(TextRange(t.start, t.start + 2))
                result.markup.append(TextRange(t.end - 2, t.end))
                result.emphasized = true
                t = text.trimmed(TextRange(t.start + 2, t.end - 2))
            }
        }
        // Inline markup: <sup>n</sup>, [^n], [^n]: at the start, [text](target).
        var inlineMarkup: [TextRange] = []
        var footnoteNumber: Int?
        var i = t.start
        while i < t.end {
            if u[i] == 0x3C || u[i] == 0x5B, var (open, digits, close, n) = footnoteMark(u, i, t.end) {
                let atStart = text.trimmed(TextRange(t.start, open.start)).isEmpty && footnoteNumber == nil && inlineMarkup.isEmpty
                // `[^3]:` defines footnote 3 at a line's start; inside a line (`образом[^2]:`) the
                // colon is the text's own.
                if !atStart, u[i] == 0x5B, u[close.end - 1] == 0x3A { close = TextRange(close.start, close.end - 1) }
                inlineMarkup.append(open)
                inlineMarkup.append(close)
                // `<sup>3</sup> text` and `[^3]: text` at the start of a line define footnote 3.
                let colon = close.end > 0 && u[close.end - 1] == 0x3A
                if atStart && (u[i] == 0x3C || colon) {
                    footnoteNumber = n
                } else {
                    result.references.append((n, digits))
                }
                i = close.end
                continue
            }
            if u[i] == 0x5B, let (open, close) = link(u, i, t.end) {
                inlineMarkup.append(open)
                inlineMarkup.append(close)
                i = close.end
                continue
            }
            i += 1
        }
        result.markup += inlineMarkup
        // Content: the trimmed line minus inline markup.
        var cursor = t.start
        for m in inlineMarkup.sorted(by: { $0.start < $1.start }) {
            let piece = text.trimmed(TextRange(cursor, m.start))
            if !piece.isEmpty { result.pieces.append(piece) }
            cursor = m.end
        }
        let last = text.trimmed(TextRange(cursor, t.end))
        if !last.isEmpty { result.pieces.append(last) }
        if let n = footnoteNumber {
            result.kind = .footnote(n)
        } else if let n = letterFootnote(u, t) {
            result.kind = .footnote(n)
        } else if result.pieces.count == 1, isPageArtifact(u, result.pieces[0]) {
            result.kind = .pageArtifact
            result.markup.append(result.pieces[0])
            result.pieces = []
        } else if result.pieces.isEmpty {
            result.kind = .rule
        }
        return result
    }

    private static func tableRow(_ text: UTF16Text, _ t: TextRange, _ base: Line) -> Line {
        let u = text.units
        var result = base
        result.kind = .tableRow
        var cellStart = t.start + 1
        var isDelimiter = true
        for i in (t.start + 1)..<t.end where u[i] == 0x7C {
            let cell = text.trimmed(TextRange(cellStart, i))
            if !cell.isEmpty {
                if (cell.start..<cell.end).allSatisfy({ u[$0] == 0x2D || u[$0] == 0x3A || UTF16Text.isSpace(u[$0]) }) {
                    result.markup.append(cell)
                } else {
                    isDelimiter = false
                    result.pieces.append(cell)
                }
            }
            cellStart = i + 1
        }
        // The bars themselves.
        for i in t.start..<t.end where u[i] == 0x7C { result.markup.append(TextRange(i, i + 1)) }
        result.markup.sort { $0.start < $1.start }
        if isDelimiter { result.kind = .rule; result.pieces = [] }
        return result
    }

    /// `<sup>12</sup>` or `[^12]` (and `[^12]:`) at i: the opening markup, the digits, the closing
    /// markup and the number.
    private static func footnoteMark(_ u: [UInt16], _ i: Int, _ end: Int) -> (TextRange, TextRange, TextRange, Int)? {
        let (open, close): ([UInt16], [UInt16]) = u[i] == 0x3C ? (Array("<sup>".utf16), Array("</sup>".utf16)) : (Array("[^".utf16), Array("]".utf16))
        guard i + open.count < end, Array(u[i..<i + open.count]) == open else { return nil }
        var j = i + open.count
        var n = 0
        let digitsStart = j
        while j < end, u[j] >= 0x30, u[j] <= 0x39, j - digitsStart < 4 { n = n * 10 + Int(u[j] - 0x30); j += 1 }
        guard j > digitsStart, j + close.count <= end, Array(u[j..<j + close.count]) == close else { return nil }
        var closeEnd = j + close.count
        if u[i] == 0x5B, closeEnd < end, u[closeEnd] == 0x3A { closeEnd += 1 }  // `[^3]:` defines
        return (TextRange(i, digitsStart), TextRange(digitsStart, j), TextRange(j, closeEnd), n)
    }

    /// `a/ Ibid.`: an older document's lettered footnote (a/ = 1, b/ = 2...).
    private static func letterFootnote(_ u: [UInt16], _ t: TextRange) -> Int? {
        guard t.length > 3, u[t.start] >= 0x61, u[t.start] <= 0x7A, u[t.start + 1] == 0x2F, UTF16Text.isSpace(u[t.start + 2]) else { return nil }
        return Int(u[t.start] - 0x61) + 1
    }

    /// `[text](target)` at i: the `[` and the `](target)`.
    private static func link(_ u: [UInt16], _ i: Int, _ end: Int) -> (TextRange, TextRange)? {
        var j = i + 1
        while j < end, u[j] != 0x5D, u[j] != 0x5B, j - i < 300 { j += 1 }
        guard j + 1 < end, u[j] == 0x5D, u[j + 1] == 0x28, j > i + 1 else { return nil }
        var k = j + 2
        while k < end, u[k] != 0x29, !UTF16Text.isSpace(u[k]) { k += 1 }
        guard k < end, u[k] == 0x29 else { return nil }
        return (TextRange(i, i + 1), TextRange(j, k + 1))
    }

    /// A bare page number (`12`), page of pages (`3/15`) or UN job number (`20-14812`, `20-14812 (C)`).
    private static func isPageArtifact(_ u: [UInt16], _ r: TextRange) -> Bool {
        guard r.length <= 16 else { return false }
        let s = UTF16Text.string(u[r.start..<r.end])
        // Page and job numbers are printed in decimal digits (of any script); a numeral that is a
        // word (`一`, `Ⅳ`) alone on a line is a heading's number whose title is elsewhere.
        func isDigit(_ c: Character) -> Bool { c.unicodeScalars.allSatisfy { $0.properties.numericType == .decimal } }
        let digits = s.filter(isDigit).count
        if digits == s.count, digits <= 4 { return true }
        // `12/20`, not `/73/12` (a cut symbol): empty parts count.
        let parts = s.split(separator: "/", omittingEmptySubsequences: false)
        if parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.count <= 3 && $0.allSatisfy(isDigit) }) { return true }
        let job = s.split(separator: " ").first.map(String.init) ?? ""
        let halves = job.split(separator: "-", omittingEmptySubsequences: false)
        if halves.count == 2, halves[0].count == 2, halves[1].count == 5, halves.allSatisfy({ $0.allSatisfy(isDigit) }),
           s.count <= job.count + 4 { return true }
        return false
    }
}
