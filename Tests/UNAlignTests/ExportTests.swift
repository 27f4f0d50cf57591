import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import UNAlign

@Suite("Export")
struct ExportTests {
    static let alignment: Alignment = try! Aligner().align([Language.zh, .en, .fr].map { AlignerTests.docs[$0]! })

    static func tmx(_ langs: [Language]? = nil) -> String {
        var o = ExportOptions()
        o.symbol = "A/75/394"
        o.languages = langs
        return Exporter.export(alignment, as: .tmx, options: o).files[0].contents
    }

    /// The structure the TMX 1.4b DTD prescribes: the header's required attributes, `<tu>` with
    /// its `<prop>`s before its `<tuv>`s, each `<tuv>` with `xml:lang` and one `<seg>`.
    @Test func tmxFollowsTheTMX14bStructure() throws {
        final class Checker: NSObject, XMLParserDelegate {
            var problems: [String] = []
            var stack: [String] = []
            var seenTuv = false, segs = 0, units = 0
            var languages = Set<String>()
            func parser(_ p: XMLParser, didStartElement e: String, namespaceURI: String?, qualifiedName: String?, attributes a: [String: String] = [:]) {
                let parent = stack.last
                switch e {
                case "tmx": if a["version"] != "1.4" { problems.append("tmx version \(a["version"] ?? "none")") }
                case "header":
                    for req in ["creationtool", "creationtoolversion", "segtype", "o-tmf", "adminlang", "srclang", "datatype"] where a[req] == nil {
                        problems.append("header lacks \(req)")
                    }
                    if !["block", "paragraph", "sentence", "phrase"].contains(a["segtype"] ?? "") { problems.append("bad segtype") }
                    if parent != "tmx" { problems.append("header outside tmx") }
                case "body": if parent != "tmx" { problems.append("body outside tmx") }
                case "tu": seenTuv = false; units += 1; if parent != "body" { problems.append("tu outside body") }
                case "prop", "note": if seenTuv { problems.append("prop after tuv") }; if a["type"] == nil && e == "prop" { problems.append("prop without type") }
                case "tuv":
                    seenTuv = true; segs = 0
                    guard let l = a["xml:lang"] else { problems.append("tuv without xml:lang"); break }
                    if l == "*all*" { problems.append("tuv xml:lang *all*") }
                    languages.insert(l)
                case "seg": segs += 1; if parent != "tuv" { problems.append("seg outside tuv") }
                default: problems.append("unknown element \(e)")
                }
                stack.append(e)
            }
            func parser(_ p: XMLParser, didEndElement e: String, namespaceURI: String?, qualifiedName: String?) {
                stack.removeLast()
                if e == "tuv", segs != 1 { problems.append("tuv with \(segs) segs") }
            }
        }
        for langs in [nil, [Language.zh, .en]] {
            let c = Checker()
            let parser = XMLParser(data: Data(Self.tmx(langs).utf8))
            parser.delegate = c
            #expect(parser.parse(), "not well-formed: \(String(describing: parser.parserError))")
            #expect(c.problems.isEmpty, "\(c.problems.prefix(5))")
            #expect(c.units > 900)
            #expect(c.languages == (langs == nil ? ["zh-CN", "en", "fr"] : ["zh-CN", "en"]))
        }
    }

    /// OmegaT's default rules as it applies them: it cuts after `para.` (it knows no such
    /// abbreviation) but not after `Mr.`; Chinese only after 。？！; a new paragraph of the file always.
    @Test func catSegmentationCutsAsOmegaTDoes() {
        #expect(CATSegmentation.pieces("At its 14th meeting, the Committee adopted it (see para. 17, draft resolution I).", language: .en)
                == ["At its 14th meeting, the Committee adopted it (see para.", "17, draft resolution I)."])
        #expect(CATSegmentation.pieces("Mr. Smith spoke. Ms. Jones replied.", language: .en) == ["Mr. Smith spoke.", "Ms. Jones replied."])
        #expect(CATSegmentation.pieces("委员会通过了决议草案A/C.1/75/L.4(见第17段，决议草案一)。", language: .zh).count == 1)
        #expect(CATSegmentation.pieces("1. 决定召开会议。又决定……", language: .zh) == ["1. 决定召开会议。", "又决定……"])
        #expect(CATSegmentation.pieces("Algeria, Angola, Iran\u{2029}(Islamic Republic of), Zambia.", language: .en)
                == ["Algeria, Angola, Iran", "(Islamic Republic of), Zambia."])
    }

    /// With the OmegaT dialect, a Word file's hyperlinks and runs become OmegaT's tags, numbered in
    /// their paragraph as OmegaT numbers them, in a unit beside the plain one; the header says OmegaT.
    @Test func omegatDialectWritesTheWordFilesTags() throws {
        let office = Paths.root.appendingPathComponent("Tests/UNAlignTests/Fixtures/office")
        let docs = try [Language.zh, .en].map { l in
            try Document(bytes: Paths.bytes(office.appendingPathComponent("A-75-394.\(l.rawValue).docx")), source: "\(l.rawValue).docx", language: l)
        }
        let a = try Aligner().align(docs)
        var o = ExportOptions()
        o.tmxDialect = .omegat
        let tmx = TMX.write(a, languages: [.zh, .en], options: o)
        #expect(tmx.contains("creationtool=\"OmegaT\""))
        // Paragraph 8: `(A/C.1/75/L.8/Rev.1)`, the symbol a hyperlink.
        #expect(tmx.contains("<seg>At its 14th meeting, on 9 November, the Committee had before it a revised draft resolution (<ph x=\"0\">&lt;t0/&gt;</ph>A/C.1/75/L.8/Rev.1<ph x=\"1\">&lt;t1/&gt;</ph>).</seg>"))
        // The second sentence of the paragraph goes on numbering the paragraph's tags.
        #expect(tmx.contains("had been issued as document<ph x=\"2\">&lt;t2/&gt;</ph> <ph x=\"3\">&lt;t3/&gt;</ph>A/C.1/75/L.74<ph x=\"4\">&lt;t4/&gt;</ph>.</seg>"))
        // The standard dialect is plain text, as before.
        let plain = TMX.write(a, languages: [.zh, .en])
        #expect(!plain.contains("&lt;t0/&gt;") && plain.contains("creationtool=\"UNAlign\""))
        #expect(try TMX.read(Data(tmx.utf8)).count == (try TMX.read(Data(plain.utf8))).count)
    }

    /// Numbers cut off as CAT tools' segmentation rules cut them; other full stops left alone.
    @Test func paragraphMarkers() {
        #expect(ParagraphMarker.split("1. At its 2nd plenary meeting")! == ("1.", "At its 2nd plenary meeting"))
        #expect(ParagraphMarker.split("II. Consideration of proposals")! == ("II.", "Consideration of proposals"))
        #expect(ParagraphMarker.split("一. 引言")! == ("一.", "引言"))
        #expect(ParagraphMarker.split("１．决定")! == ("１．", "决定"))
        #expect(ParagraphMarker.split("1.5 million people") == nil)
        #expect(ParagraphMarker.split("A/75/394") == nil)
        #expect(ParagraphMarker.split("(a) to consider") == nil)
        #expect(ParagraphMarker.split("1.") == nil)
        #expect(ParagraphMarker.withoutNoteMarks("on 3, 4, 6, 9 and 10 November.1", isFootnote: false) == "on 3, 4, 6, 9 and 10 November.")
        #expect(ParagraphMarker.withoutNoteMarks("2 Subsequently, Togo", isFootnote: true) == "Subsequently, Togo")
        #expect(ParagraphMarker.withoutNoteMarks("items 94 to 110. 5 of them", isFootnote: false) == "items 94 to 110. 5 of them")
        // A number's own digits stay: `1.25`, `15,000`, `1.5`.
        #expect(ParagraphMarker.withoutNoteMarks("less than $1.25 a day, 15,000 people, 1.5 per cent.", isFootnote: false) == "less than $1.25 a day, 15,000 people, 1.5 per cent.")
        // A symbol's own numbers stay: `L.4`, `Rev.1`.
        #expect(ParagraphMarker.withoutNoteMarks("Draft resolution A/C.1/75/L.4", isFootnote: false) == "Draft resolution A/C.1/75/L.4")
        #expect(ParagraphMarker.withoutNoteMarks("(c) Draft resolution A/C.1/75/L.8/Rev.1 as a whole", isFootnote: false) == "(c) Draft resolution A/C.1/75/L.8/Rev.1 as a whole")
    }

    /// The review page: well-formed XML for any text, a row per segment in order, the alignment it
    /// carries the same as the one it shows.
    @Test func reviewPageIsWellFormedWithARowPerSegment() throws {
        let page = Exporter.export(Self.alignment, as: .html).files[0].contents
        let parser = XMLParser(data: Data(page.utf8))
        let rows = RowCounter()
        parser.delegate = rows
        #expect(parser.parse(), "not well-formed: \(String(describing: parser.parserError))")
        #expect(rows.rows == Self.alignment.segments.count)
        #expect(page.contains("dir=\"rtl\"") == Self.alignment.languages.contains(.ar))
        // Text that would end the script element or the document stays inside it.
        let side = SegmentSide(text: "</script><!-- ]]> \u{7} & \u{2028}", ranges: [], address: Address("¶1"))
        let nasty = Alignment(segments: [AlignedSegment(address: Address("¶1"), kind: .sentence, confidence: 1, sides: [.en: side, .zh: side])], source: "t")
        let exported = Exporter.export(nasty, as: .html)
        let p2 = XMLParser(data: Data(exported.files[0].contents.utf8))
        #expect(p2.parse(), "not well-formed: \(String(describing: p2.parserError))")
        #expect(exported.notices.first?.contains("2 characters") == true)
    }

    final class RowCounter: NSObject, XMLParserDelegate {
        var rows = 0
        private var inBody = false
        func parser(_ p: XMLParser, didStartElement e: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            if e == "tbody" { inBody = rows == 0 }
            if e == "tr", inBody, attributes["data-index"] != nil { rows += 1 }
        }
        func parser(_ p: XMLParser, didEndElement e: String, namespaceURI: String?, qualifiedName: String?) { if e == "tbody" { inBody = false } }
    }

    @Test func xmlEscaping() {
        #expect(TMX.escapeProperty("a < b & \"c\" > 'd'\u{0007}") == "a &lt; b &amp; &quot;c&quot; &gt; &apos;d&apos;\u{FFFD}")
    }

    /// Export then import gives back the same segments (address, kind, confidence, text per language).
    @Test func tmxRoundTrip() throws {
        let back = try TMX.read(Data(Self.tmx().utf8))
        let exported = Self.alignment.segments.filter { $0.sides.count >= 2 }
        #expect(back.count == exported.count)
        for (a, b) in zip(exported, back) {
            #expect(a.address == b.address && a.kind == b.kind && a.confidence == b.confidence)
            #expect(Language.allCases.allSatisfy { a.text($0) == b.text($0) }, "\(a.address)")
        }
        #expect(throws: TMX.ReadError.self) { try TMX.read(Data("<html><body/></html>".utf8)) }
        #expect(throws: TMX.ReadError.self) { try TMX.read(Data("<tmx><body><tu>".utf8)) }
    }

    /// The TMX files load in a real consumer: translate-toolkit's TMX reader (PyPI), installed into
    /// a throwaway virtual environment under .build/.
    @Test func translateToolkitReadsOurTMX() throws {
        // A missing tool fails the test (`.ci/run` installs it): a test that passes without it proves nothing.
        let python = try #require(Self.which("python3"), "python3 is not installed, so translate-toolkit cannot read the TMX")
        let venv = Paths.root.appendingPathComponent(".build/tmx-venv")
        let py = venv.appendingPathComponent("bin/python").path
        if !FileManager.default.fileExists(atPath: py) { try Self.run(python, ["-m", "venv", venv.path]) }
        if (try? Self.run(py, ["-c", "import translate.storage.tmx"])) == nil {
            try Self.run(py, ["-m", "pip", "install", "-q", "translate-toolkit"])
        }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("unalign-tmx-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let script = """
            import sys, json
            from translate.storage import tmx
            store = tmx.tmxfile.parsefile(sys.argv[1])
            def derived(u):
                return any(p.get('type') == 'x-derived' for p in u.xmlelement.iter('prop'))
            out = [{n.get('{http://www.w3.org/XML/1998/namespace}lang'): u.getNodeText(n) for n in u.getlanguageNodes()}
                   for u in store.units if not derived(u)]
            cat = [{n.get('{http://www.w3.org/XML/1998/namespace}lang'): u.getNodeText(n) for n in u.getlanguageNodes()}
                   for u in store.units if derived(u)]
            print(json.dumps({"units": out, "derived": cat}, ensure_ascii=False))
            """
        try script.write(to: dir.appendingPathComponent("read.py"), atomically: true, encoding: .utf8)
        for langs in [nil, [Language.zh, .en], [Language.en, .fr]] {
            let file = dir.appendingPathComponent("a.tmx")
            try Self.tmx(langs).write(to: file, atomically: true, encoding: .utf8)
            let json = try Self.run(py, [dir.appendingPathComponent("read.py").path, file.path])
            let read = try JSONDecoder().decode([String: [[String: String]]].self, from: Data(json.utf8))
            let units = read["units"] ?? []
            // The pieces CAT tools cut (a paragraph's number, the text after it) and whole vote
            // lists are there too, marked as derived.
            let derived = read["derived"] ?? []
            #expect(derived.contains { $0["en"] == "1." } && derived.contains { ($0["en"] ?? "").hasPrefix("At its 2nd plenary meeting") })
            #expect(derived.contains { ($0["en"] ?? "").hasPrefix("Albania, Andorra") || ($0["en"] ?? "").contains(", ") && ($0["en"] ?? "").count > 300 })
            let chosen = langs ?? Self.alignment.languages
            let expected = Self.alignment.segments.filter { s in chosen.filter { s.sides[$0] != nil }.count >= 2 }
            #expect(units.count == expected.count, "\(String(describing: langs))")
            for (u, s) in zip(units, expected) {
                let want = Dictionary(uniqueKeysWithValues: chosen.compactMap { l in s.text(l).map { (l.bcp47, $0) } })
                #expect(u == want, "\(s.address)")
            }
        }
    }

    @Test func lineFormatsStayLineAligned() throws {
        let files = Exporter.export(Self.alignment, as: .moses).files
        #expect(files.map(\.suffix) == [".zh", ".en", ".fr"])
        let counts = files.map { $0.contents.split(separator: "\n", omittingEmptySubsequences: false).count }
        #expect(Set(counts).count == 1 && counts[0] > 900)
        let tsv = Exporter.export(Self.alignment, as: .tsv).files[0].contents.split(separator: "\n")
        #expect(tsv.allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 6 })
        var o = ExportOptions()
        o.kinds = [.country]
        o.minConfidence = 0.99
        let countries = Exporter.export(Self.alignment, as: .jsonl, options: o).files[0].contents.split(separator: "\n")
        #expect(countries.count == 834)
        let beads = Exporter.export(Self.alignment, as: .beads).files
        #expect(try Beads.parse(beads[2].contents).count == Self.alignment.segments.filter { $0.sides[.zh] != nil || $0.sides[.en] != nil }.count)
    }

    static func which(_ tool: String) -> String? {
        (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
            .map { "\($0)/\(tool)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    @discardableResult
    static func run(_ exe: String, _ args: [String]) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: exe)
        p.arguments = args
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else {
            throw CocoaError(.executableLoad, userInfo: [NSLocalizedDescriptionKey: "\(exe) \(args.joined(separator: " ")): \(String(decoding: e, as: UTF8.self))"])
        }
        return String(decoding: data, as: UTF8.self)
    }
}
