import Foundation
import Testing
@testable import UNAlign

/// Sentence-list mode on the Champollion Chinese–English gold sets, default settings.
@Suite("Champollion accuracy")
struct ChampollionTests {
    static func lines(_ file: String) throws -> [String] {
        var lines = try Paths.text(Paths.champollion.appendingPathComponent("utf8/\(file)"))
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        while lines.last == "" { lines.removeLast() }  // the final newline ends the last sentence
        return lines
    }

    static func score(_ set: (name: String, en: String, zh: String), aligner: SentenceAligner = SentenceAligner()) throws -> AlignmentScore {
        let en = try lines(set.en), zh = try lines(set.zh)
        let gold = try Beads.read(Paths.champollion.appendingPathComponent("\(set.name).gold.align").path)
        let test = aligner.align(en, zh, languages: (.en, .zh))
        return AlignmentScore(gold: gold, test: test)
    }

    @Test func unFileAndAllSixFiles() throws {
        var scores: [AlignmentScore] = []
        for set in Paths.champollionSets {
            let s = try Self.score(set)
            print("champollion \(set.name): \(s)")
            scores.append(s)
        }
        let all = AlignmentScore.pooled(scores)
        print("champollion all six: \(all)")
        #expect(scores[0].strictF1 >= 0.995)
        #expect(all.strictF1 >= 0.95)
    }

    /// The opening of the UN file (its first 120 English sentences) forty times over: a text that
    /// repeats itself offers the coarse search a path along every repetition, and skipping a whole
    /// repetition must cost what skipping its sentences costs, or the path hops to the next one.
    @Test func aTextThatRepeatsItselfKeepsItsAlignment() throws {
        let set = Paths.champollionSets[0]
        let en = try Self.lines(set.en), zh = try Self.lines(set.zh)
        let gold = try Beads.read(Paths.champollion.appendingPathComponent("\(set.name).gold.align").path)
        var prefix: [Bead] = [], endEN = 0, endZH = 0
        for b in gold where endEN < 120 {
            prefix.append(b)
            endEN = max(endEN, (b.source.max() ?? -1) + 1)
            endZH = max(endZH, (b.target.max() ?? -1) + 1)
        }
        let copies = 40
        var repeatedGold: [Bead] = []
        for k in 0..<copies {
            repeatedGold += prefix.map { Bead($0.source.map { $0 + k * endEN }, $0.target.map { $0 + k * endZH }) }
        }
        let test = SentenceAligner().align(Array(repeating: Array(en[..<endEN]), count: copies).flatMap { $0 },
                                           Array(repeating: Array(zh[..<endZH]), count: copies).flatMap { $0 }, languages: (.en, .zh))
        let score = AlignmentScore(gold: repeatedGold, test: test)
        print("champollion UN opening ×\(copies): \(score)")
        #expect(score.strictF1 >= 0.98)
    }

    /// What a thread remembers of words across alignments (`WordMemory`) changes no id: an
    /// alignment after others on this thread gets the ids one on a fresh thread gets.
    @Test func rememberedWordsGiveTheIdsOfAFreshThread() throws {
        let sets = Paths.champollionSets
        let (en, zh) = (try Self.lines(sets[1].en), try Self.lines(sets[1].zh))
        let (otherEn, otherZh) = (try Self.lines(sets[0].en), try Self.lines(sets[0].zh))
        @Sendable func featurize(_ en: [String], _ zh: [String]) -> [[Int32]] {
            let vocab = Featurizer.LocalVocabulary(Lexicon.shared.vocabulary)
            return (Featurizer(language: .zh).features(zh, vocab: vocab) + Featurizer(language: .en).features(en, vocab: vocab)).map(\.ids)
        }
        // This thread first aligns other texts, and these once (its memory warm, its local
        // strings numbered in another order).
        _ = featurize(otherEn, otherZh)
        _ = featurize(Array(en.prefix(50)), Array(zh.prefix(50)))
        let warm = featurize(en, zh)
        final class Box: @unchecked Sendable { var ids: [[Int32]] = [] }
        let fresh = Box()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread { fresh.ids = featurize(en, zh); done.signal() }
        thread.start()
        done.wait()
        #expect(warm.count == en.count + zh.count)
        #expect(warm == fresh.ids)
    }

    /// The aligner featurizes a whole list in one pass (one normalization, one segmentation):
    /// every sentence must come out as it does alone.
    @Test func aListIsFeaturizedAsItsSentencesAre() throws {
        let set = Paths.champollionSets[0]
        for (file, language) in [(set.en, Language.en), (set.zh, .zh)] {
            let lines = try Self.lines(file) + ["12. The Assembly decided:", "(b) ﬁrst, the Ｌ.4 draft;", "１２、大会决定：", ""]
            let vocab = Featurizer.LocalVocabulary(Lexicon.shared.vocabulary)
            let batch = Featurizer(language: language).features(lines, vocab: vocab)
            let single = Featurizer(language: language)
            let alone = lines.map { single.features($0, vocab: vocab) }
            #expect(batch.count == lines.count)
            #expect(batch.map(\.ids) == alone.map(\.ids), "\(file)")
            #expect(batch.map(\.tokenEnds) == alone.map(\.tokenEnds))
            #expect(batch.map(\.length) == alone.map(\.length))
            #expect(batch.map(\.marker) == alone.map(\.marker))
            #expect(batch.map(\.introduces) == alone.map(\.introduces))
            #expect(batch.suffix(4).map(\.marker) == ["12", "(b)", "12", nil])
            #expect(batch.suffix(4).map(\.introduces) == [true, false, true, false])
            #expect(batch.reduce(0) { $0 + $1.tokenCount } > 10_000)
        }
        // 两 is a numeral to the token rules though Unicode gives it no value; its id is that of 2.
        let vocab = Featurizer.LocalVocabulary(Lexicon.shared.vocabulary)
        let two = Featurizer(language: .en).features(["2 representatives"], vocab: vocab)[0].ids.first
        #expect(Featurizer(language: .zh).features(["两名代表"], vocab: vocab)[0].ids.first == two)
        // Month names of every language are month numbers; long Latin-script words share their first letters.
        let en = Featurizer(language: .en).features(["18 September 2020, the Organization"], vocab: vocab)[0]
        for (language, text) in [(Language.fr, "le 18 septembre 2020, l'Organisation"), (.es, "el 18 de septiembre de 2020, la Organización"),
                                 (.ru, "18 сентября 2020 года"), (.zh, "2020年9月18日"), (.ar, "18 أيلول/سبتمبر 2020")] {
            let ids = Set(Featurizer(language: language).features([text], vocab: vocab)[0].ids)
            #expect(ids.isSuperset(of: en.ids.prefix(3)), "\(language): day, month, year")
            if language == .fr || language == .es { #expect(ids.contains(en.ids.last!), "\(language): Organi…") }
        }
        let september = en.ids[1]
        #expect(Featurizer(language: .ru).features(["в сентябре 2020 года"], vocab: vocab)[0].ids.contains(september))
        #expect(Featurizer(language: .fr).features(["d'août"], vocab: vocab)[0].ids
                == Featurizer(language: .en).features(["August"], vocab: vocab)[0].ids)
        #expect(Featurizer(language: .en).features(["the Organization's"], vocab: vocab)[0].ids.contains(en.ids.last!))
        // Without cognates (English against Chinese) a long word has its own id only.
        #expect(Featurizer(language: .en, cognates: false).features(["Organization"], vocab: vocab)[0].ids.count == 1)
        // A featurizer handed another vocabulary gives that vocabulary's ids, not cached ones.
        let f = Featurizer(language: .en), other = Featurizer.LocalVocabulary(Lexicon.shared.vocabulary)
        _ = f.features(["Qwzx Vbnm"], vocab: vocab)
        #expect(f.features(["Vbnm"], vocab: other)[0].ids == Featurizer(language: .en).features(["Vbnm"], vocab: other)[0].ids)
    }

    /// 200 sentences of another text inserted into the English of the UN file after its 232nd
    /// sentence, and 200 others into the Chinese after its 700th (an annex in one version only):
    /// the coarse path must not spread the insertions over the sentences between them.
    @Test func insertionsInEachVersionAreLeftOut() throws {
        let set = Paths.champollionSets[0]
        let en = try Self.lines(set.en), zh = try Self.lines(set.zh)
        let extraEN = Array(try Self.lines("890621fe.txt").prefix(200)), extraZH = Array(try Self.lines("921008fc.txt").prefix(200))
        let (atEN, atZH) = (232, 700)
        let gold = try Beads.read(Paths.champollion.appendingPathComponent("\(set.name).gold.align").path)
        var expected = gold.map { b in
            Bead(b.source.map { $0 >= atEN ? $0 + extraEN.count : $0 }, b.target.map { $0 >= atZH ? $0 + extraZH.count : $0 })
        }
        expected += extraEN.indices.map { Bead([atEN + $0], []) } + extraZH.indices.map { Bead([], [atZH + $0]) }
        let test = SentenceAligner().align(Array(en[..<atEN]) + extraEN + en[atEN...], Array(zh[..<atZH]) + extraZH + zh[atZH...], languages: (.en, .zh))
        let score = AlignmentScore(gold: expected, test: test)
        print("champollion UN with two insertions: \(score)")
        #expect(score.strictF1 >= 0.99)
    }
}
