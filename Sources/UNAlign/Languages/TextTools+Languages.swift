/// The text tools set up from a language's table: `Text/` knows no table, the tables know the tools.
extension Collator {
    /// Sort keys in the language's alphabetical order (Chinese by pinyin, Arabic without `ال`).
    public convenience init(language: Language) {
        let p = LanguageProfile.of(language)
        self.init(language: language, locale: p.collationLocale ?? language.icuLocale, ignoredPrefixes: p.collationIgnoredPrefixes)
    }
}

extension SentenceSegmenter {
    public convenience init(language: Language) {
        self.init(language: language, ideographicStops: LanguageProfile.of(language).usesIdeographicFullStops)
    }
}
