import Foundation
import Testing
@testable import UNAlign

/// Sentence-list mode on the UN Parallel Corpus development set (`shared/corpora/unpc-v1.0-devset`):
/// real UN sentences, line i the same sentence in all six languages. They come from many documents,
/// so little but the words and lengths tells them apart; with one sentence in twenty deleted from each
/// side (at different places), the aligner must pair the rest and leave the deleted ones out.
@Suite("UN Parallel Corpus sentences")
struct UNPCTests {
    static func lines(_ language: Language) throws -> [String] {
        let text = try Paths.text(Paths.unpc.appendingPathComponent("UNv1.0.devset.\(language.rawValue)"))
        return text.split(separator: "\n", omittingEmptySubsequences: false).prefix(1000).map(String.init)
    }

    /// A word's forms share the id of their stem (affixes from the language table: Russian case
    /// endings, Arabic fused prefixes and endings, French and Spanish plural and gender), which words learned from a first pass link once
    /// for all of them; a stem too short to tell words apart is not made.
    /// (The English ids of the dictionaries are left out here: ids below the vocabulary's size.)
    @Test func formsShareTheirStem() {
        let vocab = Featurizer.LocalVocabulary(Lexicon.shared.vocabulary)
        let english = Int32(Lexicon.shared.vocabulary.count)
        func local(_ f: SentenceFeatures) -> Set<Int32> { Set(f.ids.filter { $0 >= english }) }
        let f = Featurizer(language: .ru).features(["организация", "организации", "организацией", "дела", "дело"], vocab: vocab)
        let ids = f.map(local)
        // `организаци-я`; `организаци-и` and `организац-ии`; `организаци-ей` and `организацие-й`.
        #expect(ids.map(\.count) == [2, 3, 3, 1, 1])
        let shared = ids[0].intersection(ids[1])
        #expect(shared.count == 1 && ids[2].intersection(ids[1]) == shared && ids[2].isSuperset(of: shared))
        #expect(ids[3].isDisjoint(with: ids[4]))
        // `ال-قرار`, `بال-قرار`, `قرار-ات`: one stem in common, and no more.
        let arabic = Featurizer(language: .ar).features(["القرار", "بالقرار", "قرارات"], vocab: vocab).map(local)
        #expect(arabic[0].intersection(arabic[1]).intersection(arabic[2]).count == 1)
        // Where the base form has no ending, the word itself is a stem: `résolution`, `résolution-s`.
        let french = Featurizer(language: .fr, cognates: false).features(["résolution", "résolutions"], vocab: vocab).map(local)
        #expect(french[0].intersection(french[1]).count == 1)
        // Languages without case endings in their table get no stem ids.
        #expect(Featurizer(language: .en, cognates: false).features(["organizations"], vocab: vocab)[0].ids.count == 1)
    }

    /// Six language pairs, the first 1,000 lines, 5 % deleted per side. Arabic–Russian has small
    /// dictionaries and no shared letters: its evidence is mostly the words learned from a first pass.
    @Test(arguments: [(Language.zh, Language.en, 0.98), (.en, .fr, 0.99), (.fr, .es, 0.99), (.en, .ar, 0.988), (.zh, .ru, 0.985), (.ar, .ru, 0.985)])
    func pairWithDeletions(_ la: Language, _ lb: Language, _ minimumF1: Double) throws {
        let a = try Self.lines(la), b = try Self.lines(lb)
        #expect(a.count == 1000 && b.count == 1000)
        // Deleted lines: a fixed pseudo-random choice (a linear congruential sequence), different per side.
        var seed: UInt64 = 0x2545_F491_4F6C_DD1D
        func deleted() -> Bool {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return (seed >> 33) % 20 == 0
        }
        let keepA = a.indices.filter { _ in !deleted() }, keepB = b.indices.filter { _ in !deleted() }
        let posA = Dictionary(uniqueKeysWithValues: keepA.enumerated().map { ($1, $0) })
        let posB = Dictionary(uniqueKeysWithValues: keepB.enumerated().map { ($1, $0) })
        let gold: [Bead] = a.indices.compactMap { i in
            switch (posA[i], posB[i]) {
            case (nil, nil): nil
            case let (x, y): Bead(x.map { [$0] } ?? [], y.map { [$0] } ?? [])
            }
        }
        let test = SentenceAligner().align(keepA.map { a[$0] }, keepB.map { b[$0] }, languages: (la, lb))
        let score = AlignmentScore(gold: gold, test: test)
        print("UNPC \(la.rawValue)-\(lb.rawValue), 5 % deleted per side: \(score)")
        #expect(gold.filter { $0.source.isEmpty || $0.target.isEmpty }.count > 60, "deletions happened")
        #expect(score.strictF1 >= minimumF1)
        // Words learned from a first pass: they carry the pairs with little other evidence
        // (Arabic–Russian, Chinese–Russian) and leave the others as they were. (English–Arabic
        // was one of them until the dictionaries: it now finds what learning gave it, 0.9879 with
        // learned words then, 0.9889 now, hence its higher minimum above.)
        var unlearned = SentenceAligner.Parameters()
        unlearned.learnWords = false
        let without = AlignmentScore(gold: gold, test: SentenceAligner(parameters: unlearned).align(keepA.map { a[$0] }, keepB.map { b[$0] }, languages: (la, lb)))
        print("UNPC \(la.rawValue)-\(lb.rawValue) without learned words: strict F1 \(without.strictF1)")
        #expect(score.strictF1 >= without.strictF1)
        if [[Language.zh, .ru], [.ar, .ru]].contains([la, lb]) {
            #expect(score.strictF1 >= without.strictF1 + 0.005, "learned words should lift \(la.rawValue)-\(lb.rawValue)")
        }
    }

    /// The same lines with deleted lines and joined ones on both sides (one line in twenty each,
    /// at different places): where a line's translation is missing, its neighbour's translation is
    /// next to it, and joining the two costs little more than the shape. Each sentence a merge joins
    /// must find its share of the words (`mergePartShare`), so the orphan is left out and a real
    /// join kept. (Measured: zh–en 0.972, en–fr 0.971, zh–fr 0.964, ar–ru 0.964; with merges
    /// unchecked 0.964, 0.964, 0.951, 0.963.)
    @Test(arguments: [(Language.zh, Language.en, 0.965), (.en, .fr, 0.965), (.zh, .fr, 0.955), (.ar, .ru, 0.96)])
    func pairWithDeletionsAndJoinedLines(_ la: Language, _ lb: Language, _ minimumF1: Double) throws {
        let a = try Self.lines(la), b = try Self.lines(lb)
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func draw() -> UInt64 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return (seed >> 33) % 40
        }
        // Each side's lines after damage, as the original lines each holds.
        func damaged(_ n: Int) -> [[Int]] {
            var out: [[Int]] = []
            var i = 0
            while i < n {
                switch draw() {
                case 0, 1: i += 1  // deleted
                case 2...3 where i + 1 < n: out.append([i, i + 1]); i += 2  // joined with the next
                default: out.append([i]); i += 1
                }
            }
            return out
        }
        let linesA = damaged(a.count), linesB = damaged(b.count)
        let source = linesA.map { $0.map { a[$0] }.joined(separator: " ") }, target = linesB.map { $0.map { b[$0] }.joined(separator: " ") }
        // Gold: the lines sharing an original line, joined transitively, are one bead (joins are of
        // neighbours, so each bead is a run on both sides); a line sharing none is left out. Lines
        // are nodes, source lines first, joined by union-find.
        var parent = Array(0..<(linesA.count + linesB.count))
        func root(_ x: Int) -> Int { var x = x; while parent[x] != x { x = parent[x] }; return x }
        var whereB = [Int?](repeating: nil, count: b.count)
        for (k, l) in linesB.enumerated() { for i in l { whereB[i] = k } }
        for (x, l) in linesA.enumerated() {
            for i in l { if let y = whereB[i] { parent[root(linesA.count + y)] = root(x) } }
        }
        var members: [Int: (source: [Int], target: [Int])] = [:]
        for x in linesA.indices { members[root(x), default: ([], [])].source.append(x) }
        for y in linesB.indices { members[root(linesA.count + y), default: ([], [])].target.append(y) }
        // In order of the first original line each bead holds.
        let gold = members.values.map { m in
            (bead: Bead(m.source, m.target), first: (m.source.map { linesA[$0][0] } + m.target.map { linesB[$0][0] }).min()!)
        }.sorted { $0.first < $1.first }.map(\.bead)
        // Every line in one bead exactly.
        #expect(gold.flatMap(\.source).sorted() == Array(linesA.indices) && gold.flatMap(\.target).sorted() == Array(linesB.indices))
        #expect(gold.filter { $0.source.count + $0.target.count > 2 }.count > 40, "joins happened")
        #expect(gold.filter { $0.source.isEmpty || $0.target.isEmpty }.count > 40, "deletions happened")
        let score = AlignmentScore(gold: gold, test: SentenceAligner().align(source, target, languages: (la, lb)))
        var unchecked = SentenceAligner.Parameters()
        unchecked.mergePartShare = nil
        let without = AlignmentScore(gold: gold, test: SentenceAligner(parameters: unchecked).align(source, target, languages: (la, lb)))
        print("UNPC \(la.rawValue)-\(lb.rawValue), lines deleted and joined: \(score); merges unchecked: strict F1 \(without.strictF1)")
        #expect(score.strictF1 >= minimumF1)
        #expect(score.strictF1 > without.strictF1)
    }

    /// Text wrapped at the ends of lines (the SDG targets as their YAML files hold them: a Spanish
    /// target over three or four lines, the Chinese on one) is a merge whose last lines alone find
    /// little: a line the one before runs on into needs no words of its own, so the check on merges
    /// keeps them joined. (Measured, target lines in beads: 527 with the check and without; through
    /// the CLI, before that exemption, 510 against 526. English–French still loses 5 lines of 616
    /// to the check, 565 against 570: not asserted here.)
    @Test(arguments: [(Language.zh, Language.es)])
    func wrappedLinesStayJoined(_ la: Language, _ lb: Language) throws {
        let dir = Paths.shared.appendingPathComponent("corpora/sdg-goals-targets")
        func lines(_ l: Language) throws -> [String] {
            try Paths.text(dir.appendingPathComponent("\(l.rawValue).global_targets.yml")).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }
        let a = try lines(la), b = try lines(lb)
        func joined(_ beads: [Bead]) -> Int { beads.filter { !$0.source.isEmpty }.reduce(0) { $0 + $1.target.count } }
        var unchecked = SentenceAligner.Parameters()
        unchecked.mergePartShare = nil
        let checked = joined(SentenceAligner().align(a, b, languages: (la, lb)))
        let without = joined(SentenceAligner(parameters: unchecked).align(a, b, languages: (la, lb)))
        print("SDG targets \(la.rawValue)-\(lb.rawValue): \(checked) of \(b.count) target lines in beads; merges unchecked \(without)")
        #expect(checked >= without)
    }
}
