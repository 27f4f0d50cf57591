import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import UNAlign

/// What each fuzz harness does with one input: call the library as a user's file would reach it,
/// and check the invariants on whatever comes back. An error the library throws is an answer (bad
/// input is allowed to be refused); a crash, a hang, a sanitizer report or a broken invariant is a
/// finding. The libFuzzer binary (`Tests/Fuzz`, built by `Scripts/fuzz.sh`) runs one of these per
/// process; `swift test` replays every saved finding and seed through the same functions.
public enum FuzzTargets {
    public typealias Harness = @Sendable ([UInt8]) -> [String]

    /// Each harness by name, as `Scripts/fuzz.sh` and the seed folders name them.
    public static let all: [(name: String, run: Harness)] = [
        ("decode", decode),
        ("parse", parse),
        ("align", align),
        ("sentences", sentences),
        ("tmx-read", tmxRead),
        ("tmx-write", tmxWrite),
        ("json", json),
        ("manifest", manifest),
        ("docx", docx),
        ("pdf", pdf),
    ]

    public static func named(_ name: String) -> Harness? { all.first { $0.name == name }?.run }

    /// Raw bytes through encoding detection and decoding, and through each encoding the first byte
    /// picks.
    static func decode(_ bytes: [UInt8]) -> [String] {
        var problems: [String] = []
        // Only a byte-order mark alone decodes to no text at all: the text after it is kept whole,
        // a second U+FEFF included.
        let marks: [[UInt8]] = [[0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF]]
        if let text = try? TextDecoder.decode(bytes).text, text.isEmpty, !bytes.isEmpty, !marks.contains(bytes) {
            problems.append("decoded \(bytes.count) bytes to nothing")
        }
        let names = ["UTF-8", "UTF-16LE", "UTF-16BE", "GB18030", "Big5", "windows-1252", "windows-1251", "windows-1256", "KOI8-R", "ISO-8859-6", "Shift_JIS"]
        if let first = bytes.first, let e = TextEncoding(name: names[Int(first) % names.count]) {
            _ = try? TextDecoder.decode(Array(bytes.dropFirst()), encoding: e)
        }
        return problems
    }

    /// The first byte picks the language (and the second, maybe, a forced kind); the rest is text
    /// (UTF-8, invalid bytes replaced) for the parser. The tree must be lossless and well formed.
    static func parse(_ bytes: [UInt8]) -> [String] {
        guard bytes.count >= 2 else { return [] }
        let language = Language.allCases[Int(bytes[0]) % Language.allCases.count]
        let kinds = DocumentKind.allCases
        let kind: DocumentKind? = Int(bytes[1]) < kinds.count ? kinds[Int(bytes[1])] : nil
        let text = String(decoding: bytes.dropFirst(2), as: UTF8.self)
        guard let doc = try? Document(text: text, language: language, kind: kind, source: "fuzz") else { return [] }
        _ = doc.dump(sentences: true)
        return Invariants.lossless(doc) + Invariants.wellFormed(doc)
    }

    /// Two documents from one input (cut at the first 0xFF byte), each parsed in the language its
    /// first byte picks, aligned: every character of both in exactly one segment.
    static func align(_ bytes: [UInt8]) -> [String] {
        guard let cut = bytes.firstIndex(of: 0xFF), cut >= 1, cut + 1 < bytes.count else { return [] }
        let halves = [Array(bytes[..<cut]), Array(bytes[(cut + 1)...])]
        let langs = Language.allCases
        let first = langs[Int(halves[0][0]) % langs.count]
        var second = langs[Int(halves[1][0]) % langs.count]
        if second == first { second = langs[(langs.firstIndex(of: first)! + 1) % langs.count] }
        let docs = zip(halves, [first, second]).compactMap { h, l in
            try? Document(text: String(decoding: h.dropFirst(), as: UTF8.self), language: l, source: "fuzz-\(l.rawValue)")
        }
        guard docs.count == 2, let a = try? Aligner().align(docs) else { return [] }
        _ = Exporter.export(a, as: .tmx)
        return Invariants.covers(a, docs)
    }

    /// Two random sentence lists (lines; the lists cut at the first 0xFF byte): the beads
    /// partition both sides, in order but for moved blocks.
    static func sentences(_ bytes: [UInt8]) -> [String] {
        guard bytes.count >= 1 else { return [] }
        let langs = Language.allCases
        let pair = (langs[Int(bytes[0]) % langs.count], langs[Int(bytes[0] / 6) % langs.count])
        let rest = bytes.dropFirst()
        let cut = rest.firstIndex(of: 0xFF) ?? rest.endIndex
        func lines(_ b: ArraySlice<UInt8>) -> [String] {
            let s = String(decoding: b, as: UTF8.self)
            return s.isEmpty ? [] : s.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }
        let a = lines(rest[rest.startIndex..<cut]), b = lines(cut < rest.endIndex ? rest[(cut + 1)...] : [])
        return Invariants.partition(Aligner().alignSentencesScored(a, b, languages: pair), a.count, b.count)
    }

    /// Any bytes as a TMX file: segments or an error naming the line.
    static func tmxRead(_ bytes: [UInt8]) -> [String] {
        _ = try? TMX.read(Data(bytes), source: "fuzz.tmx")
        return []
    }

    /// Any text (UTF-8 decoded, invalid bytes replaced) written into a TMX and a review page: both
    /// must be well-formed XML, and the TMX must read back to the same text.
    static func tmxWrite(_ bytes: [UInt8]) -> [String] {
        let text = String(decoding: bytes, as: UTF8.self)
        guard !text.isEmpty else { return [] }
        let side = { (l: Language) in SegmentSide(text: text, ranges: [], address: Address("¶1")) }
        let segment = AlignedSegment(address: Address("¶1"), kind: .sentence, confidence: 1, sides: [.en: side(.en), .zh: side(.zh)])
        var options = ExportOptions()
        options.symbol = text
        let (tmx, _) = TMX.document(Alignment(segments: [segment], source: "fuzz"), languages: [.zh, .en], options: options)
        let parser = XMLParser(data: Data(tmx.utf8))
        guard parser.parse() else { return ["TMX not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "?") for \(text.debugDescription.prefix(80))"] }
        guard let back = try? TMX.read(Data(tmx.utf8)), back.count == 1 else { return ["TMX does not read back"] }
        if back[0].text(.en) != text || back[0].text(.zh) != text {
            return ["TMX reads back \(back[0].text(.en)?.debugDescription.prefix(80) ?? "nothing") for \(text.debugDescription.prefix(80))"]
        }
        // The review page too: well-formed XML whatever the text.
        let page = Exporter.export(Alignment(segments: [segment], source: "fuzz"), as: .html, options: options).files[0].contents
        let html = XMLParser(data: Data(page.utf8))
        guard html.parse() else { return ["review page not well-formed XML: \(html.parserError.map { "\($0)" } ?? "?") for \(text.debugDescription.prefix(80))"] }
        return []
    }

    /// Any bytes as an alignment JSON (what `unalign export` reads).
    static func json(_ bytes: [UInt8]) -> [String] {
        guard let a = try? JSONDecoder().decode(Alignment.self, from: Data(bytes)) else { return [] }
        _ = Exporter.export(a, as: .tmx)
        _ = Exporter.export(a, as: .tsv)
        return []
    }

    /// Any bytes as a batch manifest: sets with two files or more, each line at most once.
    static func manifest(_ bytes: [UInt8]) -> [String] {
        guard let m = try? Manifest(data: Data(bytes), source: "fuzz.jsonl", folder: URL(fileURLWithPath: "/tmp"),
                                    shard: Shard(index: 1, count: 1 + Int(bytes.first ?? 0) % 3)) else { return [] }
        var problems: [String] = []
        if m.sets.contains(where: { $0.files.count < 2 }) { problems.append("a set with fewer than two files") }
        let lines = m.sets.map(\.line) + m.problems.map(\.line)
        if Set(lines).count != lines.count { problems.append("a manifest line reported twice") }
        if m.sets.contains(where: { $0.fileName.contains("/") || $0.fileName.hasPrefix(".") }) { problems.append("an output name outside the folder") }
        return problems
    }

    /// Any bytes as a Word file, and what it reads as parsed: lossless.
    static func docx(_ bytes: [UInt8]) -> [String] {
        guard let extracted = try? DocxReader().read(Data(bytes), source: "fuzz.docx"),
              let doc = try? Document(extracted: extracted, source: "fuzz.docx") else { return [] }
        return Invariants.lossless(doc) + Invariants.wellFormed(doc)
    }

    /// Any bytes as a PDF, and what it reads as parsed: lossless.
    static func pdf(_ bytes: [UInt8]) -> [String] {
        guard let extracted = try? PDFReader().read(bytes, source: "fuzz.pdf"),
              let doc = try? Document(extracted: extracted, source: "fuzz.pdf") else { return [] }
        return Invariants.lossless(doc) + Invariants.wellFormed(doc)
    }
}
