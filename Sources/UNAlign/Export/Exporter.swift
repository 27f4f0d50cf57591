import Foundation

/// What to export and how.
public struct ExportOptions: Sendable {
    /// Segments below this confidence are left out.
    public var minConfidence: Double = 0
    /// Only these kinds (all when nil).
    public var kinds: Set<SegmentKind>? = nil
    /// Only these languages, in this order (all of the alignment's when nil).
    public var languages: [Language]? = nil
    /// The document symbol written into each unit (`A/75/394`).
    public var symbol: String? = nil
    /// With TMX and more than two languages: also one bilingual TMX per language pair (most CAT
    /// tools read only those), suffixed `.zh-en`.
    public var pairs = false
    /// With the text view: ANSI bold and dim (for a terminal).
    public var color = false
    /// With TMX: for every CAT tool, or with OmegaT's inline tags too.
    public var tmxDialect = TMX.Dialect.standard
    public init() {}

    func segments(_ a: Alignment) -> [AlignedSegment] {
        a.segments.filter { s in
            s.confidence >= minConfidence && (kinds?.contains(s.kind) ?? true)
        }
    }

    func languages(_ a: Alignment) -> [Language] { languages ?? a.languages }
}

/// The formats translation tools and corpus pipelines read.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// A readable view: one block per segment, each language on its own line, then the discrepancies.
    case text
    /// The whole alignment as JSON (segments, units, votes, discrepancies; what `export` reads back).
    case json
    /// A self-contained review page: versions side by side, confidence as colour, corrections
    /// saved as alignment JSON.
    case html
    /// TMX 1.4b, every language in one file.
    case tmx
    /// Tab-separated: address, kind, confidence, then one column per language.
    case tsv
    /// One JSON object per segment.
    case jsonl
    /// Moses-style parallel text: one file per language, line i of each is the same segment.
    case moses
    /// Sentence lists per language and the beads between the first two (`1,2 <=> 3`).
    case beads
    /// hunalign's ladder: `i<TAB>j<TAB>confidence` rungs between the first two languages.
    case ladder
}

/// Files produced by an export: name suffix (`.zh-en.tmx`, `.en`) → contents.
public struct ExportedFiles: Sendable {
    public var files: [(suffix: String, contents: String)]
    /// What the user should know about the export (characters a format cannot hold, and what was
    /// written instead): one line each.
    public var notices: [String] = []
}

public enum Exporter {
    /// Renders an alignment in a format. Single-file formats give one file with suffix "".
    public static func export(_ a: Alignment, as format: ExportFormat, options: ExportOptions = ExportOptions()) -> ExportedFiles {
        let langs = options.languages(a)
        switch format {
        case .text:
            return ExportedFiles(files: [("", SideBySide.render(a, options: options))])
        case .json:
            return ExportedFiles(files: [("", ((try? JSONOutput(prettyPrinted: true).encode(a)) ?? "") + "\n")])
        case .html:
            let (page, replaced) = ReviewPage.render(a, options: options)
            let notice = "\(replaced) character\(replaced == 1 ? "" : "s") that XML 1.0 cannot hold (control characters) shown as U+… marks"
            return ExportedFiles(files: [("", page)], notices: replaced > 0 ? [notice] : [])
        case .tmx:
            var (text, placeholders) = TMX.document(a, languages: langs, options: options)
            var files = [("", text)]
            if options.pairs && langs.count > 2 {
                for (i, x) in langs.enumerated() {
                    for y in langs[(i + 1)...] {
                        let pair = TMX.document(a, languages: [x, y], options: options)
                        files.append((".\(x.rawValue)-\(y.rawValue)", pair.text))
                        placeholders += pair.placeholders
                    }
                }
            }
            let notice = "\(placeholders) character\(placeholders == 1 ? "" : "s") that XML 1.0 cannot hold (control characters) written as <ph type=\"\(TMX.characterPlaceholder)\">U+…</ph> placeholders"
            return ExportedFiles(files: files, notices: placeholders > 0 ? [notice] : [])
        case .tsv:
            var out = "address\tkind\tconfidence\t" + langs.map(\.bcp47).joined(separator: "\t") + "\n"
            for s in options.segments(a) {
                out += "\(s.address)\t\(s.kind.rawValue)\t\(String(format: "%.4f", s.confidence))\t"
                out += langs.map { oneLine(s.text($0) ?? "") }.joined(separator: "\t") + "\n"
            }
            return ExportedFiles(files: [("", out)])
        case .jsonl:
            let enc = JSONOutput(prettyPrinted: false)
            var out = ""
            for s in options.segments(a) {
                out += ((try? enc.encode(JSONLine(s, symbol: options.symbol))) ?? "") + "\n"
            }
            return ExportedFiles(files: [("", out)])
        case .moses:
            let complete = options.segments(a).filter { s in langs.allSatisfy { s.sides[$0] != nil } }
            return ExportedFiles(files: langs.map { l in (".\(l.rawValue)", complete.map { oneLine($0.text(l)!) + "\n" }.joined()) })
        case .beads, .ladder:
            guard langs.count >= 2 else { return ExportedFiles(files: []) }
            let (a0, a1) = (langs[0], langs[1])
            let segs = options.segments(a).filter { $0.sides[a0] != nil || $0.sides[a1] != nil }
            var lines0: [String] = [], lines1: [String] = [], beads: [Bead] = [], rungs: [String] = []
            for s in segs {
                var b = Bead([], [])
                if let t = s.text(a0) { b.source = [lines0.count]; lines0.append(oneLine(t)) }
                if let t = s.text(a1) { b.target = [lines1.count]; lines1.append(oneLine(t)) }
                beads.append(b)
                if let i = b.source.first, let j = b.target.first { rungs.append("\(i)\t\(j)\t\(String(format: "%.4f", s.confidence))") }
            }
            let lists: [(String, String)] = [(".\(a0.rawValue).txt", lines0.map { $0 + "\n" }.joined()), (".\(a1.rawValue).txt", lines1.map { $0 + "\n" }.joined())]
            if format == .beads { return ExportedFiles(files: lists + [(".\(a0.rawValue)-\(a1.rawValue).align", Beads.format(beads))]) }
            return ExportedFiles(files: lists + [(".\(a0.rawValue)-\(a1.rawValue).ladder", rungs.map { $0 + "\n" }.joined())])
        }
    }

    /// Where a file of a multi-file export goes: `out.tmx` + `.zh-en` → `out.zh-en.tmx`;
    /// `corpus` + `.en` → `corpus.en`; `out` + `.zh.txt` → `out.zh.txt`.
    public static func path(base: String, suffix: String) -> String {
        guard !suffix.isEmpty else { return base }
        let url = URL(fileURLWithPath: base)
        let ext = url.pathExtension
        if ext.isEmpty || suffix.hasSuffix(".txt") || suffix.hasSuffix(".align") || suffix.hasSuffix(".ladder") || suffix.split(separator: ".").count == 1 && !suffix.contains("-") {
            return base + suffix
        }
        return url.deletingPathExtension().path + suffix + "." + ext
    }

    /// Text on one line: line breaks and tabs become spaces (for line-based formats).
    static func oneLine(_ s: String) -> String {
        String(s.map { $0 == "\n" || $0 == "\t" || $0 == "\r" ? " " : $0 })
    }

    struct JSONLine: Encodable {
        let address: String, kind: String, confidence: Double, location: String, document: String?
        let text: [String: String]
        let ranges: [String: [[Int]]]
        init(_ s: AlignedSegment, symbol: String?) {
            address = s.address.rawValue
            kind = s.kind.rawValue
            confidence = s.confidence
            location = s.location
            document = symbol
            text = Dictionary(uniqueKeysWithValues: s.sides.map { ($0.key.rawValue, $0.value.text) })
            ranges = Dictionary(uniqueKeysWithValues: s.sides.map { ($0.key.rawValue, $0.value.ranges.map { [$0.start, $0.end] }) })
        }
    }
}
