import ArgumentParser
import Foundation
import UNAlign

struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score a sentence alignment against a gold alignment.",
        discussion: """
            Both files are beads (`1,2 <=> 3`, `omitted <=> 4`), one per line. Prints strict and lax precision, recall and F1 as Vecalign and Bertalign define them: strict counts a bead only when it equals a gold bead; lax when it links at least one gold sentence pair. With several pairs (--gold g1 --test t1 --gold g2 --test t2), also the pooled score.

            Or align and score in one step, from sentence files:
              unalign eval --gold gold.align --source en.txt --target zh.txt -l en zh

            Examples:
              unalign eval --gold gold.align --test ours.align
            """
    )

    @Option(help: "Gold bead file (repeatable).")
    var gold: [String] = []

    @Option(help: "Predicted bead file (repeatable, in the order of --gold).")
    var test: [String] = []

    @Option(help: "Source sentences (one per line) to align and score (repeatable, with --target).")
    var source: [String] = []

    @Option(help: "Target sentences (one per line).")
    var target: [String] = []

    @Option(name: [.short, .customLong("languages")], parsing: .upToNextOption,
            help: ArgumentHelp("Languages of source and target (default: detected from the script).", valueName: "lang"))
    var languages: [Language] = []

    @Option(help: ArgumentHelp("Encoding of the sentence files (default: detected).", valueName: "name"))
    var encoding: TextEncoding?

    @Flag(help: "Print JSON.")
    var json = false

    func validate() throws {
        if gold.isEmpty { throw ValidationError("give --gold") }
        if test.count + source.count != gold.count { throw ValidationError("give one --test (or one --source/--target pair) per --gold") }
        if source.count != target.count { throw ValidationError("give as many --target as --source") }
        if languages.count > 2 { throw ValidationError("give at most two languages: source, then target") }
        if !languages.isEmpty && source.isEmpty { throw ValidationError("--languages is for --source and --target files") }
    }

    func run() throws {
        var rows: [(String, AlignmentScore)] = []
        for (k, g) in gold.enumerated() {
            let goldBeads = try Beads.read(g)
            let predicted: [Bead]
            if k < test.count {
                predicted = try Beads.read(test[k])
            } else {
                let s = try InputFile.read(source[k - test.count], encoding: encoding).text, t = try InputFile.read(target[k - test.count], encoding: encoding).text
                let ls = languages.first, lt = languages.count > 1 ? languages[1] : nil
                predicted = Aligner().alignSentences(InputFile.lines(s), InputFile.lines(t), languages: (ls ?? ScriptGuess.language(of: s), lt ?? ScriptGuess.language(of: t)))
            }
            rows.append((g, AlignmentScore(gold: goldBeads, test: predicted)))
        }
        if rows.count > 1 { rows.append(("all", AlignmentScore.pooled(rows.map(\.1)))) }
        var out = ""
        if json {
            let enc = JSONEncoder()
            enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            out = String(decoding: try enc.encode(Dictionary(rows.map { ($0.0, $0.1) }, uniquingKeysWith: { a, _ in a })), as: UTF8.self) + "\n"
        } else {
            for (name, s) in rows { out += "\(name)\t\(s)\n" }
        }
        FileHandle.standardOutput.write(Data(out.utf8))
    }
}
