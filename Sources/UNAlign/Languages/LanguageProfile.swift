/// Everything that differs between languages, as data: one table per language
/// (`LanguageProfile+Chinese.swift`, ...). Adding a language means adding a table.
///
/// Marker and label strings are written as the documents write them; they are compared after
/// `LanguageProfile.fold` (case, diacritics, harakat, full-width and Cyrillic look-alikes folded),
/// so `А.` (Cyrillic) matches `A.` and `ثانياً` matches `ثانيا`.
public struct LanguageProfile: Sendable {
    public let language: Language
    /// Articles the language's alphabetical lists ignore (Arabic `ال`).
    public var collationIgnoredPrefixes: [String] = []
    /// Sentences end at `。！？` whatever follows (ICU misses `。「`).
    public var usesIdeographicFullStops = false

    /// Section ordinals in order (`I`, `II`... / `一`, `二`... / `أولا`, `ثانيا`...).
    public var sectionOrdinals: [String] = LanguageProfile.romanNumerals
    /// Lettered subsection markers in order (`A`, `B`... / `ألف`, `باء`...).
    public var subsectionLetters: [String] = LanguageProfile.latinCapitals
    /// What follows a section or subsection marker: `.` (`I.`), `、` (`一、`), `-` (`أولا -`).
    public var headingTerminators: [String] = ["."]
    /// What follows a paragraph number: `1.` / `1 -`.
    public var paragraphNumberTerminators: [String] = ["."]
    /// Sub-paragraph letters in order (`a`, `b`... / abjad `أ`, `ب`, `ج`...).
    public var listLetters: [String] = LanguageProfile.latinSmall

    /// Frame headings: kind and the words before the ordinal (`Draft resolution` + `I`).
    public var frameHeadings: [(FrameKind, String)] = []
    /// Ordinals after a frame heading word, in order.
    public var frameOrdinals: [String] = LanguageProfile.romanNumerals
    /// Whether the ordinal follows the heading word with a space (`Draft resolution I`; not `决议草案一`).
    public var frameOrdinalNeedsSpace = true

    /// "The General Assembly," opening a draft resolution.
    public var assemblyIntros: [String] = []
    /// Vote labels, without their colon.
    public var voteLabels: [(VoteSide, String)] = []
    /// Regular expressions over folded text capturing (in favour, against, abstaining).
    public var tallyPatterns: [String] = []
    public var withoutVotePhrases: [String] = []
    /// A word every tally sentence has (`票`, `vote`, `voix`...): the patterns run only where it is.
    public var tallyKeywords: [String] = []

    /// Title-block lines by role, recognized by a word they contain.
    public var titleKeywords: [(String, String)] = []

    /// Separators between list items and the conjunction before the last item in running text.
    public var listSeparators: [String] = [","]
    public var finalConjunctions: [String] = []
    /// A prefix joined to every item after the first in running text (Arabic `و`).
    public var itemPrefix: String? = nil
    /// Articles and prepositions that may stand before a name in running text (`the`, `de l'`, `los`).
    public var articles: [String] = []
    /// Words of a sponsorship paragraph (`on behalf of`, `sponsor`): its country lists are sponsor lists.
    public var sponsorKeywords: [String] = []
    /// Ordinals of meetings and sessions are written in words (Arabic), not digits.
    public var spellsOutOrdinals = false
    /// Month names (January first, any case form), for comparing dates across versions.
    public var monthNames: [[String]] = []
    /// Month names that are also common words (English "may"): in running text they are read as
    /// months only where case says so, and word evidence leaves them out.
    public var monthNamesAlsoWords: [String] = []
    /// Case endings stripped before comparing names (Russian genitive `Албании` = `Албания`).
    public var inflectionEndings: [String] = []
    /// Long words are also matched by their first letters, this many, between two languages that
    /// both set it (`organization`, `organisation`, `organización` share `organ`); nil for a language
    /// whose cognates are not spelt in the Latin alphabet.
    public var cognatePrefixLength: Int? = nil

    public init(language: Language) { self.language = language }

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

    static let romanNumerals = (1...40).map { Addresses.roman($0) }
    static let latinCapitals = (0..<26).map { String(UnicodeScalar(UInt8(65 + $0))) }
    static let latinSmall = (0..<26).map { String(UnicodeScalar(UInt8(97 + $0))) }

    /// The folding all marker and label comparisons use.
    public static func fold(_ s: String) -> String { MatchText(s, options: .lookalikes).string }
}
