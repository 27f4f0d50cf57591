import Foundation
import Testing
@testable import UNAlign

/// The side-by-side helpers a six-way alignment runs on: results in element order whatever the
/// order of the work, the first error in element order, and two kinds of work in one round.
@Suite("Work side by side")
struct ConcurrencyTests {
    static let versions = ["zh", "en", "fr", "es", "ru", "ar"]

    static func texts() throws -> [String] {
        try versions.map { try Paths.text(Paths.corpus.appendingPathComponent("\($0).md")) }
    }

    /// Largest first, results in element order: the same as a plain `map` of the six versions.
    @Test func costliestFirstKeepsElementOrder() throws {
        let texts = try Self.texts()
        let folded = texts.concurrentMap(cost: \.utf16.count) { MatchText($0).string }
        #expect(folded == texts.map { MatchText($0).string })
        // The versions differ in length (Russian longest, Chinese shortest), so the order of the
        // work is not the order of the elements.
        #expect(texts.map(\.utf16.count).max() != texts[0].utf16.count)
    }

    struct Refused: Error, Equatable { let version: Int }

    /// Two versions fail: the first of them in element order is the error, as `map` would throw it,
    /// though the costlier one starts first.
    @Test func theFirstErrorInElementOrderIsThrown() throws {
        let texts = try Self.texts()
        let failing: Set<Int> = [1, 4]  // English, and Russian (the longest, started first)
        #expect(throws: Refused(version: 1)) {
            _ = try Array(texts.indices).concurrentMap(cost: { texts[$0].utf16.count }) { k -> Int in
                if failing.contains(k) { throw Refused(version: k) }
                return texts[k].utf16.count
            }
        }
    }

    /// Both kinds of work come back, each in order, and either kind may be empty.
    @Test func twoKindsOfWorkInOneRound() throws {
        let texts = try Self.texts()
        let (lengths, folded) = concurrently(texts.count, { texts[$0].utf16.count }, texts.count, { MatchText(texts[$0]).string })
        #expect(lengths == texts.map(\.utf16.count))
        #expect(folded == texts.map { MatchText($0).string })
        let (none, all) = concurrently(0, { _ in 0 }, texts.count, { texts[$0].count })
        #expect(none.isEmpty && all == texts.map(\.count))
        let (one, empty) = concurrently(1, { _ in texts.count }, 0, { _ in "" })
        #expect(one == [6] && empty.isEmpty)
    }
}
