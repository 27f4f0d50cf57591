/// A node's place in a UN document, written the same way in every language version:
/// `¶10(b)`, `DR-II/op1`, `DR-I/pp3`, `§II.B`, `¶6/vote/against`, `DR-I/fn2`.
/// The aligner matches structure on these keys.
public struct Address: Hashable, Codable, Sendable, Comparable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { rawValue = value }
    public init(from decoder: Decoder) throws { rawValue = try decoder.singleValueContainer().decode(String.self) }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(rawValue)
    }

    public var description: String { rawValue }
    public static func < (a: Address, b: Address) -> Bool { a.rawValue < b.rawValue }

    public static let root: Address = ""

    /// `parent / "vote"` → `¶6/vote`.
    public static func / (parent: Address, child: String) -> Address {
        parent.rawValue.isEmpty ? Address(child) : Address(parent.rawValue + "/" + child)
    }

    /// The frame prefix (`DR-II`) of an address inside a frame, nil in the report body.
    public var frame: String? {
        let first = rawValue.split(separator: "/").first.map(String.init) ?? ""
        return first.hasPrefix("DR-") || first.hasPrefix("DD-") || first.hasPrefix("ANNEX-") ? first : nil
    }
}

/// Builders for the address scheme (see `Scripts/corpus/SPEC.md`).
enum Addresses {
    static func roman(_ n: Int) -> String {
        let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var n = n, s = ""
        for (v, r) in table { while n >= v { s += r; n -= v } }
        return s
    }
    static func letter(_ i: Int) -> String { i < 26 ? String(UnicodeScalar(UInt8(97 + i))) : "z\(i)" }
    static func section(_ n: Int) -> Address { Address("§" + roman(n)) }
    static func subsection(_ section: Int, _ letter: Int) -> Address { Address("§\(roman(section)).\(Addresses.letter(letter).uppercased())") }
    static func paragraph(_ n: Int) -> Address { Address("¶\(n)") }
    static func sub(_ parent: Address, _ letter: Int) -> Address { Address(parent.rawValue + "(\(Addresses.letter(letter)))") }
}
