/// A paragraph or heading number at the start of a segment, ended by a full stop and a space, as
/// the default segmentation rules of CAT tools (SRX) cut it off: `1. At its …`, `II. Consideration
/// of proposals`, `A. Draft resolution …`, `一. 引言`, `１．决定`. A sub-paragraph letter in brackets
/// is not cut (`(a) to consider`: no full stop), nor a number inside a symbol (`A/75/394`) or a
/// decimal (`1.5 million`).
enum ParagraphMarker {
    static let maximumLength = 6
    /// Closing punctuation a footnote mark may follow.
    static let closers: Set<Unicode.Scalar> = [".", "。", ";", "；", ",", "，", "”", ")", "）", "»"]
    /// The same as UTF-16 units (every closer is one): a bit per ASCII unit, a list of the others.
    private static let asciiCloser: [Bool] = (0..<128).map { closers.contains(Unicode.Scalar(UInt8($0))) }
    private static let otherCloserUnits: [UInt16] = closers.filter { !$0.isASCII }.map { UInt16($0.value) }

    @inline(__always) private static func isCloser(_ u: UInt16) -> Bool {
        u < 0x80 ? asciiCloser[Int(u)] : otherCloserUnits.contains(u)
    }

    static func split(_ text: String) -> (marker: String, rest: String)? {
        // Most texts start with no number at all: told from their first character.
        guard let first = text.unicodeScalars.first, isMarkerCharacter(first) else { return nil }
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count, i < maximumLength, isMarkerCharacter(scalars[i]) { i += 1 }
        guard i > 0, i < scalars.count, scalars[i] == "." || scalars[i] == "\u{FF0E}" else { return nil }
        let stop = i + 1
        var j = stop
        while j < scalars.count, scalars[j].properties.isWhitespace { j += 1 }
        // A full-width stop needs no space after it; a Latin one does (`1.5`).
        guard j < scalars.count, j > stop || scalars[i] == "\u{FF0E}" else { return nil }
        var marker = String.UnicodeScalarView(), rest = String.UnicodeScalarView()
        marker.append(contentsOf: scalars[..<stop])
        rest.append(contentsOf: scalars[j...])
        return (String(marker), String(rest))
    }

    /// Digits (ASCII, full-width, Arabic-Indic), Roman numerals, a capital letter, Chinese numerals.
    private static func isMarkerCharacter(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x30...0x39, 0xFF10...0xFF19, 0x0660...0x0669: true
        case 0x41...0x5A: true  // I, V, X, … and section letters A., B.
        default: "一二三四五六七八九十".unicodeScalars.contains(u)
        }
    }

    /// The text without footnote numbers: a footnote's own number at its start (`2 Subsequently, …`)
    /// and a reference mark right after a sentence's closing punctuation (`10 November.1`). A
    /// number after a word is left (it cannot be told from the text's own numbers here).
    static func withoutNoteMarks(_ text: String, isFootnote: Bool) -> String {
        // Most texts have no mark: a closer followed by a digit, or a footnote's leading number.
        let units = text.utf16
        var mayHaveMark = isFootnote && units.first.map { $0 >= 0x30 && $0 <= 0x39 } == true
        if !mayHaveMark {
            var previousIsCloser = false
            for u in units {
                if previousIsCloser, u >= 0x30, u <= 0x39 { mayHaveMark = true; break }
                previousIsCloser = isCloser(u)
            }
        }
        guard mayHaveMark else { return text }
        var scalars = Array(text.unicodeScalars)
        func isDigit(_ u: Unicode.Scalar) -> Bool { u.value >= 0x30 && u.value <= 0x39 }
        if isFootnote {
            var i = 0
            while i < scalars.count, i < 4, isDigit(scalars[i]) { i += 1 }
            if i > 0, i < scalars.count, scalars[i].properties.isWhitespace {
                var j = i
                while j < scalars.count, scalars[j].properties.isWhitespace { j += 1 }
                scalars.removeSubrange(0..<j)
            }
        }
        // `.1` `。1` `”2` `)3` at the end of the text or before a space.
        var out: [Unicode.Scalar] = []
        var k = 0
        while k < scalars.count {
            out.append(scalars[k])
            if closers.contains(scalars[k]), !belongsToNumberOrSymbol(scalars, closerAt: k) {
                var e = k + 1
                while e < scalars.count, e - k <= 3, isDigit(scalars[e]) { e += 1 }
                if e > k + 1, e == scalars.count || scalars[e].properties.isWhitespace { k = e; continue }
            }
            k += 1
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: out)
        return String(view)
    }

    /// A full stop inside a document symbol or after a capital is the symbol's own, and so is the
    /// number after it (`A/C.1/75/L.4`, `A/C.1/75/L.8/Rev.1`, `L.4`): a word with a `/` is a symbol.
    /// A point or comma after a digit is the number's own (`1.25`, `15,000`).
    private static func belongsToNumberOrSymbol(_ scalars: [Unicode.Scalar], closerAt k: Int) -> Bool {
        if k > 0, scalars[k - 1].properties.numericType != nil { return true }
        guard scalars[k] == "." else { return false }
        if k > 0, scalars[k - 1].value >= 0x41, scalars[k - 1].value <= 0x5A { return true }
        var i = k - 1
        while i >= 0, !scalars[i].properties.isWhitespace {
            if scalars[i] == "/" { return true }
            i -= 1
        }
        return false
    }
}
