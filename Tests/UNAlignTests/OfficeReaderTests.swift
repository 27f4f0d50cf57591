import Foundation
import Testing
import ZIPFoundation
@testable import UNAlign

/// Word and PDF files, as LibreOffice and pandoc render A/75/394 (`Fixtures/office`, made by
/// `Scripts/render_office_fixtures.py`): the same tree as the Markdown, the same alignment, nothing
/// lost, and a clear error for each file that cannot be read.
@Suite("Word and PDF files")
struct OfficeReaderTests {
    static let folder = Paths.root.appendingPathComponent("Tests/UNAlignTests/Fixtures/office")

    static func read(_ name: String, _ l: Language? = nil) throws -> Document {
        try Document(contentsOfFile: folder.appendingPathComponent(name).path, language: l)
    }

    @Test(arguments: Language.allCases)
    func sameTreeAsTheMarkdown(_ l: Language) throws {
        let markdown = try A75394.document(l).nodes.map(\.address)
        for format in ["docx", "pdf"] {
            let doc = try Self.read("A-75-394.\(l.rawValue).\(format)", l)
            #expect(doc.format == (format == "pdf" ? .pdf : .docx))
            #expect(doc.problems.isEmpty, "\(format): \(doc.problems)")
            let found = doc.nodes.map(\.address)
            let first = Array(zip(found, markdown)).firstIndex { $0 != $1 }
            #expect(found == markdown, "\(l) \(format): \(first.map { "\(found[$0]) for \(markdown[$0])" } ?? "\(found.count) nodes for \(markdown.count)")")
            LosslessTests.checkLossless(doc, "\(l).\(format)")
        }
    }

    /// A Word file's page headers and footers are furniture after the body (kept, never aligned),
    /// and the symbol a header holds is the document's symbol.
    @Test(arguments: Language.allCases)
    func headersAndFootersAreFurniture(_ l: Language) throws {
        let doc = try Self.read("A-75-394.\(l.rawValue).docx", l)
        let furniture = doc.furniture.map { doc.text(of: [$0]) }
        #expect(furniture.contains("A/75/394"), "\(furniture)")
        // The footer's page fields (`1/1`): a page number, which the parser reads as markup.
        let kept = furniture + doc.markup.map { doc.text(of: [$0]) }
        #expect(kept.contains("1/1"), "\(kept)")
        #expect(!doc.nodes.contains { doc.text(of: $0) == "A/75/394" })
        #expect(DocumentSymbol.guess([doc]) == "A/75/394")
        #expect(!DocumentSymbol.looksLikeSymbol("S/RES/2532 (2020)") && DocumentSymbol.looksLikeSymbol("E/CN.6/2021/3"))
    }

    /// Two-column pages read column by column: every section, numbered paragraph, sub-paragraph,
    /// frame, operative paragraph and vote in the Markdown's order, footnotes at each column's foot.
    @Test func twoColumnPagesInOrder() throws {
        let doc = try Self.read("A-75-394.en-2col.pdf", .en)
        func numbered(_ d: Document) -> [Address] {
            d.nodes.map(\.address).filter { a in
                !a.components.contains { switch $0 { case .footnote, .text, .preambular: true; default: false } }
            }
        }
        #expect(numbered(doc) == numbered(try A75394.document(.en)))
        #expect(doc.nodes.filter { $0.tag == .footnote }.count == 7)
        LosslessTests.checkLossless(doc, "two columns")
    }

    /// Word's automatic paragraph numbers (numbering.xml), rebuilt as the numbers Word shows.
    @Test func automaticNumbering() throws {
        let doc = try Self.read("A-75-394.en-autonumber.docx", .en)
        #expect(doc.nodes.map(\.address) == (try A75394.document(.en)).nodes.map(\.address))
        #expect(doc.text(of: doc.node("¶18")!).hasPrefix("18. "))
        #expect(doc.text(of: doc.node("DR-II/op5")!).hasPrefix("5. "))
    }

    /// `unalign align zh.pdf en.docx fr.pdf es.docx ru.pdf ar.docx`: the same alignment as the
    /// Markdown's (sentence strict F1 against the gold within 0.005, every country aligned).
    @Test(arguments: [0, 1])
    func sixWayFromMixedFormats(_ mix: Int) throws {
        let langs = Language.allCases
        // zh.pdf en.docx fr.pdf es.docx ru.pdf ar.docx, and the other way round: every version read
        // both from its PDF and from its Word file.
        let files = langs.enumerated().map { k, l in "A-75-394.\(l.rawValue).\((k + mix) % 2 == 0 ? "pdf" : "docx")" }
        let docs = try zip(files, langs).map { try Self.read($0, $1) }
        let read = Dictionary(uniqueKeysWithValues: zip(langs, docs))
        let a = try Aligner().align(docs)
        AlignerTests.checkStructure(a, langs)
        let markdown = try Aligner().align(langs.map { try A75394.document($0) })
        for lb in langs.dropFirst() {
            let s = try AlignerTests.score(a, .zh, lb, nWay: Array(langs.dropFirst()), read: read)
            let m = try AlignerTests.score(markdown, .zh, lb, nWay: Array(langs.dropFirst()))
            print("A/75/394 six-way from PDF and Word, zh-\(lb): \(s) (Markdown \(m.strictF1))")
            #expect(s.strictF1 >= m.strictF1 - 0.005, "zh-\(lb): \(s.strictF1) against \(m.strictF1)")
        }
    }

    /// Each place in the text maps back to the file: part, paragraph and offset of a Word file;
    /// page and offset of a PDF.
    @Test func placesInTheFile() throws {
        let docx = try Self.read("A-75-394.en.docx", .en)
        let p1 = try #require(docx.node("¶1"))
        guard case .docx(let part, _, let offset) = docx.place(of: p1.pieces[0].start + 3) else { Issue.record("no Word place"); return }
        #expect(part == "word/document.xml")
        #expect(offset == 3)
        let fn = try #require(docx.node("fn1"))
        if case .docx(let part, _, _) = docx.place(of: fn.pieces.last!.start) { #expect(part == "word/footnotes.xml") } else { Issue.record("footnote place") }
        let pdf = try Self.read("A-75-394.en.pdf", .en)
        guard case .pdf(let page, _) = pdf.place(of: try #require(pdf.node("¶18")).pieces[0].start) else { Issue.record("no PDF place"); return }
        #expect(page > 5)
        // The running header and the page numbers are furniture, in no node.
        #expect(pdf.furniture.filter { pdf.text.string($0) == "A/75/394" }.count >= 10)
    }

    @Test func filesThatCannotBeReadSaySo() throws {
        let cases: [(String, String)] = [
            ("encrypted.pdf", "encrypted"),
            ("scanned.pdf", "no text layer"),
            ("legacy.doc", "soffice --headless --convert-to docx"),
            ("damaged.docx", "damaged"),
        ]
        for (file, words) in cases {
            let path = Self.folder.appendingPathComponent(file).path
            #expect { try Document(contentsOfFile: path) } throws: { error in
                let message = "\(error)"
                return message.hasPrefix(path) && message.contains(words)
            }
        }
        // A Word file with a stretch cut out of its middle: its directory points past its end
        // (ZIPFoundation's in-memory reader trapped on this before the package was checked).
        var cut = [UInt8](try Data(contentsOf: Self.folder.appendingPathComponent("A-75-394.en.docx")))
        cut.removeSubrange(4000..<6000)
        #expect { try Document(bytes: cut, source: "cut.docx") } throws: { "\($0)".hasPrefix("cut.docx: damaged file") }
        // A file over the limit is refused with the limit named, before it is read.
        #expect { try Document(bytes: [UInt8](repeating: 0x41, count: 3 * 1_048_576), source: "big.txt", limit: 2 * 1_048_576) } throws: {
            "\($0)" == "big.txt: 3 MiB, more than the 2 MiB a document may have; split it (a UN document is rarely over 20 MiB)"
        }
        // A ZIP that is no Word file: an OpenDocument text.
        let odt = FileManager.default.temporaryDirectory.appendingPathComponent("unalign-\(UUID().uuidString).odt")
        let content = Data("<office:document-content/>".utf8)
        let archive = try Archive(url: odt, accessMode: .create)
        try archive.addEntry(with: "content.xml", type: .file, uncompressedSize: Int64(content.count)) { position, size in
            content.subdata(in: Int(position)..<Int(position) + size)
        }
        defer { try? FileManager.default.removeItem(at: odt) }
        #expect { try Document(contentsOfFile: odt.path) } throws: { "\($0)".contains("OpenDocument") }
    }

    /// The format is told from the content, not the name; `format:` forces it.
    @Test func formatFromTheContent() throws {
        let renamed = FileManager.default.temporaryDirectory.appendingPathComponent("unalign-\(UUID().uuidString).txt")
        try FileManager.default.copyItem(at: Self.folder.appendingPathComponent("A-75-394.en.docx"), to: renamed)
        defer { try? FileManager.default.removeItem(at: renamed) }
        #expect(try Document(contentsOfFile: renamed.path, language: .en).format == .docx)
        #expect(throws: (any Error).self) { try Document(contentsOfFile: renamed.path, language: .en, format: .pdf) }
    }

    /// A Word file written here, part by part, with what UN Word files use: numbering through a
    /// style and restarting levels, a heading style, tracked changes, a field, a hyperlink, a table,
    /// a text box, a footnote and an endnote.
    @Test func wordFeatures() throws {
        let w = #"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006""#
        func p(_ body: String, style: String? = nil, num: (Int, Int)? = nil) -> String {
            var ppr = style.map { #"<w:pStyle w:val="\#($0)"/>"# } ?? ""
            if let (id, level) = num { ppr += #"<w:numPr><w:ilvl w:val="\#(level)"/><w:numId w:val="\#(id)"/></w:numPr>"# }
            return "<w:p><w:pPr>\(ppr)</w:pPr>\(body)</w:p>"
        }
        func r(_ t: String) -> String { #"<w:r><w:t xml:space="preserve">\#(t)</w:t></w:r>"# }
        let body = [
            p(r("Introduction"), style: "Heading1"),
            p(r("The Committee met") + #"<w:ins w:id="1"><w:r><w:t xml:space="preserve"> twice</w:t></w:r></w:ins>"#
              + #"<w:del w:id="2"><w:r><w:delText> once</w:delText></w:r></w:del>"# + r(" in "), style: "Numbered"),
            p(r("It adopted ") + #"<w:hyperlink r:id="rId9"><w:r><w:t>A/C.1/75/L.4</w:t></w:r></w:hyperlink>"#
              + #"<w:r><w:footnoteReference w:id="2"/></w:r>"# + r(" and decided:"), num: (5, 0)),
            p(r("to act;"), num: (5, 1)),
            p(r("to report") + #"<w:r><w:endnoteReference w:id="3"/></w:r>"# + r("."), num: (5, 1)),
            p(r("It closed on ") + #"<w:fldSimple w:instr=" DATE "><w:r><w:t>9 November</w:t></w:r></w:fldSimple>"# + r("."), num: (5, 0)),
            #"<w:tbl><w:tr><w:tc>\#(p(r("Votes")))</w:tc><w:tc>\#(p(r("153")))</w:tc></w:tr><w:tr><w:tc>\#(p(r("Against")))</w:tc><w:tc>\#(p(r("11")))</w:tc></w:tr></w:tbl>"#,
            p(#"<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent>\#(p(r("A box.")))</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>\#(p(r("A box.")))</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>"#),
        ].joined()
        let parts: [String: String] = [
            "[Content_Types].xml": #"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#,
            "word/document.xml": #"<?xml version="1.0"?><w:document \#(w) xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>\#(body)<w:sectPr/></w:body></w:document>"#,
            "word/styles.xml": #"<?xml version="1.0"?><w:styles \#(w)><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style><w:style w:type="paragraph" w:styleId="Numbered"><w:name w:val="UN paragraph"/><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="5"/></w:numPr></w:pPr></w:style></w:styles>"#,
            "word/numbering.xml": #"<?xml version="1.0"?><w:numbering \#(w)><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/></w:lvl></w:abstractNum><w:num w:numId="5"><w:abstractNumId w:val="0"/></w:num></w:numbering>"#,
            "word/footnotes.xml": #"<?xml version="1.0"?><w:footnotes \#(w)><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:id="2"><w:p><w:r><w:footnoteRef/></w:r>\#(r(" See A/C.1/75/PV.14."))</w:p></w:footnote></w:footnotes>"#,
            "word/endnotes.xml": #"<?xml version="1.0"?><w:endnotes \#(w)><w:endnote w:id="3"><w:p><w:r><w:endnoteRef/></w:r>\#(r(" To the Assembly."))</w:p></w:endnote></w:endnotes>"#,
        ]
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("unalign-\(UUID().uuidString).docx")
        let archive = try Archive(url: url, accessMode: .create)
        for (path, xml) in parts.sorted(by: { $0.key < $1.key }) {
            let data = Data(xml.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count)) { pos, size in data.subdata(in: Int(pos)..<Int(pos) + size) }
        }
        defer { try? FileManager.default.removeItem(at: url) }
        let doc = try Document(contentsOfFile: url.path, language: .en)
        let text = doc.text.string
        #expect(text.contains("# Introduction"))
        #expect(text.contains("1. The Committee met twice in"))  // numbering through the style; the insertion kept
        #expect(!text.contains("once"))                          // the deletion dropped
        #expect(text.contains("2. It adopted A/C.1/75/L.4[^1] and decided:"))
        #expect(text.contains("(a) to act;") && text.contains("(b) to report[^1]."))
        #expect(text.contains("3. It closed on 9 November."))    // the level below restarted, the field as its text
        #expect(text.contains("[^1]: See A/C.1/75/PV.14.") && text.contains("[^1]: To the Assembly."))
        #expect(text.contains("| Votes | 153 |") && text.contains("| Against | 11 |"))
        #expect(text.components(separatedBy: "A box.").count == 2)  // the text box once, not its fallback copy
        #expect(doc.nodes.filter { $0.tag == .paragraph }.map(\.address) == ["¶1", "¶2", "¶3"])
        #expect(doc.node("¶2(b)") != nil)
        if case .docx(let part, let paragraph, _) = doc.place(of: doc.node("¶3")!.pieces[0].start + 4) {
            #expect(part == "word/document.xml")
            #expect(paragraph == 5)
        } else { Issue.record("no Word place for ¶3") }
        LosslessTests.checkLossless(doc, "word features")
    }
}
