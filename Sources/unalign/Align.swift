import ArgumentParser
import Foundation
import UNAlign

struct Align: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Align language versions of a UN document.",
        discussion: """
            Reads two or more versions (any encoding, Markdown or plain text), finds their structure,
            and aligns them: units by address, sentences inside units, countries in vote lists by
            identity. The first file is the pivot the others are aligned to.

            With --sentences, each file is a list of sentences, one per line (as hunalign and
            Champollion take them), and the output is beads: `1,2 <=> 3`.

            Examples:
              unalign align Corpora/A-75-394/zh.md Corpora/A-75-394/en.md
              unalign align --json Corpora/A-75-394/*.md > a75394.json
              unalign align --sentences zh.txt en.txt -l zh en > zh-en.align
            """
    )

    @Argument(help: "Versions of one document (the first is the pivot).")
    var files: [String]

    @Option(name: .shortAndLong, parsing: .upToNextOption, help: "Languages of the files, in order (default: detected).")
    var languages: [String] = []

    @Flag(help: "Inputs are one sentence per line; print beads.")
    var sentences = false

    @Flag(help: "Print the alignment as JSON (segments, units, votes, discrepancies).")
    var json = false

    @Option(name: .shortAndLong, help: "Write to this file instead of stdout.")
    var output: String?

    @Option(help: "Show only segments with at least this confidence (0...1).")
    var minConfidence: Double = 0

    func validate() throws {
        if files.count < 2 { throw ValidationError("give at least two files to align") }
    }

    func run() throws {
        let out: String
        if sentences {
            guard files.count == 2 else { throw ValidationError("--sentences aligns exactly two files") }
            let texts = try files.map { try InputFile.read($0, encoding: nil).text }
            let lists = texts.map { t in t.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).reversed().drop { $0.isEmpty }.reversed().map { $0 } }
            let langs = try (0..<2).map { i in try languageOf(i, texts[i]) }
            out = Beads.format(Aligner().alignSentences(lists[0], lists[1], languages: (langs[0], langs[1])))
        } else {
            let docs = try files.enumerated().map { i, f in try InputFile.document(f, language: i < languages.count ? languages[i] : nil, encoding: nil) }
            let a = try Aligner().align(docs)
            if json {
                let enc = JSONEncoder()
                enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                out = String(decoding: try enc.encode(a), as: UTF8.self) + "\n"
            } else {
                out = SideBySide.render(a, minConfidence: minConfidence)
            }
        }
        try Output.write(out, to: output)
    }

    private func languageOf(_ i: Int, _ text: String) throws -> Language {
        guard i < languages.count else { return ScriptGuess.language(of: text) }
        guard let l = Language(code: languages[i]) else { throw ValidationError("unknown language '\(languages[i])'") }
        return l
    }
}

/// A readable terminal view: one block per segment, each language on its own line.
enum SideBySide {
    static func render(_ a: Alignment, minConfidence: Double) -> String {
        let color = isatty(1) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        func dim(_ s: String) -> String { color ? "\u{1B}[2m\(s)\u{1B}[0m" : s }
        func bold(_ s: String) -> String { color ? "\u{1B}[1m\(s)\u{1B}[0m" : s }
        var out = ""
        for s in a.segments where s.confidence >= minConfidence || s.kind == .unaligned {
            out += bold("\(s.address)") + dim("  \(s.kind.rawValue)  \(String(format: "%.2f", s.confidence))") + "\n"
            for l in a.languages {
                out += "  \(l.rawValue)  " + (s.text(l).map { $0.replacingOccurrences(of: "\n", with: " ") } ?? dim("—")) + "\n"
            }
        }
        if !a.discrepancies.isEmpty {
            out += bold("\(a.discrepancies.count) discrepancies") + "\n"
            for d in a.discrepancies { out += "  \(d)\n" }
        }
        return out
    }
}

enum Output {
    static func write(_ s: String, to path: String?) throws {
        if let path, path != "-" {
            do { try s.write(toFile: path, atomically: true, encoding: .utf8) } catch {
                throw ValidationError("\(path): cannot write: \(error.localizedDescription)")
            }
        } else {
            FileHandle.standardOutput.write(Data(s.utf8))
        }
    }
}
