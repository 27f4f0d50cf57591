extension LanguageProfile {
    static let arabic = LanguageProfile(
        language: .ar,
        collationIgnoredPrefixes: ["ال"],
        usesIdeographicFullStops: false
    )
}
