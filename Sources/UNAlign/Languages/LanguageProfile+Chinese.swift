extension LanguageProfile {
    static let chinese = LanguageProfile(
        language: .zh,
        collationIgnoredPrefixes: [],
        usesIdeographicFullStops: true
    )
}
