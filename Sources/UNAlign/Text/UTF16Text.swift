import Foundation

/// A decoded text held as UTF-16, the unit ICU and all our offsets use.
///
/// Slicing by offset is O(1) and cheap; `String`s are made only at the edges.
public struct UTF16Text: Sendable, Hashable {
    public let units: [UInt16]

    public init(_ string: String) { units = Self.units(of: string) }

    /// The UTF-16 units of a string, transcoded from its UTF-8 in one pass (the standard library's
    /// UTF-16 view walks a non-ASCII string scalar by scalar, with index bookkeeping, and reading a
    /// Chinese or Arabic document's text through it took a tenth of reading the document).
    public static func units(of string: String) -> [UInt16] {
        var string = string
        return string.withUTF8 { b in
            // Never more UTF-16 units than UTF-8 bytes: 1, 2 or 3 bytes give one unit, 4 give two.
            [UInt16](unsafeUninitializedCapacity: b.count) { out, count in
                var i = 0, k = 0
                while i < b.count {
                    let c = b[i]
                    if c < 0x80 {
                        out[k] = UInt16(c)
                        i += 1
                        k += 1
                    } else if c < 0xE0 {
                        out[k] = UInt16(c & 0x1F) << 6 | UInt16(b[i + 1] & 0x3F)
                        i += 2
                        k += 1
                    } else if c < 0xF0 {
                        out[k] = UInt16(c & 0x0F) << 12 | UInt16(b[i + 1] & 0x3F) << 6 | UInt16(b[i + 2] & 0x3F)
                        i += 3
                        k += 1
                    } else {
                        let v = (UInt32(c & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F)) - 0x10000
                        out[k] = UInt16(0xD800 + (v >> 10))
                        out[k + 1] = UInt16(0xDC00 + (v & 0x3FF))
                        i += 4
                        k += 2
                    }
                }
                count = k
            }
        }
    }
    public init(units: [UInt16]) { self.units = units }

    public var count: Int { units.count }
    public var fullRange: TextRange { TextRange(0, units.count) }

    /// The text of a range as a `String`.
    public func string(_ range: TextRange) -> String {
        units.withUnsafeBufferPointer { buf in UTF16Text.string(UnsafeBufferPointer(rebasing: buf[range.start..<range.end])) }
    }

    /// UTF-16 units as a `String`, lone surrogates as U+FFFD (as `String(decoding:as:)` repairs
    /// them). Transcoded to UTF-8 in one pass: the standard library's UTF-16 decoding parses scalar
    /// by scalar and was a fifth of a six-way alignment.
    public static func string(_ u: UnsafeBufferPointer<UInt16>) -> String {
        guard !u.isEmpty else { return "" }
        return String(unsafeUninitializedCapacity: u.count * 3) { out in
            var n = 0, i = 0
            while i < u.count {
                let c = u[i]
                if c < 0x80 {
                    out[n] = UInt8(c); n += 1; i += 1
                } else if c < 0x800 {
                    out[n] = 0xC0 | UInt8(c >> 6); out[n + 1] = 0x80 | UInt8(c & 0x3F); n += 2; i += 1
                } else if c & 0xFC00 == 0xD800, i + 1 < u.count, u[i + 1] & 0xFC00 == 0xDC00 {
                    let v = 0x10000 + (UInt32(c - 0xD800) << 10) + UInt32(u[i + 1] - 0xDC00)
                    out[n] = 0xF0 | UInt8(v >> 18); out[n + 1] = 0x80 | UInt8((v >> 12) & 0x3F)
                    out[n + 2] = 0x80 | UInt8((v >> 6) & 0x3F); out[n + 3] = 0x80 | UInt8(v & 0x3F)
                    n += 4; i += 2
                } else {
                    let v: UInt16 = c & 0xF800 == 0xD800 ? 0xFFFD : c  // a lone surrogate
                    out[n] = 0xE0 | UInt8(v >> 12); out[n + 1] = 0x80 | UInt8((v >> 6) & 0x3F); out[n + 2] = 0x80 | UInt8(v & 0x3F)
                    n += 3; i += 1
                }
            }
            return n
        }
    }

    public static func string(_ u: [UInt16]) -> String { u.withUnsafeBufferPointer { string($0) } }
    public static func string(_ u: ArraySlice<UInt16>) -> String { u.withUnsafeBufferPointer { string($0) } }

    public var string: String { string(fullRange) }

    public subscript(_ i: Int) -> UInt16 { units[i] }

    /// The range with leading and trailing whitespace (including no-break and ideographic spaces) removed.
    public func trimmed(_ range: TextRange) -> TextRange {
        var s = range.start, e = range.end
        while s < e, UTF16Text.isSpace(units[s]) { s += 1 }
        while e > s, UTF16Text.isSpace(units[e - 1]) { e -= 1 }
        return TextRange(s, e)
    }

    /// The text of several ranges in order, joined the way a reader sees them: a space where the
    /// gap between two ranges holds whitespace or a line break, nothing where only markup
    /// (`[`, `](#)`) separated them. `spans` maps each range to its offset in the joined units.
    ///
    /// `lineBreaksAreSpaces: false` for a language written without spaces (Chinese): a paragraph
    /// that a line or page break cut (`第 65/` | `41 号`) reads on without one, unless Latin words
    /// meet there.
    public func joined(_ ranges: [TextRange], lineBreaksAreSpaces: Bool = true) -> (units: [UInt16], spans: [(joined: Int, source: TextRange)]) {
        var out: [UInt16] = []
        var spans: [(Int, TextRange)] = []
        var previous: TextRange?
        func latin(_ u: UInt16) -> Bool { (u >= 0x41 && u <= 0x5A) || (u >= 0x61 && u <= 0x7A) }
        for r in ranges {
            if let p = previous {
                let gap = p.end <= r.start ? units[p.end..<r.start] : units[r.start..<r.start]
                if p.end > r.start {
                    out.append(0x20)
                } else if gap.contains(where: UTF16Text.isSpace) {
                    let lineBreak = gap.contains(0x0A)
                    let broken = !lineBreaksAreSpaces && lineBreak
                    // `Сан-` | `Марино`: a word hyphenated at a line or page break reads on.
                    let hyphenated = lineBreak && p.length >= 2 && (units[p.end - 1] == 0x2D || units[p.end - 1] == 0xAD)
                        && !UTF16Text.isSpace(units[p.end - 2]) && units[p.end - 2] != 0x2D
                    if hyphenated {
                    } else if !broken || (p.end > p.start && r.end > r.start && latin(units[p.end - 1]) && latin(units[r.start])) { out.append(0x20) }
                }
            }
            spans.append((out.count, r))
            out += units[r.start..<r.end]
            previous = r
        }
        return (out, spans)
    }

    public func joinedString(_ ranges: [TextRange], lineBreaksAreSpaces: Bool = true) -> String {
        UTF16Text.string(joined(ranges, lineBreaksAreSpaces: lineBreaksAreSpaces).units)
    }

    public static func isSpace(_ u: UInt16) -> Bool {
        switch u {
        case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C, 0xA0, 0x3000, 0x2000...0x200B, 0x202F, 0x205F, 0xFEFF: true
        default: false
        }
    }
}
