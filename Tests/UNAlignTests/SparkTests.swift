import Foundation
import Testing
@testable import UNAlign

/// A corpus aligned on Apache Spark (PySpark from PyPI in local mode, Java 17; `.ci/run` installs
/// Java where it is missing, the test installs PySpark in a virtual environment under .build/):
/// `Scripts/spark_batch.py` pipes the partitions of a manifest through `unalign batch - --stdout`,
/// and what comes back is what one `unalign batch` on one machine gives, set by set: the same
/// alignments, the same failures, the same manifest line numbers.
@Suite("Spark")
struct SparkTests {
    static let pyspark = "pyspark==3.5.7"

    @Test func aManifestAlignedOnSparkIsTheSingleMachineBatch() throws {
        let java = try #require(ExportTests.which("java"), "java is not installed (apt-get install openjdk-17-jre-headless)")
        let python = try #require(ExportTests.which("python3"), "python3 is not installed")
        let venv = Paths.root.appendingPathComponent(".build/spark-venv")
        let py = venv.appendingPathComponent("bin/python").path
        if !FileManager.default.fileExists(atPath: py) { try ExportTests.run(python, ["-m", "venv", venv.path]) }
        if (try? ExportTests.run(py, ["-c", "import pyspark"])) == nil { try ExportTests.run(py, ["-m", "pip", "install", "-q", Self.pyspark]) }

        // Real documents of several kinds and sizes, in pairs and six-way, one with a file that is
        // not there (a failure must come back as a failure, with its line).
        let kinds = Paths.root.appendingPathComponent("Tests/UNAlignTests/Fixtures/kinds")
        let d = try CLITests.temp()
        defer { try? FileManager.default.removeItem(at: d) }
        var lines: [String] = []
        func set(_ id: String, _ files: [String: String]) {
            let object = files.merging(["id": id]) { a, _ in a }
            lines.append(String(decoding: try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self))
        }
        for kind in ["resolution", "letter", "meeting-record", "sg-report"] {
            let folder = kinds.appendingPathComponent(kind)
            set("kinds/\(kind)", ["en": folder.appendingPathComponent("en.md").path, "fr": folder.appendingPathComponent("fr.md").path,
                                  "ru": folder.appendingPathComponent("ru.md").path])
        }
        set("A/75/394", Dictionary(uniqueKeysWithValues: ["zh", "en", "ar"].map { ($0, Paths.corpus.appendingPathComponent("\($0).md").path) }))
        set("missing", ["en": Paths.corpus.appendingPathComponent("en.md").path, "fr": d.appendingPathComponent("nowhere.md").path])
        // A relative path, read from the manifest's folder in both runs.
        try FileManager.default.copyItem(at: kinds.appendingPathComponent("letter/en.md"), to: d.appendingPathComponent("en.md"))
        set("relative", ["en": "en.md", "es": kinds.appendingPathComponent("letter/es.md").path])
        let manifest = d.appendingPathComponent("sets.jsonl")
        try (lines.joined(separator: "\n") + "\n").write(to: manifest, atomically: true, encoding: .utf8)

        let local = try CLITests.unalign(["batch", manifest.path, "--stdout"])
        #expect(local.status == 1, "one set fails: \(local.err)")

        let out = d.appendingPathComponent("spark.jsonl")
        let p = Process()
        p.executableURL = URL(fileURLWithPath: py)
        p.arguments = [Paths.root.appendingPathComponent("Scripts/spark_batch.py").path, manifest.path, out.path,
                       "--master", "local[2]", "--partitions", "3", "--unalign", CLITests.binary]
        var environment = ProcessInfo.processInfo.environment
        environment["JAVA_HOME"] = environment["JAVA_HOME"]
            ?? URL(fileURLWithPath: java).resolvingSymlinksInPath().deletingLastPathComponent().deletingLastPathComponent().path
        environment["PYSPARK_PYTHON"] = py
        p.environment = environment
        let err = Pipe()
        p.standardError = err
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        let log = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0, "spark_batch.py: \(String(decoding: log.suffix(3000), as: UTF8.self))")

        func results(_ text: String) throws -> [String: NSDictionary] {
            var byId: [String: NSDictionary] = [:]
            for line in text.split(separator: "\n") {
                let r = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? NSDictionary)
                byId[try #require(r["id"] as? String)] = r
            }
            return byId
        }
        let single = try results(local.out)
        let spark = try results(try String(contentsOf: out, encoding: .utf8))
        #expect(single.count == lines.count)
        #expect(Set(spark.keys) == Set(single.keys))
        for (id, r) in single {
            #expect(spark[id] == r, "set \(id) differs between Spark and one machine")
        }
        #expect((spark["missing"]?["ok"] as? Bool) == false && (spark["missing"]?["line"] as? Int) == 6)
        #expect(((spark["A/75/394"]?["alignment"] as? NSDictionary)?["segments"] as? NSArray)?.count ?? 0 > 900)
    }
}
