/// A node's place in a UN document, written the same way in every language version:
/// `¶10(b)`, `DR-II/op1`, `DR-I/pp3`, `§II.B`, `¶6/vote/against`, `DR-I/fn2`, `ART-2/¶1`, `T3/p1`.
/// The aligner matches structure on these keys.
///
/// An address is a list of typed components with one formatter (`description`) and one parser
/// (`init(_:)`); its string form is what JSON, TMX and users see. Components are joined by `/`,
/// except the suffixes (`(b)`, `~2`, `#2`, `#+3`), which attach to the component before them.
public struct Address: Hashable, Codable, Sendable, Comparable, CustomStringConvertible, ExpressibleByStringLiteral {
    public enum Component: Hashable, Sendable {
        /// A title-block line by role: `title/session`, `title/title2`.
        case titleLine(String)
        /// `§II`; `§II.A` (letter 0-based).
        case section(Int)
        case subsection(section: Int, letter: Int)
        /// `¶10`, numbered paragraph; `¶1.a`, `¶17.19`, an item with a compound label.
        case paragraph(Int)
        case item(String)
        /// `DR-II`, `DD-I`, `ANNEX-I`.
        case frame(FrameKind, Int)
        /// `PT-I`, `CH-II`, `ART-12`, `PRE`.
        case division(DivisionKind, Int)
        /// `pp3`, `op1`, preambular and operative paragraphs.
        case preambular(Int)
        case operative(Int)
        /// `text2` (unnumbered text of a report body) and `p2` (of a frame, article, turn...).
        case text(Int)
        case plain(Int)
        /// `h2`: an unnumbered heading inside a resolution's operative part.
        case heading(Int)
        case footnote(Int)
        /// `T3`: a speaker turn of a meeting record.
        case turn(Int)
        /// `TAB-1`, a table; `r2c3`, one of its cells.
        case table(Int)
        case cell(row: Int, column: Int)
        case side(VoteSide)
        /// A country in a vote list by ISO 3166 alpha-3 code: `CUB`.
        case country(String)
        case unmatched(Int)
        /// `countries/2`: the second country list of a paragraph.
        case list(Int)
        /// A named part: `title`, `intro`, `vote`, `label`, `sponsors`, `main`, `closing`...
        case keyword(Keyword)
        /// Suffixes: a sub-paragraph letter `(b)`, a duplicate `~2`, a sentence `#2`, a sentence
        /// only another version has `#+3`.
        case subparagraph(Int)
        case duplicate(Int)
        case sentence(Int)
        case extraSentence(Int)
        /// Anything this grammar does not know (an address read from someone else's TMX).
        case other(String)

        var isSuffix: Bool {
            switch self {
            case .subparagraph, .duplicate, .sentence, .extraSentence: true
            default: false
            }
        }
    }

    public enum Keyword: String, Sendable, CaseIterable {
        case title, intro, vote, label, sponsors, countries, main, added
        case adoption, closing, opening, speaker, note, signature, summary
    }

    public let components: [Component]
    /// The string form, formatted once: addresses are hashed and compared in every alignment.
    public let rawValue: String

    public init(components: [Component]) {
        self.components = components
        rawValue = Self.format(components)
    }

    /// Parses the string form; what the grammar does not know is kept as `.other`.
    public init(_ rawValue: String) {
        self.init(components: Self.parse(rawValue))
    }
    public init(stringLiteral value: String) { self.init(value) }
    public init(from decoder: Decoder) throws { self.init(try decoder.singleValueContainer().decode(String.self)) }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(rawValue)
    }

    public var description: String { rawValue }
    public static func < (a: Address, b: Address) -> Bool { a.rawValue < b.rawValue }
    public static func == (a: Address, b: Address) -> Bool { a.rawValue == b.rawValue }
    public func hash(into h: inout Hasher) { h.combine(rawValue) }

    public static let root = Address(components: [])

    public func appending(_ c: Component...) -> Address { Address(components: components + c) }
    public static func / (parent: Address, child: Component) -> Address { parent.appending(child) }
    public static func / (parent: Address, child: Keyword) -> Address { parent.appending(.keyword(child)) }

    /// The frame (`DR-II`) an address lies in, nil in the report body.
    public var frame: String? {
        guard case .frame(let k, let n)? = components.first else { return nil }
        return Address(components: [.frame(k, n)]).rawValue
    }

    // MARK: The one formatter

    static func format(_ cs: [Component]) -> String {
        var out = ""
        for c in cs {
            if !c.isSuffix && !out.isEmpty { out += "/" }
            out += text(c)
        }
        return out
    }

    private static func text(_ c: Component) -> String {
        switch c {
        case .titleLine(let role): "title/" + role
        case .section(let n): "§" + Numerals.roman(n)
        case .subsection(let s, let l): "§\(Numerals.roman(s)).\(Numerals.letter(l).uppercased())"
        case .paragraph(let n): "¶\(n)"
        case .item(let label): "¶" + label
        case .frame(let k, let n): "\(k.prefix)-\(Numerals.roman(n))"
        case .division(let k, let n): k == .preamble ? k.prefix : "\(k.prefix)-\(k.romanInAddress ? Numerals.roman(n) : String(n))"
        case .preambular(let n): "pp\(n)"
        case .operative(let n): "op\(n)"
        case .text(let n): "text\(n)"
        case .plain(let n): "p\(n)"
        case .heading(let n): "h\(n)"
        case .footnote(let n): "fn\(n)"
        case .turn(let n): "T\(n)"
        case .table(let n): "TAB-\(n)"
        case .cell(let r, let col): "r\(r)c\(col)"
        case .side(let s): s.rawValue
        case .country(let code): code
        case .unmatched(let n): "unmatched\(n)"
        case .list(let n): String(n)
        case .keyword(let w): w.rawValue
        case .subparagraph(let l): "(\(Numerals.letter(l)))"
        case .duplicate(let n): "~\(n)"
        case .sentence(let n): "#\(n)"
        case .extraSentence(let n): "#+\(n)"
        case .other(let s): s
        }
    }
    // MARK: The one parser

    static func parse(_ s: String) -> [Component] {
        guard !s.isEmpty else { return [] }
        var out: [Component] = []
        let parts = s.split(separator: "/", omittingEmptySubsequences: false)
        var i = 0
        while i < parts.count {
            var part = parts[i]
            // A title line's role is the next component: `title/session`.
            if part == "title", out.isEmpty, i + 1 < parts.count {
                // `title/symbol#2`: the role, then its suffixes.
                let role = parts[i + 1]
                let head = role.prefix { $0 != "#" && $0 != "~" }
                out.append(.titleLine(String(head)))
                if head.count < role.count { out += parse("x" + role.dropFirst(head.count)).dropFirst() }
                i += 2
                continue
            }
            // Suffixes, from the right: (b), ~2, #2, #+3.
            var suffixes: [Component] = []
            while let last = part.last {
                if last == ")", let open = part.lastIndex(of: "("), let l = Numerals.parseLetter(part[part.index(after: open)..<part.index(before: part.endIndex)]) {
                    suffixes.insert(.subparagraph(l), at: 0)
                    part = part[..<open]
                } else if let h = part.lastIndex(of: "#"), part.index(after: h) < part.endIndex {
                    let tail = part[part.index(after: h)...]
                    if tail.hasPrefix("+"), let n = Int(tail.dropFirst()) { suffixes.insert(.extraSentence(n), at: 0) }
                    else if let n = Int(tail) { suffixes.insert(.sentence(n), at: 0) }
                    else { break }
                    part = part[..<h]
                } else if let t = part.lastIndex(of: "~"), let n = Int(part[part.index(after: t)...]) {
                    suffixes.insert(.duplicate(n), at: 0)
                    part = part[..<t]
                } else { break }
            }
            if !part.isEmpty || suffixes.isEmpty { out.append(component(part)) }
            out += suffixes
            i += 1
        }
        return out
    }

    private static func component(_ p: Substring) -> Component {
        func number(after prefix: String) -> Int? {
            guard p.hasPrefix(prefix) else { return nil }
            let rest = p.dropFirst(prefix.count)
            return rest.isEmpty || !rest.allSatisfy(\.isASCII) ? nil : Int(rest)
        }
        func roman(after prefix: String) -> Int? {
            guard p.hasPrefix(prefix) else { return nil }
            return Numerals.parseRoman(String(p.dropFirst(prefix.count)))
        }
        if let w = Keyword(rawValue: String(p)) { return .keyword(w) }
        if let s = VoteSide(rawValue: String(p)) { return .side(s) }
        if p.hasPrefix("§") {
            let body = p.dropFirst()
            if let dot = body.firstIndex(of: "."), let s = Numerals.parseRoman(String(body[..<dot])),
               let l = Numerals.parseLetter(Substring(body[body.index(after: dot)...].lowercased())) {
                return .subsection(section: s, letter: l)
            }
            if let s = Numerals.parseRoman(String(body)) { return .section(s) }
        }
        if let n = number(after: "¶") { return .paragraph(n) }
        if p.hasPrefix("¶"), p.dropFirst().contains("."), p.dropFirst().allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == ".") }) {
            return .item(String(p.dropFirst()))
        }
        for k in FrameKind.allCases { if let n = roman(after: k.prefix + "-") { return .frame(k, n) } }
        if p == DivisionKind.preamble.prefix { return .division(.preamble, 0) }
        for k in DivisionKind.allCases where k != .preamble {
            if let n = k.romanInAddress ? roman(after: k.prefix + "-") : number(after: k.prefix + "-") { return .division(k, n) }
        }
        if let n = number(after: "TAB-") { return .table(n) }
        if let n = number(after: "pp") { return .preambular(n) }
        if let n = number(after: "op") { return .operative(n) }
        if let n = number(after: "text") { return .text(n) }
        if let n = number(after: "p") { return .plain(n) }
        if let n = number(after: "h") { return .heading(n) }
        if let n = number(after: "fn") { return .footnote(n) }
        if let n = number(after: "T") { return .turn(n) }
        if let n = number(after: "unmatched") { return .unmatched(n) }
        if p.first == "r", let c = p.firstIndex(of: "c"), let r = Int(p[p.index(after: p.startIndex)..<c]), let col = Int(p[p.index(after: c)...]) {
            return .cell(row: r, column: col)
        }
        if let n = Int(p), n > 0 { return .list(n) }
        if p.count == 3, p.allSatisfy({ $0.isASCII && $0.isUppercase }) { return .country(String(p)) }
        return .other(String(p))
    }
}

extension Address {
    /// The address in words: `DR-II/op1(a)` → "draft resolution II, operative paragraph 1 (a)".
    public var readable: String {
        var parts: [String] = []
        func suffix(_ s: String) { if parts.isEmpty { parts.append(String(s.drop { $0 == " " || $0 == "," }).trimmingCharacters(in: .whitespaces)) } else { parts[parts.count - 1] += s } }
        for c in components {
            let words: String
            switch c {
            case .titleLine(let role): words = parts.isEmpty ? "title block, \(role)" : "title \(role)"
            case .section(let n): words = "section \(Numerals.roman(n))"
            case .subsection(let s, let l): words = "section \(Numerals.roman(s)).\(Numerals.letter(l).uppercased())"
            case .paragraph(let n): words = "paragraph \(n)"
            case .item(let label): words = "item \(label)"
            case .frame(let k, let n): words = "\(k.readableName) \(Numerals.roman(n))"
            case .division(let k, let n): words = k == .preamble ? "preamble" : "\(k.rawValue) \(k.romanInAddress ? Numerals.roman(n) : String(n))"
            case .preambular(let n): words = "preambular paragraph \(n)"
            case .operative(let n): words = "operative paragraph \(n)"
            case .text(let n), .plain(let n): words = "text \(n)"
            case .heading(let n): words = "heading \(n)"
            case .footnote(let n): words = "footnote \(n)"
            case .turn(let n): words = "speaker turn \(n)"
            case .table(let n): words = "table \(n)"
            case .cell(let r, let col): words = "row \(r), column \(col)"
            case .side(let s): words = s.rawValue
            case .country(let code): words = code
            case .unmatched(let n): words = "unmatched name \(n)"
            case .list(let n): words = "list \(n)"
            case .keyword(let w): words = w == .title && parts.isEmpty ? "title block" : w.rawValue
            // A suffix qualifies the part before it (an address read from another tool may start with one).
            case .subparagraph(let l): suffix(" (\(Numerals.letter(l)))"); continue
            case .duplicate(let n): suffix(" (occurrence \(n))"); continue
            case .sentence(let n): suffix(", sentence \(n)"); continue
            case .extraSentence(let n): suffix(", extra sentence \(n)"); continue
            case .other(let s): words = s
            }
            parts.append(words)
        }
        return parts.joined(separator: ", ")
    }
}
