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
}
