import CICUShim

/// A country or territory name as the gazetteer knows it.
public struct CountryName: Hashable, Codable, Sendable {
    public enum Kind: String, Codable, Sendable {
        case short, formal, m49, historical, alias, cldr
        /// Lower wins when two names of the same length match.
        var priority: Int {
            switch self {
            case .short: 0
            case .formal: 1
            case .historical: 2
            case .m49: 3
            case .alias: 4
            case .cldr: 5
            }
        }
    }
    public let iso3: String
    public let language: Language
    public let kind: Kind
    public let name: String
    /// Years of use where known (`1977`...`2011` for Libyan Arab Jamahiriya).
    public let from: String?
    public let to: String?
}

/// Country names in the six languages, keyed by ISO 3166 alpha-3: the generated resource
/// `gazetteer.tsv` (UN short, formal and M49 names, dated historical names, the project's aliases;
/// see `Scripts/build_gazetteer.py` for sources) plus CLDR names from ICU as lowest-priority aliases.
public final class Gazetteer: Sendable {
    public static let shared = Gazetteer()

    /// The gazetteer's own names, every language, and their codes: read at the first question
    /// (a document with no paragraph never needs them).
    private let listed: Once<(names: [CountryName], codes: Set<String>)>
    private let includeCLDR: Bool
    /// A language's names, index and short names, built when the language is first matched.
    private let byLanguage: PerLanguage<(names: [CountryName], index: NameIndex, short: [String: String])>

    public init(includeCLDR: Bool = true) {
        let listed = Once<(names: [CountryName], codes: Set<String>)> {
            var names: [CountryName] = []
            for r in LanguageData.rows("gazetteer.tsv") where r.count >= 4 {
                guard let lang = Language(rawValue: String(r[1])), let kind = CountryName.Kind(rawValue: String(r[2])) else { continue }
                let from = r.count > 4 && !r[4].isEmpty ? String(r[4]) : nil
                let to = r.count > 5 && !r[5].isEmpty ? String(r[5]) : nil
                names.append(CountryName(iso3: String(r[0]), language: lang, kind: kind, name: String(r[3]), from: from, to: to))
            }
            return (names, Set(names.map(\.iso3)))
        }
        self.listed = listed
        self.includeCLDR = includeCLDR
        byLanguage = PerLanguage { l in
            let (names, codes) = listed.value
            var ofLanguage = names.filter { $0.language == l }
            if includeCLDR { ofLanguage += Gazetteer.cldrNames(known: codes, in: l) }
            var short: [String: String] = [:]
            for n in ofLanguage where n.kind == .short { short[n.iso3] = n.name }
            return (ofLanguage, NameIndex(ofLanguage, language: l), short)
        }
    }

    /// Every name, in every language: the gazetteer's, then ICU's CLDR names where included.
    public var names: [CountryName] {
        listed.value.names + (includeCLDR ? Language.allCases.flatMap { byLanguage[$0].names.filter { $0.kind == .cldr } } : [])
    }

    /// The current UN short name of a country in a language.
    public func shortName(_ iso3: String, in language: Language) -> String? { byLanguage[language].short[iso3] }

    func index(_ language: Language) -> NameIndex { byLanguage[language].index }

    /// CLDR territory names (`英国`, `North Korea`): common names, not UN names.
    private static func cldrNames(known: Set<String>, in l: Language) -> [CountryName] {
        var out: [CountryName] = []
        var buf = [UInt16](repeating: 0, count: 128)
        for (code, iso3) in regionCodes where known.contains(iso3) {
            var status: Int32 = 0
            let n = Int(ua_region_display_name(code, l.rawValue, &buf, Int32(buf.count), &status))
            guard ua_failed(status) == 0, n > 0, n <= buf.count else { continue }
            let name = String(decoding: buf[0..<n], as: UTF16.self)
            if name != code { out.append(CountryName(iso3: iso3, language: l, kind: .cldr, name: name, from: nil, to: nil)) }
        }
        return out
    }

    /// ICU's two-letter region codes with their alpha-3 codes (AA to ZZ), asked once.
    private static let regionCodes: [(String, String)] = (65...90).flatMap { a in
        (65...90).compactMap { b -> (String, String)? in
            let code = String(UnicodeScalar(UInt8(a))) + String(UnicodeScalar(UInt8(b)))
            let iso3 = String(cString: ua_region_iso3(code))
            return iso3.count == 3 ? (code, iso3) : nil
        }
    }
}
