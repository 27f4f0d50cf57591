import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif
import ZIPFoundation
@testable import UNAlign

/// A real CAT tool on our memory: OmegaT (Debian's `omegat`, installed by `.ci/run`) translates
/// the A/75/394 Word file from English into Chinese and from Chinese into English in console
/// mode, with the memory `unalign align zh.docx en.docx -f tmx --tmx-dialect omegat` writes in
/// the project's `tm/auto` folder, whose exact matches OmegaT fills in. OmegaT's own statistics
/// say how many of its segments are filled, and the translated file is read against the other
/// version: the fills must be right, not only there.
@Suite("OmegaT fills A/75/394 from our memory")
struct OmegaTTests {
    static let omegat = "/usr/bin/omegat"
    static let office = Paths.root.appendingPathComponent("Tests/UNAlignTests/Fixtures/office")

    struct Direction: CustomTestStringConvertible, Sendable {
        let source: Language, target: Language
        var testDescription: String { "\(source.rawValue) → \(target.rawValue)" }
    }

    @Test(arguments: [Direction(source: .en, target: .zh), Direction(source: .zh, target: .en),
                      Direction(source: .en, target: .fr), Direction(source: .ar, target: .ru)])
    func omegaTFillsNearlyEverySegment(_ d: Direction) throws {
        let dir = try CLITests.temp()
        defer { try? FileManager.default.removeItem(at: dir) }
        let files = [d.source, d.target].map { Self.office.appendingPathComponent("A-75-394.\($0.rawValue).docx") }
        try translate(d, files: files, in: dir, minimumFilled: 0.95)
    }

    /// The shipped segmentation rules are what `Scripts/build_cat_segmentation.py` writes from the
    /// installed OmegaT's own rules file.
    @Test func theShippedRulesAreOmegaTs() throws {
        try #require(FileManager.default.fileExists(atPath: "/usr/share/omegat/OmegaT.jar"),
                     "OmegaT is not installed (apt-get install omegat; .ci/run installs it)")
        let dir = try CLITests.temp()
        defer { try? FileManager.default.removeItem(at: dir) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        p.arguments = [Paths.root.appendingPathComponent("Scripts/build_cat_segmentation.py").path, "--resources", dir.path]
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        try #require(p.terminationStatus == 0)
        let shipped = try Data(contentsOf: Paths.root.appendingPathComponent("Sources/UNAlign/Resources/cat-segmentation.tsv"))
        #expect(try Data(contentsOf: dir.appendingPathComponent("cat-segmentation.tsv")) == shipped)
        #expect(CATSegmentation.rules[.en]?.count ?? 0 > 20)
    }

    /// Word files from other hands have more markup than the fixtures: an italic first word, a
    /// bold word, proofing marks and bookmarks between runs, a word split across two runs, a tab,
    /// a line break (which OmegaT makes a segment break), a hyperlink field, a non-breaking hyphen
    /// (which OmegaT makes a tag). The English file with all of them.
    @Test func omegaTFillsAFileWithMoreMarkup() throws {
        let dir = try CLITests.temp()
        defer { try? FileManager.default.removeItem(at: dir) }
        let varied = dir.appendingPathComponent("A-75-394.en.docx")
        try Self.rewrite(Self.office.appendingPathComponent("A-75-394.en.docx"), to: varied, replacing: [
            ("<w:r><w:t xml:space=\"preserve\">Recalling that the open-ended group",
             "<w:r><w:rPr><w:i/></w:rPr><w:t xml:space=\"preserve\">Recalling</w:t></w:r><w:r><w:t xml:space=\"preserve\"> that the open-ended group"),
            ("the Committee adopted draft decision A/C.1/75/L.47 without a vote",
             "the </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>Committee</w:t></w:r><w:proofErr w:type=\"spellStart\"/><w:r><w:t xml:space=\"preserve\"> adopted draft decision A/C.1/75/L.47 without a vote"),
            ("On 13 October, the delegation of Switzerland",
             "On 13 October, the deleg</w:t></w:r><w:bookmarkStart w:id=\"7\" w:name=\"b7\"/><w:r><w:t xml:space=\"preserve\">ation of Switzerland"),
            ("<w:t xml:space=\"preserve\">I. Introduction</w:t>", "<w:t xml:space=\"preserve\">I.</w:t><w:tab/><w:t xml:space=\"preserve\">Introduction</w:t>"),
            ("Rapporteur: Ms. María del Rosario", "Rapporteur:</w:t><w:br/><w:t xml:space=\"preserve\">Ms. María del Rosario"),
            // A hyperlink as a field, as Word writes many, and a non-breaking hyphen.
            ("had been issued as document A/C.1/75/L.76.</w:t>",
             "had been issued as document </w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> HYPERLINK \"https://undocs.org/A/C.1/75/L.76\" </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>A/C.1/75/L.76</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:t>.</w:t>"),
            ("Seventy-fifth session", "Seventy</w:t><w:noBreakHyphen/><w:t xml:space=\"preserve\">fifth session"),
        ])
        try translate(Direction(source: .en, target: .zh), files: [Self.office.appendingPathComponent("A-75-394.zh.docx"), varied],
                      in: dir, minimumFilled: 0.97)
    }

    /// Aligns `files` into an OmegaT memory, has OmegaT translate the `source` one of them, and
    /// checks what it filled.
    func translate(_ d: Direction, files: [URL], in dir: URL, minimumFilled: Double) throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.omegat),
                     "OmegaT is not installed (apt-get install omegat; .ci/run installs it)")
        let project = dir.appendingPathComponent("project")
        for folder in ["source", "target", "tm/auto", "glossary", "dictionary", "omegat"] {
            try FileManager.default.createDirectory(at: project.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        let sourceFile = try #require(files.first { $0.lastPathComponent.hasSuffix(".\(d.source.rawValue).docx") })
        try FileManager.default.copyItem(at: sourceFile, to: project.appendingPathComponent("source/A-75-394.docx"))
        try Self.projectFile(d).write(to: project.appendingPathComponent("omegat.project"), atomically: true, encoding: .utf8)
        let memory = project.appendingPathComponent("tm/auto/A-75-394.tmx")
        let align = try CLITests.unalign(["align"] + files.map(\.path) + ["-f", "tmx", "--tmx-dialect", "omegat", "-o", memory.path])
        try #require(align.status == 0, "\(align.err)")

        let p = Process()
        p.executableURL = URL(fileURLWithPath: Self.omegat)
        p.arguments = [project.path, "--mode=console-translate", "--config-dir=\(dir.appendingPathComponent("config").path)", "--quiet"]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        try #require(p.terminationStatus == 0, "OmegaT exited with \(p.terminationStatus)")

        // OmegaT's statistics: `Total:` and `Remaining:` segments.
        let stats = try String(contentsOf: project.appendingPathComponent("omegat/project_stats.txt"), encoding: .utf8)
        func count(_ row: String) -> Int? {
            stats.split(separator: "\n").first { $0.hasPrefix(row) }.flatMap { $0.split(separator: "\t").dropFirst().first }
                .flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        }
        let total = try #require(count("Total:")), remaining = try #require(count("Remaining:"))
        let filled = Double(total - remaining) / Double(total)
        print("OmegaT \(d.testDescription): \(total - remaining) of \(total) segments filled (\(String(format: "%.1f", 100 * filled)) %)")
        #expect(total > 150)
        #expect(filled >= minimumFilled)

        // The translated file's paragraphs are the other version's paragraphs (a paragraph a page
        // break cut in two is whole in the first of its two and so differs; a few may).
        let translated = try Self.paragraphs(project.appendingPathComponent("target/A-75-394.docx"))
        let reference = Set(try Self.paragraphs(Self.office.appendingPathComponent("A-75-394.\(d.target.rawValue).docx")))
        let same = translated.filter { reference.contains($0) }.count
        print("OmegaT \(d.testDescription): \(same) of \(translated.count) translated paragraphs are the \(d.target.rawValue) version's")
        #expect(Double(same) / Double(translated.count) >= 0.85)
        // No tag written as text: every tag of a fill is one of its source segment's.
        #expect(!translated.contains { $0.contains("<t") && $0.contains("/>") })
    }

    /// A copy of a Word file with text of its `word/document.xml` replaced (each must be there).
    static func rewrite(_ url: URL, to copy: URL, replacing: [(String, String)]) throws {
        let original = try Archive(url: url, accessMode: .read)
        let archive = try Archive(url: copy, accessMode: .create)
        for entry in original {
            var data = Data()
            _ = try original.extract(entry) { data.append($0) }
            if entry.path == "word/document.xml" {
                var xml = String(decoding: data, as: UTF8.self)
                for (old, new) in replacing {
                    let r = try #require(xml.range(of: old), "\(old) is not in the file")
                    xml.replaceSubrange(r, with: new)
                }
                data = Data(xml.utf8)
            }
            let bytes = data
            try archive.addEntry(with: entry.path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
    }

    /// A project as OmegaT 3.6 writes one, source and target languages as given.
    static func projectFile(_ d: Direction) -> String {
        func tokenizer(_ l: Language) -> String { l == .zh ? "LuceneSmartChineseTokenizer" : "LuceneEnglishTokenizer" }
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <omegat>
              <project version="1.0">
                <source_dir>__DEFAULT__</source_dir>
                <source_dir_excludes><mask>**/.svn/**</mask></source_dir_excludes>
                <target_dir>__DEFAULT__</target_dir>
                <tm_dir>__DEFAULT__</tm_dir>
                <glossary_dir>__DEFAULT__</glossary_dir>
                <glossary_file>__DEFAULT__</glossary_file>
                <dictionary_dir>__DEFAULT__</dictionary_dir>
                <source_lang>\(d.source.bcp47)</source_lang>
                <target_lang>\(d.target.bcp47)</target_lang>
                <source_tok>org.omegat.tokenizer.\(tokenizer(d.source))</source_tok>
                <target_tok>org.omegat.tokenizer.\(tokenizer(d.target))</target_tok>
                <sentence_seg>true</sentence_seg>
                <support_default_translations>true</support_default_translations>
                <remove_tags>false</remove_tags>
              </project>
            </omegat>
            """
    }

    /// The text of each non-empty paragraph of a Word file's body, as Word shows it.
    static func paragraphs(_ url: URL) throws -> [String] {
        let archive = try Archive(url: url, accessMode: .read)
        let entry = try #require(archive["word/document.xml"])
        var xml = Data()
        _ = try archive.extract(entry) { xml.append($0) }
        let collector = ParagraphCollector()
        let parser = XMLParser(data: xml)
        parser.delegate = collector
        #expect(parser.parse())
        return collector.paragraphs
    }

    final class ParagraphCollector: NSObject, XMLParserDelegate {
        var paragraphs: [String] = []
        private var current = ""
        private var inText = false
        func parser(_ p: XMLParser, didStartElement e: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            if e == "w:p" { current = "" }
            if e == "w:t" { inText = true }
        }
        func parser(_ p: XMLParser, foundCharacters s: String) { if inText { current += s } }
        func parser(_ p: XMLParser, didEndElement e: String, namespaceURI: String?, qualifiedName: String?) {
            if e == "w:t" { inText = false }
            if e == "w:p" {
                let t = current.trimmingCharacters(in: .whitespaces)
                if !t.isEmpty { paragraphs.append(t) }
            }
        }
    }
}
