import ArgumentParser
import Dispatch
import Foundation
import UNAlign

struct Batch: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Align many documents listed in a manifest, using every core.",
        discussion: """
            The manifest is JSON Lines, one document set per line: an optional "id" and a path per
            language code, e.g.
              {"id": "A-75-394", "zh": "Corpora/A-75-394/zh.md", "en": "Corpora/A-75-394/en.md"}
            Relative paths are read from the manifest's folder. Each set is written to
            OUTDIR/<id>.<format ext>, and a summary to OUTDIR/summary.json. With --stdout the
            results are streamed as JSON Lines instead (one line per set: id, status, segments),
            so batch can sit in a pipeline: `cat sets.jsonl | unalign batch - --stdout -f jsonl`.
            A set that fails is reported (stderr and summary) and the others continue.

            Examples:
              unalign batch sets.jsonl --out aligned/ -f tmx
              unalign batch sets.jsonl --shard 2/4 --out part2/
              unalign batch - --stdout < sets.jsonl > results.jsonl

            Exit status: 0 every set aligned, 1 some failed, 2 bad arguments or manifest.
            """
    )

    @Argument(help: "Manifest (JSON Lines), or - for stdin.")
    var manifest: String

    @Option(help: "Output folder (created if missing).")
    var out: String?

    @Flag(help: "Stream one JSON line per set to stdout instead of writing files.")
    var stdout = false

    @Option(name: [.short, .customLong("format")], help: "Per-set output: json, tmx, tsv, jsonl.")
    var format: OutputFormat = .json

    @Option(help: "Process only shard i of n (1-based), by line number: 2/4.")
    var shard: String?

    @Option(name: .shortAndLong, help: "Parallel workers (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    struct Entry { let line: Int; let id: String; let files: [(Language, String)] }
    struct Result: Codable { let id: String; let line: Int; let ok: Bool; let error: String?; let segments: Int?; let discrepancies: Int?; let output: String? }

    func validate() throws {
        if !stdout && out == nil { throw ValidationError("give --out FOLDER, or --stdout") }
        if ![.json, .tmx, .tsv, .jsonl].contains(format) { throw ValidationError("batch writes json, tmx, tsv or jsonl") }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        let (entries, bad) = try readManifest()
        let results = ResultStore(count: entries.count)
        let lock = results.lock
        let progress = Progress(total: entries.count)
        if let out { try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true) }
        let queue = DispatchQueue(label: "unalign.batch", attributes: .concurrent)
        let group = DispatchGroup()
        let slots = DispatchSemaphore(value: jobs)
        for (k, e) in entries.enumerated() {
            slots.wait()
            group.enter()
            queue.async {
                let r = self.process(e)
                lock.lock()
                results.items[k] = r
                if self.stdout, let line = try? JSONEncoder().encode(r) { FileHandle.standardOutput.write(line + Data("\n".utf8)) }
                if !r.ok { FileHandle.standardError.write(Data("\(self.manifest):\(e.line): set \(e.id) failed: \(r.error ?? "")\n".utf8)) }
                progress.step()
                lock.unlock()
                slots.signal()
                group.leave()
            }
        }
        group.wait()
        progress.finish()
        let all = bad + results.items.compactMap { $0 }
        if let out {
            let enc = JSONEncoder()
            enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            try enc.encode(all.sorted { $0.line < $1.line }).write(to: URL(fileURLWithPath: out).appendingPathComponent("summary.json"))
        }
        let failed = all.filter { !$0.ok }.count
        FileHandle.standardError.write(Data("\(all.count - failed) of \(all.count) sets aligned\n".utf8))
        if failed > 0 { throw ExitCode(1) }
    }

    private func process(_ e: Entry) -> Result {
        do {
            let docs = try e.files.map { l, p in try Document(contentsOfFile: p, language: l) }
            let a = try Aligner().align(docs)
            var output: String?
            if let out {
                let ext = format == .json ? "json" : format.rawValue
                let path = URL(fileURLWithPath: out).appendingPathComponent("\(e.id).\(ext)").path
                try ExportSettings(format: format, output: path).write(a, symbolGuess: Symbol.guess(docs) ?? e.id.replacingOccurrences(of: "-", with: "/"))
                output = path
            }
            return Result(id: e.id, line: e.line, ok: true, error: nil, segments: a.segments.count, discrepancies: a.discrepancies.count, output: output)
        } catch {
            return Result(id: e.id, line: e.line, ok: false, error: "\(error)", segments: nil, discrepancies: nil, output: nil)
        }
    }

    /// Sets of this shard, and the lines that are not valid sets (reported as failures).
    private func readManifest() throws -> ([Entry], [Result]) {
        let data: Data
        if manifest == "-" { data = FileHandle.standardInput.readDataToEndOfFile() } else {
            guard let d = FileManager.default.contents(atPath: manifest) else { throw DocumentError.unreadable(source: manifest, reason: "no such file") }
            data = d
        }
        let base = manifest == "-" ? URL(fileURLWithPath: FileManager.default.currentDirectoryPath) : URL(fileURLWithPath: manifest).deletingLastPathComponent()
        var (shardIndex, shardCount) = (1, 1)
        if let shard {
            let p = shard.split(separator: "/").compactMap { Int($0) }
            guard p.count == 2, p[0] >= 1, p[0] <= p[1] else { throw ValidationError("--shard takes i/n, e.g. 2/4") }
            (shardIndex, shardCount) = (p[0], p[1])
        }
        var entries: [Entry] = [], bad: [Result] = []
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        for (i, raw) in lines.enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            guard (i % shardCount) == shardIndex - 1 else { continue }
            guard let obj = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                bad.append(Result(id: "line\(i + 1)", line: i + 1, ok: false, error: "not a JSON object", segments: nil, discrepancies: nil, output: nil))
                FileHandle.standardError.write(Data("\(manifest):\(i + 1): not a JSON object\n".utf8))
                continue
            }
            var files: [(Language, String)] = []
            for (k, v) in obj where k != "id" {
                guard let l = Language(code: k), let p = v as? String else { continue }
                files.append((l, p.hasPrefix("/") ? p : base.appendingPathComponent(p).path))
            }
            files.sort { $0.0 < $1.0 }
            let id = (obj["id"] as? String) ?? "set\(i + 1)"
            if files.count < 2 {
                bad.append(Result(id: id, line: i + 1, ok: false, error: "fewer than two language files", segments: nil, discrepancies: nil, output: nil))
                FileHandle.standardError.write(Data("\(manifest):\(i + 1): set \(id) names fewer than two language files\n".utf8))
                continue
            }
            entries.append(Entry(line: i + 1, id: id, files: files))
        }
        if entries.isEmpty && bad.isEmpty { throw CLIError("\(manifest): the manifest lists no document sets") }
        return (entries, bad)
    }
}

/// Results of the workers, written under the lock.
final class ResultStore: @unchecked Sendable {
    var items: [Batch.Result?]
    let lock = NSLock()
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
