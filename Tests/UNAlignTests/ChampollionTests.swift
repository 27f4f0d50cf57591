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
}
