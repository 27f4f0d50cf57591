import ArgumentParser
import Foundation
import UNAlign

/// How results are written: terminal text, JSON, or one of the export formats.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, tmx, tsv, jsonl, moses, beads, ladder
}

/// Options shared by the commands that write alignments.
struct ExportArguments: ParsableArguments {
    @Option(name: [.short, .customLong("format")], help: "Output format.")
    var format: OutputFormat = .text

    @Option(name: .shortAndLong, help: "Output file (- for stdout). Multi-file formats (moses, beads, ladder, --pairs) use it as the base name.")
    var output: String?

    @Flag(help: "With -f tmx and more than two languages, also write one bilingual TMX per language pair (most CAT tools read only those).")
    var pairs = false

    @Option(help: "Leave out segments below this confidence (0...1).")
    var minConfidence: Double = 0

    @Option(help: ArgumentHelp("Only these segment kinds, comma-separated.", valueName: "kinds"))
    var kinds: SegmentKinds?

    @Option(help: "Document symbol written into each translation unit (default: from the title block or the folder name, e.g. A-75-394).")
    var symbol: String?

    var settings: ExportSettings {
        ExportSettings(format: format, output: output, pairs: pairs, minConfidence: minConfidence, kinds: kinds?.kinds, symbol: symbol)
    }

    func validate() throws {
        if !(0...1).contains(minConfidence) { throw ValidationError("--min-confidence takes a number from 0 to 1") }
        if pairs && format != .tmx { throw ValidationError("--pairs writes bilingual TMX files: use it with -f tmx") }
        if [.moses, .beads, .ladder].contains(format) || pairs, output == nil || output == "-" {
            throw ValidationError("-f \(format.rawValue)\(pairs ? " --pairs" : "") writes several files: give --output BASE")
        }
    }
}

/// What `ExportArguments` decides, as a plain value (batch workers build their own).
struct ExportSettings {
    var format: OutputFormat
    var output: String?
    var pairs = false
    var minConfidence: Double = 0
    var kinds: Set<SegmentKind>?
    var symbol: String?

    func options(for a: Alignment, symbolGuess: String?) -> ExportOptions {
        var o = ExportOptions()
        o.minConfidence = minConfidence
        o.kinds = kinds
        o.symbol = symbol ?? symbolGuess
        return o
    }
    /// Writes an alignment in the chosen format.
    func write(_ a: Alignment, symbolGuess: String?) throws {
        let options = options(for: a, symbolGuess: symbolGuess)
        switch format {
        case .text:
            try Output.write(SideBySide.render(a, minConfidence: minConfidence), to: output)
        case .json:
            let enc = JSONEncoder()
            enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            try Output.write(String(decoding: try enc.encode(a), as: UTF8.self) + "\n", to: output)
        default:
            let f = ExportFormat(rawValue: format.rawValue)!
            let exported = Exporter.export(a, as: f, options: options)
            for n in exported.notices { FileHandle.standardError.write(Data("unalign: \(output ?? "stdout"): \(n)\n".utf8)) }
            var files = exported.files
            if f == .tmx && pairs && a.languages.count > 2 {
                for (i, x) in a.languages.enumerated() {
                    for y in a.languages[(i + 1)...] {
                        var o = options
                        o.languages = [x, y]
                        files += Exporter.export(a, as: .tmx, options: o).files.map { (".\(x.rawValue)-\(y.rawValue)" + $0.suffix, $0.contents) }
                    }
                }
            }
            if files.count == 1 && files[0].suffix.isEmpty {
                try Output.write(files[0].contents, to: output)
            } else {
                guard let base = output, base != "-" else {
                    throw ValidationError("-f \(format.rawValue) writes several files: give --output BASE")
                }
                for (suffix, contents) in files {
                    let name = suffix.isEmpty ? base : Self.insert(suffix, into: base)
                    try Output.write(contents, to: name)
                    FileHandle.standardError.write(Data("wrote \(name)\n".utf8))
                }
            }
        }
    }

    /// `out.tmx` + `.zh-en` → `out.zh-en.tmx`; `corpus` + `.en` → `corpus.en`.
    static func insert(_ suffix: String, into base: String) -> String {
        let url = URL(fileURLWithPath: base)
        let ext = url.pathExtension
        if ext.isEmpty || suffix.hasSuffix(".txt") || suffix.hasSuffix(".align") || suffix.hasSuffix(".ladder") || suffix.split(separator: ".").count == 1 && !suffix.contains("-") {
            return base + suffix
        }
        return url.deletingPathExtension().path + suffix + "." + ext
    }
}

struct Align: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Align language versions of a UN document.",
        discussion: """
            Reads two or more versions (any encoding, Markdown or plain text), finds their structure, and aligns them: units by address, sentences inside units, countries in vote lists by identity. The first file is the pivot the others are aligned to.

            With --sentences, each file is a list of sentences, one per line (as hunalign and Champollion take them), and the output is beads: `1,2 <=> 3`.

            Examples:
              unalign align Corpora/A-75-394/zh.md Corpora/A-75-394/en.md
              unalign align zh.md en.md -f tmx -o a75394.zh-en.tmx
              unalign align Corpora/A-75-394/*.md -f tmx --pairs -o a75394.tmx
              unalign align Corpora/A-75-394/*.md -f moses -o corpus
              unalign align --sentences en.txt zh.txt -l en zh > en-zh.align

            Exit status: 0 aligned, 1 aligned with discrepancies (text format only), 2 an input cannot be read, 64 bad usage.
            """
    )

    @Argument(help: "Versions of one document (the first is the pivot), or - for stdin (once).")
    var files: [String]

    @OptionGroup var input: DocumentOptions

    @Flag(help: "Inputs are one sentence per line; print beads.")
    var sentences = false

    @Flag(help: "Same as -f json.")
    var json = false

    @OptionGroup var export: ExportArguments

    func validate() throws {
        if files.count < 2 { throw ValidationError("give at least two files to align") }
        if files.count > Limits.maximumVersions {
            throw ValidationError("\(files.count) files, more than the \(Limits.maximumVersions) versions an alignment may have: one per language")
        }
        if sentences && files.count != 2 { throw ValidationError("--sentences aligns exactly two files") }
        if files.filter({ $0 == "-" }).count > 1 { throw ValidationError("stdin (-) can be read once") }
        try input.check(files: files.count)
    }

    func run() throws {
        if sentences {
            let texts = try files.map { try InputFile.read($0, encoding: input.encoding).text }
            let lists = texts.map(InputFile.lines)
            let langs = (0..<2).map { i in input.language(i) ?? ScriptGuess.language(of: texts[i]) }
            try Output.write(Beads.format(Aligner().alignSentences(lists[0], lists[1], languages: (langs[0], langs[1]))), to: export.settings.output)
            return
        }
        let docs = try files.enumerated().map { i, f in try input.document(f, i) }
        let a = try Aligner().align(docs)
        var e = export.settings
        if json { e.format = .json }
        try e.write(a, symbolGuess: Symbol.guess(docs))
        if e.format == .text && !a.discrepancies.isEmpty { throw ExitCode(1) }
    }
}

/// The document symbol: a `title/symbol` line, or a folder named like one (`A-75-394` → `A/75/394`).
enum Symbol {
    static func guess(_ docs: [Document]) -> String? {
        for d in docs {
            if let n = d.node("title/symbol") { return d.text(of: n) }
        }
        for d in docs where d.source != "<stdin>" {
            let folder = URL(fileURLWithPath: d.source).deletingLastPathComponent().lastPathComponent
            let parts = folder.split(separator: "-")
            if parts.count >= 3, parts[0].allSatisfy(\.isUppercase), parts.dropFirst().allSatisfy({ $0.allSatisfy { $0.isNumber || $0.isUppercase || $0 == "." } }) {
                return parts.joined(separator: "/")
            }
        }
        return nil
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
    /// A file is replaced whole or not at all (`OutputFile`); `-` or none is stdout.
    static func write(_ s: String, to path: String?) throws {
        if let path, path != "-" {
            try OutputFile.write(s, to: path)
        } else {
            FileHandle.standardOutput.write(Data(s.utf8))
        }
    }
}

/// An input or output problem the user must fix (exit status 2), not a usage error.
struct CLIError: Error, CustomStringConvertible {
    let description: String
    init(_ message: String) { description = message }
}
