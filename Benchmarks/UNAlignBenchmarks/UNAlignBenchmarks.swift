// Speed benchmarks: `UNALIGN_BENCHMARKS=1 swift package benchmark` (see Benchmarks/README.md).
// Each text benchmark runs over ~10 MB of real UN text and reports K chars/s beside raw ICU
// doing the same boundary work, so the cost of the Swift layer on top is visible as a ratio.
import Benchmark
import CICUShim
import Foundation
import UNAlign

private let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
private let shared = root.deletingLastPathComponent().appendingPathComponent("shared/corpora")

/// Real text of one language, repeated to about `bytes` UTF-8 bytes.
private func corpus(_ files: [URL], bytes: Int = 10_000_000) -> UTF16Text {
    let base = files.compactMap { try? String(contentsOf: $0, encoding: .utf8) }.joined(separator: "\n")
    var s = ""
    s.reserveCapacity(bytes + base.utf8.count)
    while s.utf8.count < bytes { s += base + "\n" }
    return UTF16Text(s)
}

private let zhText = corpus([root.appendingPathComponent("Corpora/A-75-394/zh.md"),
                             shared.appendingPathComponent("unpc-v1.0-devset/UNv1.0.devset.zh"),
                             shared.appendingPathComponent("champollion-zh-en/utf8/UN19990209_010.c.txt")])
private let enText = corpus([shared.appendingPathComponent("unpc-v1.0-devset/UNv1.0.devset.en"),
                             shared.appendingPathComponent("champollion-zh-en/utf8/UN19990209_010.e.txt")])

private let charsPerSecond = BenchmarkMetric.custom("K chars/s", polarity: .prefersLarger, useScalingFactor: false)
private let bytesPerSecond = BenchmarkMetric.custom("K bytes/s", polarity: .prefersLarger, useScalingFactor: false)
private let sentencesPerSecond = BenchmarkMetric.custom("sentences/s", polarity: .prefersLarger, useScalingFactor: false)
private let countriesPerSecond = BenchmarkMetric.custom("countries/s", polarity: .prefersLarger, useScalingFactor: false)
private let documentsPerSecond = BenchmarkMetric.custom("documents/s", polarity: .prefersLarger, useScalingFactor: false)
private let segmentsPerSecond = BenchmarkMetric.custom("segments/s", polarity: .prefersLarger, useScalingFactor: false)
private let pagesPerSecond = BenchmarkMetric.custom("pages/s", polarity: .prefersLarger, useScalingFactor: false)

/// Runs `work` once per iteration and records `units / second` in `metric`.
private func rate(_ benchmark: Benchmark, _ metric: BenchmarkMetric, units: Int, _ work: () throws -> Int) rethrows {
    for _ in benchmark.scaledIterations {
        let t0 = DispatchTime.now().uptimeNanoseconds
        blackHole(try work())
        let dt = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
        benchmark.measurement(metric, Int(Double(units) / dt))
    }
}

private let corpus = root.appendingPathComponent("Corpora/A-75-394")

/// Wall clock, peak memory and the benchmark's own rate.
private func config(_ metric: BenchmarkMetric, iterations: Int = 5) -> Benchmark.Configuration {
    .init(metrics: [.wallClock, .peakMemoryResident, metric], maxDuration: .seconds(60), maxIterations: iterations)
}
private func lines(_ url: URL) -> [String] {
    ((try? String(contentsOf: url, encoding: .utf8)) ?? "").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
}
private let unEnglish = lines(shared.appendingPathComponent("champollion-zh-en/utf8/UN19990209_010.e.txt"))
private let unChinese = lines(shared.appendingPathComponent("champollion-zh-en/utf8/UN19990209_010.c.txt"))

/// Runs `work` over `text` once per iteration and records K chars/s.
private func measure(_ benchmark: Benchmark, _ text: UTF16Text, _ work: () -> Int) {
    for _ in benchmark.scaledIterations {
        let t0 = DispatchTime.now().uptimeNanoseconds
        blackHole(work())
        let dt = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
        benchmark.measurement(charsPerSecond, Int(Double(text.count) / dt / 1e3))
    }
}

/// Raw ICU: the boundary loop alone, no tokens built. Iterator and buffers are made once, outside
/// the measurement, as the library's segmenters make theirs.
private final class RawICU {
    let it: OpaquePointer
    var bounds: [Int32], status: [Int32]
    init(kind: Int32, locale: String, capacity: Int) {
        var err: Int32 = 0
        it = ua_break_open(kind, locale, &err)!
        bounds = [Int32](repeating: 0, count: capacity + 2)
        status = [Int32](repeating: 0, count: capacity + 2)
    }
    deinit { ua_break_close(it) }
    func run(_ text: UTF16Text) -> Int {
        var err: Int32 = 0
        return text.units.withUnsafeBufferPointer {
            Int(ua_break_boundaries(it, $0.baseAddress, Int32($0.count), &bounds, &status, Int32(bounds.count), &err))
        }
    }
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .peakMemoryResident, charsPerSecond],
        maxDuration: .seconds(20), maxIterations: 5)

    Benchmark("zh words: ChineseWordSegmenter") { b in
        let seg = ChineseWordSegmenter()
        measure(b, zhText) { seg.words(in: zhText).count }
    }
    Benchmark("zh words: raw ICU") { b in
        let raw = RawICU(kind: 0, locale: "zh", capacity: zhText.count)
        measure(b, zhText) { raw.run(zhText) }
    }
    Benchmark("en sentences: SentenceSegmenter") { b in
        let seg = SentenceSegmenter(language: .en)
        measure(b, enText) { seg.sentences(in: enText).count }
    }
    Benchmark("en sentences: raw ICU") { b in
        let raw = RawICU(kind: 1, locale: "en", capacity: enText.count)
        measure(b, enText) { raw.run(enText) }
    }
    Benchmark("zh sentences: SentenceSegmenter") { b in
        let seg = SentenceSegmenter(language: .zh)
        measure(b, zhText) { seg.sentences(in: zhText).count }
    }
    Benchmark("zh match normalization: MatchText") { b in
        measure(b, zhText) { MatchText(zhText).text.count }
    }

    // Parsing: the Chinese report repeated to about 10 MB, one document.
    let zhSource = (try? String(contentsOf: corpus.appendingPathComponent("zh.md"), encoding: .utf8)) ?? ""
    let bigZh = String(repeating: zhSource + "\n", count: max(1, 10_000_000 / max(1, zhSource.utf8.count)))
    Benchmark("parse: zh A/75/394 ×300 (10 MB)", configuration: config(bytesPerSecond, iterations: 3)) { b in
        try rate(b, bytesPerSecond, units: bigZh.utf8.count / 1000) { try Document(text: bigZh, language: .zh).nodes.count }
    }
    Benchmark("parse: six A/75/394 versions", configuration: config(bytesPerSecond)) { b in
        let texts = Language.allCases.map { (try? String(contentsOf: corpus.appendingPathComponent("\($0.rawValue).md"), encoding: .utf8)) ?? "" }
        try rate(b, bytesPerSecond, units: texts.reduce(0) { $0 + $1.utf8.count } / 1000) {
            try zip(Language.allCases, texts).reduce(0) { $0 + (try Document(text: $1.1, language: $1.0)).nodes.count }
        }
    }

    // Reading Word and PDF files: A/75/394 in six languages as LibreOffice renders it (83 PDF pages).
    let office = root.appendingPathComponent("Tests/UNAlignTests/Fixtures/office")
    let pdfs = Language.allCases.map { (try? Data(contentsOf: office.appendingPathComponent("A-75-394.\($0.rawValue).pdf"))).map { [UInt8]($0) } ?? [] }
    let pageCount = pdfs.reduce(0) { n, b in
        n + ((try? PDFReader().read(b, source: "pdf"))?.runs.compactMap { if case .pdf(let p, _) = $0.place { p } else { nil } }.max() ?? 0)
    }
    Benchmark("read: PDF, six A/75/394 versions (\(pageCount) pages)", configuration: config(pagesPerSecond)) { b in
        try rate(b, pagesPerSecond, units: pageCount) { try pdfs.reduce(0) { $0 + (try PDFReader().read($1, source: "pdf")).text.count } }
    }
    let docxs = Language.allCases.map { (try? Data(contentsOf: office.appendingPathComponent("A-75-394.\($0.rawValue).docx"))) ?? Data() }
    Benchmark("read: Word, six A/75/394 versions", configuration: config(documentsPerSecond)) { b in
        try rate(b, documentsPerSecond, units: docxs.count) { try docxs.reduce(0) { $0 + (try DocxReader().read($1, source: "docx")).text.count } }
    }

    // Names: the 15 vote lists and the sponsor lists of all six versions.
    Benchmark("names: votes and sponsors of six versions", configuration: config(countriesPerSecond)) { b in
        let docs = Language.allCases.map { try! Document(contentsOfFile: corpus.appendingPathComponent("\($0.rawValue).md").path, language: $0) }
        _ = DocumentVotes(docs[0])  // gazetteer loaded once, outside the measurement
        rate(b, countriesPerSecond, units: 6 * (834 + 81)) { docs.reduce(0) { $0 + DocumentVotes($1).votes.count } }
    }

    // Sentence-list mode, scaling series: the UN Champollion file repeated 1× to 16×.
    _ = SentenceAligner().align(["a"], ["一"], languages: (.en, .zh))  // lexicon loaded outside the measurement
    // 64× runs through the CLI in speed.sh (one process per size, start-up included).
    for k in [1, 4, 16] {
        let en = Array(repeating: unEnglish, count: k).flatMap { $0 }, zh = Array(repeating: unChinese, count: k).flatMap { $0 }
        Benchmark("align sentences: UN file ×\(k) (\(en.count + zh.count) sentences)", configuration: config(sentencesPerSecond, iterations: k >= 16 ? 1 : 3)) { b in
            rate(b, sentencesPerSecond, units: en.count + zh.count) { SentenceAligner().align(en, zh, languages: (.en, .zh)).count }
        }
    }

    // Export: the six-way alignment as TMX.
    Benchmark("export: A/75/394 six-way to TMX", configuration: config(segmentsPerSecond)) { b in
        let docs = Language.allCases.map { try! Document(contentsOfFile: corpus.appendingPathComponent("\($0.rawValue).md").path, language: $0) }
        let a = try Aligner().align(docs)
        rate(b, segmentsPerSecond, units: a.segments.count) { Exporter.export(a, as: .tmx).files[0].contents.utf8.count }
    }

    // Batch: eight document pairs (A/75/394 zh with each other version, twice), 1 and 2 workers:
    // the library is what `unalign batch` runs on each core.
    for workers in [1, 2] {
        Benchmark("batch: 8 document pairs, \(workers) worker\(workers > 1 ? "s" : "")", configuration: config(documentsPerSecond, iterations: 3)) { b in
            let paths = Language.allCases.map { corpus.appendingPathComponent("\($0.rawValue).md").path }
            let sets = (0..<8).map { k in [paths[0], paths[1 + k % 5]] }
            rate(b, documentsPerSecond, units: sets.count) {
                let done = Counter()
                DispatchQueue.concurrentPerform(iterations: workers) { w in
                    for k in stride(from: w, to: sets.count, by: workers) {
                        let docs = sets[k].map { try! Document(contentsOfFile: $0) }
                        if (try? Aligner().align(docs)) != nil { done.add() }
                    }
                }
                return done.value
            }
        }
    }

    // Document mode: A/75/394 in six languages, one 6-way alignment.
    Benchmark("align documents: A/75/394 six-way", configuration: config(sentencesPerSecond)) { b in
        let docs = Language.allCases.map { try! Document(contentsOfFile: corpus.appendingPathComponent("\($0.rawValue).md").path, language: $0) }
        let sentences = docs.reduce(0) { $0 + $1.nodes.reduce(0) { $0 + $1.sentences.count } }
        try rate(b, sentencesPerSecond, units: sentences) { try Aligner().align(docs).segments.count }
    }
}

/// A thread-safe count.
private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var n = 0
    func add() { lock.lock(); n += 1; lock.unlock() }
    var value: Int { lock.lock(); defer { lock.unlock() }; return n }
}
