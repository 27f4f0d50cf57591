import Foundation

/// A decoded text held as UTF-16, the unit ICU and all our offsets use.
///
/// Slicing by offset is O(1) and cheap; `String`s are made only at the edges.
public struct UTF16Text: Sendable, Hashable {
    public let units: [UInt16]

    public init(_ string: String) { units = Array(string.utf16) }
    public init(units: [UInt16]) { self.units = units }

    public var count: Int { units.count }
    public var fullRange: TextRange { TextRange(0, units.count) }

    /// The text of a range as a `String`.
    public func string(_ range: TextRange) -> String {
        units.withUnsafeBufferPointer { buf in
            String(decoding: UnsafeBufferPointer(rebasing: buf[range.start..<range.end]), as: UTF16.self)
        }
    }

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
    public func joined(_ ranges: [TextRange]) -> (units: [UInt16], spans: [(joined: Int, source: TextRange)]) {
        var out: [UInt16] = []
        var spans: [(Int, TextRange)] = []
        var previous: TextRange?
        for r in ranges {
            if let p = previous {
                let gap = p.end <= r.start ? units[p.end..<r.start] : units[r.start..<r.start]
                if p.end > r.start || gap.contains(where: UTF16Text.isSpace) { out.append(0x20) }
            }
            spans.append((out.count, r))
            out += units[r.start..<r.end]
            previous = r
        }
        return (out, spans)
    }

    public func joinedString(_ ranges: [TextRange]) -> String {
        String(decoding: joined(ranges).units, as: UTF16.self)
    }

    static func isSpace(_ u: UInt16) -> Bool {
        switch u {
        case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C, 0xA0, 0x3000, 0x2000...0x200B, 0x202F, 0x205F, 0xFEFF: true
        default: false
        }
    }
}
