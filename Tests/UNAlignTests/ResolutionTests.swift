import Foundation
import Testing
@testable import UNAlign

/// The 42 real English resolutions of the 80th session, against counts made by hand
/// (`Fixtures/ga-res-80-en/counts.tsv`, its README says how).
@Suite("Adopted resolutions")
struct ResolutionTests {
    struct Counts: CustomTestStringConvertible, Sendable {
        let file: String
        let symbol: String
        let preambular: Int
        let operative: Int
        let missing: [Int]
        let footnotes: Int
        let annexes: Int
        let closing: String
        var testDescription: String { file }
    }

    static let fixtures = Paths.root.appendingPathComponent("Tests/UNAlignTests/Fixtures/ga-res-80-en")
    static let corpus = Paths.shared.appendingPathComponent("corpora/ga-res-80-en")

    static let counts: [Counts] = {
        let rows = (try? Paths.text(fixtures.appendingPathComponent("counts.tsv")))?.split(separator: "\n").dropFirst() ?? []
        return rows.map { r in
            let c = r.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return Counts(file: c[0], symbol: c[1], preambular: Int(c[2])!, operative: Int(c[3])!,
                          missing: c[4] == "-" ? [] : c[4].split(separator: ",").compactMap { Int($0) },
                          footnotes: Int(c[6])!, annexes: Int(c[8])!, closing: c[10])
        }
    }()

    static func document(_ file: String) throws -> Document {
        try Document(contentsOfFile: corpus.appendingPathComponent(file + ".md").path, language: .en)
    }

    @Test func fortyTwoFilesCounted() { #expect(Self.counts.count == 42) }

    @Test(arguments: counts)
    func structureAsCountedByHand(_ expected: Counts) throws {
        let doc = try Self.document(expected.file)
        let nodes = doc.nodes
        #expect(doc.kind == .resolution)
        let body = nodes.filter { $0.address.frame == nil }
        #expect(body.filter { $0.tag == .preambular }.count == expected.preambular, "preambular")
        let operative = body.filter { $0.tag == .operative }.compactMap { n -> Int? in if case .operative(let k) = n.kind { k } else { nil } }
        let numbered = (1...expected.operative).filter { !expected.missing.contains($0) }
        // A paragraph whose number the PDF lost is text of the one before; a lone unnumbered
        // "Adopts …" paragraph (80/5, 80/9) has no number to find.
        if expected.operative > 1 || !expected.missing.isEmpty {
            #expect(operative == numbered, "operative numbers")
        }
        let footnotes = nodes.filter { $0.tag == .footnote }
        #expect(footnotes.count == expected.footnotes, "footnotes")
        // Every footnote is attached to its mark, unless the extractor lost the mark: its number
        // then stands nowhere in the text on its own.
        let source = try Paths.text(Self.corpus.appendingPathComponent(expected.file + ".md"))
        let afterIntro = source.range(of: "\nThe General Assembly").map { String(source[$0.upperBound...]) } ?? source
        let bodyText = afterIntro.components(separatedBy: "\n[^1]:").first ?? afterIntro
        for f in footnotes {
            guard case .footnote(let n, let ref) = f.kind, ref == nil else { continue }
            let months = "January|February|March|April|May|June|July|August|September|October|November|December"
            let mark = #"(?<=[a-z\d][),;.”’]) ?\#(n)(?![\d/%.])(?! (\#(months)|to |per |and \d))"#
            let standing = bodyText.range(of: mark, options: .regularExpression) != nil
            #expect(!standing, "\(f.address) is not attached to its mark")
        }
        #expect(nodes.filter { $0.tag == .frame }.count == expected.annexes, "annexes")
        if expected.closing != "-" {
            let closing = try #require(doc.node("closing"), "closing line")
            #expect(doc.text(of: closing) == expected.closing)
        }
        // Masthead and front matter are furniture, never a title line or a paragraph.
        for n in nodes where n.tag != .document {
            let t = doc.text(of: n)
            #expect(!t.hasPrefix("United Nations") || n.tag != .titleLine, "\(n.address): masthead as a title line")
            #expect(!t.contains("Distr.: General"), "\(n.address): masthead in a node")
            #expect(!t.contains("record_id:"), "\(n.address): front matter in a node")
        }
        LosslessTests.checkLossless(doc, expected.file)
    }

    /// Running headers inside the body are furniture: the paragraphs they cut read on.
    @Test func runningHeadersAreFurniture() throws {
        let rows = try Paths.text(Self.fixtures.appendingPathComponent("furniture.tsv")).split(separator: "\n").dropFirst()
        #expect(rows.count == 9)
        for r in rows {
            let c = r.split(separator: "\t").map(String.init)
            let doc = try Self.document(c[0])
            let line = Int(c[1])!
            let covered = doc.furniture.contains { doc.line(of: $0.start) == line }
            #expect(covered, "\(c[0]) line \(line): '\(c[2])' is not furniture")
        }
        let seams: [(String, String)] = [
            ("A_RES_80_1", "during the general debate of the Assembly at its eightieth session after introduction"),
            ("A_RES_80_23", "increasing the possibility of induced distortions in decision-making environments"),
            ("A_RES_80_54", "its objectives, purpose and the goal of a world free from nuclear weapons"),
        ]
        for (file, seam) in seams {
            let doc = try Self.document(file)
            #expect(doc.nodes.contains { doc.text(of: $0).contains(seam) }, "\(file): '\(seam)'")
        }
    }
}
