import Foundation
import Testing
import UNAlignChecks
import ZIPFoundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import UNAlign

/// Every finding the fuzzer saved (`Scripts/fuzz.sh` copies them to `Fixtures/fuzz/<harness>/`)
/// replayed through the harness that found it, and real inputs through every harness.
@Suite("Fuzz findings and harnesses")
struct FuzzRegressionTests {
    static let findings = Paths.root.appendingPathComponent("Tests/UNAlignTests/Fixtures/fuzz")

    @Test func everySavedFindingStaysFixed() throws {
        var replayed = 0
        for (name, run) in FuzzTargets.all {
            let folder = Self.findings.appendingPathComponent(name)
            for file in ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted() where !file.hasPrefix(".") {
                let problems = run(try Paths.bytes(folder.appendingPathComponent(file)))
                #expect(problems.isEmpty, "\(name)/\(file): \(problems)")
                replayed += 1
            }
        }
        // The folder exists once the fuzzer has found something; every finding is replayed.
        let saved = (FileManager.default.enumerator(atPath: Self.findings.path)?.allObjects as? [String] ?? [])
            .filter { !$0.hasPrefix(".") && !$0.contains("/.") && $0.contains("/") }.count
        #expect(replayed == saved)
    }

    /// The fuzzer's one hang: a package whose deflate stream ends early. The reader inflates only
    /// the bytes it has (system zlib, bounded), so the end of the stream is an error, not a wait.
    @Test func aWordPackageWithATruncatedDeflateStreamIsRefused() throws {
        let file = Self.findings.appendingPathComponent("docx/timeout-b792a6dad225762f80d113b19c9dd1b16ef23a83")
        #expect(throws: ReadError.self) { try DocxReader().read(Data(try Paths.bytes(file)), source: "cut.docx") }
        // A real Word file whose document part's stream is declared shorter than it is: the part
        // is named, and so is what is wrong with it.
        var bytes = try Paths.bytes(Paths.root.appendingPathComponent("Tests/UNAlignTests/Fixtures/office/A-75-394.en.docx"))
        let name = Array("word/document.xml".utf8)
        var p = bytes.count - 22
        while !(bytes[p] == 0x50 && bytes[p + 1] == 0x4B && bytes[p + 2] == 1 && bytes[p + 3] == 2
                && Array(bytes[(p + 46)..<(p + 46 + name.count)]) == name) { p -= 1 }
        let compressed = Int(bytes[p + 20]) | Int(bytes[p + 21]) << 8 | Int(bytes[p + 22]) << 16 | Int(bytes[p + 23]) << 24
        let half = compressed / 2
        for k in 0..<4 { bytes[p + 20 + k] = UInt8((half >> (8 * k)) & 0xFF) }
        do {
            _ = try DocxReader().read(Data(bytes), source: "cut.docx")
            Issue.record("a cut stream was read")
        } catch {
            #expect("\(error)".contains("cut.docx") && "\(error)".contains("word/document.xml") && "\(error)".contains("cut short"), "\(error)")
        }
    }

    /// Real text through each harness: what the fuzzer starts from passes, so a finding is news.
    @Test func realInputsPassEveryHarness() throws {
        let zh = try Paths.bytes(Paths.corpus.appendingPathComponent("zh.md"))
        let en = try Paths.bytes(Paths.corpus.appendingPathComponent("en.md"))
        func run(_ name: String, _ bytes: [UInt8]) {
            let problems = FuzzTargets.named(name)!(bytes)
            #expect(problems.isEmpty, "\(name): \(problems)")
        }
        run("decode", zh)
        run("parse", [0, 0xFF] + zh)
        run("parse", [1, 0] + en)
        run("align", [0] + Array(zh.prefix(6000)) + [0xFF, 1] + Array(en.prefix(6000)))
        run("sentences", [6] + Array(en.prefix(3000)) + [0xFF] + Array(zh.prefix(3000)))
        run("tmx-write", Array("a\u{07}b\rc\r\nd\u{0}e\u{FFFE}f&<>\"' 委员会".utf8))
        run("manifest", Array("{\"id\": \"A/75/394\", \"zh\": \"zh.md\", \"en\": \"en.md\"}\n{\"id\": \"A/75/394\", \"zh\": \"a\", \"en\": \"b\"}\n".utf8))
        for file in ["A-75-394.en.docx", "A-75-394.zh.pdf"] {
            let bytes = try Paths.bytes(Paths.root.appendingPathComponent("Tests/UNAlignTests/Fixtures/office/\(file)"))
            run(file.hasSuffix("docx") ? "docx" : "pdf", bytes)
        }
    }

    /// The checks can fail: a broken partition and a segment list that drops text are caught.
    @Test func theInvariantsCatchWhatTheyGuard() throws {
        #expect(!Invariants.partition([Bead([0], [0]), Bead([2], [1])], 3, 2).isEmpty)
        // With moved blocks: a moved bead may leave the target's order, a bead in place may not.
        func scored(_ b: Bead, moved: Bool) -> SentenceAligner.ScoredBead { SentenceAligner.ScoredBead(bead: b, confidence: 1, crossing: false, moved: moved) }
        #expect(Invariants.partition([scored(Bead([0], [1]), moved: false), scored(Bead([1], [0]), moved: true)], 2, 2).isEmpty)
        #expect(!Invariants.partition([scored(Bead([0], [1]), moved: false), scored(Bead([1], [0]), moved: false)], 2, 2).isEmpty)
        #expect(!Invariants.partition([scored(Bead([0], [1]), moved: false), scored(Bead([1], [1]), moved: true)], 2, 2).isEmpty)
        let docs = try [Language.zh, .en].map { try Document(contentsOfFile: Paths.corpus.appendingPathComponent("\($0.rawValue).md").path, language: $0) }
        let a = try Aligner().align(docs)
        #expect(Invariants.covers(a, docs).isEmpty)
        let dropped = Alignment(languages: a.languages, sources: a.sources, units: a.units, segments: Array(a.segments.dropFirst(7)),
                                votes: a.votes, discrepancies: a.discrepancies)
        #expect(!Invariants.covers(dropped, docs).isEmpty)
    }
}

/// XML that is not UTF-8 (Foundation's parser traps on such element names) is an error naming the
/// file and line, in a TMX and in a Word part alike.
@Suite("Invalid UTF-8 in XML")
struct InvalidXMLTests {
    @Test func aWordPartWithInvalidUTF8IsDamagedNotACrash() throws {
        var xml = Data(#"<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Text</w:t></w:r></w:p>"#.utf8)
        xml += Data([0x0A, 0x3C, 0xD3]) + Data("p/></w:body></w:document>".utf8)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("unalign-\(UUID().uuidString).docx")
        defer { try? FileManager.default.removeItem(at: url) }
        let archive = try Archive(url: url, accessMode: .create)
        try archive.addEntry(with: "word/document.xml", type: .file, uncompressedSize: Int64(xml.count)) { pos, size in xml.subdata(in: Int(pos)..<Int(pos) + size) }
        #expect {
            _ = try Document(contentsOfFile: url.path, language: .en)
        } throws: { e in
            "\(e)".contains("damaged file: word/document.xml line 2: not valid UTF-8")
        }
    }

    @Test func aTMXWithInvalidUTF8IsAnErrorWithItsLine() throws {
        let findings = FuzzRegressionTests.findings.appendingPathComponent("tmx-read")
        let crash = "crash-1d61009d4f649efb79042bda2b9b9d3d39020599"  // `<\u{D3}prop>` on line 9
        #expect {
            _ = try TMX.read(Data(contentsOf: findings.appendingPathComponent(crash)), source: "bad.tmx")
        } throws: { e in
            "\(e)".hasPrefix("bad.tmx:9: not valid UTF-8")
        }
    }
}

/// Any text in a TMX: well-formed XML 1.0 that reads back to the same text, control characters
/// and carriage returns included; the writer says how many placeholders it wrote.
@Suite("XML-valid output")
struct XMLOutputTests {
    @Test func anyTextMakesWellFormedTMXThatReadsBack() {
        var rng = SeededGenerator(seed: 16)
        let alphabet: [Unicode.Scalar] = ["a", " ", "\n", "\r", "\t", "&", "<", ">", "\"", "'", "\u{0}", "\u{7}", "\u{1B}", "\u{1F}",
                                          "\u{7F}", "\u{85}", "\u{FFFE}", "\u{FFFF}", "\u{FFFD}", "\u{D7FF}", "\u{E000}", "\u{10FFFF}",
                                          "\u{1F600}", "委", "ة", "\u{200B}", "\u{FEFF}", "]", "]]>"].flatMap(\.unicodeScalars)
        for _ in 0..<300 {
            var s = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 1..<40, using: &rng) { s.append(alphabet.randomElement(using: &rng)!) }
            let problems = FuzzTargets.named("tmx-write")!(Array(String(s).utf8))
            #expect(problems.isEmpty, "\(problems)")
        }
    }

    @Test func placeholdersAreCountedAndNamed() throws {
        let side = SegmentSide(text: "bell\u{7} and\u{0}", ranges: [], address: Address("¶1"))
        let a = Alignment(segments: [AlignedSegment(address: Address("¶1"), kind: .sentence, confidence: 1, sides: [.en: side, .fr: side])], source: "t")
        let exported = Exporter.export(a, as: .tmx)
        #expect(exported.notices.count == 1 && exported.notices[0].contains("4 characters"))  // two in each language
        #expect(exported.files[0].contents.contains("<ph type=\"x-char\">U+0007</ph>"))
        #expect(try TMX.read(Data(exported.files[0].contents.utf8))[0].text(.fr) == "bell\u{7} and\u{0}")
    }
}

/// The limits on input, each named in its error.
@Suite("Limits")
struct LimitTests {
    /// More text than one alignment takes on is refused before any work, naming the limit (the
    /// real limit, 32 Mi characters, would take a test minutes to reach: a smaller one is set).
    @Test func moreTextThanAnAlignmentTakesOnIsRefused() throws {
        let zh = try Document(contentsOfFile: Paths.corpus.appendingPathComponent("zh.md").path, language: .zh)
        let en = try Document(contentsOfFile: Paths.corpus.appendingPathComponent("en.md").path, language: .en)
        var aligner = Aligner()
        aligner.maximumUnits = zh.text.count + en.text.count - 1
        #expect { _ = try aligner.align([zh, en]) } throws: { e in
            "\(e)".contains("Limits.maximumAlignedUnits") && "\(e)".contains("more than the")
        }
        aligner.maximumUnits = zh.text.count + en.text.count
        #expect(try aligner.align([zh, en]).segments.count > 900)
        // A file larger than a document may be is refused as it is read, naming the limit.
        let d = try CLITests.temp()
        defer { try? FileManager.default.removeItem(at: d) }
        let big = d.appendingPathComponent("big.txt")
        FileManager.default.createFile(atPath: big.path, contents: nil)
        let handle = try FileHandle(forWritingTo: big)
        try handle.truncate(atOffset: UInt64(Limits.maximumDocumentBytes + 1))
        try handle.close()
        let r = try CLITests.unalign(["align", big.path, Paths.corpus.appendingPathComponent("en.md").path])
        #expect(r.status == 2 && r.err.contains("big.txt") && r.err.contains("64 MiB"), "\(r.err)")
    }

    @Test func aLineLongerThanTheLimitIsRefusedWithItsNumber() {
        let text = "1. A paragraph.\n\n" + String(repeating: "x", count: Limits.maximumLineLength + 1) + "\n"
        #expect {
            _ = try Document(text: text, language: .en, source: "long.txt")
        } throws: { e in
            "\(e)".hasPrefix("long.txt:3: a line of \(Limits.maximumLineLength + 1) characters, more than the \(Limits.maximumLineLength)")
        }
    }

    @Test func aWordPackageThatUnpacksTooFarIsStopped() throws {
        let bytes = try Paths.bytes(Paths.root.appendingPathComponent("Tests/UNAlignTests/Fixtures/office/A-75-394.en.docx"))
        #expect {
            _ = try DocxReader(unpackLimit: 64 * 1024).read(Data(bytes), source: "bomb.docx")
        } throws: { e in
            "\(e)".contains("bomb.docx: unpacks to more than the 65536 bytes a Word package may hold (stopped in word/")
        }
        // The default limit reads the real file.
        #expect(try DocxReader().read(Data(bytes), source: "real.docx").text.count > 10_000)
    }

    /// A pipe (`<(pdftotext a.pdf -)`, a named pipe) is read to its end; a folder is named as one.
    @Test func pipesAreReadAndFoldersNamed() throws {
        let d = try CLITests.temp()
        defer { try? FileManager.default.removeItem(at: d) }
        #expect { _ = try InputBytes.read(d.path) } throws: { "\($0)" == "\(d.path): a folder, not a file" }
        let fifo = d.appendingPathComponent("pipe.md").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let text = try Paths.bytes(Paths.corpus.appendingPathComponent("en.md"))
        let writer = Thread {
            let h = FileHandle(forWritingAtPath: fifo)!
            h.write(Data(text))
            try? h.close()
        }
        writer.start()
        #expect(try InputBytes.read(fifo) == text)
    }

    @Test func moreVersionsThanLanguagesAreRefused() throws {
        let seven = Language.allCases.map { "Corpora/A-75-394/\($0.rawValue).md" } + ["Corpora/A-75-394/en.md"]
        let cli = try CLITests.unalign(["align"] + seven)
        #expect(cli.status == 64 && cli.err.contains("7 files, more than the 6 versions an alignment may have"))
        let en = try Document(contentsOfFile: Paths.corpus.appendingPathComponent("en.md").path, language: .en)
        #expect {
            _ = try Aligner().align(Array(repeating: en, count: Limits.maximumVersions + 1))
        } throws: { e in
            "\(e)" == "7 versions, more than the 6 an alignment may have: one per language"
        }
    }
}

/// Batch: a set that hangs is timed out and reported while the others finish; ids name files safely.
@Suite("Batch reliability")
struct BatchReliabilityTests {
    @Test func aHangingSetTimesOutAndTheOthersFinish() throws {
        let d = try CLITests.temp()
        defer { try? FileManager.default.removeItem(at: d) }
        // A named pipe held open and never written to: reading it blocks, as a file on a stuck
        // mount does.
        let fifo = d.appendingPathComponent("stuck.md").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let writer = open(fifo, O_RDWR)
        defer { close(writer) }
        let manifest = d.appendingPathComponent("sets.jsonl")
        try """
            {"id": "A/75/394", "zh": "\(Paths.corpus.path)/zh.md", "en": "\(Paths.corpus.path)/en.md"}
            {"id": "stuck", "zh": "\(fifo)", "en": "\(Paths.corpus.path)/en.md"}
            {"id": "fr-es", "fr": "\(Paths.corpus.path)/fr.md", "es": "\(Paths.corpus.path)/es.md"}
            {"id": "fr-es", "fr": "\(Paths.corpus.path)/fr.md", "ru": "\(Paths.corpus.path)/ru.md"}
            """.write(to: manifest, atomically: true, encoding: .utf8)
        let out = d.appendingPathComponent("out")
        let started = Date()
        let b = try CLITests.unalign(["batch", manifest.path, "--out", out.path, "--jobs", "2", "--timeout", "3"])
        #expect(Date().timeIntervalSince(started) < 60)
        #expect(b.status == 1)
        #expect(b.err.contains("sets.jsonl:2: set stuck failed: timed out after 3.0 s"), "\(b.err)")
        #expect(b.err.contains("sets.jsonl:4: set fr-es has the output name of the set on line 3"))
        #expect(b.err.contains("2 of 4 sets aligned (1 timed out)"))
        // A symbol as id names its file with dashes, inside the folder.
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("A-75-394.json").path))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("fr-es.json").path))
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("summary.json"))) as? [[String: Any]])
        #expect(summary.count == 4)
        #expect(summary.first { $0["id"] as? String == "stuck" }?["timedOut"] as? Bool == true)
        #expect(summary.filter { $0["ok"] as? Bool == true }.count == 2)
    }

    @Test func badTimeoutsAreUsageErrors() throws {
        let r = try CLITests.unalign(["batch", "x.jsonl", "--stdout", "--timeout", "0"])
        #expect(r.status == 64 && r.err.contains("--timeout"))
        let s = try CLITests.unalign(["batch", "x.jsonl", "--stdout", "--shard", "3/2"])
        #expect(s.status == 64 && s.err.contains("shard"))
    }
}

/// Output files are written whole or not at all: a run killed at any moment leaves the previous
/// complete file or the new complete file, never a truncated one.
@Suite("Interrupted output")
struct InterruptedOutputTests {
    static func isCompleteTMX(_ url: URL) -> Bool {
        guard let data = try? Data(contentsOf: url) else { return false }
        let parser = XMLParser(data: data)
        return parser.parse() && String(decoding: data.suffix(16), as: UTF8.self).hasSuffix("</tmx>\n") && ((try? TMX.read(data))?.count ?? 0) > 900
    }

    @Test func killingAnAlignAtRandomNeverLeavesAPartialTMX() throws {
        let d = try CLITests.temp()
        defer { try? FileManager.default.removeItem(at: d) }
        let out = d.appendingPathComponent("out.tmx")
        let files = Language.allCases.map { Paths.corpus.appendingPathComponent("\($0.rawValue).md").path }
        // How long a whole run takes here, to spread the kills over it.
        let started = Date()
        let whole = try CLITests.unalign(["align"] + files + ["-f", "tmx", "-o", out.path])
        // The shortest whole run seen so far: a run slowed by other tests running beside this one
        // would put the kills after the end of the runs that follow.
        var duration = Date().timeIntervalSince(started)
        #expect(whole.status == 0 && Self.isCompleteTMX(out))
        var rng = SeededGenerator(seed: UInt64(Date().timeIntervalSince1970))
        var killedBeforeTheEnd = 0
        for round in 0..<12 {
            // Half the rounds start with no file, half with the previous run's.
            if round % 2 == 0 { try? FileManager.default.removeItem(at: out) }
            let hadFile = FileManager.default.fileExists(atPath: out.path)
            let p = Process()
            p.executableURL = URL(fileURLWithPath: CLITests.binary)
            p.arguments = ["align"] + files + ["-f", "tmx", "-o", out.path]
            p.currentDirectoryURL = Paths.root
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            let launched = Date()
            try p.run()
            // Mostly late in the run, where the file is being written.
            let at = duration * Double.random(in: 0.3...1.05, using: &rng)
            Thread.sleep(forTimeInterval: at)
            let signal = round % 3 == 2 ? SIGTERM : SIGKILL
            if p.isRunning { kill(p.processIdentifier, signal); killedBeforeTheEnd += 1 }
            p.waitUntilExit()
            if p.terminationReason == .exit && p.terminationStatus == 0 { duration = min(duration, Date().timeIntervalSince(launched)) }
            if FileManager.default.fileExists(atPath: out.path) {
                #expect(Self.isCompleteTMX(out), "round \(round): out.tmx is not a complete TMX after a kill at \(at) s")
            } else {
                #expect(!hadFile, "round \(round): the previous out.tmx is gone")
            }
            // A terminated run takes its temporary file with it (a killed one cannot: SIGKILL
            // leaves its temporary file, named by its process id, and never the target).
            if signal == SIGTERM {
                let left = try FileManager.default.contentsOfDirectory(atPath: d.path)
                    .filter { $0.hasSuffix(".tmp") && $0.contains(".unalign-\(p.processIdentifier)-") }
                #expect(left.isEmpty, "round \(round): \(left) left behind")
            }
        }
        #expect(killedBeforeTheEnd >= 6)
    }
}
