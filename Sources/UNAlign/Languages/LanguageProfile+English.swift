extension LanguageProfile {
    static let english = LanguageProfile(
        language: .en,
        collationIgnoredPrefixes: [],
        usesIdeographicFullStops: false
    )
}
