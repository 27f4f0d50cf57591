import Foundation
import Testing
@testable import UNAlign

/// One rule of the line classifier or the parser each, on inline strings (swift-markdown's small
/// per-node tests): a regression names the rule it breaks.
@Suite("Parser rules")
struct ParserRuleTests {
    /// The role the classifier reads in one line.
    static func role(_ line: String, _ l: Language, kind: DocumentKind = .report, emphasized: Bool = false) -> LineRole {
        let t = UTF16Text(line)
        return Classifier(LanguageProfile.of(l), kind: kind).classify(t, first: t.fullRange, fullLength: t.count, emphasized: emphasized).role
    }

    static func doc(_ text: String, _ l: Language, kind: DocumentKind? = nil) throws -> Document {
        try Document(text: text, language: l, kind: kind, source: "inline")
    }

    static func addresses(_ text: String, _ l: Language, kind: DocumentKind? = nil) throws -> [String] {
        try doc(text, l, kind: kind).nodes.dropFirst().map(\.address.rawValue)
    }

    // MARK: Line roles

    /// A title line is the document's symbol where it reads as one: the same strings the regular
    /// expression the parser once compiled per line matches, on symbols and on random near-misses.
    @Test func symbolTitleLines() throws {
        let re = try NSRegularExpression(pattern: #"^[a-z]{1,2}(/[a-z0-9.\-]+){2,}$"#)
        func regex(_ s: String) -> Bool { re.firstMatch(in: s, range: NSRange(location: 0, length: (s as NSString).length)) != nil }
        #expect(DocumentParser.isSymbol("a/75/394") && DocumentParser.isSymbol("a/c.1/75/l.4") && DocumentParser.isSymbol("s/res/2532"))
        #expect(!DocumentParser.isSymbol("a/75") && !DocumentParser.isSymbol("abc/75/394") && !DocumentParser.isSymbol("a//75") && !DocumentParser.isSymbol("a/75/394 "))
        var rng = SystemRandomNumberGenerator()
        let alphabet = Array("ab/1.-/z/ A/é")
        for _ in 0..<5000 {
            let s = String((0..<Int.random(in: 0...9, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! })
            #expect(DocumentParser.isSymbol(s) == regex(s), "\(s)")
        }
    }

    @Test func paragraphNumbers() {
        #expect(Self.role("12. The Committee", .en) == .numbered(12))
        #expect(Self.role("１２．委员会", .zh) == .numbered(12))
        #expect(Self.role("12 - تقرر", .ar) == .numbered(12))
        #expect(Self.role("1.5 million people", .en) != .numbered(1))
        #expect(Self.role("1 . text", .en) == .text)
    }

    /// A page number alone on a line (`12`, `12/20`) is furniture; a symbol cut at a line break
    /// (`/73/12`, found by the damage property tests) is text.
    @Test func cutSymbolsAreNotPageNumbers() throws {
        let doc = try Document(text: "1. The Assembly recalls its resolution A/RES\n\n/73/12\n\n12/20\n", language: .en)
        #expect(doc.nodes.contains { doc.text(of: $0).contains("/73/12") })
        #expect(!doc.nodes.contains { doc.text(of: $0).contains("12/20") })
    }

    @Test func compoundLabels() {
        #expect(Self.role("1.a Ensure significant mobilization", .en) == .item("1.a"))
        #expect(Self.role("17.19 By 2030, build on", .en) == .item("17.19"))
        #expect(Self.role("1.A Text", .en) == .text)
    }

    @Test func subparagraphLetters() {
        #expect(Self.role("(b) Decides", .en) == .subparagraph(2))
        #expect(Self.role("b) décide", .fr) == .subparagraph(2))
        #expect(Self.role("(ب) تقرر", .ar) == .subparagraph(2))
        #expect(Self.role("а) постановляет", .ru) == .subparagraph(1))  // Cyrillic а
    }

    @Test func sectionsAndTheRomanLetterAmbiguity() {
        #expect(Self.role("II. Consideration of proposals", .en) == .section(2))
        #expect(Self.role("一、导言", .zh) == .section(1))
        #expect(Self.role("ثانيا - النظر", .ar) == .section(2))
        #expect(Self.role("V. Recommendations", .en) == .sectionOrSubsection(section: 5, letter: 22))
        #expect(Self.role("C. Draft resolution", .en) == .subsection(3))
        #expect(Self.role("i. a list item", .en) == .text)
    }

    @Test func frameHeadings() {
        #expect(Self.role("Draft resolution II", .en) == .frameHeading(.draftResolution, 2, titleStart: nil))
        if case .frameHeading(.draftResolution, 2, let ts?) = Self.role("决议草案二 从国际安全角度看信息和电信领域的发展", .zh, emphasized: true) { #expect(ts == 6) }
        else { Issue.record("决议草案二 with its title") }
        #expect(Self.role("Annex", .en, kind: .resolution) == .frameHeading(.annex, 1, titleStart: nil))
        if case .frameHeading(.annex, 1, _?) = Self.role("Annex 2025 Political Declaration on Trafficking", .en, kind: .resolution) {} else { Issue.record("annex with its title") }
        #expect(Self.role("Annex II to the report contains the list.", .en) == .text)
    }

    @Test func voteLabels() {
        #expect(Self.role("In favour: Algeria, Argentina", .en) == .voteLabel(.favour, listStart: 11))
        #expect(Self.role("Se sont abstenus :", .fr) == .voteLabel(.abstain, listStart: nil))
        #expect(Self.role("反对：", .zh) == .voteLabel(.against, listStart: nil))
    }

    @Test func resolutionHead() {
        #expect(Self.role("Resolution adopted by the General Assembly on 26 November 2025", .en, kind: .resolution) == .adoptionHeading)
        #expect(Self.role("2025年11月26日大会通过的决议", .zh, kind: .resolution) == .adoptionHeading)
        #expect(Self.role("[on the report of the First Committee (A/80/534, para. 7)]", .en, kind: .resolution) == .committeeLine)
        #expect(Self.role("80/10. International Day", .en, kind: .resolution) == .resolutionNumber)
        #expect(Self.role("55/33 A. Regional confidence-building", .en, kind: .resolution) == .resolutionNumber)
        #expect(Self.role("55/33 ألف - تدابير", .ar, kind: .resolution) == .resolutionNumber)
        #expect(Self.role("The General Assembly,", .en, kind: .resolution) == .intro)
        #expect(Self.role("51st plenary meeting", .en, kind: .resolution) == .closingLine)
        #expect(Self.role("第51次全体会议", .zh, kind: .resolution) == .closingLine)
    }

    @Test func treatyDivisions() {
        #expect(Self.role("Article 12", .en, kind: .treaty) == .division(.article, 12, textStart: nil))
        #expect(Self.role("Article premier", .fr, kind: .treaty) == .division(.article, 1, textStart: nil))
        #expect(Self.role("第一百一十条", .zh, kind: .treaty) == .division(.article, 110, textStart: nil))
        #expect(Self.role("المادة الأولى", .ar, kind: .treaty) == .division(.article, 1, textStart: nil))
        #expect(Self.role("Première partie", .fr, kind: .treaty) == .division(.part, 1, textStart: nil))
        if case .division(.chapter, 1, _?) = Self.role("CHAPTER I, PURPOSES AND PRINCIPLES", .en, kind: .treaty) {} else { Issue.record("chapter with its title") }
        if case .division(.article, 2, let ts?) = Self.role("第二条 为求实现第一条所述各宗旨起见", .zh, kind: .treaty) { #expect(ts == 4) } else { Issue.record("第二条 running on") }
        #expect(Self.role("Article 5 of the Charter provides that", .en, kind: .treaty) == .text)
        #expect(Self.role("Preamble", .en, kind: .treaty) == .division(.preamble, 0, textStart: nil))
    }

    @Test func meetingRecordLines() {
        if case .speaker(let end, let country?) = Self.role("Mr. Ortega Ruiz (Mexico): I have the honour", .en, kind: .meetingRecord) {
            #expect(end == 25)
            #expect(country == TextRange(17, 23))
        } else { Issue.record("speaker with a country") }
        if case .speaker = Self.role("The President: I give the floor", .en, kind: .meetingRecord) {} else { Issue.record("presiding officer") }
        if case .speaker = Self.role("奥尔特加·鲁伊斯先生（墨西哥）：我荣幸地", .zh, kind: .meetingRecord) {} else { Issue.record("Chinese speaker") }
        #expect(Self.role("Ratio: 3 to 1", .en, kind: .meetingRecord) == .text)
        #expect(Self.role("(spoke in French)", .en, kind: .meetingRecord) == .interpretationNote)
        #expect(Self.role("The meeting was called to order at 10 a.m.", .en, kind: .meetingRecord) == .meetingOpening)
        #expect(Self.role("上午10时开会。", .zh, kind: .meetingRecord) == .meetingOpening)
    }

    @Test func lettersAndReports() {
        #expect(Self.role("Letter dated 12 March 2025 from the Permanent Representative", .en, kind: .letter) == .letterTitle)
        #expect(Self.role("(Signed) Grace Wanjiku", .en, kind: .letter) == .signature)
        #expect(Self.role("Contents", .en, kind: .secretaryGeneralReport) == .contentsHeading)
        #expect(Self.role("Table 1", .en, kind: .secretaryGeneralReport) == .tableCaption(1))
    }

    // MARK: Parser rules

    @Test func wrappedLinesContinueTheirParagraph() throws {
        // Blank-separated paragraphs: a line right under another continues it, whatever ends the first.
        let text = "1. Recalls its resolutions 60/48 of 8 December 2005,\n62/14 of 5 December 2007 and others;\n\n2. Decides to remain seized."
        #expect(try Self.addresses(text, .en) == ["¶1", "¶2"])
    }

    @Test func aLowerCaseLineAfterAPageBreakContinues() throws {
        let text = "1. The Committee decided to hold\n\n---\n\n12\n\nin-person meetings.\n\n2. Next."
        let d = try Self.doc(text, .en)
        #expect(d.nodes.dropFirst().map(\.address) == ["¶1", "¶2"])
        #expect(d.text(of: d.node("¶1")!).hasSuffix("in-person meetings."))
    }

    @Test func russianLowerCaseParagraphsAreParagraphs() throws {
        let text = "Генеральная Ассамблея,\n\nссылаясь на свою резолюцию 73/27,\n\nпринимая во внимание доклад,\n\n1. постановляет продолжить;"
        let d = try Self.doc(text, .ru, kind: .resolution)
        #expect(d.nodes.filter { $0.tag == .preambular }.count == 2)
    }

    @Test func articleParagraphsRestartInEveryArticle() throws {
        let text = "Article 1\n\n1. First.\n\n2. Second.\n\nArticle 2\n\n1. Again first."
        let d = try Self.doc(text, .en)
        #expect(d.kind == .treaty)
        #expect(d.nodes.dropFirst().map(\.address.rawValue) == ["ART-1", "ART-1/¶1", "ART-1/¶2", "ART-2", "ART-2/¶1"])
        #expect(d.problems.isEmpty)
    }

    @Test func bareFootnoteMarksAttachToTheirNotes() throws {
        let text = "The General Assembly,\n\nRecalling the Covenant, 1 the Convention,2 and the Declaration[^3],\n\n1. Decides.\n\n[^1]: First.\n\n[^2]: Second.\n\n[^3]: Third."
        let d = try Self.doc(text, .en, kind: .resolution)
        let notes = d.nodes.filter { $0.tag == .footnote }
        #expect(notes.count == 3)
        for n in notes { if case .footnote(_, let ref) = n.kind { #expect(ref != nil, "\(n.address)") } }
        #expect(notes.allSatisfy { d.node("pp1")!.children.contains($0) })
    }

    @Test func numbersOfTheTextAreNotFootnoteMarks() throws {
        let text = "The General Assembly,\n\nRecalling paragraphs 1 to 10 of the annex, adopted on 5 September,\n\n1. Decides.\n\n[^1]: Note."
        let d = try Self.doc(text, .en, kind: .resolution)
        if case .footnote(_, let ref) = d.nodes.first(where: { $0.tag == .footnote })!.kind { #expect(ref == nil) }
    }

    @Test func aYearAtTheStartOfAWrappedFootnoteLineIsNoFootnote() throws {
        let text = "The General Assembly,\n\nRecalling the report,1\n\n1. Decides.\n\n[^1]: Report of the Conference, Cairo, 5–13 September\n[^1994]: (United Nations publication)."
        let d = try Self.doc(text, .en, kind: .resolution)
        #expect(d.nodes.filter { $0.tag == .footnote }.map(\.address) == ["fn1"])
        #expect(d.text(of: d.node("fn1")!).contains("1994"))
    }

    @Test func frontMatterAndMastheadAreFurniture() throws {
        let text = "---\nsymbol: A/RES/80/1\n---\n\nUnited Nations\n\nGeneral Assembly Distr.: General\n\nResolution adopted by the General Assembly on 1 December 2025\n\n80/1. A title\n\nThe General Assembly,\n\n1. Decides."
        let d = try Self.doc(text, .en)
        #expect(d.kind == .resolution)
        #expect(d.nodes.dropFirst().map(\.address.rawValue) == ["title/adoption", "title/number", "intro", "op1"])
        let furniture = d.furniture.map { d.text.string($0) }
        #expect(furniture.contains("United Nations") && furniture.contains("symbol: A/RES/80/1"))
    }

    @Test func anOlderCompilationsVoteBelongsToTheResolution() throws {
        let text = "55/33 A. A title\n\nAdopted at the 85th plenary meeting, by a recorded vote of 2 to 1, with 1 abstention, as follows:\n\nIn favour: Algeria, Argentina.\n\nAgainst: Chile.\n\nAbstaining: Ghana.\n\nThe General Assembly,\n\n1. Decides."
        let d = try Self.doc(text, .en)
        #expect(d.kind == .resolution)
        #expect(d.node("vote")?.tally?.description == "2-1-1")
        let votes = DocumentVotes(d)
        #expect(votes.votes.first?.lists.map(\.codes) == [["DZA", "ARG"], ["CHL"], ["GHA"]])
        #expect(votes.votes.first?.checks.isEmpty == true)
    }

    @Test func letteredFootnotesOfOlderDocuments() throws {
        let text = "1. The Committee adopted the draft a/ without a vote.\n\n2. It decided to report.\n\na/ See A/55/100."
        let d = try Self.doc(text, .en)
        let fn = try #require(d.nodes.first { $0.tag == .footnote })
        #expect(fn.address == "fn1")
        #expect(d.text(of: fn).hasSuffix("See A/55/100."))
        guard case .footnote(_, let ref?) = fn.kind else { Issue.record("a/ not attached"); return }
        #expect(d.text.string(ref) == "a/")
        #expect(d.node("¶1")!.children.contains(fn))
    }

    @Test func countsWrittenAsWords() throws {
        let d = try Self.doc("1. The draft was adopted by a recorded vote of 150 to none, with 2 abstentions.", .en)
        #expect(d.node("¶1/vote")?.tally?.description == "150-0-2")
    }

    /// An extractor that ran the older compilation's adoption paragraph and its three lists into
    /// one line: each label and its list still come out, the vote the resolution's.
    @Test(arguments: [
        (Language.en, "Adopted at the 85th plenary meeting, on 8 December 2000, by a recorded vote of 2 to 1, with 1 abstention, as follows: In favour: Algeria, Argentina. Against: Chile. Abstaining: Ghana."),
        (.fr, "Adoptée à la 85e séance plénière, le 8 décembre 2000, à l'issue d'un vote enregistré, par 2 voix contre 1, avec 1 abstention, les voix s'étant réparties comme suit : Ont voté pour : Algérie, Argentine. Ont voté contre : Chili. Se sont abstenus : Ghana."),
        (.zh, "2000年12月8日第85次全体会议经记录表决，以2票赞成，1票反对，1票弃权通过，表决情况如下：赞成：阿尔及利亚、阿根廷。反对：智利。弃权：加纳。"),
    ])
    func aCompilationVoteRunTogether(_ l: Language, _ adoption: String) throws {
        let d = try Self.doc("55/33 A. A title\n\n\(adoption)\n\n\(LanguageProfile.of(l).resolutionIntros.first ?? "")\n\n1. Decides.", l, kind: .resolution)
        let votes = DocumentVotes(d)
        #expect(votes.votes.first?.address == "vote", "\(l): \(d.dump())")
        #expect(votes.votes.first?.lists.map(\.codes) == [["DZA", "ARG"], ["CHL"], ["GHA"]], "\(l)")
        #expect(votes.votes.first?.checks.isEmpty == true, "\(l): \(votes.votes.first?.checks ?? [])")
        LosslessTests.checkLossless(d, "\(l) run together")
    }

    @Test func aTextWithNoStructureIsParagraphsInOrder() throws {
        let d = try Self.doc("A letter.\n\nAnother line.", .en)
        #expect(d.kind == .other)
        #expect(d.problems.map(\.kind) == [.noStructure])
    }

    @Test func theKindCanBeForced() throws {
        let text = "1. First paragraph.\n\n2. Second paragraph."
        #expect(try Self.doc(text, .en).kind == .report)
        #expect(try Self.doc(text, .en, kind: .other).kind == .other)
    }

    @Test func addressesFormatAndParseAsOne() {
        for s in ["¶10(b)", "DR-II/op1(a)", "§II.B", "¶6/vote/against/CUB", "DR-I/fn2", "ART-12/¶1(a)", "T3/p2#2",
                  "title/title2", "¶1.a", "TAB-1/r2c3", "PT-II", "CH-IV", "PRE", "¶5/sponsors/main", "¶9/countries/2", "x~2", "op1#+3"] {
            let a = Address(s)
            #expect(a.rawValue == s)
            #expect(!a.components.contains { if case .other = $0 { s != "x~2" } else { false } }, "\(s): \(a.components)")
        }
        #expect(Address("DR-II/op1(a)").readable == "draft resolution II, operative paragraph 1 (a)")
        #expect(Address("ART-2/¶1").readable == "article 2, paragraph 1")
    }
}
