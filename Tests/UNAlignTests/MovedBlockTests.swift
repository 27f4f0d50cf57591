import Foundation
import Testing
@testable import UNAlign

/// Blocks the two versions place differently (`MovedBlocks.swift`), on the Champollion UN file:
/// a block of English sentences moved further on, sometimes with a stretch only the Chinese has
/// (annexed tables) where the block was. The gold follows the move: the block's beads keep their
/// sentences, in the English order of the moved text.
@Suite("Moved blocks")
struct MovedBlockTests {
    /// The UN file with the English of beads `block` moved after bead `block.upperBound + later`,
    /// and `chineseOnly` Chinese lines before the block's Chinese: the texts and their gold.
    static func moved(block: Range<Int>, later: Int, chineseOnly: [String]) throws -> (en: [String], zh: [String], gold: [Bead]) {
        let set = Paths.champollionSets[0]
        let en = try ChampollionTests.lines(set.en), zh = try ChampollionTests.lines(set.zh)
        let gold = try Beads.read(Paths.champollion.appendingPathComponent("\(set.name).gold.align").path)
        let order = Array(0..<block.lowerBound) + Array(block.upperBound..<(block.upperBound + later)) + Array(block)
            + Array((block.upperBound + later)..<gold.count)
        var newEN: [String] = [], enIndex: [Int: Int] = [:]
        for k in order { for i in gold[k].source { enIndex[i] = newEN.count; newEN.append(en[i]) } }
        var newZH: [String] = [], zhIndex: [Int: Int] = [:], extra: [Int] = []
        for (k, b) in gold.enumerated() {
            if k == block.lowerBound { for line in chineseOnly { extra.append(newZH.count); newZH.append(line) } }
            for j in b.target { zhIndex[j] = newZH.count; newZH.append(zh[j]) }
        }
        let movedGold = gold.map { Bead($0.source.map { enIndex[$0]! }, $0.target.map { zhIndex[$0]! }) } + extra.map { Bead([], [$0]) }
        return (newEN, newZH, movedGold)
    }

    /// Rows of an annexed table only the Chinese has: words, or years, amounts and shares (which
    /// find the English text's own numbers here and there).
    static func table(_ rows: Int, numbers: Bool) -> [String] {
        var seed: UInt64 = 7
        func next(_ n: UInt64) -> UInt64 { seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407; return (seed >> 33) % n }
        return (0..<rows).map { r in
            numbers ? "表\(r + 1)：\(2000 + r)年 \(10 + next(990)) \(10 + next(90)).\(r % 10)% 合计" : String("区域 项目 合计 说明 备注 附件 数据".prefix(5 + r % 9))
        }
    }

    @Test(arguments: [(300..<315, 100, 0, false), (300..<315, 100, 30, false), (300..<315, 100, 30, true), (500..<530, 200, 30, true)])
    func aMovedBlockIsAlignedWhereItIs(_ block: Range<Int>, _ later: Int, _ tableRows: Int, _ numbers: Bool) throws {
        let table = Self.table(tableRows, numbers: numbers)
        let (en, zh, gold) = try Self.moved(block: block, later: later, chineseOnly: table)
        let scored = SentenceAligner().alignScored(en, zh, languages: (.en, .zh))
        let score = AlignmentScore(gold: gold, test: scored.map(\.bead))
        var inPlace = SentenceAligner.Parameters()
        inPlace.placesMovedBlocks = false
        let monotone = AlignmentScore(gold: gold, test: SentenceAligner(parameters: inPlace).align(en, zh, languages: (.en, .zh)))
        print("moved block of \(block.count) beads, \(tableRows) Chinese-only lines\(numbers ? " of numbers" : ""): \(score); in order only: strict F1 \(monotone.strictF1)")
        #expect(score.strictF1 >= 0.985)  // measured 0.998, 1.000, 1.000, 0.992
        #expect(score.strictF1 > monotone.strictF1 + 0.01)
        // The block's beads are marked, and nearly all are the gold's (a moved block is paired
        // one to one: the gold's few merges in it are not).
        let marked = scored.filter(\.moved).map(\.bead)
        #expect(marked.count >= block.count * 4 / 5)
        #expect(Set(marked).subtracting(gold).count <= max(1, block.count / 10))
    }

    /// Texts in the same order have no moved block: the six Champollion files, whose left-out
    /// sentences (subtitles, a magazine's additions) are many.
    @Test func textsInOrderHaveNone() throws {
        for set in Paths.champollionSets {
            let en = try ChampollionTests.lines(set.en), zh = try ChampollionTests.lines(set.zh)
            let moved = SentenceAligner().alignScored(en, zh, languages: (.en, .zh)).filter(\.moved)
            #expect(moved.isEmpty, "\(set.name): \(moved.map(\.bead))")
        }
    }
}
