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
        // Most texts start with no number at all: told from their first character. The rest is
        // read on the scalar view where it lies (a copy of a long paragraph's scalars cost more
        // than the test).
        let scalars = text.unicodeScalars
        guard let first = scalars.first, isMarkerCharacter(first) else { return nil }
        var i = scalars.startIndex, count = 0
        while i < scalars.endIndex, count < maximumLength, isMarkerCharacter(scalars[i]) { scalars.formIndex(after: &i); count += 1 }
        guard count > 0, i < scalars.endIndex, scalars[i] == "." || scalars[i] == "\u{FF0E}" else { return nil }
        let stop = scalars.index(after: i)
        var j = stop
        while j < scalars.endIndex, scalars[j].properties.isWhitespace { scalars.formIndex(after: &j) }
        // A full-width stop needs no space after it; a Latin one does (`1.5`).
        guard j < scalars.endIndex, j > stop || scalars[i] == "\u{FF0E}" else { return nil }
        return (String(scalars[..<stop]), String(scalars[j...]))
    }

    /// Digits (ASCII, full-width, Arabic-Indic), Roman numerals, a capital letter, Chinese numerals.
    private static func isMarkerCharacter(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x30...0x39, 0xFF10...0xFF19, 0x0660...0x0669: true
        case 0x41...0x5A: true  // I, V, X, … and section letters A., B.
        case 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341: true  // 一二三四五六七八九十
        default: false
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
            // A closer after a digit is the number's own (`1,000`, `15.5`): no mark follows it.
            var previousIsCloser = false, previous: UInt16 = 0
            for u in units {
                if previousIsCloser, u >= 0x30, u <= 0x39 { mayHaveMark = true; break }
                previousIsCloser = isCloser(u) && !(previous >= 0x30 && previous <= 0x39)
                previous = u
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
            if scalars[k].value < 0x10000, isCloser(UInt16(scalars[k].value)), !belongsToNumberOrSymbol(scalars, closerAt: k) {
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
