import Foundation
import Testing
@testable import UNAlign

/// Real treaty text: the Charter of the United Nations, chapters I–III, in English, Chinese and
/// Spanish (`../shared/corpora/un-charter-ch1-3/`): chapters, articles, paragraphs numbered per article.
@Suite("Treaties and the 2030 Agenda")
struct TreatyTests {
    static let charter = Paths.shared.appendingPathComponent("corpora/un-charter-ch1-3")
    static let sdg = Paths.shared.appendingPathComponent("corpora/sdg-goals-targets")

    static func charter(_ l: Language) throws -> Document {
        try Document(contentsOfFile: charter.appendingPathComponent("\(l.rawValue).md").path, language: l)
    }

    /// The paragraphs of each article, as the gold says (the same in the three versions).
    static let paragraphsPerArticle = [1: 4, 2: 7, 3: 0, 4: 2, 5: 0, 6: 0, 7: 2, 8: 0]

    @Test(arguments: [Language.en, .zh, .es])
    func chaptersArticlesAndParagraphs(_ l: Language) throws {
        let doc = try Self.charter(l)
        #expect(doc.kind == .treaty)
        #expect(doc.problems.isEmpty, "\(doc.problems)")
        let nodes = doc.nodes
        #expect(nodes.filter { if case .division(.chapter, _) = $0.kind { true } else { false } }.map(\.address) == ["CH-I", "CH-II", "CH-III"])
        #expect(nodes.filter { if case .division(.article, _) = $0.kind { true } else { false } }.map(\.address) == (1...8).map { Address("ART-\($0)") })
        for (article, count) in Self.paragraphsPerArticle {
            let numbered = nodes.filter { $0.tag == .paragraph && $0.address.components.first == .division(.article, article) }
            #expect(numbered.map(\.address) == (0..<count).map { Address("ART-\(article)/¶\($0 + 1)") }, "article \(article)")
        }
        // `第二条` and `Article 2` alone on their line are the heading; the article's text is its own node.
        let a2 = try #require(doc.node("ART-2"))
        #expect(doc.text(of: a2).count < 12)
        LosslessTests.checkLossless(doc, "charter \(l)")
    }

    @Test func sameAddressesInTheThreeVersions() throws {
        let en = try Self.charter(.en).nodes.map(\.address)
        #expect(try Self.charter(.zh).nodes.map(\.address) == en)
        #expect(try Self.charter(.es).nodes.map(\.address) == en)
    }

    /// Aligned article by article: every unit pairs with the unit of the same address, and the
    /// numbers agree (`第一百一十条` is Article 110, `一九四二年一月一日` is 1 January 1942).
    @Test func alignedArticleByArticle() throws {
        let a = try Aligner().align([try Self.charter(.en), try Self.charter(.zh), try Self.charter(.es)])
        #expect(a.discrepancies.isEmpty, "\(a.discrepancies)")
        for u in a.units {
            #expect(u.sides.count == 3, "\(u.address) is not in all three")
            for (l, side) in u.sides { #expect(side.address == u.address, "\(u.address) [\(l)] is \(side.address)") }
        }
        #expect(a.units.filter { $0.address.components.count == 1 && $0.address.rawValue.hasPrefix("ART-") }.count == 8)
    }

    /// The targets of the 2030 Agenda written as in resolution 70/1 (`1. End poverty…`, then
    /// `1.1 By 2030…`, `1.a Ensure…`) give compound labels that align across the six languages.
    static func agenda(_ l: Language) throws -> (Document, [String]) {
        func entries(_ file: String) throws -> [String: String] {
            var out: [String: String] = [:]
            var key: String?
            for line in try Paths.text(sdg.appendingPathComponent("\(l.rawValue).\(file).yml")).split(separator: "\n", omittingEmptySubsequences: false) {
                if let colon = line.firstIndex(of: ":"), !line.hasPrefix(" "), line[..<colon].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }) {
                    key = String(line[..<colon])
                    out[key!] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
                } else if let k = key, !line.trimmingCharacters(in: .whitespaces).isEmpty {
                    out[k]! += " " + line.trimmingCharacters(in: .whitespaces)
                }
            }
            return out
        }
        let goals = try entries("global_goals"), targets = try entries("global_targets")
        var text = "Transforming our world: the 2030 Agenda for Sustainable Development\n\n"
        var labels: [String] = []
        for g in 1...17 {
            // The goal's number as the language writes a paragraph number (`1.`, Arabic `1 -`).
            let terminator = LanguageProfile.of(l).paragraphNumberTerminators[0]
            text += "\(g)\(terminator == "." ? "." : " " + terminator) \(goals["\(g)-title"]!)\n\n"
            // Targets 1.1, 1.2 … then 1.a, 1.b …
            func order(_ t: String) -> Int { Int(t) ?? (1000 + Int(t.unicodeScalars.first!.value)) }
            let prefix = "\(g)-"
            let mine: [String] = targets.keys.filter { $0.hasPrefix(prefix) && $0.hasSuffix("-title") }
                .map { String($0.dropFirst(prefix.count).dropLast("-title".count)) }
                .sorted { order($0) < order($1) }
            for t in mine {
                text += "\(g).\(t) \(targets["\(g)-\(t)-title"]!)\n\n"
                labels.append("\(g).\(t)")
            }
        }
        return (try Document(text: text, language: l, source: "2030 Agenda (\(l))"), labels)
    }

    @Test func targetsHaveCompoundLabelsInSixLanguages() throws {
        let (en, labels) = try Self.agenda(.en)
        #expect(labels.count == 169)
        let items = en.nodes.filter { $0.tag == .item }.map(\.address)
        #expect(items == labels.map { Address("¶" + $0) })
        #expect(en.nodes.filter { $0.tag == .paragraph }.count == 17)
        for l in Language.allCases where l != .en {
            let (doc, _) = try Self.agenda(l)
            let mine = doc.nodes.map(\.address), theirs = en.nodes.map(\.address)
            let first = Array(zip(mine, theirs)).firstIndex { $0 != $1 }
            #expect(mine == theirs, "\(l): \(first.map { "\(mine[$0]) for \(theirs[$0])" } ?? "lengths \(mine.count) \(theirs.count)")")
            LosslessTests.checkLossless(doc, "2030 Agenda \(l)")
        }
        let a = try Aligner().align([en, try Self.agenda(.zh).0, try Self.agenda(.ar).0])
        #expect(a.units.filter { $0.sides.count == 3 && $0.address.rawValue.contains(".") }.count == 169)
    }
}
