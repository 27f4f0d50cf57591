import Foundation
import Testing

/// The help of every command, at 80 columns, against its snapshot in `Fixtures/help/`: help text
/// is part of the interface. `UNALIGN_UPDATE_SNAPSHOTS=1 swift test --filter HelpTests` rewrites
/// the snapshots after a deliberate change (review the diff).
@Suite("Help and usage")
struct HelpTests {
    static let commands = ["", "align", "inspect", "votes", "eval", "export", "batch", "segment"]
    static let folder = Paths.root.appendingPathComponent("Tests/UNAlignTests/Fixtures/help")

    @Test(arguments: commands)
    func helpMatchesItsSnapshot(command: String) throws {
        let r = try CLITests.unalign((command.isEmpty ? [] : [command]) + ["--help"], environment: ["COLUMNS": "80"])
        #expect(r.status == 0)
        let file = Self.folder.appendingPathComponent("\(command.isEmpty ? "unalign" : command).txt")
        if ProcessInfo.processInfo.environment["UNALIGN_UPDATE_SNAPSHOTS"] != nil {
            try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
            try r.out.write(to: file, atomically: true, encoding: .utf8)
        }
        let snapshot = try String(contentsOf: file, encoding: .utf8)
        #expect(r.out == snapshot, "help of '\(command)' differs from \(file.lastPathComponent)")
        // Paragraphs wrap once, at the width: no prose line is broken twice into a short stub.
        let lines = r.out.split(separator: "\n", omittingEmptySubsequences: false)
        for (a, b) in zip(lines, lines.dropFirst()) where !a.isEmpty && !a.hasPrefix(" ") && !a.hasPrefix("USAGE") && !b.isEmpty && !b.hasPrefix(" ") {
            #expect(a.count > 50 || a.hasSuffix(":") || a.hasSuffix("."), "'\(a)' then '\(b)': a paragraph broken short")
        }
    }

    /// Usage errors are found before any work and exit 64 with a line that says what to change.
    @Test(arguments: [
        (["align", "Corpora/A-75-394/zh.md", "Corpora/A-75-394/en.md", "--kinds", "bogus"], "--kinds"),
        (["align", "Corpora/A-75-394/zh.md", "Corpora/A-75-394/en.md", "-l", "zh", "en", "fr"], "3 languages for 2 files"),
        (["align", "Corpora/A-75-394/zh.md", "Corpora/A-75-394/en.md", "-l", "xx"], "'xx' is invalid"),
        (["align", "Corpora/A-75-394/zh.md", "Corpora/A-75-394/en.md", "--encoding", "no-such-charset"], "--encoding"),
        (["align", "Corpora/A-75-394/zh.md", "Corpora/A-75-394/en.md", "-f", "moses"], "give --output BASE"),
        (["align", "Corpora/A-75-394/zh.md", "Corpora/A-75-394/en.md", "--pairs"], "use it with -f tmx"),
        (["align", "--sentences", "Corpora/A-75-394/zh.md", "Corpora/A-75-394/en.md", "-f", "tmx"], "--sentences prints beads"),
        (["export", "a.json", "-f", "moses"], "give --output BASE"),
        (["align", "Corpora/A-75-394/zh.md", "Corpora/A-75-394/en.md", "--min-confidence", "2"], "--min-confidence"),
        (["eval", "--gold", "g.align", "--source", "a.txt", "--target", "b.txt", "-l", "xx", "yy"], "--languages"),
        (["eval", "--gold", "g.align", "--source", "a.txt", "--target", "b.txt", "-l", "en", "zh", "fr"], "at most two languages"),
        (["votes", "Corpora/A-75-394/zh.md", "--json", "--tsv"], "give one"),
        (["segment", "Corpora/A-75-394/zh.md", "-l", "klingon"], "--language"),
        (["batch", "sets.jsonl", "--stdout", "--shard", "0/2"], "--shard"),
    ])
    func usageErrorsExit64BeforeWork(arguments: [String], says: String) throws {
        let started = Date()
        let r = try CLITests.unalign(arguments)
        #expect(r.status == 64, "\(arguments): status \(r.status), \(r.err)")
        #expect(r.err.contains(says), "\(arguments): \(r.err)")
        #expect(r.err.contains("Usage:") || r.err.contains("USAGE") || r.err.contains("Help:"), "\(arguments): no usage line in \(r.err)")
        #expect(Date().timeIntervalSince(started) < 5, "\(arguments): took long enough to have done work")
    }

    /// Every input problem, whatever raises it, exits 2 with a line naming the file.
    @Test func inputProblemsExit2NamingTheFile() throws {
        let d = try CLITests.temp()
        defer { try? FileManager.default.removeItem(at: d) }
        let notJSON = d.appendingPathComponent("a.json")
        try "{ not json".write(to: notJSON, atomically: true, encoding: .utf8)
        let cases: [([String], String)] = [
            (["align", "/no/such.md", "Corpora/A-75-394/en.md"], "/no/such.md: no such file"),
            (["align", d.path, "Corpora/A-75-394/en.md"], "\(d.path): a folder, not a file"),
            (["export", notJSON.path, "-f", "tsv"], "\(notJSON.path): not an alignment JSON"),
            (["align", "Corpora/A-75-394/zh.md", "Corpora/A-75-394/en.md", "-f", "tmx", "-o", "/no/such/folder/out.tmx"], "/no/such/folder/out.tmx: cannot write"),
            (["batch", "/no/such.jsonl", "--stdout"], "/no/such.jsonl: no such file"),
        ]
        for (arguments, says) in cases {
            let r = try CLITests.unalign(arguments)
            #expect(r.status == 2 && r.err.hasPrefix("unalign: ") && r.err.contains(says), "\(arguments): \(r.status) \(r.err)")
        }
    }
}
