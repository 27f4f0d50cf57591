/// One input line, with the Markdown and PDF-conversion markup separated from the content.
struct Line {
    enum Kind: Equatable {
        case blank
        /// `---`, `***`: a page break left by the converter.
        case rule
        /// A page number, job number or running header alone on its line.
        case pageArtifact
        /// `<sup>3</sup> A/70/174。`: a footnote definition with its number.
        case footnote(Int)
        case text
    }

    var number: Int  // 1-based
    var range: TextRange
    var kind: Kind
    /// Content ranges in order; markup and surrounding whitespace excluded.
    var pieces: [TextRange]
    var markup: [TextRange]
    /// Heading marks (`#`) or bold around the whole line.
    var emphasized: Bool
    /// `<sup>n</sup>` footnote references in the body: number and the range of the digits.
    var references: [(Int, TextRange)]
}

/// Splits a decoded document into lines and tells markup from content: `#` heading marks,
/// `**bold**` around a line, `---` rules, `<sup>n</sup>` tags, `[link](target)` brackets,
/// page numbers and job numbers alone on a line.
enum Lexer {
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
        return out
    }

    private static func line(_ text: UTF16Text, _ range: TextRange, number: Int) -> Line {
        let u = text.units
        var t = text.trimmed(range)
        var result = Line(number: number, range: range, kind: .text, pieces: [], markup: [], emphasized: false, references: [])
        if t.isEmpty { result.kind = .blank; return result }

        // A rule: three or more of - * _ and nothing else.
        if t.length >= 3, (t.start..<t.end).allSatisfy({ u[$0] == 0x2D || u[$0] == 0x2A || u[$0] == 0x5F || UTF16Text.isSpace(u[$0]) }) {
            result.kind = .rule
            result.markup = [t]
            return result
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
        // Inline markup: <sup>n</sup>, [text](target).
        var inlineMarkup: [TextRange] = []
        var footnoteNumber: Int?
        var i = t.start
        while i < t.end {
            if u[i] == 0x3C, let (open, digits, close, n) = sup(u, i, t.end) {
                inlineMarkup.append(open)
                inlineMarkup.append(close)
                if text.trimmed(TextRange(t.start, open.start)).isEmpty && footnoteNumber == nil && inlineMarkup.count == 2 {
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
        } else if result.pieces.count == 1, isPageArtifact(u, result.pieces[0]) {
            result.kind = .pageArtifact
            result.markup.append(result.pieces[0])
            result.pieces = []
        } else if result.pieces.isEmpty {
            result.kind = .rule
        }
        return result
    }

    /// `<sup>12</sup>` at i: the open tag, the digits, the close tag and the number.
    private static func sup(_ u: [UInt16], _ i: Int, _ end: Int) -> (TextRange, TextRange, TextRange, Int)? {
        let open = Array("<sup>".utf16), close = Array("</sup>".utf16)
        guard i + open.count < end, Array(u[i..<i + open.count]) == open else { return nil }
        var j = i + open.count
        var n = 0
        let digitsStart = j
        while j < end, u[j] >= 0x30, u[j] <= 0x39, j - digitsStart < 4 { n = n * 10 + Int(u[j] - 0x30); j += 1 }
        guard j > digitsStart, j + close.count <= end, Array(u[j..<j + close.count]) == close else { return nil }
        return (TextRange(i, digitsStart), TextRange(digitsStart, j), TextRange(j, j + close.count), n)
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
        let s = String(decoding: u[r.start..<r.end], as: UTF16.self)
        let digits = s.unicodeScalars.filter { $0.properties.numericType != nil }.count
        if digits == s.unicodeScalars.count, digits <= 4 { return true }
        let parts = s.split(separator: "/")
        if parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.count <= 3 && $0.allSatisfy(\.isNumber) }) { return true }
        let job = s.split(separator: " ").first.map(String.init) ?? ""
        let halves = job.split(separator: "-")
        if halves.count == 2, halves[0].count == 2, halves[1].count == 5, halves.allSatisfy({ $0.allSatisfy(\.isNumber) }),
           s.count <= job.count + 4 { return true }
        return false
    }
}
