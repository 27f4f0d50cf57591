/// The six official languages of the United Nations.
public enum Language: String, CaseIterable, Codable, CodingKeyRepresentable, Sendable, Comparable {
    case zh, en, fr, es, ru, ar

    /// ICU locale id used for segmentation and collation.
    var icuLocale: String { rawValue }

    /// The language tag translation-memory tools expect (`zh-CN`, not `zh`).
    public var bcp47: String { self == .zh ? "zh-CN" : rawValue }

    public var englishName: String {
        switch self {
        case .zh: "Chinese"
        case .en: "English"
        case .fr: "French"
        case .es: "Spanish"
        case .ru: "Russian"
        case .ar: "Arabic"
        }
    }

    /// Parses `zh`, `zh-CN`, `zh_Hans`, `Chinese`, `EN`...
    public init?(code: String) {
        let lower = code.lowercased()
        if let l = Language(rawValue: String(lower.prefix(2))), lower.count == 2 || "-_".contains(lower.dropFirst(2).first ?? "-") {
            self = l
            return
        }
        guard let l = Language.allCases.first(where: { $0.englishName.lowercased() == lower }) else { return nil }
        self = l
    }

    public static func < (a: Language, b: Language) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// A half-open range of UTF-16 code-unit offsets into a decoded input text.
///
/// UTF-16 offsets are what ICU works in; convert with `String.Index(utf16Offset:in:)`.
public struct TextRange: Hashable, Codable, Sendable, CustomStringConvertible {
    public var start: Int
    public var end: Int
    public init(_ start: Int, _ end: Int) {
        precondition(start <= end, "range start after end")
        self.start = start
        self.end = end
    }
    public var length: Int { end - start }
    public var isEmpty: Bool { start == end }
    public var description: String { "\(start)..<\(end)" }
    public func contains(_ other: TextRange) -> Bool { start <= other.start && other.end <= end }
}
