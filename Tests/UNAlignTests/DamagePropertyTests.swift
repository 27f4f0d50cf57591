import Foundation
import Testing
import UNAlignChecks
@testable import UNAlign

/// Property tests: every real document in `../shared/corpora/` and every constructed kind, damaged
/// at random as converters and editors damage text (page breaks, joined and deleted lines, heading
/// marks added and removed, Unicode noise, mixed line endings, a byte-order mark), still parses
/// with every character in one node or in furniture and no address twice. Seeded, so a failure
/// reproduces; `UNALIGN_DAMAGE_ROUNDS=200` runs a larger campaign.
@Suite("Damaged documents, property tests")
struct DamagePropertyTests {
    static let rounds = Int(ProcessInfo.processInfo.environment["UNALIGN_DAMAGE_ROUNDS"] ?? "") ?? 3

    static let documents: [(String, Language?)] = {
        let corpora = Paths.shared.appendingPathComponent("corpora")
        var out: [(String, Language?)] = [(corpora.appendingPathComponent("A-75-394/zh.md").path, .zh)]
        let res = corpora.appendingPathComponent("ga-res-80-en")
        for f in ((try? FileManager.default.contentsOfDirectory(atPath: res.path)) ?? []).sorted() where f.hasPrefix("A_RES") {
            out.append((res.appendingPathComponent(f).path, .en))
        }
        for l in ["en", "zh", "es"] { out.append((corpora.appendingPathComponent("un-charter-ch1-3/\(l).md").path, Language(code: l))) }
        let kinds = Paths.root.appendingPathComponent("Tests/UNAlignTests/Fixtures/kinds")
        for folder in ["resolution", "compilation-resolution", "declaration", "sg-report", "meeting-record", "letter"] {
            for l in ["en", "fr", "ru", "ar", "zh"] { out.append((kinds.appendingPathComponent("\(folder)/\(l).md").path, Language(code: l))) }
        }
        return out
    }()

    /// One damaged copy of a text.
    static func damage(_ source: String, _ rng: inout SeededGenerator) -> String {
        var lines = source.components(separatedBy: "\n")
        let noise: [String] = ["\u{200B}", "\u{00A0}", "\u{FEFF}", "\u{0301}", "\u{202B}", "\t", "�", "\u{0007}"]
        for i in lines.indices.reversed() {
            switch Int.random(in: 0..<24, using: &rng) {
            case 0 where lines[i].isEmpty: lines.remove(at: i)
            case 1: lines.insert(contentsOf: ["", "---", "", "\(Int.random(in: 2...40, using: &rng))", ""], at: i)
            case 2 where lines[i].count > 20:
                let cut = lines[i].index(lines[i].startIndex, offsetBy: Int.random(in: 5..<(lines[i].count - 5), using: &rng))
                lines[i...i] = [String(lines[i][..<cut]), "", "---", "", String(lines[i][cut...])]
            case 3 where !lines[i].isEmpty: lines[i] = "## " + lines[i]
            case 4 where lines[i].hasPrefix("#"): lines[i] = String(lines[i].drop { $0 == "#" || $0 == " " })
            case 5 where i + 1 < lines.count: lines[i] += " " + lines.remove(at: i + 1)        // joined lines
            case 6 where !lines[i].isEmpty: lines.remove(at: i)                                // deleted line
            case 7 where lines[i].count > 3:                                                    // noise inside a line
                let at = lines[i].index(lines[i].startIndex, offsetBy: Int.random(in: 0..<lines[i].count, using: &rng))
                lines[i].insert(contentsOf: noise.randomElement(using: &rng)!, at: at)
            case 8: lines[i] += "\r"                                                            // mixed line endings
            default: break
            }
        }
        let text = lines.joined(separator: "\n")
        return Int.random(in: 0..<4, using: &rng) == 0 ? "\u{FEFF}" + text : text
    }

    @Test func damagedDocumentsKeepEveryCharacter() throws {
        var rng = SeededGenerator(seed: 2026)
        var runs = 0
        for (path, language) in Self.documents {
            let source = try Paths.text(URL(fileURLWithPath: path))
            for round in 0..<Self.rounds {
                let label = "\(URL(fileURLWithPath: path).lastPathComponent) round \(round)"
                let doc = try Document(text: Self.damage(source, &rng), language: language, source: label)
                LosslessTests.checkLossless(doc, label)
                let addresses = doc.nodes.map(\.address)
                #expect(Set(addresses).count == addresses.count, "\(label): an address twice")
                runs += 1
            }
        }
        #expect(runs >= Self.documents.count * Self.rounds)
    }

    /// Damaged versions aligned: every character of every node of both inputs is in exactly one
    /// segment (or an unaligned one), whatever the damage did to the structure.
    @Test func alignmentsOfDamagedVersionsCoverEveryCharacterOnce() throws {
        var rng = SeededGenerator(seed: 394)
        let pairs: [(Language, Language)] = [(.zh, .en), (.ar, .ru), (.fr, .es)]
        for round in 0..<Self.rounds {
            let (x, y) = pairs[round % pairs.count]
            let docs = try [x, y].map { l in
                try Document(text: Self.damage(try A75394.source(l), &rng), language: l, source: "\(l.rawValue) round \(round)")
            }
            let a = try Aligner().align(docs)
            for problem in Invariants.covers(a, docs) { Issue.record("\(x.rawValue)-\(y.rawValue) round \(round): \(problem)") }
        }
    }

    /// Two random lists of sentences: the beads partition both sides, in order.
    @Test func beadsPartitionAnyTwoLists() {
        var rng = SeededGenerator(seed: 99)
        let words = ["the", "Committee", "decides", "2020", "A/75/394", "委员会", "决定", "Ассамблея", "الجمعية", "résolution", "—", "(a)"]
        for _ in 0..<(Self.rounds * 10) {
            func list() -> [String] {
                (0..<Int.random(in: 0..<40, using: &rng)).map { _ in
                    (0..<Int.random(in: 0..<12, using: &rng)).map { _ in words.randomElement(using: &rng)! }.joined(separator: " ")
                }
            }
            let a = list(), b = list()
            let beads = Aligner().alignSentencesScored(a, b, languages: (.en, .zh))
            for problem in Invariants.partition(beads, a.count, b.count) { Issue.record("\(problem)") }
        }
    }
}
