import Foundation
import Testing
@testable import UNAlign

/// The `unalign` binary run as a user runs it.
@Suite("Command line")
struct CLITests {
    static let binary: String = {
        let here = URL(fileURLWithPath: ProcessInfo.processInfo.arguments[0]).deletingLastPathComponent()
        for dir in [here, here.deletingLastPathComponent(), Paths.root.appendingPathComponent(".build/debug")] {
            let p = dir.appendingPathComponent("unalign").path
            if FileManager.default.isExecutableFile(atPath: p) { return p }
        }
        return Paths.root.appendingPathComponent(".build/debug/unalign").path
    }()

    struct Run { let status: Int32; let out: String; let err: String }

    static func unalign(_ args: [String], stdin: String? = nil, environment: [String: String] = [:]) throws -> Run {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: binary)
        p.arguments = args
        if !environment.isEmpty { p.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new } }
        p.currentDirectoryURL = Paths.root
        let out = Pipe(), err = Pipe(), inp = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = inp
        try p.run()
        if let stdin { inp.fileHandleForWriting.write(Data(stdin.utf8)) }
        try inp.fileHandleForWriting.close()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Run(status: p.terminationStatus, out: String(decoding: o, as: UTF8.self), err: String(decoding: e, as: UTF8.self))
    }

    static func temp() throws -> URL {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("unalign-cli-\(UUID())")
        try FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        return d
    }

    static let zh = "Corpora/A-75-394/zh.md", en = "Corpora/A-75-394/en.md", fr = "Corpora/A-75-394/fr.md"

    @Test func alignToTMXAndJSON() throws {
        let r = try Self.unalign(["align", Self.zh, Self.en, "-f", "tmx"])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.hasPrefix("<?xml") && r.out.contains("<tuv xml:lang=\"zh-CN\"><seg>一. 引言</seg></tuv>"))
        #expect(r.out.contains("<prop type=\"x-document\">A/75/394</prop>"))
        let j = try Self.unalign(["align", Self.zh, Self.en, "--json"])
        let a = try JSONDecoder().decode(Alignment.self, from: Data(j.out.utf8))
        #expect(a.languages == [.zh, .en] && a.discrepancies.isEmpty)
        let text = try Self.unalign(["align", Self.zh, Self.en, "--min-confidence", "0.5"])
        #expect(text.status == 0 && text.out.contains("¶10(b)#1") && !text.out.contains("\u{1B}["))  // no colour into a pipe
    }

    @Test func alignWritesPairFilesAndMosesFiles() throws {
        let d = try Self.temp()
        defer { try? FileManager.default.removeItem(at: d) }
        let r = try Self.unalign(["align", Self.zh, Self.en, Self.fr, "-f", "tmx", "--pairs", "-o", d.appendingPathComponent("a.tmx").path])
        #expect(r.status == 0, "\(r.err)")
        for name in ["a.tmx", "a.zh-en.tmx", "a.zh-fr.tmx", "a.en-fr.tmx"] {
            #expect(FileManager.default.fileExists(atPath: d.appendingPathComponent(name).path), "\(name)")
        }
        let m = try Self.unalign(["align", Self.zh, Self.en, "-f", "moses", "-o", d.appendingPathComponent("corpus").path])
        #expect(m.status == 0)
        let zh = try String(contentsOf: d.appendingPathComponent("corpus.zh"), encoding: .utf8).split(separator: "\n")
        let en = try String(contentsOf: d.appendingPathComponent("corpus.en"), encoding: .utf8).split(separator: "\n")
        #expect(zh.count == en.count && zh.count > 900)
        // Export converts a saved TMX back into another format.
        let t = try Self.unalign(["export", d.appendingPathComponent("a.zh-en.tmx").path, "-f", "tsv", "--kinds", "heading"])
        #expect(t.status == 0 && t.out.contains("§I\theading") && t.out.split(separator: "\n").count == 1 + 7 + 4)
    }

    @Test func sentencesEvalInspectVotesSegment() throws {
        let c = Paths.champollion.appendingPathComponent("utf8").path
        let s = try Self.unalign(["align", "--sentences", "\(c)/921008fe.txt", "\(c)/921008fc.txt", "-l", "en", "zh"])
        #expect(s.status == 0 && s.out.contains(" <=> "))
        // `-f beads` says what --sentences prints anyway (Benchmarks/speed.sh writes it so).
        let b = try Self.unalign(["align", "--sentences", "\(c)/921008fe.txt", "\(c)/921008fc.txt", "-l", "en", "zh", "-f", "beads"])
        #expect(b.status == 0 && b.out == s.out)
        let d = try Self.temp()
        defer { try? FileManager.default.removeItem(at: d) }
        try s.out.write(to: d.appendingPathComponent("t.align"), atomically: true, encoding: .utf8)
        let e = try Self.unalign(["eval", "--gold", Paths.champollion.appendingPathComponent("921008f.gold.align").path, "--test", d.appendingPathComponent("t.align").path])
        #expect(e.status == 0 && e.out.contains("strict P"))
        let i = try Self.unalign(["inspect", Self.zh])
        #expect(i.status == 0 && i.out.contains("DR-II/op1  operative"))
        let v = try Self.unalign(["votes", Self.zh, Self.en, "--tsv"])
        #expect(v.status == 0 && v.out.split(separator: "\n").count == 1 + 834)
        let g = try Self.unalign(["segment", "-"], stdin: "第一句。第二句！")
        #expect(g.out == "第一句。\n第二句！\n")
        #expect(try Self.unalign(["--help"]).out.contains("SUBCOMMANDS"))
        #expect(try Self.unalign(["align", "--help"]).out.contains("Examples:"))
    }

    @Test func badInputGivesClearErrorsAndExitCodes() throws {
        let d = try Self.temp()
        defer { try? FileManager.default.removeItem(at: d) }
        let missing = try Self.unalign(["align", "/no/such/file.md", Self.en])
        #expect(missing.status == 2 && missing.err.contains("/no/such/file.md: no such file"))
        let bad = d.appendingPathComponent("bad.md")
        try Data([0x31, 0x2E, 0x20, 0xFF, 0xFE, 0xFD, 0x0A, 0x00, 0x00, 0x81]).write(to: bad)
        let undecodable = try Self.unalign(["inspect", bad.path, "--encoding", "utf-8"])
        #expect(undecodable.status == 2 && undecodable.err.contains("\(bad.path):1: bytes FF"))
        let usage = try Self.unalign(["align", Self.zh])
        #expect(usage.status == 64 && usage.err.contains("at least two files"))
        let unknown = try Self.unalign(["align", Self.zh, Self.en, "-f", "docx"])
        #expect(unknown.status == 64)
        let lang = try Self.unalign(["inspect", Self.zh, "-l", "klingon"])
        #expect(lang.status != 0 && lang.err.contains("klingon"))
    }

    @Test func batchWithAnEmptyManifestAndABrokenSet() throws {
        let d = try Self.temp()
        defer { try? FileManager.default.removeItem(at: d) }
        let empty = d.appendingPathComponent("empty.jsonl")
        try "\n# nothing here\n".write(to: empty, atomically: true, encoding: .utf8)
        let e = try Self.unalign(["batch", empty.path, "--out", d.appendingPathComponent("o1").path])
        #expect(e.status == 2 && e.err.contains("lists no document sets"))
        let manifest = d.appendingPathComponent("sets.jsonl")
        try """
            {"id": "good", "zh": "\(Paths.corpus.path)/zh.md", "en": "\(Paths.corpus.path)/en.md"}
            {"id": "broken", "zh": "\(Paths.corpus.path)/zh.md", "en": "missing.md"}
            {"id": "good2", "en": "\(Paths.corpus.path)/en.md", "fr": "\(Paths.corpus.path)/fr.md"}
            """.write(to: manifest, atomically: true, encoding: .utf8)
        let out = d.appendingPathComponent("out")
        let b = try Self.unalign(["batch", manifest.path, "--out", out.path, "-f", "tmx", "--jobs", "2"])
        #expect(b.status == 1)
        #expect(b.err.contains("sets.jsonl:2: set broken failed") && b.err.contains("2 of 3 sets aligned"))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("good.tmx").path))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("good2.tmx").path))
        let summary = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("summary.json"))) as? [[String: Any]]
        #expect(summary?.count == 3 && summary?.filter { $0["ok"] as? Bool == true }.count == 2)
        // Streaming on stdin/stdout, one shard.
        let s = try Self.unalign(["batch", "-", "--stdout", "--shard", "1/2"], stdin: try String(contentsOf: manifest, encoding: .utf8))
        let lines = s.out.split(separator: "\n")
        #expect(lines.count == 2 && lines.allSatisfy { $0.contains("\"id\":\"good") })
    }
}
