/// Which script a character is written in, where the pipeline needs to know: one place for the
/// code-point ranges the readers, the parser and the names layer share.
enum ScriptClass {
    /// Hebrew, Arabic, Syriac, Thaana and their presentation forms: written right to left.
    static func isRightToLeft(_ u: Unicode.Scalar) -> Bool {
        (0x0590...0x08FF).contains(u.value) || (0xFB1D...0xFEFC).contains(u.value)
    }

    /// Unified Han ideographs (extension A included).
    static func isHan(_ u: Unicode.Scalar) -> Bool { (0x3400...0x9FFF).contains(u.value) }

    /// Chinese text around a line break: Han, CJK punctuation and full-width forms.
    static func isCJK(_ u: Unicode.Scalar) -> Bool {
        (0x3000...0x9FFF).contains(u.value) || (0xFF00...0xFFEF).contains(u.value)
    }
}

extension UTF16Text {
    /// Where `needle` starts in `haystack`, at `from` or after (UTF-16 units, no Foundation
    /// string search; no copy of the haystack, so a search along a long line stays linear).
    static func find(_ needle: [UInt16], in haystack: [UInt16], from: Int = 0) -> Int? {
        guard !needle.isEmpty, from >= 0, needle.count <= haystack.count - from else { return nil }
        var i = from
        while i + needle.count <= haystack.count {
            if haystack[i] == needle[0], haystack[i..<i + needle.count].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }
}
