/// One list of a recorded vote (in favour, against, abstaining) read as countries.
public struct VoteList: Codable, Sendable {
    public let side: VoteSide
    public let address: Address
    public let countries: [CountryMention]
    public let unmatched: [UnmatchedName]
    public var codes: Set<String> { Set(countries.map(\.iso3)) }
}

/// What a careful editor checks in a vote, reported as data.
public enum VoteCheck: Hashable, Codable, Sendable, CustomStringConvertible {
    case countDiffersFromTally(side: VoteSide, listed: Int, stated: Int)
    case countryInTwoLists(iso3: String, sides: [VoteSide])
    case notACountry(side: VoteSide, surface: String, line: Int)
    case missingList(side: VoteSide)
    case noTally

    public var description: String {
        switch self {
        case .countDiffersFromTally(let s, let l, let t): "\(s.rawValue): \(l) countries listed, tally says \(t)"
        case .countryInTwoLists(let c, let s): "\(c) is in \(s.map(\.rawValue).joined(separator: " and "))"
        case .notACountry(let s, let n, let line): "\(s.rawValue): '\(n)' (line \(line)) is not a known country name"
        case .missingList(let s): "no \(s.rawValue) list"
        case .noTally: "no tally stated for this vote"
        }
    }
}

/// A recorded vote of one document: tally, lists as country codes, and its checks.
public struct RecordedVote: Codable, Sendable {
    public let address: Address
    public let tally: Tally?
    public let lists: [VoteList]
    public let checks: [VoteCheck]

    public func list(_ side: VoteSide) -> VoteList? { lists.first { $0.side == side } }
}

/// Countries named in running text as a list (`on behalf of Albania, Australia, … and the United States`).
public struct CountryList: Codable, Sendable {
    public let address: Address
    public let countries: [CountryMention]
}

/// The votes and country lists of one document.
public struct DocumentVotes: Codable, Sendable {
    public let source: String
    public let language: Language
    public let votes: [RecordedVote]
    /// Sponsor lists (`¶5/sponsors/main`, `¶5/sponsors/added`) and other country lists in paragraphs (`¶9/countries/1`).
    public let sponsors: [CountryList]

    public init(_ doc: Document, gazetteer: Gazetteer = .shared) {
        var reader = VoteReader(doc: doc, gazetteer: gazetteer)
        reader.walk(doc.root)
        let (votes, sponsors) = (reader.votes, reader.sponsors)
        source = doc.source
        language = doc.language
        self.votes = votes
        self.sponsors = sponsors
    }

    /// Reads the votes and country lists of a tree, wherever they are: in a paragraph, a turn of a
    /// record, a resolution of its own; sponsors in a sponsorship paragraph or a footnote.
    private struct VoteReader: DocumentWalker {
        let doc: Document
        let gazetteer: Gazetteer
        /// Made at the first paragraph or vote: a title page alone never loads the gazetteer.
        lazy var matcher = CountryMatcher(language: doc.language, gazetteer: gazetteer)
        var votes: [RecordedVote] = []
        var sponsors: [CountryList] = []

        mutating func visit(_ node: DocumentNode, depth: Int) -> Bool {
            switch node.kind {
            case .vote(let tally) where tally?.withoutVote != true:
                votes.append(DocumentVotes.read(node, doc, matcher))
                return false
            case .paragraph, .subparagraph, .footnote:
                let lists = matcher.runningLists(doc.text, node.pieces)
                guard !lists.isEmpty else { return true }
                // In a sponsorship paragraph the first list is the sponsors, the second those who joined.
                let folded = MatchText(doc.text(of: node)).string
                let sponsoring = LanguageProfile.of(doc.language).sponsorKeywords.contains { folded.contains(MatchText($0).string) }
                // A footnote's lists count only as sponsors (`sponsored by: …`, an older compilation's).
                if node.tag == .footnote && !sponsoring { return true }
                for (k, l) in lists.enumerated() {
                    let name: [Address.Component] = sponsoring
                        ? [.keyword(.sponsors), k == 0 ? .keyword(.main) : k == 1 ? .keyword(.added) : .other("list\(k + 1)")]
                        : [.keyword(.countries), .list(k + 1)]
                    sponsors.append(CountryList(address: Address(components: node.address.components + name), countries: l))
                }
                return true
            default:
                return true
            }
        }
    }

    fileprivate static func read(_ node: DocumentNode, _ doc: Document, _ matcher: CountryMatcher) -> RecordedVote {
        var lists: [VoteList] = []
        var checks: [VoteCheck] = []
        for l in node.children where l.tag == .voteList {
            guard let side = l.side else { continue }
            let (countries, unmatched) = matcher.matchList(doc.text, l.pieces)
            lists.append(VoteList(side: side, address: l.address, countries: countries, unmatched: unmatched))
            for u in unmatched { checks.append(.notACountry(side: side, surface: u.surface, line: doc.line(of: u.ranges.first?.start ?? 0))) }
        }
        let tally = node.tally
        if tally == nil { checks.append(.noTally) }
        for side in VoteSide.allCases {
            guard let list = lists.first(where: { $0.side == side }) else {
                if (tally?.count(side) ?? 0) > 0 { checks.append(.missingList(side: side)) }
                continue
            }
            if let stated = tally?.count(side), stated != list.countries.count {
                checks.append(.countDiffersFromTally(side: side, listed: list.countries.count, stated: stated))
            }
        }
        var sidesOf: [String: [VoteSide]] = [:]
        for l in lists { for c in l.countries { sidesOf[c.iso3, default: []].append(l.side) } }
        for (c, s) in sidesOf.sorted(by: { $0.key < $1.key }) where s.count > 1 {
            checks.append(.countryInTwoLists(iso3: c, sides: s))
        }
        return RecordedVote(address: node.address, tally: tally, lists: lists, checks: checks)
    }
}

/// Votes aligned across language versions by country identity: the same vote (by address), the
/// same side, the same ISO code, whatever each language's alphabetical order.
public struct VoteAlignment: Codable, Sendable {
    /// One country in one list, with its surface form and source ranges in each language.
    public struct Row: Codable, Sendable {
        public let address: Address
        public let iso3: String
        public let mentions: [Language: CountryMention]
    }

    public enum Discrepancy: Hashable, Codable, Sendable, CustomStringConvertible {
        case voteMissing(address: Address, in: [Language])
        case tallyDiffers(address: Address, tallies: [String])
        case listDiffers(address: Address, language: Language, missing: [String], extra: [String])

        public var description: String {
            switch self {
            case .voteMissing(let a, let l): "\(a): missing in \(l.map(\.rawValue).joined(separator: ", "))"
            case .tallyDiffers(let a, let t): "\(a): tallies differ: \(t.joined(separator: " / "))"
            case .listDiffers(let a, let l, let m, let e):
                "\(a) [\(l.rawValue)]: " + (m.isEmpty ? "" : "missing \(m.joined(separator: " "))") + (e.isEmpty ? "" : " extra \(e.joined(separator: " "))")
            }
        }
    }

    public let languages: [Language]
    public let documents: [DocumentVotes]
    public let rows: [Row]
    public let discrepancies: [Discrepancy]

    public init(_ documents: [DocumentVotes]) {
        self.documents = documents
        languages = documents.map(\.language)
        var rows: [Row] = []
        var discrepancies: [Discrepancy] = []
        var addresses: [Address] = []
        for d in documents { for v in d.votes where !addresses.contains(v.address) { addresses.append(v.address) } }
        for a in addresses {
            let votes = documents.map { d in d.votes.first { $0.address == a } }
            let absent = zip(documents, votes).filter { $0.1 == nil }.map { $0.0.language }
            if !absent.isEmpty { discrepancies.append(.voteMissing(address: a, in: absent)) }
            let tallies = Set(votes.compactMap { $0?.tally?.description })
            if tallies.count > 1 { discrepancies.append(.tallyDiffers(address: a, tallies: tallies.sorted())) }
            for side in VoteSide.allCases {
                let lists = votes.map { $0?.list(side) }
                guard let listAddress = lists.compactMap({ $0?.address }).first else { continue }
                // The reference set is the first version's (the pivot), or else the first that has the list.
                guard let reference = lists.compactMap({ $0 }).first?.codes else { continue }
                for (d, l) in zip(documents, lists).dropFirst(lists.first! == nil ? 0 : 1) {
                    guard let l else { continue }
                    let missing = reference.subtracting(l.codes).sorted(), extra = l.codes.subtracting(reference).sorted()
                    if !missing.isEmpty || !extra.isEmpty {
                        discrepancies.append(.listDiffers(address: listAddress, language: d.language, missing: missing, extra: extra))
                    }
                }
                // Rows in the order of the first language's list.
                var order: [String] = []
                for l in lists.compactMap({ $0 }) { for c in l.countries where !order.contains(c.iso3) { order.append(c.iso3) } }
                for code in order {
                    var m: [Language: CountryMention] = [:]
                    for (d, l) in zip(documents, lists) { if let c = l?.countries.first(where: { $0.iso3 == code }) { m[d.language] = c } }
                    rows.append(Row(address: listAddress, iso3: code, mentions: m))
                }
            }
        }
        self.rows = rows
        self.discrepancies = discrepancies
    }
}
