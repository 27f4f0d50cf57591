import Foundation

public enum AlignerError: Error, CustomStringConvertible {
    case tooFewDocuments
    case tooManyDocuments(Int)
    case duplicateLanguage(Language)
    case tooLarge(units: Int, limit: Int)
    public var description: String {
        switch self {
        case .tooLarge(let n, let limit):
            "the versions hold \(n / 1_048_576) Mi characters of text together, more than the \(limit / 1_048_576) Mi one alignment takes on (Limits.maximumAlignedUnits: aligning takes about sixty times its text in memory); align fewer versions at once, or split the document"
        case .tooFewDocuments: "alignment needs at least two versions"
        case .tooManyDocuments(let n): "\(n) versions, more than the \(Limits.maximumVersions) an alignment may have: one per language"
        case .duplicateLanguage(let l): "two versions in \(l.englishName): give each language once"
        }
    }
}

/// Aligns language versions of a UN document: structure first (units matched by their
/// language-independent addresses, with the text's evidence deciding where numbering disagrees),
/// then sentences inside matched units, then countries in vote lists by identity.
///
/// ```swift
/// let a = try Aligner().align([zhDocument, enDocument])
/// for s in a.segments { print(s.location, s.text(.zh) ?? "—", s.text(.en) ?? "—") }
/// ```
/// With more than two versions the first is the pivot: every other version is aligned to it, so
/// the N-way segments are consistent across all pairs.
public struct Aligner: Sendable {
    /// Aligns sentences inside matched units (and sentence lists).
    public var sentences: SentenceAligner
    /// Aligns the units of two documents; addresses are its anchors.
    public var units: SentenceAligner
    /// The most text, all versions together, one alignment takes on (`Limits.maximumAlignedUnits`).
    public var maximumUnits = Limits.maximumAlignedUnits

    public init() {
        // Inside a matched paragraph the versions almost always keep sentences one to one; merges
        // need more evidence than in a free-running text.
        var p = SentenceAligner.Parameters()
        p.skipCost *= 2
        p.mergeCost *= 2
        p.merge22Cost *= 2
        p.merge31Cost *= 2
        // Segments follow the order of each version; a paragraph placed elsewhere is found by
        // its address, not as a moved block of sentences.
        p.placesMovedBlocks = false
        sentences = SentenceAligner(parameters: p)
        var u = SentenceAligner.Parameters()
        u.markerWeight = 8
        u.markerMismatchWeight = 3
        // Symbol-heavy units (footnotes, lists) break the length ratio; addresses and words decide.
        u.lengthWeight = 0.5
        u.placesMovedBlocks = false
        units = SentenceAligner(parameters: u)
    }

    public func align(_ documents: [Document]) throws -> Alignment {
        guard documents.count >= 2 else { throw AlignerError.tooFewDocuments }
        guard documents.count <= Limits.maximumVersions else { throw AlignerError.tooManyDocuments(documents.count) }
        var seen = Set<Language>()
        for d in documents where !seen.insert(d.language).inserted { throw AlignerError.duplicateLanguage(d.language) }
        let total = documents.reduce(0) { $0 + $1.text.count }
        guard total <= maximumUnits else { throw AlignerError.tooLarge(units: total, limit: maximumUnits) }
        // Every unit and sentence is segmented and looked up once, in one vocabulary for all
        // versions, each version on a core of its own.
        let vocab = Featurizer.LocalVocabulary(Lexicon.shared.vocabulary)
        let docs = documents.concurrentMap(cost: \.text.count) { UnitList($0, vocab: vocab) }
        // Then, side by side in one round (no core waits for the slowest of either kind):
        // - unit groups per other document: pivot units ↔ that document's units, addresses as
        //   anchors, each version aligned with the pivot on its own;
        // - votes, read once per version: their lists give the country segments and the vote checks.
        let pivotFeatures = docs[0].anchoredFeatures
        let unitAligner = units
        let others = docs.dropFirst().map(\.anchoredFeatures)
        let (groups, documentVotes) = concurrently(others.count, { k in
            unitAligner.align(pivotFeatures, others[k]).map { UnitGroup(pivot: $0.bead.source, other: $0.bead.target, confidence: $0.confidence) }
        }, documents.count, { k in DocumentVotes(documents[k]) })
        // Then the vote table and the segments, piece by piece, side by side.
        let builder = SegmentBuilder(docs: docs, groups: groups, sentences: sentences, votes: documentVotes)
        let pieces = builder.pieces()
        let (tables, built) = concurrently(1, { _ in VoteAlignment(documentVotes) }, pieces.count, { k in builder.built(pieces[k]) })
        let votes = tables[0]
        return Alignment(languages: documents.map(\.language), sources: documents.map(\.source), units: built.flatMap(\.units),
                         segments: built.flatMap(\.segments), votes: votes,
                         discrepancies: built.flatMap(\.discrepancies) + votes.discrepancies.map { .vote($0) })
    }

    /// Sentence-list mode: two lists of sentences, one per line, as hunalign and Champollion take them.
    public func alignSentences(_ source: [String], _ target: [String], languages: (Language, Language)) -> [Bead] {
        SentenceAligner().align(source, target, languages: languages)
    }

    /// The same, with each bead's confidence and whether it belongs to a block the versions place
    /// differently (`SentenceAligner.movedBlocks`).
    public func alignSentencesScored(_ source: [String], _ target: [String], languages: (Language, Language)) -> [SentenceAligner.ScoredBead] {
        SentenceAligner().alignScored(source, target, languages: languages)
    }
}

/// A matched group of units: pivot unit indices and the other document's unit indices.
struct UnitGroup {
    let pivot: [Int]
    let other: [Int]
    let confidence: Double
}

/// A document's text-bearing nodes in order, each with sentences that cover all its text.
struct UnitList {
    struct Unit {
        let node: DocumentNode
        /// Sentences covering every piece of the node (reference marks and footnote numbers join
        /// the sentence they belong to).
        let sentences: [[TextRange]]
        let text: String
        /// The numbers, dates and symbols of its text without footnote reference marks (`Anchors`),
        /// compared with the other versions' (a vote list's countries are compared instead). Read
        /// here, where each version has a core of its own.
        let anchors: Set<String>
        /// Features of the whole unit, its address as the anchor; and of each of its sentences.
        let features: SentenceFeatures
        let sentenceFeatures: [SentenceFeatures]
    }
    let doc: Document
    let units: [Unit]

    init(_ doc: Document, vocab: Featurizer.LocalVocabulary) {
        self.doc = doc
        var collector = TextNodes(doc: doc)
        collector.walk(doc.root)
        let nodes = collector.nodes
        // All sentences featurized in one batch; a unit's features are its sentences' together
        // (they are joined by spaces, which no word crosses), with its address as the anchor.
        var sentenceFeatures = Featurizer(language: doc.language).features(nodes.flatMap(\.texts), vocab: vocab)[...]
        let anchorTexts = nodes.map { n in (n.node.sentences.isEmpty ? [n.node.pieces] : n.node.sentences).map { doc.text(of: $0) }.joined(separator: " ") }
        var foldedAnchors = MatchText.foldedEach(anchorTexts).makeIterator()
        var anchorIterator = anchorTexts.makeIterator()
        let language = doc.language
        units = nodes.map { item in
            let (n, s, texts) = item
            let mine = Array(sentenceFeatures.prefix(texts.count))
            sentenceFeatures = sentenceFeatures.dropFirst(texts.count)
            var whole = SentenceFeatures(concatenating: mine)
            whole.marker = n.address.rawValue
            whole.introduces = mine.last { $0.length > 0 }?.introduces ?? false
            let (anchorText, foldedAnchorText) = (anchorIterator.next()!, foldedAnchors.next()!)
            let anchors = Anchors.of(anchorText, folded: foldedAnchorText, language: language)
            return Unit(node: n, sentences: s, text: texts.joined(separator: " "), anchors: anchors,
                        features: whole, sentenceFeatures: mine)
        }
    }

    var anchoredFeatures: [SentenceFeatures] { units.map(\.features) }

    /// The text-bearing nodes in document order, each with the sentences that cover it.
    private struct TextNodes: DocumentWalker {
        let doc: Document
        var nodes: [(node: DocumentNode, sentences: [[TextRange]], texts: [String])] = []
        mutating func visit(_ n: DocumentNode, depth: Int) -> Bool {
            if n.tag != .document, !n.pieces.isEmpty {
                let s = UnitList.covering(n, doc.text)
                nodes.append((n, s, s.map { doc.text(of: $0) }))
            }
            return true
        }
    }

    /// The node's sentences, extended so that together they cover all of its pieces.
    static func covering(_ n: DocumentNode, _ text: UTF16Text) -> [[TextRange]] {
        var sentences = n.tag == .voteList || n.sentences.isEmpty ? [n.pieces] : n.sentences
        let covered = sentences.flatMap { $0 }.sorted { $0.start < $1.start }
        var residual: [TextRange] = []
        for p in n.pieces {
            var cursor = p.start
            for c in covered where c.end > p.start && c.start < p.end {
                let gap = text.trimmed(TextRange(cursor, max(cursor, c.start)))
                if !gap.isEmpty { residual.append(gap) }
                cursor = max(cursor, c.end)
            }
            let tail = text.trimmed(TextRange(min(cursor, p.end), p.end))
            if !tail.isEmpty { residual.append(tail) }
        }
        for r in residual {
            // To the sentence around it (a note call before the full stop, `novembre[^1].`); else
            // to the sentence just before it; a leading remainder (a footnote's number) to the first.
            let k = sentences.firstIndex { s in (s.first?.start ?? .max) <= r.start && r.end <= (s.last?.end ?? 0) }
                ?? sentences.lastIndex { ($0.last?.end ?? 0) <= r.start } ?? 0
            sentences[k] = (sentences[k] + [r]).sorted { $0.start < $1.start }
        }
        return sentences
    }
}

/// What one piece of the steps gives; the pieces joined in order are the alignment's.
struct SegmentPiece: Sendable {
    let units: [AlignedSegment]
    let segments: [AlignedSegment]
    let discrepancies: [Discrepancy]
}

/// Builds the N-way segments, units and discrepancies from the pairwise unit groups: plans the
/// steps (`pieces`), and builds each piece with a builder of its own (`built`).
struct SegmentBuilder: Sendable {
    let docs: [UnitList]
    let groups: [[UnitGroup]]
    let sentences: SentenceAligner
    /// What this builder's steps appended (a piece's builder only).
    private var units: [AlignedSegment] = []
    private var segments: [AlignedSegment] = []
    private var discrepancies: [Discrepancy] = []
    /// Each version's vote lists, already read as countries, by list address.
    private let lists: [[Address: VoteList]]

    private init(docs: [UnitList], groups: [[UnitGroup]], sentences: SentenceAligner, lists: [[Address: VoteList]]) {
        (self.docs, self.groups, self.sentences, self.lists) = (docs, groups, sentences, lists)
    }

    init(docs: [UnitList], groups: [[UnitGroup]], sentences: SentenceAligner, votes: [DocumentVotes]) {
        self.docs = docs
        self.groups = groups
        self.sentences = sentences
        lists = votes.map { v in Dictionary(v.votes.flatMap(\.lists).map { ($0.address, $0) }, uniquingKeysWith: { a, _ in a }) }
    }

    private var pivot: UnitList { docs[0] }
    private var languages: [Language] { docs.map(\.doc.language) }

    /// One step of the segments: units only one other version has (`other`: its index among the
    /// versions after the pivot), or a group of units across versions.
    enum Step: Sendable {
        case extras(other: Int, units: [Int])
        case group(pivotUnits: [Int], others: [[Int]], confidence: Double)
    }

    /// Pieces per core when the steps are built side by side: enough that a core finishing early
    /// takes another, few enough that each piece's arrays are long.
    private static let piecesPerCore = 4

    /// The steps of the segments in document order, in pieces to be built side by side (`built`)
    /// and joined in order: each step only appends to what it builds.
    func pieces() -> [ArraySlice<Step>] {
        let steps = plan()
        let count = Swift.max(1, Swift.min(steps.count, ProcessInfo.processInfo.activeProcessorCount * Self.piecesPerCore))
        let size = Swift.max(1, (steps.count + count - 1) / count)
        return stride(from: 0, to: steps.count, by: size).map { steps[$0..<Swift.min(steps.count, $0 + size)] }
    }

    /// The units, segments and discrepancies of one piece.
    func built(_ piece: ArraySlice<Step>) -> SegmentPiece {
        var b = SegmentBuilder(docs: docs, groups: groups, sentences: sentences, lists: lists)
        for step in piece {
            switch step {
            case let .extras(d, us): b.emitExtras(d, us)
            case let .group(pivotUnits, others, confidence): b.emitGroup(pivotUnits, others, confidence)
            }
        }
        return SegmentPiece(units: b.units, segments: b.segments, discrepancies: b.discrepancies)
    }

    private func plan() -> [Step] {
        var steps: [Step] = []
        // Per other document: the group of each pivot unit, and the units only it has, by the
        // pivot unit they follow.
        var groupOf: [[Int: Int]] = groups.map { _ in [:] }
        var extrasAfter: [[Int: [Int]]] = groups.map { _ in [:] }
        for (d, gs) in groups.enumerated() {
            var lastPivot = -1
            for (g, group) in gs.enumerated() {
                for p in group.pivot { groupOf[d][p] = g }
                if group.pivot.isEmpty { extrasAfter[d][lastPivot, default: []] += group.other }
                lastPivot = group.pivot.last ?? lastPivot
            }
        }
        for d in groups.indices { if let us = extrasAfter[d][-1] { steps.append(.extras(other: d, units: us)) } }
        var p = 0
        while p < pivot.units.count {
            // Pivot units that some version merges into one group are handled together.
            var span = p...p
            for d in groups.indices { if let g = groupOf[d][p] { span = span.lowerBound...max(span.upperBound, groups[d][g].pivot.last!) } }
            let pivotUnits = Array(span)
            var others: [[Int]] = []
            var confidence = 1.0
            for d in groups.indices {
                let gs = Set(pivotUnits.compactMap { groupOf[d][$0] }).sorted()
                others.append(gs.flatMap { groups[d][$0].other })
                confidence = min(confidence, gs.map { groups[d][$0].confidence }.min() ?? 0)
            }
            steps.append(.group(pivotUnits: pivotUnits, others: others, confidence: confidence))
            for d in groups.indices { for u in pivotUnits { if let us = extrasAfter[d][u] { steps.append(.extras(other: d, units: us)) } } }
            p = span.upperBound + 1
        }
        return steps
    }

    // MARK: One group of units across all versions

    private mutating func emitGroup(_ pivotUnits: [Int], _ others: [[Int]], _ confidence: Double) {
        let head = pivot.units[pivotUnits[0]].node
        var sides: [Language: SegmentSide] = [:]
        sides[languages[0]] = side(0, pivotUnits)
        for (d, us) in others.enumerated() where !us.isEmpty { sides[languages[d + 1]] = side(d + 1, us) }
        units.append(AlignedSegment(address: head.address, kind: head.kind.segmentKind, confidence: confidence, sides: sides))
        let missing = languages.filter { sides[$0] == nil }
        if !missing.isEmpty {
            discrepancies.append(.missing(address: head.address, presentIn: languages.filter { sides[$0] != nil }, missingIn: missing))
        }
        for (d, us) in others.enumerated() where us.count == 1 && pivotUnits.count == 1 {
            let o = docs[d + 1].units[us[0]]
            if o.node.address != head.address {
                discrepancies.append(.numbering(address: head.address, language: languages[d + 1], numberedAs: o.node.address))
            }
            if head.tag != .voteList {
                let (a, b) = (pivot.units[pivotUnits[0]].anchors, o.anchors)
                var (here, first) = (b.subtracting(a), a.subtracting(b))
                // A heading's own number is compared through its address (`Article premier` is ART-1).
                if case .division(_, let n) = head.kind { here.remove(String(n)); first.remove(String(n)) }
                // Arabic writes meeting and session ordinals in words ("الجلسة الرابعة عشرة"):
                // small numbers are not compared with such a language.
                if LanguageProfile.of(languages[0]).spellsOutOrdinals || LanguageProfile.of(languages[d + 1]).spellsOutOrdinals {
                    func small(_ x: String) -> Bool { (Int(x) ?? 1000) <= 100 }
                    here = here.filter { !small($0) }
                    first = first.filter { !small($0) }
                }
                if !here.isEmpty || !first.isEmpty {
                    discrepancies.append(.anchorsDiffer(address: head.address, language: languages[d + 1],
                                                        onlyHere: here.sorted(), onlyInFirst: first.sorted()))
                }
            }
        }
        if head.tag == .voteList && pivotUnits.count == 1 {
            emitCountries(head, pivotUnits[0], others)
        } else {
            emitSentences(pivotUnits, others, confidence)
        }
    }

    private func side(_ d: Int, _ us: [Int]) -> SegmentSide {
        let ranges = us.flatMap { docs[d].units[$0].node.pieces }
        return docs[d].doc.side(ranges, address: docs[d].units[us[0]].node.address)
    }

    /// Sentences of the group, aligned to the pivot's in every version, merged into N-way segments.
    private mutating func emitSentences(_ pivotUnits: [Int], _ others: [[Int]], _ unitConfidence: Double) {
        func sentencesOf(_ d: Int, _ us: [Int]) -> [(unit: Int, ranges: [TextRange])] {
            us.flatMap { u in docs[d].units[u].sentences.map { (u, $0) } }
        }
        func featuresOf(_ d: Int, _ us: [Int]) -> [SentenceFeatures] { us.flatMap { docs[d].units[$0].sentenceFeatures } }
        let ps = sentencesOf(0, pivotUnits)
        let kind = pivot.units[pivotUnits[0]].node.kind.segmentKind
        // Union-find over pivot sentences joined by any version's bead.
        var parent = Array(ps.indices)
        func find(_ x: Int) -> Int { var x = x; while parent[x] != x { x = parent[x] }; return x }
        var perDoc: [[SentenceAligner.ScoredBead]] = []
        var os: [[(unit: Int, ranges: [TextRange])]] = []
        for (d, us) in others.enumerated() {
            let o = sentencesOf(d + 1, us)
            os.append(o)
            let beads: [SentenceAligner.ScoredBead]
            if ps.count == 1 && o.count == 1 {
                beads = [SentenceAligner.ScoredBead(bead: Bead([0], [0]), confidence: unitConfidence, crossing: false)]
            } else if o.isEmpty {
                beads = ps.indices.map { SentenceAligner.ScoredBead(bead: Bead([$0], []), confidence: 0, crossing: false) }
            } else {
                beads = sentences.align(featuresOf(0, pivotUnits), featuresOf(d + 1, us))
            }
            perDoc.append(beads)
            let unitAddress = pivot.units[pivotUnits[0]].node.address
            for b in beads where !o.isEmpty {
                if b.crossing { discrepancies.append(.sentencesReordered(address: unitAddress, language: languages[d + 1])) }
                if b.bead.source.isEmpty || b.bead.target.isEmpty {
                    discrepancies.append(.unpairedSentence(address: unitAddress, language: b.bead.source.isEmpty ? languages[d + 1] : languages[0]))
                }
            }
            for b in beads.map(\.bead) where b.source.count > 1 {
                for x in b.source.dropFirst() { parent[find(x)] = find(b.source[0]) }
            }
        }
        // Components in order; each version's sentences attach to the component of their bead.
        var components: [Int: [Int]] = [:]
        for k in ps.indices { components[find(k), default: []].append(k) }
        let order = components.keys.sorted { components[$0]![0] < components[$1]![0] }
        let multi = order.count > 1
        var pending: [Int: [AlignedSegment]] = [:]  // other-only sentences, after the component they follow
        var sidesOf: [Int: [Language: SegmentSide]] = [:]
        var confidenceOf: [Int: Double] = [:]
        for c in order {
            let members = components[c]!
            sidesOf[c] = [languages[0]: sentenceSide(0, members.map { ps[$0] })]
            confidenceOf[c] = unitConfidence
        }
        for (d, beads) in perDoc.enumerated() {
            var lastComponent = order.first.map { _ in -1 } ?? -1
            var attach: [Int: [Int]] = [:]
            for sb in beads {
                let (b, conf) = (sb.bead, sb.confidence)
                if let s0 = b.source.first {
                    let c = find(s0)
                    attach[c, default: []] += b.target
                    confidenceOf[c] = min(confidenceOf[c] ?? 1, conf)
                    lastComponent = c
                } else {
                    let lang = languages[d + 1]
                    for t in b.target {
                        let s = sentenceSide(d + 1, [os[d][t]])
                        pending[lastComponent, default: []].append(
                            AlignedSegment(address: s.address.appending(.extraSentence(t + 1)), kind: .unaligned, confidence: 0, sides: [lang: s]))
                    }
                }
            }
            for (c, ts) in attach where !ts.isEmpty {
                sidesOf[c]![languages[d + 1]] = sentenceSide(d + 1, ts.sorted().map { os[d][$0] })
            }
        }
        segments += pending[-1] ?? []
        for c in order {
            let members = components[c]!
            let first = ps[members[0]]
            let base = pivot.units[first.unit].node.address
            let index = pivot.units[first.unit].sentences.firstIndex { $0 == first.ranges }.map { $0 + 1 } ?? 1
            let address = multi || pivot.units[first.unit].sentences.count > 1 ? base.appending(.sentence(index)) : base
            let sides = sidesOf[c]!
            segments.append(AlignedSegment(address: address, kind: sides.count == 1 && languages.count > 1 ? .unaligned : kind,
                                           confidence: sides.count == 1 ? 0 : confidenceOf[c] ?? 0, sides: sides))
            segments += pending[c] ?? []
        }
    }

    private func sentenceSide(_ d: Int, _ ss: [(unit: Int, ranges: [TextRange])]) -> SegmentSide {
        let ranges = ss.flatMap(\.ranges)
        return docs[d].doc.side(ranges, address: docs[d].units[ss[0].unit].node.address)
    }

    /// Countries of a vote list, by identity; each country's range runs to the next name, so the
    /// separators travel with the name before them and nothing of the list is left out.
    private mutating func emitCountries(_ head: DocumentNode, _ pivotUnit: Int, _ others: [[Int]]) {
        // Each version's list cut into items, a country or an unmatched name each. A version may
        // bring more than one unit to the group (a damaged copy whose label and list fell together):
        // its lists' items are pooled, and whatever is not a list is kept as unaligned text.
        var perLanguage: [[(code: String?, side: SegmentSide)]] = []
        let involved = [(0, [pivotUnit])] + others.enumerated().map { ($0.offset + 1, $0.element) }
        for (d, us) in involved {
            var items: [(code: String?, side: SegmentSide)] = []
            for u in us {
                let node = docs[d].units[u].node
                if node.tag == .voteList { items += listItems(d, node) } else { emitUnpaired(d, u) }
            }
            perLanguage.append(items)
        }
        var order: [String] = []
        var seen = Set<String>()
        for items in perLanguage { for (c, _) in items { if let c, seen.insert(c).inserted { order.append(c) } } }
        // The first mention of a country in each version is aligned; a second one in the same list
        // (a damaged or mistyped list) is kept, unaligned.
        var used = perLanguage.map { [Bool](repeating: false, count: $0.count) }
        for code in order {
            var sides: [Language: SegmentSide] = [:]
            for (k, items) in perLanguage.enumerated() {
                if let i = items.firstIndex(where: { $0.code == code }) {
                    sides[languages[involved[k].0]] = items[i].side
                    used[k][i] = true
                }
            }
            segments.append(AlignedSegment(address: head.address / .country(code), kind: .country,
                                           confidence: Double(sides.count) / Double(languages.count), sides: sides))
        }
        for (k, items) in perLanguage.enumerated() {
            var n = 0
            for (i, item) in items.enumerated() where !used[k][i] {
                n += 1
                segments.append(AlignedSegment(address: head.address / .unmatched(n), kind: .unaligned, confidence: 0,
                                               sides: [languages[involved[k].0]: item.side]))
            }
        }
    }

    /// A vote list's items: from each name to the next (the separators go with the name before);
    /// a list with no name in it at all is one unmatched item, so its text is never dropped.
    private func listItems(_ d: Int, _ node: DocumentNode) -> [(code: String?, side: SegmentSide)] {
        let text = docs[d].doc.text
        let list = lists[d][node.address]
        var marks: [(start: Int, code: String?)] = (list?.countries ?? []).compactMap { c in c.ranges.first.map { ($0.start, c.iso3) } }
        marks += (list?.unmatched ?? []).compactMap { u in u.ranges.first.map { ($0.start, nil) } }
        marks.sort { $0.start < $1.start }
        if marks.isEmpty, let first = node.pieces.first { marks = [(first.start, nil)] }
        var items: [(code: String?, side: SegmentSide)] = []
        // Pieces and marks are both in text order: each item reads on from the first piece that
        // has not ended before it (a list of 190 names in as many lines is not read 190 times).
        let pieces = node.pieces
        var first = 0
        for (k, m) in marks.enumerated() {
            let start = k == 0 ? (pieces.first?.start ?? m.start) : m.start
            let end = k + 1 < marks.count ? marks[k + 1].start : (pieces.last?.end ?? m.start)
            while first < pieces.count && pieces[first].end <= start { first += 1 }
            var ranges: [TextRange] = []
            var p = first
            while p < pieces.count && pieces[p].start < end {
                let a = max(pieces[p].start, start), b = min(pieces[p].end, end)
                if a < b {
                    let r = text.trimmed(TextRange(a, b))
                    if !r.isEmpty { ranges.append(r) }
                }
                p += 1
            }
            guard !ranges.isEmpty else { continue }
            items.append((m.code, docs[d].doc.side(ranges, address: node.address)))
        }
        return items
    }

    /// Units of one version that the pivot has no counterpart for.
    private mutating func emitExtras(_ d: Int, _ us: [Int]) {
        let lang = languages[d + 1]
        for u in us {
            let unit = docs[d + 1].units[u]
            units.append(AlignedSegment(address: unit.node.address, kind: .unaligned, confidence: 0, sides: [lang: side(d + 1, [u])]))
            discrepancies.append(.missing(address: unit.node.address, presentIn: [lang], missingIn: [languages[0]]))
            emitUnpaired(d + 1, u)
        }
    }

    /// A unit's sentences as unaligned segments of its version `d` alone.
    private mutating func emitUnpaired(_ d: Int, _ u: Int) {
        let unit = docs[d].units[u]
        for (k, s) in unit.sentences.enumerated() {
            segments.append(AlignedSegment(address: unit.sentences.count > 1 ? unit.node.address.appending(.sentence(k + 1)) : unit.node.address,
                                           kind: .unaligned, confidence: 0, sides: [languages[d]: sentenceSide(d, [(u, s)])]))
        }
    }
}
