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

    static func versions(_ folder: String) throws -> [Document] {
        try [Language.en, .fr, .es, .ru, .ar, .zh].map { l in
            try Document(contentsOfFile: root.appendingPathComponent(folder).appendingPathComponent("\(l.rawValue).md").path, language: l)
        }
    }

    /// The older compilation form: the vote is the resolution's, its lists on their labels' lines;
    /// every voting country comes out aligned across the six versions.
    @Test func compilationVoteCountryByCountryInSixLanguages() throws {
        let docs = try Self.versions("compilation-resolution")
        for d in docs {
            let v = try #require(DocumentVotes(d).votes.first, "\(d.language)")
            #expect(v.address == "vote")
            #expect(v.tally?.description == "12-3-4", "\(d.language)")
            #expect(v.checks.isEmpty, "\(d.language): \(v.checks)")
        }
        let a = try Aligner().align(docs)
        let countries = a.segments.filter { $0.kind == .country }
        #expect(countries.count == 19)
        #expect(countries.allSatisfy { $0.sides.count == 6 })
        #expect(a.votes.discrepancies.isEmpty)
    }

    /// A meeting record: the vote inside the President's turn, and every speaker's country read
    /// through the gazetteer, the same in the six versions.
    @Test func meetingRecordSpeakersAndVote() throws {
        let docs = try Self.versions("meeting-record")
        let countries = docs.map { DocumentSpeakers($0).speakers.map(\.country) }
        #expect(countries[0].count == 7)
        #expect(countries[0].compactMap { $0 }.count >= 4, "\(countries[0])")
        for (d, c) in zip(docs, countries) { #expect(c == countries[0], "\(d.language)") }
        let a = try Aligner().align(docs)
        #expect(a.segments.filter { $0.kind == .country && $0.sides.count == 6 }.count == 15)
        #expect(a.units.filter { $0.address.components.first.map { if case .turn = $0 { true } else { false } } ?? false }.allSatisfy { $0.sides.count == 6 })
    }

    /// Six versions of each kind aligned in one alignment: every unit in all six, no discrepancy
    /// (numbers, dates, hours on either clock, votes), a sentence of every unit paired.
    @Test(arguments: folders.map(\.0))
    func sixWayAlignmentAgrees(_ folder: String) throws {
        let a = try Aligner().align(try Self.versions(folder))
        #expect(a.discrepancies.isEmpty, "\(a.discrepancies)")
        for u in a.units { #expect(u.sides.count == 6, "\(u.address)") }
    }

    /// The Traditional Chinese declaration reads as the Simplified one: same addresses, aligned.
    @Test func traditionalChinese() throws {
        let folder = Self.root.appendingPathComponent("declaration")
        let hant = try Document(contentsOfFile: folder.appendingPathComponent("zh-Hant.md").path)
        let hans = try Document(contentsOfFile: folder.appendingPathComponent("zh.md").path)
        #expect(hant.language == .zh)
        #expect(hant.nodes.map(\.address) == hans.nodes.map(\.address))
        let en = try Document(contentsOfFile: folder.appendingPathComponent("en.md").path, language: .en)
        let a = try Aligner().align([en, hant])
        #expect(a.discrepancies.isEmpty, "\(a.discrepancies)")
    }
}
