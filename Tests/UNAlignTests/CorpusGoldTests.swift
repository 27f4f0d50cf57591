import Foundation
import Testing
@testable import UNAlign

/// The A/75/394 gold is complete: every sentence of every file is in exactly one bead of every
/// pair, and every unit the parser finds is in the unit gold, present in all six languages.
@Suite("Corpus gold")
struct CorpusGoldTests {
    static func lines(_ l: Language) throws -> [Substring] {
        try Paths.text(Paths.corpus.appendingPathComponent("gold/\(l.rawValue).txt")).split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    }

    @Test func everySentenceIsInExactlyOneBeadOfEveryPair() throws {
        let langs = Language.allCases
        for (i, a) in langs.enumerated() {
            for b in langs[(i + 1)...] {
                let beads = try Beads.read(Paths.corpus.appendingPathComponent("gold/\(a.rawValue)-\(b.rawValue).align").path)
                let na = try Self.lines(a).count, nb = try Self.lines(b).count
                #expect(beads.flatMap(\.source).sorted() == Array(0..<na), "\(a)-\(b): \(a) side")
                #expect(beads.flatMap(\.target).sorted() == Array(0..<nb), "\(a)-\(b): \(b) side")
                #expect(beads.allSatisfy { !$0.source.isEmpty || !$0.target.isEmpty })
            }
        }
    }

    @Test func everyParsedUnitIsInTheUnitGold() throws {
        var gold: [String: [Substring]] = [:]
        for line in try Paths.text(Paths.corpus.appendingPathComponent("gold/units.tsv")).split(separator: "\n").dropFirst() where !line.hasPrefix("#") {
            let f = line.split(separator: "\t")
            gold[String(f[0])] = Array(f.dropFirst(2))
        }
        for l in Language.allCases {
            let doc = try A75394.document(l)
            for n in doc.nodes where n.tag != .document && n.tally?.withoutVote != true {
                #expect(gold[n.address.rawValue] != nil, "\(l): \(n.address) not in units.tsv")
            }
        }
        #expect(gold.values.allSatisfy { $0.count == 6 && $0.allSatisfy { $0 == "1" } }, "a unit is missing in some language")
    }

    /// The 15 vote lists: the same countries in all six files, each list's count equal to the stated
    /// tally in every language, read from the files by the library.
    @Test func fifteenListsSameSetsAndTalliesFromTheFiles() throws {
        let docs = try Language.allCases.map { DocumentVotes(try A75394.document($0)) }
        let lists = docs[0].votes.flatMap(\.lists)
        #expect(lists.count == 15)
        for d in docs {
            for v in d.votes {
                for l in v.lists {
                    let zh = docs[0].votes.first { $0.address == v.address }?.list(l.side)
                    #expect(l.codes == zh?.codes, "\(d.language) \(l.address)")
                    #expect(l.countries.count == v.tally?.count(l.side), "\(d.language) \(l.address)")
                }
            }
        }
    }
}
