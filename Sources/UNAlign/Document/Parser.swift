import Foundation

/// A node under construction. Builders are mutable and private to one parse; `build` freezes
/// them into the immutable `DocumentNode` tree.
final class NodeBuilder {
    let kind: NodeKind
    var address: Address
    var pieces: [TextRange] = []
    var marker: TextRange?
    var info: NodeInfo?
    var children: [NodeBuilder] = []
    let line: Int

    init(_ kind: NodeKind, _ address: Address, line: Int, info: NodeInfo? = nil) {
        self.kind = kind
        self.address = address
        self.line = line
        self.info = info
    }

    func add(_ child: NodeBuilder) { children.append(child) }

    /// Kinds whose text a following page-broken line may continue.
    var isProse: Bool { [.paragraph, .subparagraph, .preambular, .operative, .text].contains(kind) }
}

/// Turns lines into the document tree with a small state machine: title block, report body
/// (sections, subsections, numbered paragraphs), frames (draft resolutions and decisions with
/// their own numbering), votes and footnotes; it repairs what PDF conversion breaks.
struct DocumentParser {
    let text: UTF16Text
    let profile: LanguageProfile
    let classifier: Classifier
    let segmenter: SentenceSegmenter
    private let tallies: TallyReader

    private var problems: [ParseProblem] = []
    private var markup: [TextRange] = []
    private let root = NodeBuilder(.document, .root, line: 1)

    // Where we are.
    private var inTitleBlock = true
    private var section: NodeBuilder?
    private var sectionNumber = 0
    private var subsection: NodeBuilder?
    private var subsectionLetter = 0
    private var paragraph: NodeBuilder?      // current numbered paragraph (report or operative)
    private var subparagraph: NodeBuilder?
    private var lastReportNumber = 0
    private var frame: Frame?
    private var vote: VoteState?
    private var lastProse: NodeBuilder?
    private var pageBreakSinceProse = false
    private var footnoteRefs: [String: NodeBuilder] = [:]   // "DR-I/fn2" → node holding the reference
    private var pendingFootnotes: [String: NodeBuilder] = [:]
    private var textCounter: [Address: Int] = [:]
    private var referenceRanges: Set<TextRange> = []

    private struct Frame {
        let node: NodeBuilder
        let kind: FrameKind
        let prefix: String
        var hasTitle = false
        var hasIntro = false
        var preambular = 0
        var lastOperative = 0
        var texts = 0
        var operativeStarted: Bool { lastOperative > 0 }
    }

    private struct VoteState {
        let owner: NodeBuilder
        let node: NodeBuilder
        var list: NodeBuilder?
    }

    init(text: UTF16Text, language: Language) {
        self.text = text
        profile = LanguageProfile.of(language)
        classifier = Classifier(profile)
        segmenter = SentenceSegmenter(language: language)
        tallies = TallyReader(profile)
    }

    mutating func parse() -> (DocumentNode, [TextRange], [ParseProblem]) {
        let lines = Lexer.lines(text)
        var previousWasText = false
        for line in lines {
            markup += line.markup
            switch line.kind {
            case .blank:
                previousWasText = false
                continue
            case .rule, .pageArtifact:
                pageBreakSinceProse = true
                previousWasText = false
                continue
            case .footnote(let n):
                footnote(n, line)
                previousWasText = false
                continue
            case .text:
                break
            }
            let c = classifier.classify(text, first: line.pieces[0], fullLength: line.pieces.reduce(0) { $0 + $1.length }, emphasized: line.emphasized)
            // A wrapped line of plain text continues the paragraph above it.
            if previousWasText, c.role == .text, let prose = lastProse ?? vote?.list, !endsParagraph(lastTextPiece(prose.pieces)) {
                append(line, to: prose)
                continue
            }
            previousWasText = true
            handle(line, c)
        }
        for (address, fn) in pendingFootnotes.sorted(by: { $0.key < $1.key }) {
            problems.append(ParseProblem(kind: .footnoteWithoutReference, line: fn.line, message: "footnote \(address) has no reference mark in the text"))
        }
        uniqueAddresses(root)
        let tree = freeze(root)
        return (tree, markup, problems)
    }

    // MARK: Lines by role

    private mutating func handle(_ line: Line, _ c: Classified) {
        switch c.role {
        case .frameHeading(let kind, let n, let titleStart):
            startFrame(kind, n, line, titleStart: titleStart)
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
        case .voteLabel(let side, let listStart):
            voteLabel(side, line, listStart: listStart)
        case .assemblyIntro:
            if var f = frame {
                let node = NodeBuilder(.assemblyIntro, Address(f.prefix) / "intro", line: line.number)
                node.pieces = line.pieces
                f.node.add(node)
                f.hasIntro = true
                frame = f
                lastProse = nil
            } else {
                plainText(line)
            }
        case .text:
            plainText(line)
        }
    }

    private mutating func startSection(_ n: Int, _ line: Line, _ c: Classified) {
        closeFrame()
        closeParagraph()
        inTitleBlock = false
        if n != sectionNumber + 1 {
            problems.append(ParseProblem(kind: .numberingGap, line: line.number, message: "section \(Addresses.roman(n)) follows section \(Addresses.roman(sectionNumber))"))
        }
        sectionNumber = n
        subsectionLetter = 0
        subsection = nil
        let node = NodeBuilder(.section, Addresses.section(n), line: line.number, info: .number(n))
        node.pieces = line.pieces
        node.marker = c.markerEnd.map { TextRange(line.pieces[0].start, $0) }
        root.add(node)
        section = node
        lastProse = nil
    }

    private mutating func startSubsection(_ letter: Int, _ line: Line, _ c: Classified) {
        closeFrame()
        closeParagraph()
        inTitleBlock = false
        if letter != subsectionLetter + 1 {
            problems.append(ParseProblem(kind: .numberingGap, line: line.number, message: "subsection \(Addresses.letter(letter - 1).uppercased()) follows \(subsectionLetter == 0 ? "none" : Addresses.letter(subsectionLetter - 1).uppercased())"))
        }
        subsectionLetter = letter
        let node = NodeBuilder(.subsection, Addresses.subsection(max(sectionNumber, 1), letter - 1), line: line.number, info: .number(letter))
        node.pieces = line.pieces
        node.marker = c.markerEnd.map { TextRange(line.pieces[0].start, $0) }
        (section ?? root).add(node)
        subsection = node
        lastProse = nil
    }

    private mutating func startFrame(_ kind: FrameKind, _ n: Int, _ line: Line, titleStart: Int?) {
        closeFrame()
        closeParagraph()
        inTitleBlock = false
        let prefix = "\(kind.prefix)-\(Addresses.roman(n))"
        let node = NodeBuilder(.frame, Address(prefix), line: line.number, info: .frame(kind, ordinal: n))
        var f = Frame(node: node, kind: kind, prefix: prefix)
        if let ts = titleStart {
            // "决议草案二 从国际安全角度…": the heading word and ordinal, then the title on the same line.
            let headingEnd = ts
            node.pieces = line.pieces.compactMap { p in p.start < headingEnd ? TextRange(p.start, min(p.end, headingEnd)) : nil }
                .map { text.trimmed($0) }.filter { !$0.isEmpty }
            let title = NodeBuilder(.frameTitle, Address(prefix) / "title", line: line.number)
            title.pieces = line.pieces.compactMap { p in p.end > ts ? TextRange(max(p.start, ts), p.end) : nil }
                .map { text.trimmed($0) }.filter { !$0.isEmpty }
            node.add(title)
            f.hasTitle = true
        } else {
            node.pieces = line.pieces
        }
        (subsection ?? section ?? root).add(node)
        frame = f
        lastProse = nil
    }

    private mutating func closeFrame() {
        frame = nil
    }

    private mutating func closeParagraph() {
        paragraph = nil
        subparagraph = nil
        vote = nil
    }

    private mutating func numbered(_ n: Int, _ line: Line, _ c: Classified) {
        inTitleBlock = false
        let marker = c.markerEnd.map { TextRange(line.pieces[0].start, $0) }
        if var f = frame, f.kind == .draftResolution || f.kind == .annex || f.operativeStarted || n == 1 {
            // Inside a frame a number is operative, unless it is the report's next paragraph
            // and not the frame's next operative one (¶18 after DR-II op5).
            let reportNext = n == lastReportNumber + 1 && lastReportNumber > 0
            if !(reportNext && n != f.lastOperative + 1) {
                if n != f.lastOperative + 1 {
                    problems.append(ParseProblem(kind: n <= f.lastOperative ? .duplicateNumber : .numberingGap, line: line.number,
                                                 message: "operative paragraph \(n) follows \(f.lastOperative) in \(f.prefix)"))
                }
                closeParagraph()
                let node = NodeBuilder(.operative, Address(f.prefix) / "op\(n)", line: line.number, info: .number(n))
                node.pieces = line.pieces
                node.marker = marker
                f.node.add(node)
                f.lastOperative = n
                frame = f
                paragraph = node
                lastProse = node
                pageBreakSinceProse = false
                register(line, owner: node)
                return
            }
            closeFrame()
        }
        closeFrame()
        closeParagraph()
        if n != lastReportNumber + 1 {
            problems.append(ParseProblem(kind: n <= lastReportNumber ? .duplicateNumber : .numberingGap, line: line.number,
                                         message: "paragraph \(n) follows paragraph \(lastReportNumber)"))
        }
        lastReportNumber = max(lastReportNumber, n)
        let node = NodeBuilder(.paragraph, Addresses.paragraph(n), line: line.number, info: .number(n))
        node.pieces = line.pieces
        node.marker = marker
        (subsection ?? section ?? root).add(node)
        paragraph = node
        lastProse = node
        pageBreakSinceProse = false
        register(line, owner: node)
        startVoteIfTallied(node, line)
    }

    private mutating func subparagraphLine(_ n: Int, _ line: Line, _ c: Classified) {
        guard let parent = paragraph else {
            problems.append(ParseProblem(kind: .orphanSubparagraph, line: line.number, message: "sub-paragraph (\(Addresses.letter(n - 1))) outside a numbered paragraph"))
            plainText(line)
            return
        }
        let previous = parent.children.filter { $0.kind == .subparagraph }.count
        if n != previous + 1 {
            problems.append(ParseProblem(kind: .numberingGap, line: line.number, message: "sub-paragraph (\(Addresses.letter(n - 1))) follows \(previous) others in \(parent.address)"))
        }
        vote = nil
        let node = NodeBuilder(.subparagraph, Addresses.sub(parent.address, n - 1), line: line.number, info: .number(n))
        node.pieces = line.pieces
        node.marker = c.markerEnd.map { TextRange(line.pieces[0].start, $0) }
        parent.add(node)
        subparagraph = node
        lastProse = node
        pageBreakSinceProse = false
        register(line, owner: node)
        startVoteIfTallied(node, line)
    }

    private mutating func startVoteIfTallied(_ owner: NodeBuilder, _ line: Line) {
        guard frame == nil, let tally = tallies.read(text, line.pieces) else { return }
        let node = NodeBuilder(.vote, owner.address / "vote", line: line.number, info: .tally(tally))
        owner.add(node)
        vote = VoteState(owner: owner, node: node, list: nil)
    }

    private mutating func voteLabel(_ side: VoteSide, _ line: Line, listStart: Int?) {
        inTitleBlock = false
        if vote == nil {
            guard let owner = subparagraph ?? paragraph else {
                problems.append(ParseProblem(kind: .unplacedText, line: line.number, message: "vote label outside any paragraph"))
                plainText(line)
                return
            }
            problems.append(ParseProblem(kind: .voteWithoutTally, line: line.number, message: "vote lists in \(owner.address) without a stated tally"))
            let node = NodeBuilder(.vote, owner.address / "vote", line: line.number)
            owner.add(node)
            vote = VoteState(owner: owner, node: node, list: nil)
        }
        guard var v = vote else { return }
        let base = v.node.address / side.rawValue
        let label = NodeBuilder(.voteLabel, base / "label", line: line.number, info: .side(side))
        let list = NodeBuilder(.voteList, base, line: line.number, info: .side(side))
        if let ls = listStart {
            label.pieces = line.pieces.compactMap { p in p.start < ls ? text.trimmed(TextRange(p.start, min(p.end, ls))) : nil }.filter { !$0.isEmpty }
            list.pieces = line.pieces.compactMap { p in p.end > ls ? text.trimmed(TextRange(max(p.start, ls), p.end)) : nil }.filter { !$0.isEmpty }
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
        if inTitleBlock {
            let role = titleRole(line)
            let node = NodeBuilder(.titleLine, Address("title/\(role)"), line: line.number, info: .titleRole(role))
            node.pieces = line.pieces
            root.add(node)
            return
        }
        // A vote list, or the rest of one broken by a page break or a footnote.
        if let list = vote?.list, list.pieces.isEmpty || !endsSentence(lastTextPiece(list.pieces)) {
            list.pieces += line.pieces
            register(line, owner: vote!.owner)
            return
        }
        // The rest of a paragraph broken by a page break: the paragraph did not end, or we are in
        // the operative part of a frame, where unnumbered text cannot start anything new.
        if let prose = lastProse, prose.isProse,
           !endsParagraph(lastTextPiece(prose.pieces)) || (frame?.operativeStarted ?? false) && (prose.kind == .operative || prose.kind == .subparagraph)
            || (pageBreakSinceProse && startsLowercase(line.pieces[0])) {
            append(line, to: prose)
            return
        }
        vote = vote.map { VoteState(owner: $0.owner, node: $0.node, list: nil) }
        if var f = frame {
            let node: NodeBuilder
            if !f.hasTitle && !f.hasIntro && f.preambular == 0 && f.texts == 0 && !endsSentence(line.pieces.last) {
                node = NodeBuilder(.frameTitle, Address(f.prefix) / "title", line: line.number)
                f.hasTitle = true
            } else if f.kind == .draftResolution && !f.operativeStarted {
                f.preambular += 1
                node = NodeBuilder(.preambular, Address(f.prefix) / "pp\(f.preambular)", line: line.number)
            } else {
                f.texts += 1
                node = NodeBuilder(.text, Address(f.prefix) / "p\(f.texts)", line: line.number)
            }
            node.pieces = line.pieces
            f.node.add(node)
            frame = f
            lastProse = node.kind == .frameTitle ? nil : node
            pageBreakSinceProse = false
            register(line, owner: node)
            return
        }
        let container = subsection ?? section ?? root
        let k = (textCounter[container.address] ?? 0) + 1
        textCounter[container.address] = k
        let node = NodeBuilder(.text, container.address / "text\(k)", line: line.number)
        node.pieces = line.pieces
        container.add(node)
        lastProse = node
        pageBreakSinceProse = false
        register(line, owner: node)
    }

    private mutating func append(_ line: Line, to node: NodeBuilder) {
        node.pieces += line.pieces
        register(line, owner: node)
        pageBreakSinceProse = false
    }

    // MARK: Footnotes

    private var regionPrefix: String { frame.map { $0.prefix + "/" } ?? "" }

    /// Records footnote references; a footnote that came before its reference moves to it.
    private mutating func register(_ line: Line, owner: NodeBuilder) {
        for (n, r) in line.references {
            referenceRanges.insert(r)
            let key = regionPrefix + "fn\(n)"
            footnoteRefs[key] = owner
            if let fn = pendingFootnotes.removeValue(forKey: key) {
                move(fn, to: owner)
                if case .footnote(let num, _) = fn.info, let ref = line.references.first(where: { $0.0 == num }) {
                    fn.info = .footnote(number: num, reference: ref.1)
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
        let key = regionPrefix + "fn\(n)"
        let node = NodeBuilder(.footnote, Address(key), line: line.number)
        node.pieces = line.pieces
        node.marker = line.pieces.first.map { TextRange($0.start, min($0.end, $0.start + String(n).utf16.count)) }
        if let owner = footnoteRefs[key] {
            let ref = referenceRange(n, in: owner)
            node.info = .footnote(number: n, reference: ref)
            owner.add(node)
        } else {
            node.info = .footnote(number: n, reference: nil)
            (frame?.node ?? subsection ?? section ?? root).add(node)
            pendingFootnotes[key] = node
        }
        pageBreakSinceProse = true
    }

    private func referenceRange(_ n: Int, in owner: NodeBuilder) -> TextRange? {
        let digits = Array(String(n).utf16)
        for p in owner.pieces.reversed() where p.length == digits.count && Array(text.units[p.start..<p.end]) == digits {
            return p
        }
        return nil
    }

    // MARK: Helpers

    private func titleRole(_ line: Line) -> String {
        let folded = LanguageProfile.fold(line.pieces.map { text.string($0) }.joined(separator: " "))
        let used = Set(root.children.compactMap { b -> String? in if case .titleRole(let r) = b.info { r } else { nil } })
        if folded.range(of: #"^[a-z]{1,2}(/[a-z0-9.\-]+){2,}$"#, options: .regularExpression) != nil, !used.contains("symbol") { return "symbol" }
        for (role, word) in profile.titleKeywords where !used.contains(role) && folded.contains(LanguageProfile.fold(word)) {
            return role
        }
        var role = "title"
        var k = 1
        while used.contains(role) { k += 1; role = "title\(k)" }
        return role
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

    private func startsLowercase(_ r: TextRange) -> Bool {
        let c = text.units[r.start]
        return (c >= 0x61 && c <= 0x7A) || (c >= 0x0430 && c <= 0x044F) || (c >= 0xE0 && c <= 0xFF)
    }

    /// Two nodes with one address (a duplicated number) get `~2`, `~3`... and a problem each.
    private mutating func uniqueAddresses(_ b: NodeBuilder) {
        var count: [String: Int] = [:]
        var found: [ParseProblem] = []
        func visit(_ n: NodeBuilder) {
            if n.kind != .document {
                let k = (count[n.address.rawValue] ?? 0) + 1
                count[n.address.rawValue] = k
                if k > 1 {
                    let a = Address("\(n.address.rawValue)~\(k)")
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
        if case .tally(let t) = b.info { lo = min(lo, t.range.start); hi = max(hi, t.range.end) }
        for c in children where !c.range.isEmpty { lo = min(lo, c.range.start); hi = max(hi, c.range.end) }
        if b.kind == .document { lo = 0; hi = text.count }
        let range = lo <= hi ? TextRange(lo, hi) : TextRange(0, 0)
        let segmentable: Set<NodeKind> = [.paragraph, .subparagraph, .preambular, .operative, .text, .footnote, .frameTitle, .titleLine, .assemblyIntro]
        return DocumentNode(kind: b.kind, address: b.address, range: range, pieces: b.pieces, marker: b.marker, info: b.info,
                            sentences: segmentable.contains(b.kind) ? sentences(textPieces(b)) : (b.pieces.isEmpty ? [] : [b.pieces]),
                            children: children)
    }

    /// A node's text for sentences: a footnote without its number.
    private func textPieces(_ b: NodeBuilder) -> [TextRange] {
        guard b.kind == .footnote, let m = b.marker, let first = b.pieces.first else { return b.pieces }
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
        let (joined, spans) = text.joined(pieces)
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
