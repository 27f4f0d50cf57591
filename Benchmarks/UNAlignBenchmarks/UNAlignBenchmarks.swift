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

/// Runs `work` over `text` once per iteration and records K chars/s.
private func measure(_ benchmark: Benchmark, _ text: UTF16Text, _ work: () -> Int) {
    for _ in benchmark.scaledIterations {
        let t0 = DispatchTime.now().uptimeNanoseconds
        blackHole(work())
        let dt = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
        benchmark.measurement(charsPerSecond, Int(Double(text.count) / dt / 1e3))
    }
}

/// Raw ICU: the boundary loop alone, no tokens built.
private func rawICU(kind: Int32, locale: String, _ text: UTF16Text) -> Int {
    var err: Int32 = 0
    let it = ua_break_open(kind, locale, &err)!
    defer { ua_break_close(it) }
    // Buffers sized as the library sizes them (half the text), so only the Swift layer differs.
    var bounds = [Int32](repeating: 0, count: text.count / 2 + 2)
    var status = [Int32](repeating: 0, count: text.count / 2 + 2)
    return text.units.withUnsafeBufferPointer {
        Int(ua_break_boundaries(it, $0.baseAddress, Int32($0.count), &bounds, &status, Int32(bounds.count), &err))
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
        measure(b, zhText) { rawICU(kind: 0, locale: "zh", zhText) }
    }
    Benchmark("en sentences: SentenceSegmenter") { b in
        let seg = SentenceSegmenter(language: .en)
        measure(b, enText) { seg.sentences(in: enText).count }
    }
    Benchmark("en sentences: raw ICU") { b in
        measure(b, enText) { rawICU(kind: 1, locale: "en", enText) }
    }
    Benchmark("zh sentences: SentenceSegmenter") { b in
        let seg = SentenceSegmenter(language: .zh)
        measure(b, zhText) { seg.sentences(in: zhText).count }
    }
    Benchmark("zh match normalization: MatchText") { b in
        measure(b, zhText) { MatchText(zhText).text.count }
    }
}
