import Foundation
import Testing
@testable import UNAlign

@Suite("Names and votes")
struct VoteTests {
    static let all: [DocumentVotes] = Language.allCases.map { DocumentVotes(try! A75394.document($0)) }

    /// Gold: `Corpora/A-75-394/gold/countries.tsv`, one row per country per list.
    static func gold() throws -> [String: Set<String>] {
        var g: [String: Set<String>] = [:]
        for line in try Paths.text(Paths.corpus.appendingPathComponent("gold/countries.tsv")).split(separator: "\n") where !line.hasPrefix("#") && !line.hasPrefix("address") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            if f.count > 2 { g[String(f[0]), default: []].insert(String(f[1])) }
        }
        return g
    }

    @Test func fiveVotesEveryCountEqualsItsTallyInSixLanguages() {
        for d in Self.all {
            #expect(d.votes.map(\.address) == ["¶6/vote", "¶9/vote", "¶10(a)/vote", "¶10(b)/vote", "¶10(c)/vote"], "\(d.language)")
            for v in d.votes {
                #expect(v.checks.isEmpty, "\(d.language) \(v.address): \(v.checks)")
                for side in VoteSide.allCases {
                    #expect(v.list(side)?.countries.count == v.tally?.count(side), "\(d.language) \(v.address) \(side)")
                    #expect(v.list(side)?.unmatched.isEmpty == true)
                }
            }
        }
    }

    @Test func everyCountryAlignedInAllSixLanguagesAsInTheGold() throws {
        let a = VoteAlignment(Self.all)
        #expect(a.discrepancies.isEmpty, "\(a.discrepancies)")
        #expect(a.rows.count == 834)
        #expect(a.rows.allSatisfy { $0.mentions.count == 6 })
        let gold = try Self.gold()
        for d in Self.all {
            for v in d.votes { for l in v.lists { #expect(l.codes == gold[l.address.rawValue], "\(d.language) \(l.address)") } }
        }
        // Each surface form is the language's own: Iran in the Arabic inverted form, the Russian list in Russian.
        let iran = try #require(a.rows.first { $0.address == "¶6/vote/against" && $0.iso3 == "IRN" })
        #expect(iran.mentions[.ar]?.surface == "إيران (جمهورية - الإسلامية)")
        #expect(iran.mentions[.zh]?.surface == "伊朗伊斯兰共和国")
        #expect(iran.mentions[.fr]?.surface == "Iran (République islamique d’)" || iran.mentions[.fr]?.surface == "Iran (République islamique d')")
    }

    /// 伊朗 / 伊斯兰共和国 across a page break in the ¶9 against-list is one country, in two ranges.
    @Test func pageBrokenNameIsOneCountry() throws {
        let zh = Self.all[0]
        let against = try #require(zh.votes.first { $0.address == "¶9/vote" }?.list(.against))
        let iran = try #require(against.countries.first { $0.iso3 == "IRN" })
        #expect(iran.ranges.count == 2)
        #expect(iran.surface.replacingOccurrences(of: " ", with: "") == "伊朗伊斯兰共和国")
        // The English copy breaks "Iran (Islamic / Republic of)" the same way.
        let en = try #require(Self.all[1].votes.first { $0.address == "¶9/vote" }?.list(.against)?.countries.first { $0.iso3 == "IRN" })
        #expect(en.ranges.count == 2)
    }

    @Test func sponsorListsRecoveredInEveryLanguage() throws {
        let gold = try Self.gold()
        for d in Self.all {
            let counts = d.sponsors.filter { $0.address.rawValue.contains("sponsors") }.map { "\($0.address)=\($0.countries.count)" }
            #expect(counts == ["¶5/sponsors/main=45", "¶5/sponsors/added=9", "¶7/sponsors/main=18", "¶7/sponsors/added=9"], "\(d.language)")
            for s in d.sponsors where gold[s.address.rawValue] != nil {
                #expect(Set(s.countries.map(\.iso3)) == gold[s.address.rawValue], "\(d.language) \(s.address)")
            }
            #expect(d.sponsors.contains { $0.address == "¶9/countries/1" && Set($0.countries.map(\.iso3)) == ["RUS", "CUB"] })
        }
    }

    /// A 2005-style document with that year's names and the label and list on one line.
    @Test(arguments: [
        (Language.en, """
            ## I. Introduction

            1. At its 30th meeting, the Committee adopted the draft resolution by a recorded vote of 6 to 2, with 2 abstentions. The voting was as follows:

            In favour: Czech Republic, Libyan Arab Jamahiriya, Serbia and Montenegro, Swaziland, the former Yugoslav Republic of Macedonia, Turkey.

            Against: Burma, Zaire.

            Abstaining: Netherlands, Iran (Islamic Republic of).
            """),
        (.fr, """
            ## I. Introduction

            1. À sa 30e séance, la Commission a adopté le projet de résolution par 6 voix contre 2, avec 2 abstentions. Les voix se sont réparties comme suit :

            Ont voté pour : ex-République yougoslave de Macédoine, Jamahiriya arabe libyenne, République tchèque, Serbie-et-Monténégro, Swaziland, Turquie.

            Ont voté contre : Birmanie, Zaïre.

            Se sont abstenus : Iran (République islamique d’), Pays-Bas.
            """),
        (.zh, """
            ## 一. 导言

            1. 在第30次会议上，委员会以6票对2票、2票弃权的记录表决通过了决议草案。表决情况如下：

            赞成：捷克共和国、阿拉伯利比亚民众国、塞尔维亚和黑山、斯威士兰、前南斯拉夫的马其顿共和国、土耳其。

            反对：缅甸、扎伊尔。

            弃权：荷兰、伊朗伊斯兰共和国。
            """),
        (.ru, """
            ## I. Введение

            1. На своем 30-м заседании Комитет принял проект резолюции 6 голосами против 2 при 2 воздержавшихся. Голоса распределились следующим образом:

            Голосовали за: бывшая югославская Республика Македония, Ливийская Арабская Джамахирия, Свазиленд, Сербия и Черногория, Турция, Чешская Республика.

            Голосовали против: Бирма, Заир.

            Воздержались: Иран (Исламская Республика), Нидерланды.
            """),
    ])
    func documentFromAnotherYear(language: Language, text: String) throws {
        let doc = try Document(text: text, language: language, source: "2005-\(language)")
        let votes = DocumentVotes(doc)
        let v = try #require(votes.votes.first)
        #expect(v.checks.isEmpty, "\(v.checks)")
        #expect(v.list(.favour)?.codes == ["CZE", "LBY", "SRB", "SWZ", "MKD", "TUR"])
        #expect(v.list(.against)?.codes == ["MMR", "COD"])
        #expect(v.list(.abstain)?.codes == ["NLD", "IRN"])
        #expect(v.list(.favour)?.countries.first { $0.iso3 == "LBY" }?.kind != .short)
    }

    @Test func namesThatAreNotCountriesAreReportedNotDropped() throws {
        let text = """
            1. The draft resolution was adopted by a recorded vote of 3 to 0, with 0 abstentions. The voting was as follows:

            In favour: Albania, Atlantis, Zambia.
            """
        let v = try #require(DocumentVotes(try Document(text: text, language: .en)).votes.first)
        #expect(v.list(.favour)?.codes == ["ALB", "ZMB"])
        #expect(v.list(.favour)?.unmatched.map(\.surface) == ["Atlantis"])
        #expect(v.checks.contains(.countDiffersFromTally(side: .favour, listed: 2, stated: 3)))
        #expect(v.checks.contains { if case .notACountry(_, "Atlantis", 3) = $0 { true } else { false } })
    }

    @Test func countryInTwoListsAndSetsThatDiffer() throws {
        func doc(_ l: Language, _ body: String) throws -> DocumentVotes {
            DocumentVotes(try Document(text: "1. Adopted by a recorded vote of 2 to 1, with 0 abstentions.\n\n" + body, language: l))
        }
        let en = try doc(.en, "In favour: Albania, Chile.\n\nAgainst: Chile.")
        #expect(en.votes[0].checks.contains(.countryInTwoLists(iso3: "CHL", sides: [.favour, .against])))
        let en2 = try doc(.en, "In favour: Albania, Peru.\n\nAgainst: Chile.")
        let a = VoteAlignment([try doc(.en, "In favour: Albania, Chile.\n\nAgainst: Peru."), en2, try doc(.en, "In favour: Albania, Chile.\n\nAgainst: Peru.")])
        #expect(a.discrepancies.contains(.listDiffers(address: "¶1/vote/favour", language: .en, missing: ["CHL"], extra: ["PER"])))
    }
}
