import ArgumentParser
import Foundation
import UNAlign

/// `-f tmx`: how results are written (the library's export formats).
extension ExportFormat: ExpressibleByArgument {}
extension TMX.Dialect: ExpressibleByArgument {}

/// Options shared by the commands that write alignments.
struct ExportArguments: ParsableArguments {
    @Option(name: [.short, .customLong("format")], help: "Output format.")
    var format: ExportFormat = .text

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

    @Option(help: ArgumentHelp("With -f tmx: standard, or omegat to add each segment with the Word file's inline tags as OmegaT shows them (OmegaT then fills tagged segments too; the header names OmegaT, the only memories whose tags OmegaT reads).", valueName: "dialect"))
    var tmxDialect: TMX.Dialect = .standard

    var settings: ExportSettings {
        ExportSettings(format: format, output: output, pairs: pairs, minConfidence: minConfidence, kinds: kinds?.kinds, symbol: symbol, tmxDialect: tmxDialect)
    }

    func validate() throws {
        if !(0...1).contains(minConfidence) { throw ValidationError("--min-confidence takes a number from 0 to 1") }
        if pairs && format != .tmx { throw ValidationError("--pairs writes bilingual TMX files: use it with -f tmx") }
        if tmxDialect != .standard && format != .tmx { throw ValidationError("--tmx-dialect is for TMX: use it with -f tmx") }
    }

    /// A format that writes several files needs a base name (not for `align --sentences`, whose
    /// beads are one file: `-f beads` there says what it prints anyway).
    func requireBaseNameForMultiFileFormats() throws {
        if [.moses, .beads, .ladder].contains(format) || pairs, output == nil || output == "-" {
            throw ValidationError("-f \(format.rawValue)\(pairs ? " --pairs" : "") writes several files: give --output BASE")
        }
    }
}

/// What `ExportArguments` decides, as a plain value (batch workers build their own).
struct ExportSettings {
    var format: ExportFormat
    var output: String?
    var pairs = false
    var minConfidence: Double = 0
    var kinds: Set<SegmentKind>?
    var symbol: String?
    var tmxDialect = TMX.Dialect.standard

    /// Writes an alignment in the chosen format: one file (or stdout), or several beside `output`.
    func write(_ a: Alignment, symbolGuess: String?) throws {
        var o = ExportOptions()
        o.minConfidence = minConfidence
        o.kinds = kinds
        o.symbol = symbol ?? symbolGuess
        o.pairs = pairs
        o.tmxDialect = tmxDialect
        o.color = format == .text && (output == nil || output == "-") && isatty(1) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        let exported = Exporter.export(a, as: format, options: o)
        for n in exported.notices { FileHandle.standardError.write(Data("unalign: \(output ?? "stdout"): \(n)\n".utf8)) }
        if exported.files.count == 1 && exported.files[0].suffix.isEmpty {
            try Output.write(exported.files[0].contents, to: output)
            return
        }
        // validate() asked for a base name wherever several files are written.
        let base = output ?? "unalign"
        for (suffix, contents) in exported.files {
            let name = Exporter.path(base: base, suffix: suffix)
            try Output.write(contents, to: name)
            FileHandle.standardError.write(Data("wrote \(name)\n".utf8))
        }
    }
}

struct Align: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Align language versions of a UN document.",
        discussion: """
            Reads two or more versions (any encoding, Markdown or plain text), finds their structure, and aligns them: units by address, sentences inside units, countries in vote lists by identity. The first file is the pivot the others are aligned to.

            With --sentences, each file is a list of sentences, one per line (as hunalign and Champollion take them), and the output is beads: `1,2 <=> 3`. A block the two files place differently is paired where it is (its beads leave the second file's order) and named on standard error.

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
        if sentences && ![.beads, .text].contains(export.format) {
            throw ValidationError("--sentences prints beads: leave out -f, or give -f beads")
        }
        if !sentences { try export.requireBaseNameForMultiFileFormats() }
        if files.filter({ $0 == "-" }).count > 1 { throw ValidationError("stdin (-) can be read once") }
        try input.check(files: files.count)
    }

    func run() throws {
        if sentences {
            let texts = try files.map { try InputFile.read($0, encoding: input.encoding).text }
            let lists = texts.map(InputFile.lines)
            let langs = (0..<2).map { i in input.language(i) ?? ScriptGuess.language(of: texts[i]) }
            let scored = Aligner().alignSentencesScored(lists[0], lists[1], languages: (langs[0], langs[1]))
            try Output.write(Beads.format(scored.map(\.bead)), to: export.settings.output)
            // The beads of a moved block are out of the second file's order: said, not hidden.
            for block in SentenceAligner.movedBlocks(scored) {
                let message = "unalign: moved block: sentences \(block.source.lowerBound + 1)–\(block.source.upperBound + 1) of \(files[0]) "
                    + "are \(block.target.lowerBound + 1)–\(block.target.upperBound + 1) of \(files[1]), which places them elsewhere\n"
                FileHandle.standardError.write(Data(message.utf8))
            }
            return
        }
        let docs = try input.documents(files)
        let a = try Aligner().align(docs)
        var e = export.settings
        if json { e.format = .json }
        try e.write(a, symbolGuess: DocumentSymbol.guess(docs))
        if e.format == .text && !a.discrepancies.isEmpty { throw ExitCode(1) }
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
