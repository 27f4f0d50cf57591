/// Tells what kind of UN document a text is from the lines its matchers recognize: an adoption
/// heading makes a resolution, speaker lines a meeting record, article headings a treaty, a
/// letter's title a letter, a frame heading a committee report, a Secretary-General's title a
/// report of the Secretary-General; numbered paragraphs or sections a report; none of these, other.
struct KindDetector {
    let tables: MarkerTables
    let profile: LanguageProfile

    /// How many lines are read to decide, and how many of the first lines hold a title.
    static let linesRead = 400
    static let titleLines = 40
    static let titleLength = 200

    init(_ profile: LanguageProfile) {
        self.profile = profile
        tables = MarkerTables.of(profile.language)
    }

    /// The kind, and the views of the lines it read (the parser reads them again from there).
    func detect(_ text: UTF16Text, _ lines: [Line]) -> (kind: DocumentKind, views: [Int: LineView]) {
        var views: [Int: LineView] = [:]
        var counts: [String: Int] = [:]
        var contentLine = 0
        let early: [LineMatcher] = [tables.adoptionHeading, tables.letterTitle, tables.resolutionNumber]
        let anywhere: [LineMatcher] = [tables.division, tables.meetingOpening, tables.frameHeading, tables.intro,
                                       tables.numbered, tables.sectionHeading, tables.signature, tables.contentsHeading]
        let reportWords = profile.reportTitleWords.map { Array(LanguageProfile.fold($0).utf16) }
        for l in lines where l.kind == .text {
            contentLine += 1
            if contentLine > Self.linesRead { break }
            let length = l.pieces.reduce(0) { $0 + $1.length }
            let view = LineView(text, first: l.pieces[0], fullLength: length, emphasized: l.emphasized)
            views[l.number] = view
            if contentLine <= Self.titleLines {
                for m in early where m.match(view) != nil { counts[m.name, default: 0] += 1 }
                // A title line is short: a paragraph of the body is not read for the words.
                if length <= Self.titleLength {
                    let folded = Array(LanguageProfile.fold(text.joinedString(l.pieces)).utf16)
                    if reportWords.contains(where: { UTF16Text.find($0, in: folded) != nil }) { counts["report title", default: 0] += 1 }
                }
            }
            for m in anywhere {
                guard let c = m.match(view) else { continue }
                counts[m.name, default: 0] += 1
                // Draft resolutions and decisions make a committee report; an annex does not.
                if case .frameHeading(let k, _, _) = c.role, k != .annex { counts["draft", default: 0] += 1 }
            }
            if let wide = view.labelView, tables.speaker.match(wide) != nil { counts["speaker", default: 0] += 1 }
        }
        return (Self.decide(counts), views)
    }

    private static func decide(_ counts: [String: Int]) -> DocumentKind {
        func n(_ k: String) -> Int { counts[k] ?? 0 }
        if n("adoption heading") > 0 { return .resolution }
        if n("meeting opening") > 0 || n("speaker") >= 3 { return .meetingRecord }
        if n("division heading") >= 2 { return .treaty }
        if n("letter title") > 0 { return .letter }
        if n("draft") > 0 { return .report }
        if n("report title") > 0 || n("contents heading") > 0 { return .secretaryGeneralReport }
        if n("resolution number") > 0 && n("intro") > 0 { return .resolution }
        if n("paragraph number") > 0 || n("section heading") > 0 || n("frame heading") > 0 { return .report }
        if n("signature") > 0 { return .letter }
        return .other
    }
}
