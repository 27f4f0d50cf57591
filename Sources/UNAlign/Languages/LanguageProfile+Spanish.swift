extension LanguageProfile {
    static let spanish = LanguageProfile(
        language: .es,
        collationIgnoredPrefixes: [],
        usesIdeographicFullStops: false
    )
}
