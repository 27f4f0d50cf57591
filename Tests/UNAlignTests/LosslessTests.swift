import Foundation
import Testing
import UNAlignChecks
@testable import UNAlign

/// Every non-markup character of the input lands in exactly one node's pieces.
@Suite("Lossless parsing")
struct LosslessTests {
    /// Every character in a node, furniture or markup of the kinds markup may be (`Invariants.lossless`).
    static func checkLossless(_ doc: Document, _ label: String) {
        for problem in Invariants.lossless(doc) { Issue.record("\(label): \(problem)") }
    }

    @Test(arguments: Language.allCases)
    func corpusFilesAreLossless(language: Language) throws {
        Self.checkLossless(try A75394.document(language), language.rawValue)
    }

    /// Every real text in `../shared/corpora/` read as a document (whatever kind it is) keeps every
    /// character: the Champollion files, the UN Parallel Corpus devset in six languages, the
    /// A/75/394 original (the resolutions, the Charter and the 2030 Agenda have their own tests).
    @Test func everySharedTextIsLossless() throws {
        let corpora = Paths.shared.appendingPathComponent("corpora")
        var files: [(URL, Language?)] = [(corpora.appendingPathComponent("A-75-394/zh.md"), .zh)]
        for f in try FileManager.default.contentsOfDirectory(atPath: Paths.champollion.appendingPathComponent("utf8").path).sorted() {
            files.append((Paths.champollion.appendingPathComponent("utf8").appendingPathComponent(f), nil))
        }
        for l in Language.allCases { files.append((Paths.unpc.appendingPathComponent("UNv1.0.devset.\(l.rawValue)"), l)) }
        for (url, language) in files {
            let doc = try Document(contentsOfFile: url.path, language: language)
            Self.checkLossless(doc, url.lastPathComponent)
            #expect(doc.nodes.count > 1, "\(url.lastPathComponent)")
        }
    }

    /// Randomly damaged copies: deleted blank lines, inserted page breaks (also inside paragraphs),
    /// shuffled heading marks. Seeded, so a failure reproduces.
    @Test(arguments: Language.allCases)
    func damagedCopiesStayLossless(language: Language) throws {
        let source = try A75394.source(language)
        var rng = SeededGenerator(seed: UInt64(Language.allCases.firstIndex(of: language)!) &+ 7)
        for round in 0..<12 {
            var lines = source.components(separatedBy: "\n")
            for i in lines.indices.reversed() {
                switch Int.random(in: 0..<20, using: &rng) {
                case 0 where lines[i].isEmpty: lines.remove(at: i)                        // deleted blank line
                case 1: lines.insert(contentsOf: ["", "---", "", "\(Int.random(in: 2...40, using: &rng))", ""], at: i)  // page break
                case 2 where lines[i].count > 20:                                           // page break mid-paragraph
                    let cut = lines[i].index(lines[i].startIndex, offsetBy: Int.random(in: 5..<(lines[i].count - 5), using: &rng))
                    lines[i...i] = [String(lines[i][..<cut]), "", "---", "", String(lines[i][cut...])]
                case 3 where !lines[i].isEmpty: lines[i] = "## " + lines[i]                 // heading marks added
                case 4 where lines[i].hasPrefix("#"): lines[i] = String(lines[i].drop { $0 == "#" || $0 == " " })  // removed
                case 5 where !lines[i].isEmpty && !lines[i].hasPrefix("#"): lines[i] = "**" + lines[i] + "**"
                default: break
                }
            }
            let damaged = lines.joined(separator: "\n")
            let doc = try Document(text: damaged, language: language, source: "damaged-\(round)")
            Self.checkLossless(doc, "\(language) round \(round)")
        }
    }

    /// Heading marks are markup: adding, removing or bolding them changes no address.
    @Test(arguments: Language.allCases)
    func headingMarksDoNotChangeStructure(language: Language) throws {
        let source = try A75394.source(language)
        let expected = try A75394.document(language).nodes.map(\.address)
        var rng = SeededGenerator(seed: 42)
        let lines = source.components(separatedBy: "\n").map { line -> String in
            let bare = String(line.drop { $0 == "#" || $0 == " " })
            guard !bare.isEmpty, !bare.hasPrefix("<sup>"), !bare.hasPrefix("---") else { return line }
            switch Int.random(in: 0..<4, using: &rng) {
            case 0: return bare
            case 1: return "### " + bare
            case 2: return line.hasPrefix("#") ? "**" + bare + "**" : line
            default: return line
            }
        }
        let doc = try Document(text: lines.joined(separator: "\n"), language: language)
        #expect(doc.nodes.map(\.address) == expected)
    }
}

@Suite("Bad input")
struct BadInputTests {
    @Test func emptyAndBlankFilesAreTypedErrors() {
        #expect(throws: DocumentError.self) { try Document(text: "", language: .en) }
        #expect(throws: DocumentError.self) { try Document(text: " \n\n\t\n", language: .zh) }
    }

    @Test func binaryFileIsATypedError() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("unalign-binary-\(UUID()).md")
        try Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00, 0xFF, 0xFE, 0x00, 0x90]).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect { try Document(contentsOfFile: url.path) } throws: { error in
            guard let e = error as? DocumentError, case .undecodable(let d) = e else { return false }
            return d.source == url.path
        }
    }

    /// A text with no UN structure is never refused: paragraphs in order, and a note saying so.
    @Test func proseThatIsNotAUNDocument() throws {
        let text = "Once upon a time there was a parser.\n\nIt read everything it was given, and it never crashed."
        let doc = try Document(text: text, language: .en, source: "story.txt")
        #expect(doc.kind == .other)
        #expect(doc.nodes.filter { $0.tag == .text }.map(\.address) == ["p1", "p2"])
        #expect(doc.problems.map(\.kind) == [.noStructure])
        LosslessTests.checkLossless(doc, "story.txt")
    }

    /// A document cut off in the middle of a vote: the tree keeps what is there and says what is missing.
    @Test(arguments: Language.allCases)
    func truncatedDocumentKeepsWhatItHas(language: Language) throws {
        let source = try A75394.source(language)
        let cut = source.index(source.startIndex, offsetBy: source.count * 2 / 5)
        let doc = try Document(text: String(source[..<cut]), language: language)
        #expect(doc.node("¶6/vote/favour") != nil)
        #expect(doc.node("¶18") == nil)
        LosslessTests.checkLossless(doc, "truncated \(language)")
        // Every recorded vote either has its three lists or is reported as incomplete by the vote checks.
        let votes = doc.nodes.filter { $0.tag == .vote && $0.tally?.withoutVote == false }
        #expect(!votes.isEmpty)
    }

    @Test func numberingGapsAndDuplicatesAreProblems() throws {
        let text = """
            ## I. Introduction

            1. First paragraph.

            3. Third paragraph, the second is missing.

            3. A duplicated number.
            """
        let doc = try Document(text: text, language: .en)
        #expect(doc.problems.contains { $0.kind == .numberingGap && $0.line == 5 })
        #expect(doc.problems.contains { $0.kind == .duplicateNumber && $0.line == 7 })
        #expect(doc.node("¶3~2") != nil)
    }

    @Test func plainTextWithWrappedLines() throws {
        let text = """
            I. Introduction
            1. At its 2nd plenary meeting, on 18 September 2020, the General Assembly
            decided to include the item in the agenda.
            2. The Committee held a general debate.
            In favour: Afghanistan, Albania, Algeria.
            """
        let doc = try Document(text: text, language: .en)
        #expect(doc.text(of: doc.node("¶1")!).hasSuffix("included the item in the agenda.") == false)
        #expect(doc.text(of: doc.node("¶1")!).hasSuffix("include the item in the agenda."))
        #expect(doc.node("¶2/vote/favour").map { doc.text(of: $0) } == "Afghanistan, Albania, Algeria.")
    }
}

@Suite("Tallies")
struct TallyTests {
    @Test(arguments: [
        (Language.zh, "6. 委员会以153票对11票、9票弃权的记录表决通过了决议草案。", "153-11-9"),
        (.zh, "10. 委员会进行表决如下：\n\n(a) 序言部分第十段以 108 票对 49 票、11 票弃权的记录表决得到保留。", "108-49-11"),
        (.en, "6. The Committee adopted it by a recorded vote of 153 to 11, with 9 abstentions.", "153-11-9"),
        (.fr, "6. La Commission l'a adopté par 153 voix contre 11, avec 9 abstentions.", "153-11-9"),
        (.es, "6. La Comisión lo aprobó por 153 votos contra 11 y 9 abstenciones.", "153-11-9"),
        (.ru, "6. Комитет принял его 153 голосами против 11 при 9 воздержавшихся.", "153-11-9"),
        (.ar, "6 - واعتمدته اللجنة بأغلبية ١٥٣ صوتاً مقابل ١١ وامتناع ٩ عن التصويت.", "153-11-9"),
        (.en, "13. The Committee adopted draft decision A/C.1/75/L.47 without a vote.", "without a vote"),
        (.zh, "13. 委员会未经表决通过了决定草案。", "without a vote"),
        (.ar, "13 - واعتمدت اللجنة مشروع المقرر دون تصويت.", "without a vote"),
    ])
    func tallyInEveryLanguage(language: Language, paragraph: String, expected: String) throws {
        let doc = try Document(text: paragraph, language: language)
        let tally = try #require(doc.nodes.first { $0.tag == .vote }?.tally)
        #expect(tally.description == expected)
        #expect(!doc.text.string(tally.range).isEmpty)
    }
}

/// SplitMix64: reproducible randomness for property tests.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}
