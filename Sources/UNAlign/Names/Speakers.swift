/// The speakers of a meeting record with their countries read through the gazetteer: the name of a
/// delegate is transliterated differently in every language, the country is the same country.
public struct DocumentSpeakers: Codable, Sendable {
    public struct Speaker: Codable, Sendable, Hashable {
        /// The turn's speaker label: `T3/speaker`.
        public let address: Address
        /// The label as written (`Mr. Ortega Ruiz (Mexico):`).
        public let label: String
        /// ISO 3166 alpha-3 of the country in brackets, nil for a presiding officer or an unknown name.
        public let country: String?
    }

    public let speakers: [Speaker]

    public init(_ doc: Document, gazetteer: Gazetteer = .shared) {
        let matcher = CountryMatcher(language: doc.language, gazetteer: gazetteer)
        var out: [Speaker] = []
        doc.root.walk { n in
            guard case .speaker(let range) = n.kind else { return true }
            let country = range.flatMap { matcher.find(doc.text, [$0]).first?.iso3 }
            out.append(Speaker(address: n.address, label: doc.text(of: n), country: country))
            return false
        }
        speakers = out
    }
}
