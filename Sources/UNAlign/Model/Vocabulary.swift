/// The shared vocabulary of the pipeline: what the document, the names and votes, the aligner and
/// the exporters all speak of. It depends on nothing, so every folder may use it (house style §2).

/// The kinds of UN document, each with its own units (`../shared/design/document-kinds.md`).
public enum DocumentKind: String, Codable, Sendable, CaseIterable {
    /// A committee report with draft resolutions and decisions (A/75/394).
    case report
    /// An adopted resolution of the General Assembly, the Security Council or ECOSOC, in its modern
    /// PDF form or as an older compilation (adoption paragraph with the vote, lists on their labels).
    case resolution
    /// A treaty, convention, charter or declaration: preamble, parts, chapters, articles.
    case treaty
    /// A report of the Secretary-General or of a body: contents, chapters, continuous numbering, tables.
    case secretaryGeneralReport
    /// A verbatim or summary record: speaker turns.
    case meetingRecord
    /// A letter or note verbale: title, body, signature, annexes.
    case letter
    /// None of these: paragraphs in order.
    case other
}

/// A frame restarts the numbering inside it.
public enum FrameKind: String, Codable, Sendable, CaseIterable {
    case draftResolution, draftDecision, annex
    /// The address prefix: `DR-II`, `DD-I`, `ANNEX-I`.
    var prefix: String {
        switch self {
        case .draftResolution: "DR"
        case .draftDecision: "DD"
        case .annex: "ANNEX"
        }
    }
    var readableName: String {
        switch self {
        case .draftResolution: "draft resolution"
        case .draftDecision: "draft decision"
        case .annex: "annex"
        }
    }
}

/// The headings of a treaty, a charter or a declaration, outermost first.
public enum DivisionKind: String, Codable, Sendable, CaseIterable {
    case preamble, part, chapter, section, article
    /// The address prefix: `PT-I`, `CH-II`, `SEC-3`, `ART-12`, `PRE`.
    var prefix: String {
        switch self {
        case .preamble: "PRE"
        case .part: "PT"
        case .chapter: "CH"
        case .section: "SEC"
        case .article: "ART"
        }
    }
    /// Outer divisions close inner ones: a chapter heading ends the article before it.
    var depth: Int {
        switch self {
        case .preamble, .part: 0
        case .chapter: 1
        case .section: 2
        case .article: 3
        }
    }
    /// Articles are numbered in arabic figures in every address; the others in roman numerals.
    var romanInAddress: Bool { self != .article }
}

public enum VoteSide: String, Codable, Sendable, CaseIterable {
    case favour, against, abstain
}

/// A stated vote result: `153 to 11, with 9 abstentions`, or adopted without a vote.
public struct Tally: Hashable, Codable, Sendable, CustomStringConvertible {
    public var inFavour: Int?
    public var against: Int?
    public var abstaining: Int?
    public var withoutVote: Bool
    /// Where the tally is written in the source.
    public var range: TextRange

    public init(inFavour: Int?, against: Int?, abstaining: Int?, withoutVote: Bool, range: TextRange) {
        self.inFavour = inFavour
        self.against = against
        self.abstaining = abstaining
        self.withoutVote = withoutVote
        self.range = range
    }

    public var description: String {
        withoutVote ? "without a vote" : "\(inFavour ?? 0)-\(against ?? 0)-\(abstaining ?? 0)"
    }

    public func count(_ side: VoteSide) -> Int? {
        switch side {
        case .favour: inFavour
        case .against: against
        case .abstain: abstaining
        }
    }
}

/// Roman numerals and list letters, as addresses write them.
enum Numerals {
    static func roman(_ n: Int) -> String {
        let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var n = n, s = ""
        for (v, r) in table { while n >= v { s += r; n -= v } }
        return s
    }

    /// `XIV` → 14; nil unless the string is a well-formed numeral.
    static func parseRoman(_ s: String) -> Int? {
        let values: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000]
        var total = 0, previous = 0
        for c in s.reversed() {
            guard let v = values[c] else { return nil }
            if v < previous { total -= v } else { total += v; previous = v }
        }
        return total > 0 && roman(total) == s ? total : nil
    }

    /// 0 → `a`, 25 → `z`, then `z26`...
    static func letter(_ i: Int) -> String { i < 26 ? String(UnicodeScalar(UInt8(97 + i))) : "z\(i)" }

    static func parseLetter(_ s: Substring) -> Int? {
        if s.count == 1, let a = s.unicodeScalars.first, a.value >= 97, a.value <= 122 { return Int(a.value) - 97 }
        if s.hasPrefix("z"), let n = Int(s.dropFirst()), n >= 26 { return n }
        return nil
    }
}
