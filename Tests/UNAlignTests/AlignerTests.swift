import Foundation
import Testing
@testable import UNAlign

/// The aligner on A/75/394, checked against the corpus gold.
@Suite("Aligner on A/75/394")
struct AlignerTests {
    static let docs: [Language: Document] = Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0, try! A75394.document($0)) })

    /// A note call stays in its sentence: French puts it before the full stop (`10 novembre¹.`),
    /// where it is inside the sentence's span, not after the sentence before.
    @Test func aNoteCallBeforeTheFullStopStaysInItsSentence() throws {
        let a = try Aligner().align([Self.docs[.en]!, Self.docs[.fr]!])
        let third = try #require(a.segments.first { $0.address.rawValue == "¶3#3" }?.text(Language.fr))
        let second = try #require(a.segments.first { $0.address.rawValue == "¶3#2" }?.text(Language.fr))
        #expect(third.hasSuffix("10 novembre1."), "\(third)")
        #expect(second.hasSuffix("régionaux."), "\(second)")
    }

    /// For one language: the start offset of each parsed sentence → its line in `gold/<lang>.txt`.
    static func goldLines(_ l: Language) throws -> [Int: Int] { try goldLines(docs[l]!) }

    /// The same for any reading of that language's version (a Word or PDF file of it).
    static func goldLines(_ doc: Document) throws -> [Int: Int] {
        let l = doc.language
        let gold = try Paths.text(Paths.corpus.appendingPathComponent("gold/\(l.rawValue).txt")).split(separator: "\n", omittingEmptySubsequences: false)
        // Whitespace aside: a Word or PDF reading of a version spaces Chinese and figures its own way.
        func norm<S: StringProtocol>(_ s: S) -> String { String(s.filter { !$0.isWhitespace }) }
        var queue: [String: [Int]] = [:]
        for (i, g) in gold.enumerated() { queue[norm(g), default: []].append(i) }
        var map: [Int: Int] = [:]
        for n in doc.nodes where n.tag != .voteList {
            for s in n.sentences {
                let key = norm(doc.text(of: s))
                if var q = queue[key], !q.isEmpty { map[s[0].start] = q.removeFirst(); queue[key] = q }
            }
        }
        return map
    }

    /// Beads in gold line numbers from an alignment's segments, for languages a and b.
    static func beads(_ a: Alignment, _ la: Language, _ lb: Language, _ ga: [Int: Int], _ gb: [Int: Int]) -> [Bead] {
        func lines(_ side: SegmentSide?, _ g: [Int: Int]) -> [Int] {
            guard let side else { return [] }
            return g.filter { start, _ in side.ranges.contains { $0.start <= start && start < $0.end } }.map(\.value).sorted()
        }
        return a.segments.filter { $0.kind != .country }.map { Bead(lines($0.sides[la], ga), lines($0.sides[lb], gb)) }
            .filter { !$0.source.isEmpty || !$0.target.isEmpty }
    }

    static func goldBeads(_ la: Language, _ lb: Language) throws -> [Bead] {
        try Beads.read(Paths.corpus.appendingPathComponent("gold/\(la.rawValue)-\(lb.rawValue).align").path)
    }

    /// Pairwise gold; with `pivotComponents`, the gold as an N-way alignment through the pivot shows
    /// it: pivot sentences that any version renders together form one segment.
    static func score(_ a: Alignment, _ la: Language, _ lb: Language, nWay: [Language]? = nil, read: [Language: Document] = [:]) throws -> AlignmentScore {
        let ga = try read[la].map(goldLines) ?? goldLines(la), gb = try read[lb].map(goldLines) ?? goldLines(lb)
        let covA = Set(ga.values), covB = Set(gb.values)
        var gold = try goldBeads(la, lb)
        if let others = nWay {
            var parent: [Int: Int] = [:]
            func find(_ x: Int) -> Int { var x = x; while let p = parent[x], p != x { x = p }; return x }
            for o in others { for b in try goldBeads(la, o) where b.source.count > 1 { for x in b.source { parent[find(x)] = find(b.source[0]) } } }
            var merged: [Int: Bead] = [:]
            var order: [Int] = []
            for b in gold {
                guard let s0 = b.source.first else { continue }
                let c = find(s0)
                if merged[c] == nil { order.append(c); merged[c] = Bead([], []) }
                merged[c]!.source += b.source
                merged[c]!.target += b.target
            }
            gold = gold.filter { $0.source.isEmpty } + order.map { Bead(merged[$0]!.source.sorted(), merged[$0]!.target.sorted()) }
        }
        gold = gold.filter { $0.source.allSatisfy(covA.contains) && $0.target.allSatisfy(covB.contains) }
        return AlignmentScore(gold: gold, test: beads(a, la, lb, ga, gb))
    }

    static func checkStructure(_ a: Alignment, _ langs: [Language]) {
        #expect(a.discrepancies.isEmpty, "\(langs): \(a.discrepancies)")
        #expect(!a.segments.contains { $0.kind == .unaligned }, "\(langs): unaligned \(a.segments.filter { $0.kind == .unaligned }.map(\.address))")
        for u in a.units {
            #expect(u.sides.count == langs.count, "\(u.address) lacks a side")
            for l in langs { #expect(u.sides[l]?.address == u.address, "\(u.address) matched to \(u.sides[l]?.address.rawValue ?? "nothing") in \(l)") }
        }
        let countries = a.segments.filter { $0.kind == .country }
        #expect(countries.count == 834)
        #expect(countries.filter { $0.address.rawValue.contains("/vote/") }.allSatisfy { $0.sides.count == langs.count })
    }

    @Test func allFifteenPairs() throws {
        let langs = Language.allCases
        var scores: [AlignmentScore] = []
        for (i, la) in langs.enumerated() {
            for lb in langs[(i + 1)...] {
                let a = try Aligner().align([Self.docs[la]!, Self.docs[lb]!])
                Self.checkStructure(a, [la, lb])
                let s = try Self.score(a, la, lb)
                print("A/75/394 \(la)-\(lb): \(s)")
                #expect(s.strictF1 >= 0.97, "\(la)-\(lb)")
                scores.append(s)
            }
        }
        print("A/75/394 all pairs: \(AlignmentScore.pooled(scores))")
    }

    @Test func sixWay() throws {
        let langs = Language.allCases
        let a = try Aligner().align(langs.map { Self.docs[$0]! })
        Self.checkStructure(a, langs)
        for lb in langs.dropFirst() {
            let s = try Self.score(a, .zh, lb, nWay: Array(langs.dropFirst()))
            print("A/75/394 six-way, zh-\(lb): \(s)")
            #expect(s.strictF1 >= 0.97, "six-way, zh-\(lb): \(s)")
        }
    }

    /// A unit's features are its sentences' put together: the same as featurizing its whole text.
    @Test func unitFeaturesAreThoseOfItsWholeText() throws {
        for language in [Language.zh, .en, .ar] {
            let vocab = Featurizer.LocalVocabulary(Lexicon.shared.vocabulary)
            let units = UnitList(Self.docs[language]!, vocab: vocab).units
            let whole = Featurizer(language: language).features(units.map(\.text), vocab: vocab)
            #expect(units.count > 100)
            for (u, w) in zip(units, whole) {
                #expect(u.features.ids == w.ids && u.features.tokenEnds == w.tokenEnds, "\(language) \(u.node.address.rawValue)")
                #expect(u.features.length == w.length && u.features.introduces == w.introduces)
            }
        }
    }

    /// Every character of every input is in exactly one segment.
    @Test func segmentsCoverEveryInputExactlyOnce() throws {
        let langs = Language.allCases
        let a = try Aligner().align(langs.map { Self.docs[$0]! })
        for l in langs {
            let doc = Self.docs[l]!
            var owner = [Int](repeating: 0, count: doc.text.count)
            for s in a.segments { for r in s.ranges(l) ?? [] { for i in r.start..<r.end { owner[i] += 1 } } }
            for p in doc.nodes.flatMap(\.pieces) {
                for i in p.start..<p.end where !UTF16Text.isSpace(doc.text[i]) {
                    if owner[i] != 1 {
                        Issue.record("\(l): '\(doc.text.string(TextRange(i, i + 1)))' at line \(doc.line(of: i)) is in \(owner[i]) segments")
                        return
                    }
                }
            }
        }
    }

    @Test func segmentsCarryTheirPlaceAndRoundTripThroughJSON() throws {
        let a = try Aligner().align([Self.docs[.zh]!, Self.docs[.en]!])
        let s = try #require(a.segments.first { $0.address == "DR-II/op1" })
        #expect(s.location == "draft resolution II, operative paragraph 1")
        #expect(s.ranges(.zh)?.count == 2)  // broken by the page break and the footnotes
        #expect(Self.docs[.zh]!.text.joinedString(s.ranges(.zh)!).hasPrefix("1. 决定"))
        #expect(a.units.first { $0.address == "¶10(b)" }?.location == "paragraph 10 (b)")
        #expect(a.segments.first { $0.address == "¶10(b)#2" }?.location == "paragraph 10 (b), sentence 2")
        let data = try JSONEncoder().encode(a)
        let back = try JSONDecoder().decode(Alignment.self, from: data)
        #expect(back.segments == a.segments)
    }
}

/// The aligner recovering from damage, and the discrepancy report naming it.
@Suite("Aligner on damaged versions")
struct DamageTests {
    static func damaged(_ l: Language, _ edit: (inout [String]) -> Void) throws -> Document {
        var lines = try A75394.source(l).components(separatedBy: "\n")
        edit(&lines)
        return try Document(text: lines.joined(separator: "\n"), language: l, source: "damaged")
    }

    @Test func deletedParagraphIsReportedAndTheRestAligns() throws {
        let en = try Self.damaged(.en) { $0.removeAll { $0.hasPrefix("4. ") } }
        let a = try Aligner().align([AlignerTests.docs[.zh]!, en])
        #expect(a.discrepancies.contains(.missing(address: "¶4", presentIn: [.zh], missingIn: [.en])))
        #expect(a.units.first { $0.address == "¶5" }?.sides[.en]?.address == "¶5")
        #expect(a.units.first { $0.address == "¶3" }?.sides[.en]?.address == "¶3")
    }

    @Test func duplicatedNumberIsReportedAndContentDecides() throws {
        // English ¶12 mistyped as a second "11.".
        let en = try Self.damaged(.en) { lines in
            if let i = lines.firstIndex(where: { $0.hasPrefix("12. ") }) { lines[i] = "11. " + lines[i].dropFirst(4) }
        }
        #expect(en.problems.contains { $0.kind == .duplicateNumber })
        let a = try Aligner().align([AlignerTests.docs[.zh]!, en])
        let twelve = try #require(a.units.first { $0.address == "¶12" })
        #expect(twelve.sides[.en]?.address == "¶11~2")
        #expect(a.discrepancies.contains(.numbering(address: "¶12", language: .en, numberedAs: "¶11~2")))
        #expect(a.units.first { $0.address == "¶11" }?.sides[.en]?.address == "¶11")
    }

    @Test func swappedSentencesAreRealignedAndReported() throws {
        // Swap the second and third sentences of English ¶2.
        let en = try Self.damaged(.en) { lines in
            guard let i = lines.firstIndex(where: { $0.hasPrefix("2. ") }) else { return }
            var parts = lines[i].components(separatedBy: ". ")
            parts.swapAt(2, 3)
            lines[i] = parts.joined(separator: ". ")
        }
        let a = try Aligner().align([AlignerTests.docs[.zh]!, en])
        // A monotone alignment pairs the two swapped sentences as one 2-2 segment, and says why.
        let merged = try #require(a.segments.first { $0.address == "¶2#2" })
        #expect(merged.text(.en)?.contains("first phase") == true && merged.text(.en)?.contains("absence") == true)
        #expect(merged.text(.zh)?.contains("第一阶段") == true && merged.text(.zh)?.contains("专题讨论") == true)
        #expect(a.discrepancies.contains(.sentencesReordered(address: "¶2", language: .en)))
        #expect(a.segments.first { $0.address == "¶2#1" }?.sides.count == 2)
    }

    @Test func deletedSentenceIsReported() throws {
        let en = try Self.damaged(.en) { lines in
            if let i = lines.firstIndex(where: { $0.hasPrefix("2. ") }) {
                lines[i] = lines[i].replacingOccurrences(of: " The first phase would be devoted to a general debate on all disarmament and international security items allocated to it, namely items 94 to 110, and the second phase to action on all draft proposals.", with: "")
            }
        }
        let a = try Aligner().align([AlignerTests.docs[.zh]!, en])
        // The Chinese sentence without counterpart is either left unpaired or merged with a
        // neighbour; either way the report names what the English lost (items 94 to 110).
        #expect(a.discrepancies.contains(.unpairedSentence(address: "¶2", language: .zh))
                || a.discrepancies.contains(.anchorsDiffer(address: "¶2", language: .en, onlyHere: [], onlyInFirst: ["110", "94"])))
        #expect(a.segments.first { $0.address == "¶2#1" }?.text(.en)?.hasPrefix("2. At its 1st meeting") == true)
    }

    @Test func changedNumberInsideAnAlignedParagraphIsReported() throws {
        let en = try Self.damaged(.en) { lines in
            if let i = lines.firstIndex(where: { $0.hasPrefix("4. ") }) { lines[i] = lines[i].replacingOccurrences(of: "A/75/123", with: "A/75/132") }
        }
        let a = try Aligner().align([AlignerTests.docs[.zh]!, en])
        #expect(a.discrepancies.contains(.anchorsDiffer(address: "¶4", language: .en, onlyHere: ["A/75/132"], onlyInFirst: ["A/75/123"])))
    }

    @Test func voteSetThatDiffersIsReported() throws {
        let en = try Self.damaged(.en) { lines in
            if let i = lines.firstIndex(where: { $0.hasPrefix("Belarus, Cambodia, Comoros") }) { lines[i] = lines[i].replacingOccurrences(of: "Comoros, ", with: "") }
        }
        let a = try Aligner().align([AlignerTests.docs[.zh]!, en])
        #expect(a.discrepancies.contains { if case .vote(.listDiffers("¶6/vote/abstain", .en, ["COM"], [])) = $0 { true } else { false } })
        #expect(a.segments.first { $0.address == "¶6/vote/abstain/COM" }?.sides.count == 1)
    }
}
