import Foundation

/// A node under construction. Builders are mutable and private to one parse; `freeze` turns them
/// into the immutable `DocumentNode` tree.
final class NodeBuilder {
    var kind: NodeKind
    var address: Address
    var pieces: [TextRange] = []
    var marker: TextRange?
    var children: [NodeBuilder] = []
    let line: Int

    init(_ kind: NodeKind, _ address: Address, line: Int) {
        self.kind = kind
        self.address = address
        self.line = line
    }

    func add(_ child: NodeBuilder) { children.append(child) }
}

/// How a numbered or unnumbered paragraph is read inside a container.
enum NumberingPolicy {
    /// A report body: `¶n` continuous across the document (the document's container holds the count).
    case continuous
    /// A resolution, adopted or draft: unnumbered paragraphs before the first number are
    /// preambular (`pp3`), numbered ones operative (`op1`).
    case resolution
    /// A draft decision: text (`p1`), operative only from `1.`.
    case decision
    /// An annex or an article: `¶n` restarting at 1 inside it.
    case restarting
    /// A treaty's preamble: unnumbered paragraphs are preambular (`pp1`).
    case preamble
}

/// One open container of the document: the document itself, a section, a frame, a division of a
/// treaty, a speaker turn, a summary box, a table. The parser keeps them on an explicit stack.
final class Container {
    enum Role: Equatable {
        case document, section, subsection, frame(FrameKind), division(DivisionKind), turn, summary
    }
    let role: Role
    let node: NodeBuilder
    /// Where numbered and unnumbered paragraphs are counted; nil: in the enclosing container's.
    let numbering: NumberingPolicy?
    /// The address prefix of the paragraphs counted here.
    let prefix: Address
    var lastNumber = 0
    var preambular = 0
    var texts = 0
    var hasTitle = false
    var hasIntro = false
    var operativeStarted: Bool { lastNumber > 0 }

    init(_ role: Role, _ node: NodeBuilder, numbering: NumberingPolicy?, prefix: Address) {
        self.role = role
        self.node = node
        self.numbering = numbering
        self.prefix = prefix
    }

    var isFrame: Bool { if case .frame = role { true } else { false } }
}

/// What parsing a text gives: the tree, what is markup and what is furniture, and the problems.
struct ParseResult {
    let kind: DocumentKind
    let root: DocumentNode
    let markup: [TextRange]
    let furniture: [TextRange]
    let problems: [ParseProblem]
}

/// Turns lines into the document tree. An explicit stack of containers, each with its numbering
/// policy, follows the document's own structure (report body and frames; an adopted resolution
/// and its annexes; a treaty's parts, chapters and articles; a record's speaker turns; a letter);
/// the line classifier's matchers say what each line announces, and the parser decides from where
/// it is. It repairs what PDF conversion breaks: page breaks inside paragraphs and lists, running
/// headers, footnotes in every extracted form.
struct DocumentParser {
    let text: UTF16Text
    let profile: LanguageProfile
    let kind: DocumentKind
    let classifier: Classifier
    let segmenter: SentenceSegmenter
    private let tallies: TallyReader
    private let footnoteMarks: FootnoteMarks

    private var problems: [ParseProblem] = []
    private var markup: [TextRange] = []
    private var furniture: [TextRange] = []
    private let root: NodeBuilder
    private var stack: [Container]

    // Where we are inside the innermost container.
    private var inTitleBlock = true
    private var sectionNumber = 0
    private var subsectionLetter = 0
    private var paragraph: NodeBuilder?      // current numbered paragraph (report, operative, article)
    private var subparagraph: NodeBuilder?
    private var vote: VoteState?
    private var lastProse: NodeBuilder?
    private var pageBreakSinceProse = false
    private var signature: NodeBuilder?
    private var listAfterColon = false
    private var inContents = false
    private var table: (node: NodeBuilder, row: Int)?
    private var turns = 0
    private var tableCount = 0
    private var runningHeaders: [String] = []
    private var footnoteRefs: [Address: NodeBuilder] = [:]   // "DR-I/fn2" → node holding the reference
    private var pendingFootnotes: [Address: NodeBuilder] = [:]
    private var lastFootnote: NodeBuilder?
    private var lastFootnoteLine = 0
    private var textCounter: [Address: Int] = [:]
    private var referenceRanges: Set<TextRange> = []

    private struct VoteState {
        let owner: NodeBuilder
        let node: NodeBuilder
        var list: NodeBuilder?
    }

    /// `furniture`: what a Word or PDF reader found not to be text of the document (running headers,
    /// page numbers); a line inside it is furniture.
    init(text: UTF16Text, language: Language, kind: DocumentKind? = nil, furniture readerFurniture: [TextRange] = []) {
        self.readerFurniture = readerFurniture.sorted { $0.start < $1.start }
        self.text = text
        profile = LanguageProfile.of(language)
        let lines = Lexer.lines(text)
        var views: [Int: LineView] = [:]
        let k: DocumentKind
        if let kind { k = kind } else { (k, views) = KindDetector(profile).detect(text, lines) }
        self.views = views
        self.kind = k
        classifier = Classifier(profile, kind: k)
        segmenter = SentenceSegmenter(language: language)
        let tables = MarkerTables.of(language)
        tallies = tables.tallies
        footnoteMarks = FootnoteMarks(tables, lines)
        root = NodeBuilder(.document(k), .root, line: 1)
        stack = [Container(.document, root, numbering: Self.bodyNumbering(k), prefix: .root)]
        self.lines = lines
        // Markdown and most extractors put a blank line between paragraphs; there a line right
        // under another is its continuation, whatever punctuation ends the first (`…resolutions,`
        // / `60/48 of 8 December 2005`). Where they do not, the end of the line decides.
        var followed = 0, all = 0
        for (a, b) in zip(lines, lines.dropFirst()) where a.kind == .text {
            all += 1
            if b.kind == .blank { followed += 1 }
        }
        blankSeparated = all > 0 && followed * 2 >= all
        preambularOpeners = tables.preambularOpeners
        voteLabels = tables.labels.map { (Array($0.0.utf16), $0.1) }
        if k == .meetingRecord {
            meetingOpensAt = lines.prefix(60).first { $0.kind == .text && role(of: $0) == .meetingOpening }?.number ?? 0
        }
    }

    /// A lexed line's role, from the kind detector's view of it where there is one.
    private func role(of l: Line) -> LineRole {
        if let view = views[l.number] { return classifier.classify(view).role }
        return classifier.classify(text, first: l.pieces[0], fullLength: l.pieces.reduce(0) { $0 + $1.length }, emphasized: l.emphasized).role
    }

    private let lines: [Line]
    private let readerFurniture: [TextRange]
    /// The language's vote labels, folded, longest first (for lines that run several together).
    private let voteLabels: [([UInt16], VoteSide)]
    /// The kind detector's views of the first lines, classified again from there.
    private var views: [Int: LineView]
    private let blankSeparated: Bool
    /// The line of a record's "The meeting was called to order…" (0 when there is none).
    private var meetingOpensAt = 0
    private let preambularOpeners: [String]

    /// How the body of each kind of document numbers its paragraphs.
    static func bodyNumbering(_ kind: DocumentKind) -> NumberingPolicy {
        switch kind {
        case .report, .secretaryGeneralReport, .meetingRecord, .letter, .other, .treaty: .continuous
        case .resolution: .resolution
        }
    }

    /// Report bodies name their unnumbered text `text1` under the section; the other kinds `p1`.
    private var reportBody: Bool { kind == .report || kind == .secretaryGeneralReport }

    mutating func parse() -> ParseResult {
        let masthead = kind == .resolution ? mastheadEnd() : nil
        var previousWasText = false
        var marks = footnoteMarks.start()
        for (index, lexed) in lines.enumerated() {
            let line = lexed
            markup += line.markup
            switch line.kind {
            case .blank:
                previousWasText = false
                continue
            case .rule, .pageArtifact:
                pageBreakSinceProse = true
                previousWasText = false
                continue
            case .frontMatter:
                furniture += line.markup
                markup.removeLast(line.markup.count)
                continue
            case .footnote(let n):
                footnote(n, line)
                previousWasText = false
                continue
            case .footnoteContinuation:
                if let fn = lastFootnote { fn.pieces += line.pieces; lastFootnoteLine = line.number } else { plainText(line) }
                continue
            case .tableRow:
                tableRow(line)
                previousWasText = false
                continue
            case .text:
                break
            }
            if !readerFurniture.isEmpty, isReaderFurniture(line) {
                furniture += line.pieces
                pageBreakSinceProse = true
                continue
            }
            if let m = masthead, index < m {
                furniture += line.pieces
                continue
            }
            if isRunningHeader(line) {
                furniture += line.pieces
                pageBreakSinceProse = true
                continue
            }
            // `… as follows: In favour: Algeria, … Against: Chile. Abstaining: Ghana.` on one line (an
            // older compilation run together by an extractor): each label and its list on a line of its own.
            for part in splitAtVoteLabels(line) {
                content(part, index: index, lexedPieces: lexed.pieces.count, previousWasText: &previousWasText, marks: &marks)
            }
        }
        for (address, fn) in pendingFootnotes.sorted(by: { $0.key < $1.key }) {
            problems.append(ParseProblem(kind: .footnoteWithoutReference, line: fn.line, message: "footnote \(address) has no reference mark in the text"))
        }
        if !root.children.contains(where: { ![.titleLine, .text].contains($0.kind.tag) }) {
            problems.append(ParseProblem(kind: .noStructure, line: 1,
                                         message: "no numbered paragraph, section heading, article, speaker turn or draft resolution found: read as paragraphs in order"))
        }
        uniqueAddresses(root)
        return ParseResult(kind: kind, root: freeze(root), markup: markup, furniture: furniture, problems: problems)
    }

    /// One line of content: its role, then what the parser makes of it where it is.
    private mutating func content(_ line: Line, index: Int, lexedPieces: Int, previousWasText: inout Bool, marks: inout FootnoteMarks.Scanner) {
        var line = line
        marks.scan(&line, text)
        let c: Classified
        if line.pieces.count == lexedPieces, let view = views.removeValue(forKey: line.number) {
            c = classifier.classify(view)
        } else {
            c = classifier.classify(text, first: line.pieces[0], fullLength: line.pieces.reduce(0) { $0 + $1.length }, emphasized: line.emphasized)
        }
        if inContents {
            if isContentsEntry(line, c) { furniture += line.pieces; return }
            inContents = false
        }
        // A wrapped line of plain text continues the paragraph above it.
        if previousWasText, c.role == .text, let prose = lastProse ?? vote?.list,
           !endsParagraph(lastTextPiece(prose.pieces)) || blankSeparated && !opensPreambularParagraph(line) {
            append(line, to: prose)
            return
        }
        previousWasText = true
        // The date beside a resolution's closing line (`第51次全体会议` after `2025年11月26日`).
        if kind == .resolution, c.role == .text, nextRole(after: index) == .closingLine, isShortUnpunctuated(line) {
            closingLine(line)
            return
        }
        // `Peacebuilding Commission` over an operative paragraph: a heading of the resolution's parts.
        if c.role == .text, numberingScope.numbering == .resolution, !inTitleBlock, line.references.isEmpty,
           isHeadingLike(line), case .numbered? = nextRole(after: index) {
            unnumberedHeading(line)
            return
        }
        handle(line, c)
    }

    /// A line holding two or more vote labels after its start, cut before each label.
    private func splitAtVoteLabels(_ line: Line) -> [Line] {
        // Two labels need two colons: a cheap test before any folding.
        guard line.kind == .text, let last = line.pieces.last, let first = line.pieces.first, last.end - first.start > 40,
              text.units[first.start..<last.end].lazy.filter({ $0 == 0x3A || $0 == 0xFF1A }).count >= 2 else { return [line] }
        let m = MatchText(text, range: TextRange(first.start, last.end), options: .lookalikes)
        let units = m.text.units
        var cuts = Set<Int>()
        var sides = Set<VoteSide>()
        for (label, side) in voteLabels {
            var from = 0
            while from < units.count, let at = UTF16Text.find(label, in: units, from: from) {
                var e = at + label.count
                while e < units.count, UTF16Text.isSpace(units[e]) { e += 1 }
                // A label opens a list: after a space or punctuation (Chinese `。反对：`), before its colon.
                let before = Unicode.Scalar(units[at > 0 ? at - 1 : 0]).map { $0.properties.generalCategory }
                let opens = at > 0 && (UTF16Text.isSpace(units[at - 1]) || [.otherPunctuation, .dashPunctuation, .closePunctuation].contains(before))
                if opens, e < units.count, units[e] == 0x3A || units[e] == 0xFF1A {
                    let source = m.originalRange(of: TextRange(at, at)).start
                    if cuts.insert(source).inserted { sides.insert(side) }
                }
                from = at + label.count
            }
        }
        guard sides.count >= 2 else { return [line] }
        var parts: [Line] = []
        var rest = line.pieces
        for cut in cuts.sorted() {
            let (head, tail) = split(rest, at: cut)
            if !head.isEmpty { var l = line; l.pieces = head; parts.append(l) }
            rest = tail
        }
        if !rest.isEmpty { var l = line; l.pieces = rest; parts.append(l) }
        // References stay with the part that holds them (parts are in text order, as are references).
        var references = line.references.sorted { $0.1.start < $1.1.start }[...]
        return parts.map { part in
            var p = part
            let end = part.pieces.last?.end ?? 0
            var mine: [(Int, TextRange)] = []
            var k = 0
            while let r = references.first, r.1.start < end {
                references.removeFirst()
                while k < part.pieces.count, part.pieces[k].end < r.1.end { k += 1 }
                if k < part.pieces.count, part.pieces[k].start <= r.1.start { mine.append(r) }
            }
            p.references = mine
            return p
        }
    }

    // MARK: The container stack

    private var top: Container { stack[stack.count - 1] }
    /// The innermost container that counts paragraphs.
    private var numberingScope: Container { stack.last { $0.numbering != nil }! }
    private var frame: Container? { stack.last { $0.isFrame } }
    private var frameKind: FrameKind? { if case .frame(let k)? = frame?.role { k } else { nil } }

    private mutating func push(_ c: Container) {
        top.node.add(c.node)
        // Containers close as others open, so the stack stays shallow; were it ever to reach the
        // limit, the new container's text stays where it is (a sibling) and the problem says so.
        guard stack.count < Limits.maximumNestingDepth else {
            problems.append(ParseProblem(kind: .tooDeep, line: c.node.line,
                                         message: "containers nested deeper than \(Limits.maximumNestingDepth) levels: \(c.node.address) kept at that depth"))
            lastProse = nil
            closeParagraph()
            return
        }
        stack.append(c)
        lastProse = nil
        closeParagraph()
    }

    /// Closes containers while `shouldClose` says so (never the document).
    private mutating func close(while shouldClose: (Container) -> Bool) {
        while stack.count > 1, shouldClose(top) { stack.removeLast() }
        closeParagraph()
        table = nil
    }

    private mutating func closeParagraph() {
        paragraph = nil
        subparagraph = nil
        vote = nil
        signature = nil
    }

    // MARK: Lines by role

    private mutating func handle(_ line: Line, _ c: Classified) {
        switch c.role {
        case .frameHeading(let k, let n, let titleStart):
            // Ordinal 0: the next one (a letter's annexes are not numbered).
            startFrame(k, n == 0 ? annexCount + 1 : n, line, titleStart: titleStart)
        case .section(let n):
            startSection(n, line, c)
        case .subsection(let n):
            startSubsection(n, line, c)
        case .sectionOrSubsection(let sec, let letter):
            // "I." after "H." is a subsection; otherwise the roman numeral that continues the sections.
            if subsectionLetter == letter - 1 && sec != sectionNumber + 1 { startSubsection(letter, line, c) }
            else if sec == sectionNumber + 1 { startSection(sec, line, c) }
            else { startSubsection(letter, line, c) }
        case .numbered(let n):
            numbered(n, line, c)
        case .subparagraph(let n):
            subparagraphLine(n, line, c)
        case .item(let label):
            item(label, line, c)
        case .voteLabel(let side, let listStart):
            voteLabel(side, line, listStart: listStart)
        case .intro:
            intro(line)
        case .division(let k, let n, let textStart):
            if kind == .treaty || stack.contains(where: { $0.role == .frame(.annex) }) { startDivision(k, n, line, textStart: textStart) }
            else { plainText(line) }
        case .adoptionHeading:
            titleLine(line, role: "adoption")
        case .committeeLine where inTitleBlock:
            titleLine(line, role: "committee")
        case .resolutionNumber where inTitleBlock:
            titleLine(line, role: "number")
            rememberRunningHeaders(line)
        case .closingLine:
            closingLine(line)
        case .speaker where inTitleBlock && line.number < meetingOpensAt:
            // `President: Ms. Mensah (Ghana)` in a record's head, before the meeting opens.
            titleLine(line, role: titleRole(line))
        case .speaker(let labelEnd, let country):
            startTurn(line, labelEnd: labelEnd, country: country)
        case .interpretationNote where stack.contains { $0.role == .turn }:
            leaf(.interpretationNote, .note, line)
        case .meetingOpening:
            close { _ in true }
            inTitleBlock = false
            rootLeaf(.opening, .opening, line)
        case .meetingClosing:
            close { _ in true }
            rootLeaf(.closing, .closing, line)
        case .letterTitle where inTitleBlock:
            titleLine(line, role: "letter")
            inTitleBlock = false
        case .signature:
            startSignature(line)
        case .contentsHeading:
            furniture += line.pieces
            inContents = true
        case .summaryHeading:
            close { $0.role != .document }
            inTitleBlock = false
            let node = NodeBuilder(.heading, .root / .summary, line: line.number)
            node.pieces = line.pieces
            push(Container(.summary, node, numbering: .continuous, prefix: .root / .summary))
        case .tableCaption(let n):
            startTable(n, line)
        case .committeeLine, .resolutionNumber, .interpretationNote, .letterTitle, .text:
            plainText(line)
        }
    }

    private mutating func startSection(_ n: Int, _ line: Line, _ c: Classified) {
        // A report's sections are the document's; elsewhere they sit in the annex or frame they are in.
        let keepAnnex = !reportBody
        close { $0.role != .document && !(keepAnnex && $0.role == .frame(.annex)) }
        inTitleBlock = false
        if n != sectionNumber + 1 {
            problems.append(ParseProblem(kind: .numberingGap, line: line.number, message: "section \(Numerals.roman(n)) follows section \(Numerals.roman(sectionNumber))"))
        }
        sectionNumber = n
        subsectionLetter = 0
        let node = NodeBuilder(.section(number: n), top.prefix / .section(n), line: line.number)
        node.pieces = line.pieces
        node.marker = c.markerEnd.map { TextRange(line.pieces[0].start, $0) }
        push(Container(.section, node, numbering: nil, prefix: top.prefix))
    }

    private mutating func startSubsection(_ letter: Int, _ line: Line, _ c: Classified) {
        let keepAnnex = !reportBody
        close { $0.role != .document && $0.role != .section && !(keepAnnex && $0.role == .frame(.annex)) }
        inTitleBlock = false
        if letter != subsectionLetter + 1 {
            problems.append(ParseProblem(kind: .numberingGap, line: line.number, message: "subsection \(Numerals.letter(letter - 1).uppercased()) follows \(subsectionLetter == 0 ? "none" : Numerals.letter(subsectionLetter - 1).uppercased())"))
        }
        subsectionLetter = letter
        let node = NodeBuilder(.subsection(letter: letter), top.prefix / .subsection(section: max(sectionNumber, 1), letter: letter - 1), line: line.number)
        node.pieces = line.pieces
        node.marker = c.markerEnd.map { TextRange(line.pieces[0].start, $0) }
        push(Container(.subsection, node, numbering: nil, prefix: top.prefix))
    }

    private var annexCount: Int { root.children.filter { if case .frame(.annex, _) = $0.kind { true } else { false } }.count }

    private mutating func startFrame(_ k: FrameKind, _ n: Int, _ line: Line, titleStart: Int?) {
        // Frames sit in the report's sections; an annex of any other kind closes everything.
        let inSections = reportBody && k != .annex
        close { c in inSections ? (c.role != .document && c.role != .section && c.role != .subsection) : c.role != .document }
        inTitleBlock = false
        let prefix = Address.root / .frame(k, n)
        let node = NodeBuilder(.frame(k, ordinal: n), prefix, line: line.number)
        let policy: NumberingPolicy = switch k {
        case .draftResolution: .resolution
        case .draftDecision: .decision
        case .annex: .restarting
        }
        let f = Container(.frame(k), node, numbering: policy, prefix: prefix)
        if let ts = titleStart {
            // "决议草案二 从国际安全角度…": the heading word and ordinal, then the title on the same line.
            let (head, rest) = split(line.pieces, at: ts)
            node.pieces = head
            let title = NodeBuilder(.frameTitle, prefix / .title, line: line.number)
            title.pieces = rest
            node.add(title)
            f.hasTitle = true
        } else {
            node.pieces = line.pieces
        }
        push(f)
        // An annex numbers its own sections (a declaration's `I.`); a draft leaves the report's alone.
        if k == .annex {
            sectionNumber = 0
            subsectionLetter = 0
        }
    }

    private mutating func startDivision(_ k: DivisionKind, _ n: Int, _ line: Line, textStart: Int?) {
        // A division closes the divisions as deep or deeper than itself.
        close { c in if case .division(let d) = c.role { d.depth >= k.depth } else { c.role != .document && !c.isFrame } }
        inTitleBlock = false
        let base = frame?.prefix ?? .root
        let prefix = base / .division(k, n)
        let node = NodeBuilder(.division(k, number: n), prefix, line: line.number)
        let policy: NumberingPolicy? = switch k {
        case .article: .restarting
        case .preamble: .preamble
        case .part, .chapter, .section: nil
        }
        var rest: [TextRange] = []
        if let ts = textStart, k == .article {
            // `第二条 为求实现…`: the article's heading, then its first paragraph on the same line.
            (node.pieces, rest) = split(line.pieces, at: ts)
        } else {
            node.pieces = line.pieces
        }
        push(Container(.division(k), node, numbering: policy, prefix: policy == nil || k == .preamble ? base : prefix))
        if !rest.isEmpty {
            var l = line
            l.pieces = rest
            let c = classifier.classify(text, first: rest[0], fullLength: rest.reduce(0) { $0 + $1.length }, emphasized: false)
            handle(l, c)
        }
    }

    private mutating func startTurn(_ line: Line, labelEnd: Int, country: TextRange?) {
        close { $0.role != .document }
        inTitleBlock = false
        turns += 1
        let prefix = Address.root / .turn(turns)
        let turn = NodeBuilder(.turn(number: turns), prefix, line: line.number)
        push(Container(.turn, turn, numbering: nil, prefix: prefix))
        let (label, rest) = split(line.pieces, at: labelEnd)
        let speaker = NodeBuilder(.speaker(country: country), prefix / .speaker, line: line.number)
        speaker.pieces = label
        turn.add(speaker)
        if !rest.isEmpty {
            var l = line
            l.pieces = rest
            plainText(l)
        }
    }

    private mutating func startTable(_ n: Int, _ line: Line) {
        inTitleBlock = false
        tableCount = max(tableCount, n)
        let node = NodeBuilder(.table(number: n), (frame?.prefix ?? .root) / .table(n), line: line.number)
        node.pieces = line.pieces
        top.node.add(node)
        closeParagraph()
        table = (node, 0)
        lastProse = nil
    }

    private mutating func tableRow(_ line: Line) {
        if table == nil {
            // A table without a caption gets the next number.
            tableCount += 1
            let node = NodeBuilder(.table(number: tableCount), (frame?.prefix ?? .root) / .table(tableCount), line: line.number)
            top.node.add(node)
            table = (node, 0)
        }
        guard var t = table else { return }
        t.row += 1
        for (k, cell) in line.pieces.enumerated() {
            let node = NodeBuilder(.cell(row: t.row, column: k + 1), t.node.address / .cell(row: t.row, column: k + 1), line: line.number)
            node.pieces = [cell]
            t.node.add(node)
        }
        table = t
        lastProse = nil
        inTitleBlock = false
    }

    private mutating func intro(_ line: Line) {
        let scope = numberingScope
        guard scope.numbering == .resolution || scope.numbering == .decision, !scope.hasIntro else { return plainText(line) }
        inTitleBlock = false
        let node = NodeBuilder(.intro, scope.prefix / .intro, line: line.number)
        node.pieces = line.pieces
        top.node.add(node)
        scope.hasIntro = true
        lastProse = nil
    }

    private mutating func titleLine(_ line: Line, role: String) {
        let node = NodeBuilder(.titleLine(role: role), Address(components: [.titleLine(uniqueRole(role))]), line: line.number)
        node.pieces = line.pieces
        root.add(node)
        lastProse = nil
    }

    private mutating func closingLine(_ line: Line) {
        close { $0.role != .document }
        inTitleBlock = false
        if let last = root.children.last, last.kind == .closing {
            last.pieces += line.pieces
            register(line, owner: last)
            return
        }
        rootLeaf(.closing, .closing, line)
    }

    /// A node of the document itself (opening and closing lines).
    private mutating func rootLeaf(_ k: NodeKind, _ w: Address.Keyword, _ line: Line) {
        let node = NodeBuilder(k, .root / w, line: line.number)
        node.pieces = line.pieces
        root.add(node)
        lastProse = node
        pageBreakSinceProse = false
        register(line, owner: node)
    }

    /// A node in the innermost container (an interpretation note in its turn).
    private mutating func leaf(_ k: NodeKind, _ w: Address.Keyword, _ line: Line) {
        let node = NodeBuilder(k, top.prefix / w, line: line.number)
        node.pieces = line.pieces
        top.node.add(node)
        lastProse = nil
    }

    private mutating func startSignature(_ line: Line) {
        closeParagraph()
        let node = NodeBuilder(.signature, (frame?.prefix ?? .root) / .signature, line: line.number)
        node.pieces = line.pieces
        top.node.add(node)
        signature = node
        lastProse = nil
    }

    private mutating func numbered(_ n: Int, _ line: Line, _ c: Classified) {
        inTitleBlock = false
        signature = nil
        let marker = c.markerEnd.map { TextRange(line.pieces[0].start, $0) }
        var scope = numberingScope
        // Inside a draft resolution a number is operative, unless it is the report's next paragraph
        // and not the frame's next operative one (¶18 after DR-II op5); a draft decision's text
        // becomes operative only from its `1.`.
        if let f = frame, reportBody, f === scope {
            let body = stack[0]
            let reportNext = n == body.lastNumber + 1 && body.lastNumber > 0
            let operative = (scope.numbering != .decision || scope.operativeStarted || n == 1) && !(reportNext && n != scope.lastNumber + 1)
            if !operative {
                close { $0.isFrame || $0.role == .turn }
                scope = numberingScope
            }
        }
        guard let policy = scope.numbering else { return }
        let expected = scope.lastNumber + 1
        if n != expected {
            let what = policy == .resolution || policy == .decision ? "operative paragraph" : "paragraph"
            let place = scope.prefix == .root ? "" : " in \(scope.prefix)"
            problems.append(ParseProblem(kind: n <= scope.lastNumber ? .duplicateNumber : .numberingGap, line: line.number,
                                         message: "\(what) \(n) follows \(scope.lastNumber)\(place)"))
        }
        scope.lastNumber = max(scope.lastNumber, n)
        closeParagraph()
        let node: NodeBuilder
        switch policy {
        case .resolution, .decision:
            node = NodeBuilder(.operative(number: n), scope.prefix / .operative(n), line: line.number)
        case .continuous, .restarting, .preamble:
            node = NodeBuilder(.paragraph(number: n), scope.prefix / .paragraph(n), line: line.number)
        }
        node.pieces = line.pieces
        node.marker = marker
        top.node.add(node)
        paragraph = node
        lastProse = node
        pageBreakSinceProse = false
        register(line, owner: node)
        if frame == nil { startVoteIfTallied(node, line) }
    }

    /// `1.a Ensure…`: an item with a compound label, in the numbering scope, beside its `1.`.
    private mutating func item(_ label: String, _ line: Line, _ c: Classified) {
        inTitleBlock = false
        closeParagraph()
        let node = NodeBuilder(.item(label: label), numberingScope.prefix / .item(label), line: line.number)
        node.pieces = line.pieces
        node.marker = c.markerEnd.map { TextRange(line.pieces[0].start, $0) }
        top.node.add(node)
        paragraph = node
        lastProse = node
        pageBreakSinceProse = false
        register(line, owner: node)
    }

    private mutating func subparagraphLine(_ n: Int, _ line: Line, _ c: Classified) {
        // The parent: the numbered paragraph, or in an article, a turn or a preamble the paragraph before.
        let unnumberedParent = lastProse.flatMap { p -> NodeBuilder? in
            switch p.kind {
            case .text where !reportBody, .preambular: p
            default: nil
            }
        }
        guard let parent = paragraph ?? unnumberedParent else {
            problems.append(ParseProblem(kind: .orphanSubparagraph, line: line.number, message: "sub-paragraph (\(Numerals.letter(n - 1))) outside a numbered paragraph"))
            plainText(line)
            return
        }
        paragraph = parent
        let previous = parent.children.filter { $0.kind.tag == .subparagraph }.count
        if n != previous + 1 {
            problems.append(ParseProblem(kind: .numberingGap, line: line.number, message: "sub-paragraph (\(Numerals.letter(n - 1))) follows \(previous) others in \(parent.address)"))
        }
        vote = nil
        let node = NodeBuilder(.subparagraph(letter: n), parent.address.appending(.subparagraph(n - 1)), line: line.number)
        node.pieces = line.pieces
        node.marker = c.markerEnd.map { TextRange(line.pieces[0].start, $0) }
        parent.add(node)
        subparagraph = node
        lastProse = node
        pageBreakSinceProse = false
        register(line, owner: node)
        if frame == nil { startVoteIfTallied(node, line) }
    }

    /// A tally in a paragraph opens a vote there; in a resolution's head (the older compilations'
    /// "Adopted … by a recorded vote of …") the vote is the resolution's own.
    private mutating func startVoteIfTallied(_ owner: NodeBuilder, _ line: Line, resolution: Bool = false) {
        guard let tally = tallies.read(text, line.pieces) else { return }
        let address = resolution ? Address.root / .vote : owner.address / .vote
        let node = NodeBuilder(.vote(tally), address, line: line.number)
        (resolution ? root : owner).add(node)
        vote = VoteState(owner: owner, node: node, list: nil)
    }

    private mutating func voteLabel(_ side: VoteSide, _ line: Line, listStart: Int?) {
        inTitleBlock = false
        if vote == nil {
            guard let owner = subparagraph ?? paragraph ?? lastProse else {
                problems.append(ParseProblem(kind: .unplacedText, line: line.number, message: "vote label outside any paragraph"))
                plainText(line)
                return
            }
            problems.append(ParseProblem(kind: .voteWithoutTally, line: line.number, message: "vote lists in \(owner.address) without a stated tally"))
            let node = NodeBuilder(.vote(nil), owner.address / .vote, line: line.number)
            owner.add(node)
            vote = VoteState(owner: owner, node: node, list: nil)
        }
        guard var v = vote else { return }
        let base = v.node.address / .side(side)
        let label = NodeBuilder(.voteLabel(side), base / .label, line: line.number)
        let list = NodeBuilder(.voteList(side), base, line: line.number)
        if let ls = listStart {
            (label.pieces, list.pieces) = split(line.pieces, at: ls)
        } else {
            label.pieces = line.pieces
        }
        v.node.add(label)
        v.node.add(list)
        v.list = list
        vote = v
        lastProse = nil
    }

    private mutating func plainText(_ line: Line) {
        // Title block: everything before the first structure.
        if inTitleBlock && kind != .other {
            // An older compilation's adoption paragraph carries the resolution's vote.
            if kind == .resolution, let tally = tallies.read(text, line.pieces), !tally.withoutVote {
                inTitleBlock = false
                let node = NodeBuilder(.text, .root / .adoption, line: line.number)
                node.pieces = line.pieces
                root.add(node)
                lastProse = node
                register(line, owner: node)
                startVoteIfTallied(node, line, resolution: true)
                return
            }
            // A treaty's or declaration's preamble may have no heading: its clauses are prose.
            if kind == .treaty, isPreambleClause(line) {
                inTitleBlock = false
            } else {
                titleLine(line, role: titleRole(line))
                return
            }
        }
        // A vote list, or the rest of one broken by a page break or a footnote.
        if let list = vote?.list, list.pieces.isEmpty || !endsSentence(lastTextPiece(list.pieces)) {
            list.pieces += line.pieces
            register(line, owner: vote!.owner)
            return
        }
        // The signatory's title lines after "(Signed) Name".
        if let s = signature, !endsSentence(line.pieces.last), line.pieces.reduce(0, { $0 + $1.length }) <= 120 {
            append(line, to: s)
            return
        }
        signature = nil
        let scope = numberingScope
        // The rest of a paragraph broken by a page break: the paragraph did not end, or we are in
        // the operative part of a resolution, where unnumbered text cannot start anything new.
        if let prose = lastProse, prose.kind.isProse,
           !endsParagraph(lastTextPiece(prose.pieces))
            || (prose.kind.tag == .preambular && listAfterColon && !opensPreambularParagraph(line))
            || (scope.numbering == .resolution && scope.operativeStarted && [.operative, .subparagraph].contains(prose.kind.tag))
            || (!profile.paragraphsMayStartLowercase && startsLowercase(line.pieces[0])
                && (pageBreakSinceProse || blankSeparated && !endsSentence(lastTextPiece(prose.pieces)))) {
            append(line, to: prose)
            return
        }
        vote = vote.map { VoteState(owner: $0.owner, node: $0.node, list: nil) }
        let node: NodeBuilder
        if scope.isFrame && !scope.hasTitle && !scope.hasIntro && scope.preambular == 0 && scope.texts == 0 && scope.lastNumber == 0
            && !endsSentence(line.pieces.last) {
            // A frame's first unpunctuated line is its title.
            node = NodeBuilder(.frameTitle, scope.prefix / .title, line: line.number)
            scope.hasTitle = true
        } else if scope.numbering == .preamble || (scope.numbering == .resolution && !scope.operativeStarted) {
            scope.preambular += 1
            node = NodeBuilder(.preambular(number: scope.preambular), scope.prefix / .preambular(scope.preambular), line: line.number)
        } else if reportBody && !scope.isFrame && top.role != .summary {
            // A report body's unnumbered text is counted in its section.
            let container = top.node.address
            let k = (textCounter[container] ?? 0) + 1
            textCounter[container] = k
            node = NodeBuilder(.text, container / .text(k), line: line.number)
        } else {
            let owner = top.role == .turn || top.role == .summary ? top : scope
            owner.texts += 1
            node = NodeBuilder(.text, owner.prefix / .plain(owner.texts), line: line.number)
        }
        node.pieces = line.pieces
        top.node.add(node)
        // `…a major contribution to:` and items whose letters the PDF lost.
        listAfterColon = node.kind.tag == .preambular && !preambularOpeners.isEmpty && [0x3A, 0xFF1A].contains(lastChar(line.pieces.last) ?? 0)
        lastProse = node.kind == .frameTitle ? nil : node
        pageBreakSinceProse = false
        register(line, owner: node)
        if frame == nil && kind == .meetingRecord { startVoteIfTallied(node, line) }
    }

    private mutating func append(_ line: Line, to node: NodeBuilder) {
        if node.kind.tag == .preambular, lastChar(line.pieces.last) == 0x3A { listAfterColon = true }
        node.pieces += line.pieces
        register(line, owner: node)
        pageBreakSinceProse = false
    }

    // MARK: Furniture

    /// In an adopted resolution everything before the adoption heading is the masthead.
    private func mastheadEnd() -> Int? {
        for (i, l) in lines.enumerated().prefix(80) where l.kind == .text && role(of: l) == .adoptionHeading { return i }
        return nil
    }

    /// A line the reader marked as furniture (a PDF page's header, footer or page number).
    private func isReaderFurniture(_ line: Line) -> Bool {
        guard let first = line.pieces.first, let last = line.pieces.last else { return false }
        var lo = 0, hi = readerFurniture.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if readerFurniture[mid].end <= first.start { lo = mid + 1 } else { hi = mid }
        }
        return lo < readerFurniture.count && readerFurniture[lo].start <= first.start && readerFurniture[lo].end >= last.end
    }

    /// The resolution's title, repeated at the top of its pages (whole or cut short).
    private mutating func rememberRunningHeaders(_ line: Line) {
        let folded = LanguageProfile.fold(text.joinedString(line.pieces))
        guard let dot = folded.firstIndex(where: { $0 == "." || $0 == "-" || $0 == "–" }) else { return }
        let title = folded[folded.index(after: dot)...].trimmingCharacters(in: .whitespaces)
        if title.count >= 12 { runningHeaders.append(title) }
    }

    private func isRunningHeader(_ line: Line) -> Bool {
        guard !runningHeaders.isEmpty, line.references.isEmpty else { return false }
        let folded = LanguageProfile.fold(text.joinedString(line.pieces)).trimmingCharacters(in: .whitespaces)
        guard folded.count >= 12 else { return false }
        return runningHeaders.contains { $0.hasPrefix(folded) }
    }

    /// `I. Introduction .......... 3`: an entry of a table of contents ends with its page number.
    private func isContentsEntry(_ line: Line, _ c: Classified) -> Bool {
        guard let last = line.pieces.last else { return false }
        let s = text.string(last)
        if s.range(of: #"(\.{2,}|…+|\s)\s*\d{1,3}$"#, options: .regularExpression) != nil { return true }
        // Column headings of the contents ("Page", "Paragraphs").
        return s.count <= 12 && c.role == .text && !s.contains(where: { ".。:：".contains($0) })
    }

    // MARK: Footnotes

    /// Footnotes restart in each frame of a report; elsewhere they run through the document.
    private var footnotePrefix: Address { reportBody ? (frame?.prefix ?? .root) : .root }

    /// Records footnote references; a footnote that came before its reference moves to it.
    private mutating func register(_ line: Line, owner: NodeBuilder) {
        for (n, r) in line.references {
            referenceRanges.insert(r)
            let key = footnotePrefix / .footnote(n)
            footnoteRefs[key] = owner
            if let fn = pendingFootnotes.removeValue(forKey: key) {
                move(fn, to: owner)
                if case .footnote(let num, _) = fn.kind, let ref = line.references.first(where: { $0.0 == num }) {
                    fn.kind = .footnote(number: num, reference: ref.1)
                }
            }
        }
    }

    private func move(_ fn: NodeBuilder, to owner: NodeBuilder) {
        func remove(_ b: NodeBuilder) {
            b.children.removeAll { $0 === fn }
            b.children.forEach(remove)
        }
        remove(root)
        owner.add(fn)
    }

    private mutating func footnote(_ n: Int, _ line: Line) {
        // `[^1994]: (United Nations publication…`: a year at the start of a wrapped line that the
        // extractor took for a footnote; it continues the footnote before it.
        // `[^7]: February 1984.` right under `[^2]: … as from`: a wrapped line that began with a
        // number; out of sequence and with no blank line before it, it continues the footnote above.
        if let previous = lastFootnote, case .footnote(let p, _) = previous.kind,
           n > p + FootnoteMarks.implausibleJump || (n != p + 1 && lastFootnoteLine == line.number - 1) {
            previous.pieces += line.pieces
            lastFootnoteLine = line.number
            return
        }
        lastFootnoteLine = line.number
        let key = footnotePrefix / .footnote(n)
        let node = NodeBuilder(.footnote(number: n, reference: nil), key, line: line.number)
        node.pieces = line.pieces
        node.marker = line.pieces.first.map { TextRange($0.start, min($0.end, $0.start + String(n).utf16.count)) }
        if let first = line.pieces.first, text.units[first.start] >= 0x61, text.units[first.start] <= 0x7A {
            node.marker = TextRange(first.start, first.start + 2)  // `a/`
        }
        if let owner = footnoteRefs[key] {
            node.kind = .footnote(number: n, reference: referenceRange(n, in: owner))
            owner.add(node)
        } else {
            (frame?.node ?? top.node).add(node)
            pendingFootnotes[key] = node
        }
        lastFootnote = node
        pageBreakSinceProse = true
    }

    private func referenceRange(_ n: Int, in owner: NodeBuilder) -> TextRange? {
        // A lettered mark `a/` is footnote 1.
        if n <= 26, let p = owner.pieces.last(where: { $0.length == 2 && text.units[$0.start] == UInt16(0x60 + n) && text.units[$0.start + 1] == 0x2F && referenceRanges.contains($0) }) {
            return p
        }
        let digits = Array(String(n).utf16)
        for p in owner.pieces.reversed() where p.length == digits.count && Array(text.units[p.start..<p.end]) == digits && referenceRanges.contains(p) {
            return p
        }
        for p in owner.pieces.reversed() where p.length == digits.count && Array(text.units[p.start..<p.end]) == digits {
            return p
        }
        return nil
    }

    // MARK: Helpers

    /// Splits pieces at a source offset: what is before it, and what is after.
    private func split(_ pieces: [TextRange], at offset: Int) -> ([TextRange], [TextRange]) {
        let head = pieces.compactMap { p in p.start < offset ? text.trimmed(TextRange(p.start, min(p.end, offset))) : nil }.filter { !$0.isEmpty }
        let tail = pieces.compactMap { p in p.end > offset ? text.trimmed(TextRange(max(p.start, offset), p.end)) : nil }.filter { !$0.isEmpty }
        return (head, tail)
    }

    private func nextRole(after index: Int) -> LineRole? {
        guard let next = lines[(index + 1)...].first(where: { $0.kind == .text }) else { return nil }
        return role(of: next)
    }

    /// Short, no closing punctuation, not a wrapped line's end: a heading's shape.
    private func isHeadingLike(_ line: Line) -> Bool {
        line.pieces.reduce(0) { $0 + $1.length } <= 100 && !endsParagraph(line.pieces.last)
            && !(lastProse.map { !endsParagraph(lastTextPiece($0.pieces)) } ?? false)
    }

    private mutating func unnumberedHeading(_ line: Line) {
        closeParagraph()
        let scope = numberingScope
        scope.texts += 1
        let node = NodeBuilder(.heading, scope.prefix / .heading(scope.texts), line: line.number)
        node.pieces = line.pieces
        top.node.add(node)
        lastProse = nil
    }

    private func isShortUnpunctuated(_ line: Line) -> Bool {
        line.pieces.reduce(0) { $0 + $1.length } <= 40 && !endsParagraph(line.pieces.last)
    }

    /// A clause of a preamble without a heading: long, and ending as a clause does.
    private func isPreambleClause(_ line: Line) -> Bool {
        line.pieces.reduce(0) { $0 + $1.length } >= 40 && endsParagraph(line.pieces.last)
    }

    private func uniqueRole(_ role: String) -> String {
        let used = Set(root.children.compactMap { b -> String? in if case .titleLine(let r) = b.kind { r } else { nil } })
        guard used.contains(role) else { return role }
        var k = 2
        while used.contains("\(role)\(k)") { k += 1 }
        return "\(role)\(k)"
    }

    /// A document symbol as a title line folds it: one or two letters, then two or more parts each
    /// after a `/` (`a/75/394`, `s/res/2532`, `a/c.1/75/l.4`), what `^[a-z]{1,2}(/[a-z0-9.-]+){2,}$`
    /// matches, read without compiling that expression for every title line.
    static func isSymbol(_ folded: String) -> Bool {
        let u = Array(folded.utf8)
        func isLetter(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
        func inPart(_ b: UInt8) -> Bool { isLetter(b) || (b >= 0x30 && b <= 0x39) || b == 0x2E || b == 0x2D }
        var i = 0
        while i < u.count, i < 2, isLetter(u[i]) { i += 1 }
        guard i > 0 else { return false }
        var parts = 0
        while i < u.count {
            guard u[i] == 0x2F else { return false }  // "/"
            i += 1
            let start = i
            while i < u.count, inPart(u[i]) { i += 1 }
            guard i > start else { return false }
            parts += 1
        }
        return parts >= 2
    }

    private func titleRole(_ line: Line) -> String {
        let folded = LanguageProfile.fold(line.pieces.map { text.string($0) }.joined(separator: " "))
        let used = Set(root.children.compactMap { b -> String? in if case .titleLine(let r) = b.kind { r } else { nil } })
        if Self.isSymbol(folded), !used.contains("symbol") { return "symbol" }
        for (role, word) in profile.titleKeywords where !used.contains(role) && folded.contains(LanguageProfile.fold(word)) {
            return role
        }
        return uniqueRole("title")
    }

    private func lastChar(_ r: TextRange?) -> UInt16? {
        guard let r else { return nil }
        let t = text.trimmed(r)
        return t.isEmpty ? nil : text.units[t.end - 1]
    }

    /// The last piece of a node's text that is not a footnote reference mark (`…报告，<sup>3</sup>`).
    private func lastTextPiece(_ pieces: [TextRange]) -> TextRange? {
        pieces.last { !referenceRanges.contains($0) } ?? pieces.last
    }

    /// Sentence-final: . 。 ! ? and their full-width forms (a list ends with one).
    private func endsSentence(_ r: TextRange?) -> Bool {
        guard let c = lastChar(r) else { return false }
        return [0x2E, 0x3002, 0x21, 0x3F, 0xFF01, 0xFF1F, 0xFF0E].contains(c)
    }

    /// A paragraph may end with sentence punctuation, a colon, a semicolon or a comma (preambular
    /// paragraphs), or a closing bracket or quote after one of them.
    private func endsParagraph(_ r: TextRange?) -> Bool {
        guard let c = lastChar(r) else { return false }
        return [0x2E, 0x3002, 0x21, 0x3F, 0xFF01, 0xFF1F, 0xFF0E, 0x3A, 0xFF1A, 0x3B, 0xFF1B, 0x2C, 0xFF0C, 0x060C, 0x061B,
                0x29, 0xFF09, 0x201D, 0x22, 0xBB, 0x300D].contains(c)
    }

    /// A line that opens a preambular paragraph with one of the language's openers
    /// (`Recalling`, `Convinced that`, `Rappelant`): under a line that ended a paragraph, a new one
    /// begins there even without a blank line; after a clause that ends with a colon, a line that
    /// does not open one is an item of its list.
    private func opensPreambularParagraph(_ line: Line) -> Bool {
        guard !preambularOpeners.isEmpty, let first = line.pieces.first else { return false }
        let head = LanguageProfile.fold(text.string(TextRange(first.start, min(first.end, first.start + 40))))
        // A word ends at a non-letter; Chinese writes no space, so its openers need none after them.
        return preambularOpeners.contains { o in
            head.hasPrefix(o) && (head.count == o.count || !head[head.index(head.startIndex, offsetBy: o.count)].isLetter
                                  || profile.wordSegmentation == .dictionary)
        }
    }

    private func startsLowercase(_ r: TextRange) -> Bool {
        guard let c = text.string(TextRange(r.start, min(r.end, r.start + 2))).unicodeScalars.first else { return false }
        return c.properties.isLowercase
    }

    /// Two nodes with one address (a duplicated number) get `~2`, `~3`... and a problem each.
    private mutating func uniqueAddresses(_ b: NodeBuilder) {
        var count: [Address: Int] = [:]
        var found: [ParseProblem] = []
        func visit(_ n: NodeBuilder) {
            if n.kind.tag != .document {
                let k = (count[n.address] ?? 0) + 1
                count[n.address] = k
                if k > 1 {
                    let a = n.address.appending(.duplicate(k))
                    found.append(ParseProblem(kind: .duplicateAddress, line: n.line, message: "\(n.address) appears twice; the second is \(a)"))
                    n.address = a
                }
            }
            n.children.forEach(visit)
        }
        visit(b)
        problems += found
    }

    private func freeze(_ b: NodeBuilder) -> DocumentNode {
        let children = b.children.map(freeze)
        var lo = b.pieces.first?.start ?? Int.max, hi = b.pieces.last?.end ?? 0
        for p in b.pieces { lo = min(lo, p.start); hi = max(hi, p.end) }
        if case .vote(let t?) = b.kind { lo = min(lo, t.range.start); hi = max(hi, t.range.end) }
        for c in children where !c.range.isEmpty { lo = min(lo, c.range.start); hi = max(hi, c.range.end) }
        if b.kind.tag == .document { lo = 0; hi = text.count }
        let range = lo <= hi ? TextRange(lo, hi) : TextRange(0, 0)
        return DocumentNode(kind: b.kind, address: b.address, range: range, pieces: b.pieces, marker: b.marker,
                            sentences: b.kind.hasSentences ? sentences(textPieces(b)) : (b.pieces.isEmpty ? [] : [b.pieces]),
                            children: children)
    }

    /// A node's text for sentences: a footnote without its number.
    private func textPieces(_ b: NodeBuilder) -> [TextRange] {
        guard b.kind.tag == .footnote, let m = b.marker, let first = b.pieces.first else { return b.pieces }
        let rest = text.trimmed(TextRange(m.end, first.end))
        return (rest.isEmpty ? [] : [rest]) + b.pieces.dropFirst()
    }

    /// Sentences over a node's pieces: the pieces (without footnote reference marks) are joined
    /// as a reader sees them, segmented, and each sentence mapped back to the pieces it spans.
    private func sentences(_ all: [TextRange]) -> [[TextRange]] {
        let pieces = all.filter { !referenceRanges.contains($0) }
        guard !pieces.isEmpty else { return [] }
        if pieces.count == 1 {
            return segmenter.sentences(in: text, range: pieces[0]).map { [text.trimmed($0)] }.filter { !$0[0].isEmpty }
        }
        let (joined, spans) = text.joined(pieces, lineBreaksAreSpaces: profile.wordSegmentation == .spaces)
        let j = UTF16Text(units: joined)
        return segmenter.sentences(in: j).compactMap { s in
            let t = j.trimmed(s)
            var out: [TextRange] = []
            for (js, src) in spans {
                let a = max(t.start, js), b = min(t.end, js + src.length)
                if a < b { out.append(text.trimmed(TextRange(src.start + (a - js), src.start + (b - js)))) }
            }
            out = out.filter { !$0.isEmpty }
            return out.isEmpty ? nil : out
        }
    }
}
