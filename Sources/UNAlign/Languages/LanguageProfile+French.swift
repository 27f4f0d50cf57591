extension LanguageProfile {
    static let french = LanguageProfile(
        language: .fr,
        collationIgnoredPrefixes: [],
        usesIdeographicFullStops: false
    )
}
