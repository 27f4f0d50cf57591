import ArgumentParser
import Dispatch
import Foundation
import UNAlign

struct Batch: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Align many documents listed in a manifest, using every core.",
        discussion: """
            The manifest is JSON Lines, one document set per line: an optional "id" and a path per language code, e.g.
              {"id": "A/75/394", "zh": "A-75-394/zh.md", "en": "A-75-394/en.md"}
            Relative paths are read from the manifest's folder. Each set is written to OUTDIR/<id>.<format ext>, and a summary to OUTDIR/summary.json. With --stdout the results are streamed as JSON Lines instead, one line per set as it finishes: id, line, ok, counts and the set's alignment (`alignment`, the JSON of `align -f json`; with another format its text in `text`), so batch can sit in a pipeline or under Spark (Scripts/spark_batch.py): `cat sets.jsonl | unalign batch - --stdout`. A set that fails is reported (stderr and summary) and the others continue.

            Examples:
              unalign batch sets.jsonl --out aligned/ -f tmx
              unalign batch sets.jsonl --shard 2/4 --out part2/
              unalign batch - --stdout < sets.jsonl > results.jsonl
              unalign batch sets.jsonl --out aligned/ --timeout 60

            With --timeout, a set that takes longer is reported as timed out (in the summary, with "timedOut": true) and the others go on. Ids are file names with / as - (A/75/394 writes A-75-394.json); two sets with one id are refused. Files are written whole or not at all.

            Exit status: 0 every set aligned, 1 some failed, 2 the manifest cannot be read, 64 bad usage.
            """
    )

    @Argument(help: "Manifest (JSON Lines), or - for stdin.")
    var manifest: String

    @Option(help: "Output folder (created if missing).")
    var out: String?

    @Flag(help: "Stream one JSON line per set to stdout instead of writing files.")
    var stdout = false

    @Option(name: [.short, .customLong("format")], help: "Per-set output: json, tmx, tsv, jsonl, html (a review page per set).")
    var format: ExportFormat = .json

    @Option(help: "Process only shard i of n (1-based), by line number: 2/4.")
    var shard: Shard = .whole

    @Option(name: .shortAndLong, help: "Parallel workers (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: ArgumentHelp("Encoding of text inputs (default: detected per file).", valueName: "name"))
    var encoding: TextEncoding?

    @Option(help: DocumentKind.kindHelp)
    var kind: DocumentKind?

    @Option(help: ArgumentHelp("With -f tmx: standard, or omegat (inline tags and pieces as OmegaT shows them; see align --help).", valueName: "dialect"))
    var tmxDialect: TMX.Dialect = .standard

    @Option(help: ArgumentHelp("Give up on a set after this many seconds: it is reported as timed out and the others go on.", valueName: "seconds"))
    var timeout: Double?

    struct Result: Codable, Sendable {
        let id: String
        let line: Int
        let ok: Bool
        let error: String?
        let segments: Int?
        let discrepancies: Int?
        var output: String?
        var timedOut: Bool? = nil
        /// With --stdout, the set's alignment itself: the JSON alignment (`-f json`), or the text
        /// of the other formats. Not kept after its line is written.
        var alignment: Alignment? = nil
        var text: String? = nil
        static func failed(_ id: String, line: Int, _ error: String, timedOut: Bool? = nil) -> Result {
            Result(id: id, line: line, ok: false, error: error, segments: nil, discrepancies: nil, output: nil, timedOut: timedOut)
        }
    }

    func validate() throws {
        if !stdout && out == nil { throw ValidationError("give --out FOLDER, or --stdout") }
        if ![.json, .tmx, .tsv, .jsonl, .html].contains(format) { throw ValidationError("batch writes json, tmx, tsv, jsonl or html") }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if let timeout, !(timeout > 0) { throw ValidationError("--timeout takes a number of seconds above 0") }
        if tmxDialect != .standard && format != .tmx { throw ValidationError("--tmx-dialect is for TMX: use it with -f tmx") }
    }

    func run() throws {
        let m = try readManifest()
        for (key, line) in m.ignoredKeys {
            FileHandle.standardError.write(Data("\(manifest):\(line): key \"\(key)\" is not a language code (zh, en, fr, es, ru, ar) and is ignored\n".utf8))
        }
        let failedLines = m.problems.map { p in
            FileHandle.standardError.write(Data("\(manifest):\(p.line): \(p.message)\n".utf8))
            return Result.failed(p.id, line: p.line, p.message)
        }
        if let out { try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true) }
        let results = ResultStore(count: m.sets.count)
        let progress = Progress(total: m.sets.count)
        let sets = m.sets
        let (source, toStdout, folder, format) = (self.manifest, self.stdout, self.out, self.format)
        let (encoding, kind) = (self.encoding, self.kind)
        // A set's line for --stdout is written by its worker, side by side with the others; the
        // reports that follow are one at a time.
        BatchScheduler.run(jobs: sets.count, workers: jobs, timeout: timeout, work: { k in
            let r = try Self.process(sets[k], out: folder, format: format, dialect: tmxDialect, encoding: encoding, kind: kind)
            return (result: r, line: toStdout ? try? JSONOutput(prettyPrinted: false).encode(r) : nil)
        }, finished: { k, outcome in
            let e = sets[k]
            let r: Result
            var written: String?
            switch outcome {
            case .done(let done): (r, written) = (done.result, done.line)
            case .failed(let message): r = .failed(e.id, line: e.line, message)
            case .timedOut(let seconds): r = .failed(e.id, line: e.line, "timed out after \(seconds) s", timedOut: true)
            }
            if toStdout, let line = written ?? (try? JSONOutput(prettyPrinted: false).encode(r)) {
                FileHandle.standardOutput.write(Data((line + "\n").utf8))
            }
            var kept = r
            (kept.alignment, kept.text) = (nil, nil)
            results.items[k] = kept
            if !r.ok { FileHandle.standardError.write(Data("\(source):\(e.line): set \(e.id) failed: \(r.error ?? "")\n".utf8)) }
            progress.step()
        })
        progress.finish()
        let all = failedLines + results.items.compactMap { $0 }
        if let out {
            try OutputFile.write(try JSONOutput(prettyPrinted: true).encode(all.sorted { $0.line < $1.line }), to: URL(fileURLWithPath: out).appendingPathComponent("summary.json").path)
        }
        let failed = all.filter { !$0.ok }.count
        let timedOut = all.filter { $0.timedOut == true }.count
        FileHandle.standardError.write(Data("\(all.count - failed) of \(all.count) sets aligned\(timedOut > 0 ? " (\(timedOut) timed out)" : "")\n".utf8))
        if failed > 0 { throw ExitCode(1) }
    }

    private static func process(_ e: Manifest.DocumentSet, out: String?, format: ExportFormat, dialect: TMX.Dialect,
                                encoding: TextEncoding?, kind: DocumentKind?) throws -> Result {
        let docs = try e.languages.map { l in try Document(contentsOfFile: e.files[l]!, language: l, kind: kind, encoding: encoding) }
        let a = try Aligner().align(docs)
        let symbol = DocumentSymbol.guess(docs) ?? e.id.replacingOccurrences(of: "-", with: "/")
        var result = Result(id: e.id, line: e.line, ok: true, error: nil, segments: a.segments.count, discrepancies: a.discrepancies.count, output: nil)
        if let out {
            let ext = format == .json ? "json" : format.rawValue
            let path = URL(fileURLWithPath: out).appendingPathComponent("\(e.fileName).\(ext)").path
            try ExportSettings(format: format, output: path, tmxDialect: dialect).write(a, symbolGuess: symbol)
            result.output = path
        } else if format == .json {
            result.alignment = a
        } else {
            var options = ExportOptions()
            options.symbol = symbol
            options.tmxDialect = dialect
            result.text = Exporter.export(a, as: format, options: options).files.first?.contents
        }
        return result
    }

    private func readManifest() throws -> Manifest {
        if manifest == "-" {
            return try Manifest(data: FileHandle.standardInput.readDataToEndOfFile(), source: "<stdin>",
                                folder: URL(fileURLWithPath: FileManager.default.currentDirectoryPath), shard: shard)
        }
        return try Manifest(contentsOfFile: manifest, shard: shard)
    }
}

/// `--shard 2/4`.
extension Shard: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
    public var defaultValueDescription: String { description }
}

/// Results of the workers, written by the scheduler's serialized reports.
final class ResultStore: @unchecked Sendable {
    var items: [Batch.Result?]
    init(count: Int) { items = [Batch.Result?](repeating: nil, count: count) }
}

/// A progress bar on stderr, only when stderr is a terminal.
final class Progress: @unchecked Sendable {
    private let total: Int
    private var done = 0
    private let show = isatty(2) == 1
    init(total: Int) { self.total = total }
    func step() {
        done += 1
        guard show, total > 0 else { return }
        let width = 30, filled = width * done / total
        FileHandle.standardError.write(Data("\r[\(String(repeating: "#", count: filled))\(String(repeating: ".", count: width - filled))] \(done)/\(total)".utf8))
    }
    func finish() { if show { FileHandle.standardError.write(Data("\n".utf8)) } }
}
