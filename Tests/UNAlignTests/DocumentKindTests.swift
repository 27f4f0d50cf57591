import Foundation
import Testing
@testable import UNAlign

/// Every kind of UN document with no real text in the shared corpora, as constructed fixtures in
/// the six languages (`Fixtures/kinds/`, each file says it is constructed): the kind is detected,
/// every version has the addresses `expected.tsv` lists, and nothing is lost.
@Suite("Kinds of document")
struct DocumentKindTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let folder: String
        let file: String
        let language: Language
        let kind: DocumentKind
        var testDescription: String { "\(folder)/\(file)" }
    }

    static let root = Paths.root.appendingPathComponent("Tests/UNAlignTests/Fixtures/kinds")
    static let folders: [(String, DocumentKind)] = [
        ("resolution", .resolution), ("compilation-resolution", .resolution), ("declaration", .treaty),
        ("sg-report", .secretaryGeneralReport), ("meeting-record", .meetingRecord), ("letter", .letter),
    ]

    static let cases: [Case] = folders.flatMap { folder, kind in
        let files = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)) ?? []
        return files.filter { $0.hasSuffix(".md") }.sorted().map { f in
            let code = String(f.dropLast(3))
            return Case(folder: folder, file: f, language: Language(code: code) ?? .zh, kind: kind)
        }
    }

    static func expected(_ folder: String) throws -> [Address] {
        try Paths.text(root.appendingPathComponent(folder).appendingPathComponent("expected.tsv"))
            .split(separator: "\n").map { Address(String($0.split(separator: "\t")[0])) }
    }

    @Test func everyFolderHasSixLanguages() {
        for (folder, _) in Self.folders {
            #expect(Self.cases.filter { $0.folder == folder }.count >= 6, "\(folder)")
        }
    }

    @Test(arguments: cases)
    func addressesAsExpected(_ c: Case) throws {
        let doc = try Document(contentsOfFile: Self.root.appendingPathComponent(c.folder).appendingPathComponent(c.file).path, language: c.language)
        #expect(doc.kind == c.kind)
        let found = doc.nodes.dropFirst().map(\.address)
        let expected = try Self.expected(c.folder)
        // Footnotes sit under the node that holds their mark; the rest is in document order.
        #expect(found.filter { !Self.isFootnote($0) } == expected.filter { !Self.isFootnote($0) })
        #expect(Set(found.filter(Self.isFootnote)) == Set(expected.filter(Self.isFootnote)))
        #expect(doc.problems.isEmpty, "\(doc.problems)")
        LosslessTests.checkLossless(doc, c.testDescription)
    }

    static func isFootnote(_ a: Address) -> Bool {
        if case .footnote? = a.components.last { true } else { false }
    }
}
