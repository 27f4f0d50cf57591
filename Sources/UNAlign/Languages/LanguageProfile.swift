/// Everything that differs between languages, as data: one table per language
/// (`LanguageProfile+Chinese.swift`, ...). Adding a language means adding a table.
///
/// Marker and label strings are written as the documents write them; they are compared after
/// `LanguageProfile.fold` (case, diacritics, harakat, full-width and Cyrillic look-alikes folded),
/// so `А.` (Cyrillic) matches `A.` and `ثانياً` matches `ثانيا`.
public enum WordSegmentation: Sendable { case spaces, dictionary }
public enum NameTokens: Sendable { case words, perHanCharacter }

public struct LanguageProfile: Sendable {
    public let language: Language
    /// Articles the language's alphabetical lists ignore (Arabic `ال`).
    public var collationIgnoredPrefixes: [String] = []
    /// Sentences end at `。！？` whatever follows (ICU misses `。「`).
    public var usesIdeographicFullStops = false
    /// How words are found: between spaces, or by dictionary (ICU's Chinese word break).
    public var wordSegmentation: WordSegmentation = .spaces
    /// How a country name is cut into tokens for matching: words, or one token per Han character.
    public var nameTokens: NameTokens = .words
    /// Words in the Latin alphabet are English (in English, and inside Chinese text): stemmed with
    /// the English stemmer for word evidence.
    public var latinWordsAreEnglish = false
    /// The language's function words are English ones (`the`, `of`): left out of word evidence.
    public var usesEnglishStopwords = false
    /// Latin letters in this language's text are names, acronyms and symbols carried over from the
    /// other versions as they are (`A/75/394`, `COVID-19`, `Grad`): the length model counts them,
    /// like digits, as characters that cross translation unchanged.
    public var latinLettersAreCarriedOver = false
    /// Words of a language alphabet shorter than this carry no evidence (function words).
    public var minimumWordLength = 3
    /// The ICU collation locale of the language's alphabetical lists (default: the language code).
    public var collationLocale: String? = nil
    /// Frequent words only this language of its script uses, for telling it from the others.
    public var detectionWords: [String] = []

    /// Section ordinals in order (`I`, `II`... / `一`, `二`... / `أولا`, `ثانيا`...).
    public var sectionOrdinals: [String] = LanguageProfile.romanNumerals
    /// Lettered subsection markers in order (`A`, `B`... / `ألف`, `باء`...).
    public var subsectionLetters: [String] = LanguageProfile.latinCapitals
    /// What follows a section or subsection marker: `.` (`I.`), `、` (`一、`), `-` (`أولا -`).
    public var headingTerminators: [String] = ["."]
    /// What follows a paragraph number: `1.` / `1 -`.
    public var paragraphNumberTerminators: [String] = ["."]
    /// Whether a space must follow a paragraph number (`1. Text`; Chinese writes `1．文本`).
    public var paragraphNumberNeedsSpace = true
    /// Whether a space must follow a heading marker (`I. Introduction`; Chinese writes `一、导言`).
    public var headingMarkerNeedsSpace = true
    /// Sub-paragraph letters in order (`a`, `b`... / abjad `أ`, `ب`, `ج`...).
    public var listLetters: [String] = LanguageProfile.latinSmall

    /// Frame headings: kind and the words before the ordinal (`Draft resolution` + `I`).
    public var frameHeadings: [(FrameKind, String)] = []
    /// Ordinals after a frame heading word, in order.
    public var frameOrdinals: [String] = LanguageProfile.romanNumerals
    /// Whether the ordinal follows the heading word with a space (`Draft resolution I`; not `决议草案一`).
    public var frameOrdinalNeedsSpace = true

    /// The script runs right to left (shown so on the review page).
    public var rightToLeft = false

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
    public var listSeparators: [String] = [",", ";"]
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
    /// What a word's stems are found by: each way of taking off one of these prefixes or
    /// endings (or one of each) gives a stem, which the words learned from a first pass link for
    /// every form of the word at once (`организаци-я`, `организаци-и`; `ال-قرار`, `و-قرار`).
    /// A stem shorter than `minimumStemLength` letters is not made (`дел-а`, `дел-о` are two words).
    public var stemPrefixes: [String] = []
    public var stemEndings: [String] = []
    public var minimumStemLength = 4
    /// A word with none of the affixes is a stem too: where the base form has no ending
    /// (`résolution`, `résolution-s`; `قرار`, `ال-قرار`), not where nearly every form has one.
    public var bareWordIsAStem = false
    /// The resource mapping the language's words to English words (`Scripts/`): English is the
    /// shared vocabulary of word evidence, so two versions in any two languages meet through it
    /// (French–Spanish, Chinese–Russian). Headwords are matched as the text is folded, and by
    /// their stems where a word is not a headword as it stands.
    public var englishLexicon: String? = nil

    // MARK: Kinds of document (`../shared/design/document-kinds.md`)

    /// Lower-case starts of paragraphs are normal (Russian preambular and operative paragraphs:
    /// `ссылаясь на`, `1. постановляет`), so a lower-case line is no sign that a page break cut
    /// the paragraph above it.
    public var paragraphsMayStartLowercase = false
    /// The words that open a resolution's preambular paragraphs (`Recalling`, `Deeply concerned`,
    /// `Rappelant`, `ссылаясь на`): where a PDF lost the blank line between two of them, or the
    /// letters of a list inside one, they tell where a paragraph begins.
    public var preambularOpeners: [String] = []
    /// Intros of an adopted resolution or a draft: "The General Assembly,", "The Security Council,".
    public var resolutionIntros: [String] = []
    /// The heading that opens an adopted resolution (prefix): "Resolution adopted by the General Assembly".
    public var adoptionHeadings: [String] = []
    /// The closing line of an adopted resolution, regular expressions over folded text:
    /// `^\d+(st|nd|rd|th) plenary meeting$`.
    public var closingLinePatterns: [String] = []
    /// Treaty and declaration headings: the division and its form, `{n}` where the ordinal goes
    /// (`Article {n}`, `第{n}条`, `{n} partie`, `المادة {n}`); a form without `{n}` is unnumbered (`Preamble`).
    public var divisionHeadings: [(DivisionKind, String)] = []
    /// Ordinals written as words, first = 1, each entry all the forms of one number
    /// (`premier`/`première`; `الأول`/`الأولى`).
    public var ordinalWords: [[String]] = []
    /// Presiding officers in a meeting record, as the speaker line writes them: "The President", "The Chair".
    public var presidingOfficers: [String] = []
    /// Honorifics before a speaker's name ("Mr.", "Ms.") or, where `honorificsFollowName`, after it (`先生`).
    public var honorifics: [String] = []
    public var honorificsFollowName = false
    /// Headings and phrases may close their line instead of opening it (Chinese writes the date
    /// first: `2025年11月26日大会通过的决议`, `…给秘书长的信`, `…信的附件`, `上午10时开会。`).
    public var phrasesEndTheirLine = false
    /// A treaty's division heading may run on into its first paragraph without a separator
    /// (`第二条 为求实现…`).
    public var divisionHeadingsRunOn = false
    /// Interpretation notes in a record, regular expressions over folded text: `^\(spoke in \w+\)$`.
    public var interpretationNotePatterns: [String] = []
    /// The opening and closing lines of a meeting (prefixes): "The meeting was called to order", "The meeting rose".
    public var meetingOpenings: [String] = []
    public var meetingClosings: [String] = []
    /// Words of a letter's title ("Letter dated", "Note verbale dated") and its signature mark ("(Signed)").
    public var letterTitleWords: [String] = []
    public var signatureMarks: [String] = []
    /// The heading of a letter's annex where it is not the annex word of a frame (`مرفق الرسالة`).
    public var letterAnnexWords: [String] = []
    /// Words of a report's title that make it a report of the Secretary-General or of a body.
    public var reportTitleWords: [String] = []
    /// The heading of a table of contents (furniture) and of a summary box.
    public var contentsHeadings: [String] = []
    public var summaryHeadings: [String] = []
    /// A table's caption word, before its number: "Table", "Tableau", "表".
    public var tableCaptions: [String] = []
    /// Words after which a bare number is a number, not a footnote mark (`paragraphs 1 to 10`, `No. 39`).
    public var numberTakingWords: [String] = []
    /// Numbers written in numerals that are words (Chinese `第一百一十条`, `一月一日`) are read as numbers before these
    /// characters; `年` only for a year written digit by digit (`一九四二年`).
    public var numeralSuffixes: [String] = []
    /// What follows an afternoon hour written on the twelve-hour clock (`1 p.m.`): the anchor check
    /// reads it as the 24-hour figure the other languages write (`13 heures`).
    public var afternoonMarkers: [String] = []
    /// The same written before the hour (`下午1时`).
    public var afternoonPrefixes: [String] = []
    /// Endings written right after a figure that make it an ordinal (`5th`, `2e`, `1ª`): such a
    /// figure is no footnote mark fused with the next word.
    public var ordinalSuffixes: [String] = []
    /// Words after which a figure is a quantity, not a footnote mark (`1 to 10`, `3 per cent`).
    public var quantityWords: [String] = []
    /// Counts written as words in a tally (`by 150 votes to none`, `contre une`), 0 first.
    public var countWords: [[String]] = []

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

    static let romanNumerals = (1...40).map { Numerals.roman($0) }
    static let latinCapitals = (0..<26).map { String(UnicodeScalar(UInt8(65 + $0))) }
    static let latinSmall = (0..<26).map { String(UnicodeScalar(UInt8(97 + $0))) }

    /// The folding all marker and label comparisons use.
    public static func fold(_ s: String) -> String { MatchText(s, options: .lookalikes).string }
}
