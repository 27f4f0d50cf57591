extension LanguageProfile {
    static let russian = LanguageProfile(
        language: .ru,
        collationIgnoredPrefixes: [],
        usesIdeographicFullStops: false
    )
}
