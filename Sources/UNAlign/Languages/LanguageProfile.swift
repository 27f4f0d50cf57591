/// Everything that differs between languages, as data: one table per language
/// (`LanguageProfile+Chinese.swift`, ...). Adding a language means adding a table.
public struct LanguageProfile: Sendable {
    public let language: Language
    /// Articles the language's alphabetical lists ignore (Arabic `ال`).
    public let collationIgnoredPrefixes: [String]
    /// Sentences end at `。！？` whatever follows (ICU misses `。「`).
    public let usesIdeographicFullStops: Bool

    public static func of(_ language: Language) -> LanguageProfile {
        switch language {
        case .zh: .chinese
        case .en: .english
        case .fr: .french
        case .es: .spanish
        case .ru: .russian
        case .ar: .arabic
        }
    }
}
