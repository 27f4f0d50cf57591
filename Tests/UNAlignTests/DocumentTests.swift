import Foundation
import Testing
@testable import UNAlign

enum A75394 {
    static func document(_ l: Language) throws -> Document {
        try Document(contentsOfFile: Paths.corpus.appendingPathComponent("\(l.rawValue).md").path, language: l)
    }
    static func source(_ l: Language) throws -> String { try Paths.text(Paths.corpus.appendingPathComponent("\(l.rawValue).md")) }
}

@Suite("Document model")
struct DocumentTests {
    /// The structure of A/75/394, asserted from each of the six files.
    @Test(arguments: Language.allCases)
    func structureOfA75394(language: Language) throws {
        let doc = try A75394.document(language)
        let nodes = doc.nodes
        func count(_ k: NodeKind.Tag, under prefix: String? = nil) -> Int {
            nodes.filter { $0.tag == k && (prefix == nil || $0.address.rawValue.hasPrefix(prefix!)) }.count
        }
        #expect(doc.problems.isEmpty, "\(doc.problems)")
        #expect(count(.paragraph) == 18)
        #expect(nodes.filter { $0.tag == .paragraph }.map(\.address) == (1...18).map { Address("¶\($0)") })
        #expect(Set(nodes.filter { $0.tag == .subparagraph && $0.address.frame == nil }.map(\.address)) == ["¶10(a)", "¶10(b)", "¶10(c)"])
        #expect(count(.section) == 3)
        #expect(nodes.filter { $0.tag == .subsection }.map(\.address) == ["§II.A", "§II.B", "§II.C", "§II.D"])
        #expect(nodes.filter { $0.tag == .frame }.map(\.address) == ["DR-I", "DR-II", "DD-I", "DD-II"])
        #expect(count(.operative, under: "DR-I/") == 7)
        #expect(count(.operative, under: "DR-II/") == 5)
        #expect(count(.preambular, under: "DR-I/") == 16)
        #expect(count(.preambular, under: "DR-II/") == 22)
        #expect(Set(nodes.filter { $0.tag == .subparagraph && $0.address.frame == "DR-I" }.map(\.address)) == ["DR-I/op1(a)", "DR-I/op1(b)", "DR-I/op2(a)", "DR-I/op2(b)"])
        #expect(nodes.filter { $0.tag == .frameTitle }.count == 4)
        #expect(nodes.filter { $0.tag == .text && $0.address.frame?.hasPrefix("DD") == true }.map(\.address) == ["DD-I/p1", "DD-II/p1"])
        // Five recorded votes with three lists each, and two decisions adopted without a vote.
        let votes = nodes.filter { $0.tag == .vote }
        let recorded = votes.filter { $0.tally?.withoutVote == false }
        #expect(recorded.map(\.address) == ["¶6/vote", "¶9/vote", "¶10(a)/vote", "¶10(b)/vote", "¶10(c)/vote"])
        #expect(recorded.map { $0.tally!.description } == ["153-11-9", "57-31-63", "108-49-11", "92-52-24", "104-50-20"])
        for v in recorded {
            #expect(v.children.filter { $0.tag == .voteList }.map(\.side) == [.favour, .against, .abstain])
            #expect(v.children.filter { $0.tag == .voteList }.allSatisfy { !$0.pieces.isEmpty })
        }
        #expect(votes.filter { $0.tally?.withoutVote == true }.map(\.address) == ["¶13/vote", "¶16/vote"])
        // Every footnote, each attached to the node holding its reference.
        let notes = nodes.filter { $0.tag == .footnote }
        #expect(Set(notes.map(\.address)) == ["fn1", "fn2", "DR-I/fn1", "DR-I/fn2", "DR-I/fn3", "DR-II/fn1", "DR-II/fn2"])
        for n in notes {
            guard case .footnote(_, let ref) = n.kind else { Issue.record("\(n.address) has no footnote info"); continue }
            #expect(ref != nil, "\(n.address) not attached to its reference")
        }
    }

    @Test func sameAddressesInAllSixLanguages() throws {
        let zh = try A75394.document(.zh).nodes.map(\.address)
        for l in Language.allCases.dropFirst() {
            #expect(try A75394.document(l).nodes.map(\.address) == zh, "\(l)")
        }
    }

    /// The page-broken operative paragraph 1 of draft resolution II is one node in two pieces,
    /// its second half after the rule and the two footnotes.
    @Test func pageBrokenParagraphIsOneNode() throws {
        let doc = try A75394.document(.zh)
        let op1 = try #require(doc.node("DR-II/op1"))
        #expect(doc.text(of: op1).hasPrefix("1. 决定，"))
        #expect(doc.text(of: op1).hasSuffix("供大会以协商一致方式通过；"))
        #expect(doc.text(of: op1).contains("审议各国旨在确保信息和通信技术使用安全的举措"))
        #expect(doc.node("DR-II/fn1")!.range.start < op1.pieces.last!.start)
        // French ¶3 is split mid-sentence by a page break; its sentence spans both pieces.
        let fr = try A75394.document(.fr)
        let p3 = try #require(fr.node("¶3"))
        #expect(p3.pieces.count >= 2)
        #expect(p3.sentences.contains { $0.count >= 2 })
    }

    @Test func markersAndSentences() throws {
        let ar = try A75394.document(.ar)
        let p8 = try #require(ar.node("¶8"))
        #expect(ar.text.string(p8.marker!) .hasPrefix("٨"))
        let ru = try A75394.document(.ru)
        #expect(ru.text.string(ru.node("¶10(a)")!.marker!) == "а)")  // Cyrillic а, read as (a)
        let en = try A75394.document(.en)
        let p2 = try #require(en.node("¶2"))
        #expect(p2.sentences.count == 3)
        #expect(en.text(of: p2.sentences[0]).hasPrefix("2. At its 1st meeting"))
    }

    /// Sentence segmentation inside the parsed leaves, against the gold's one-sentence-per-line files.
    @Test(arguments: Language.allCases)
    func sentencesAgreeWithTheGold(language: Language) throws {
        let doc = try A75394.document(language)
        let ours = Set(doc.nodes.filter { $0.tag != .voteList }.flatMap { n in
            n.sentences.map { doc.text(of: $0).split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        })
        let gold = try Paths.text(Paths.corpus.appendingPathComponent("gold/\(language.rawValue).txt")).split(separator: "\n")
            .map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
            .filter { !$0.contains("、") && $0.filter { $0 == "," || $0 == "،" }.count < 8 }  // lists are not sentences here
        let found = gold.filter { ours.contains($0) }.count
        let agreement = Double(found) / Double(gold.count)
        print("gold sentences found as parsed sentences, \(language): \(found)/\(gold.count) = \(agreement)")
        for g in gold where !ours.contains(g) { print("  missed: \(g.prefix(100))") }
        #expect(agreement > 0.97)
    }
}
