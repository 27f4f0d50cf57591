import Foundation

/// What a line of content announces itself as, read from its first characters through the
/// language's table. The parser decides from this and from where it is in the document.
enum LineRole: Equatable {
    case section(Int)
    case subsection(Int)
    /// Either a section (roman numeral) or a subsection (letter): `I.`, `V.`, `X.`, `C.`...
    case sectionOrSubsection(section: Int, letter: Int)
    case numbered(Int)
    /// `1.a Text`, `17.19 Text`: a compound label (a target of a goal).
    case item(String)
    case subparagraph(Int)
    case frameHeading(FrameKind, Int, titleStart: Int?)
    /// `Article 12`, `第十二条 …`, `CHAPTER I, PURPOSES`: the content after the heading starts at `textStart`.
    case division(DivisionKind, Int, textStart: Int?)
    case voteLabel(VoteSide, listStart: Int?)
    /// "The General Assembly," alone on its line.
    case intro
    /// "Resolution adopted by the General Assembly on …".
    case adoptionHeading
    /// `[on the report of the First Committee (A/80/534)]`.
    case committeeLine
    /// `80/10. Title`, `55/33 A. Title`, `80/10 - العنوان`.
    case resolutionNumber
    /// `51st plenary meeting`.
    case closingLine
    /// `Mr. Name (Country):` — the label ends at `labelEnd`; the country in brackets, if any.
    case speaker(labelEnd: Int, country: TextRange?)
    case interpretationNote
    case meetingOpening
    case meetingClosing
    case letterTitle
    case signature
    case contentsHeading
    case summaryHeading
    case tableCaption(Int)
    case text
}

struct Classified: Equatable {
    var role: LineRole
    /// End of the marker (`10.`, `(b)`, `I.`) in source offsets, for paragraph-like roles.
    var markerEnd: Int?
}

/// A line's first characters, folded for matching, with the way back to source offsets. The
/// matchers read it; it is built once per line.
struct LineView {
    let text: UTF16Text
    let first: TextRange
    let fullLength: Int
    let emphasized: Bool
    let window: TextRange
    let match: MatchText
    let s: [Unicode.Scalar]

    /// How far the matchers look: markers, labels and headings all sit in the first characters.
    static let windowLength = 64
    /// Speaker labels (`Mr. Name (Country):`) and closing lines can be longer.
    static let wideWindowLength = 160

    init(_ text: UTF16Text, first: TextRange, fullLength: Int, emphasized: Bool, width: Int = LineView.windowLength) {
        self.text = text
        self.first = first
        self.fullLength = fullLength
        self.emphasized = emphasized
        window = TextRange(first.start, min(first.end, first.start + width))
        match = MatchText(text, range: window, options: .lookalikes)
        s = Array(match.string.unicodeScalars)
        whole = fullLength <= window.length ? Self.trimmed(s) : ""
    }

    /// The whole line, folded and trimmed, when it fits in the window (headings, intros, labels);
    /// made once, read by several matchers.
    let whole: String

    private static func trimmed(_ s: [Unicode.Scalar]) -> String {
        var a = 0, b = s.count
        while a < b, s[a].properties.isWhitespace { a += 1 }
        while b > a, s[b - 1].properties.isWhitespace { b -= 1 }
        return a < b ? String(String.UnicodeScalarView(s[a..<b])) : ""
    }

    /// The line seen further, for a speaker label (`Mr. Name (Country):`); nil when no colon ends
    /// one within reach.
    var labelView: LineView? {
        let reach = text.units[first.start..<min(first.end, first.start + Self.wideWindowLength)]
        guard reach.contains(where: { $0 == 0x3A || $0 == 0xFF1A }) else { return nil }
        return LineView(text, first: first, fullLength: fullLength, emphasized: emphasized, width: Self.wideWindowLength)
    }

    /// The whole line fits in the window.
    var isWhole: Bool { fullLength <= window.length }

    /// Folded scalar index → source offset.
    func source(_ i: Int) -> Int {
        let utf16 = s[0..<min(i, s.count)].reduce(0) { $0 + ($1.value > 0xFFFF ? 2 : 1) }
        return utf16 >= match.text.count ? window.end : match.originalRange(of: TextRange(utf16, utf16)).start
    }

    /// No arrays: this runs for every marker of the table on every line.
    func has(_ p: String, at i: Int) -> Bool {
        var k = i
        for c in p.unicodeScalars {
            guard k < s.count, s[k] == c else { return false }
            k += 1
        }
        return true
    }

    func skipSpaces(_ i: Int) -> Int {
        var j = i
        while j < s.count, s[j].properties.isWhitespace { j += 1 }
        return j
    }

    func boundary(_ i: Int) -> Bool { i >= s.count || s[i].properties.isWhitespace }

    /// The folded content between scalar indices, trimmed.
    func string(_ a: Int, _ b: Int) -> String {
        var a = a, b = min(b, s.count)
        while a < b, s[a].properties.isWhitespace { a += 1 }
        while b > a, s[b - 1].properties.isWhitespace { b -= 1 }
        return a < b ? String(String.UnicodeScalarView(s[a..<b])) : ""
    }


    /// An ordinal at i: digits, a roman numeral, Chinese numerals, or a word of the table; its
    /// value and where it ends.
    func ordinal(at i: Int, words: [(String, Int)], romanValues: [(String, Int)]) -> (Int, Int)? {
        var j = i, n = 0
        while j < s.count, j - i < 4, let d = s[j].properties.numericType == .decimal ? s[j].properties.numericValue : nil {
            n = n * 10 + Int(d); j += 1
        }
        if j > i { return (n, j) }
        for (w, v) in words where has(w, at: i) {
            let end = i + w.unicodeScalars.count
            if boundary(end) || !s[end].properties.isAlphabetic { return (v, end) }
        }
        for (r, v) in romanValues where has(r, at: i) {
            let end = i + r.unicodeScalars.count
            if end >= s.count || !s[end].properties.isAlphabetic { return (v, end) }
        }
        var k = i
        while k < s.count, ChineseNumerals.starts.contains(s[k].value) || s[k] == "零" { k += 1 }
        if k > i, let v = ChineseNumerals.value(String(String.UnicodeScalarView(s[i..<k]))) { return (v, k) }
        return nil
    }
}

/// One rule that reads a line's role. Each is small and tested on inline strings
/// (`ParserRuleTests`); the classifier tries them in order and takes the first answer.
struct LineMatcher: Sendable {
    let name: String
    let match: @Sendable (LineView) -> Classified?
}

/// Reads markers with one language table. Everything is compared after `LanguageProfile.fold`.
struct Classifier: Sendable {
    let profile: LanguageProfile
    let kind: DocumentKind
    private let matchers: [LineMatcher]
    /// Matchers that need to see further into the line (speaker labels).
    private let wideMatchers: [LineMatcher]

    init(_ profile: LanguageProfile, kind: DocumentKind = .report) {
        self.profile = profile
        self.kind = kind
        let t = MarkerTables.of(profile.language)
        var m: [LineMatcher] = []
        var wide: [LineMatcher] = []
        switch kind {
        case .report, .secretaryGeneralReport, .other:
            m = [t.frameHeading, t.voteLabel, t.subparagraph, t.numbered, t.item, t.sectionHeading, t.intro]
            if kind == .secretaryGeneralReport { m = [t.contentsHeading, t.summaryHeading, t.tableCaption] + m }
        case .resolution:
            m = [t.adoptionHeading, t.committeeLine, t.resolutionNumber, t.frameHeading, t.voteLabel, t.subparagraph,
                 t.numbered, t.item, t.division, t.sectionHeading, t.intro, t.closingLine]
        case .treaty:
            m = [t.division, t.frameHeading, t.voteLabel, t.subparagraph, t.numbered, t.item, t.sectionHeading, t.intro]
        case .meetingRecord:
            m = [t.interpretationNote, t.meetingOpening, t.meetingClosing, t.voteLabel, t.subparagraph, t.numbered,
                 t.frameHeading, t.sectionHeading]
            wide = [t.speaker]
        case .letter:
            m = [t.signature, t.letterTitle, t.frameHeading, t.letterAnnex, t.subparagraph, t.numbered, t.sectionHeading, t.voteLabel]
        }
        matchers = m
        wideMatchers = wide
    }

    /// Classifies a line whose content starts at `first` (its first piece); `emphasized` when the
    /// converter marked it as a heading or bold.
    func classify(_ text: UTF16Text, first: TextRange, fullLength: Int, emphasized: Bool) -> Classified {
        return classify(LineView(text, first: first, fullLength: fullLength, emphasized: emphasized))
    }

    /// Classifies a line from a view already made (the kind detector's).
    func classify(_ view: LineView) -> Classified {
        if !wideMatchers.isEmpty, let wide = view.labelView {
            for m in wideMatchers { if let c = m.match(wide) { return c } }
        }
        for m in matchers { if let c = m.match(view) { return c } }
        return Classified(role: .text)
    }
}

/// The language table's markers, folded once, and the matchers that read them.
struct MarkerTables: Sendable {
    let profile: LanguageProfile
    let sectionOrdinals: [(String, Int)]
    let subsectionLetters: [(String, Int)]
    let listLetters: [(String, Int)]
    let frameWords: [(String, FrameKind)]
    let frameOrdinals: [(String, Int)]
    let labels: [(String, VoteSide)]
    let intros: Set<String>
    let headingTerminators: [String]
    let numberTerminators: [String]
    let adoptionHeadings: [String]
    /// Compiled at the first line that could be one: most documents are no meeting record.
    let closingLines: CompiledPatterns
    let notes: CompiledPatterns
    let divisions: [(DivisionKind, before: String, after: String?)]
    let ordinalWords: [(String, Int)]
    let romanValues: [(String, Int)]
    let presiding: [String]
    let honorifics: [String]
    let openings: [String]
    let closings: [String]
    let letterTitles: [String]
    let signatures: [String]
    let contents: [String]
    let summaries: [String]
    let captions: [String]
    let letterAnnexWords: [String]

    /// Folded once per language, when a document in it is first read: every document in that
    /// language reads the same tables.
    private static let byLanguage = PerLanguage { MarkerTables(LanguageProfile.of($0)) }
    static func of(_ l: Language) -> MarkerTables { byLanguage[l] }

    /// The preambular openers and the words after which a number is the text's, folded.
    let preambularOpeners: [String]
    let numberWords: Set<String>
    let months: Set<String>
    let tallies: TallyReader

    init(_ profile: LanguageProfile) {
        self.profile = profile
        preambularOpeners = profile.preambularOpeners.map(LanguageProfile.fold)
        numberWords = Set(profile.numberTakingWords.map(LanguageProfile.fold))
        months = Set(profile.monthNames.flatMap { $0 }.map(LanguageProfile.fold))
        tallies = TallyReader(profile)
        func folded(_ xs: [String]) -> [(String, Int)] {
            xs.enumerated().map { (LanguageProfile.fold($0.element), $0.offset + 1) }.sorted { $0.0.count > $1.0.count }
        }
        func longestFirst(_ xs: [String]) -> [String] { xs.map(LanguageProfile.fold).sorted { $0.count > $1.count } }
        sectionOrdinals = folded(profile.sectionOrdinals)
        subsectionLetters = folded(profile.subsectionLetters)
        listLetters = folded(profile.listLetters)
        frameOrdinals = folded(profile.frameOrdinals)
        frameWords = profile.frameHeadings.map { (LanguageProfile.fold($0.1), $0.0) }
        labels = profile.voteLabels.map { (LanguageProfile.fold($0.1), $0.0) }.sorted { $0.0.count > $1.0.count }
        intros = Set(profile.resolutionIntros.map { LanguageProfile.fold($0) })
        headingTerminators = profile.headingTerminators.map(LanguageProfile.fold)
        numberTerminators = profile.paragraphNumberTerminators.map(LanguageProfile.fold)
        adoptionHeadings = longestFirst(profile.adoptionHeadings)
        closingLines = CompiledPatterns(profile.closingLinePatterns)
        notes = CompiledPatterns(profile.interpretationNotePatterns)
        divisions = profile.divisionHeadings.map { kind, form in
            let f = LanguageProfile.fold(form)
            guard let r = f.range(of: "{n}") else { return (kind, f, nil) }
            return (kind, String(f[..<r.lowerBound]), String(f[r.upperBound...]))
        }.sorted { $0.before.count + ($0.after?.count ?? 0) > $1.before.count + ($1.after?.count ?? 0) }
        ordinalWords = profile.ordinalWords.enumerated().flatMap { k, forms in forms.map { (LanguageProfile.fold($0), k + 1) } }
            .sorted { $0.0.count > $1.0.count }
        romanValues = (1...60).map { (LanguageProfile.fold(Numerals.roman($0)), $0) }.sorted { $0.0.count > $1.0.count }
        presiding = longestFirst(profile.presidingOfficers)
        honorifics = longestFirst(profile.honorifics)
        openings = longestFirst(profile.meetingOpenings)
        closings = longestFirst(profile.meetingClosings)
        letterTitles = longestFirst(profile.letterTitleWords)
        signatures = longestFirst(profile.signatureMarks)
        contents = longestFirst(profile.contentsHeadings)
        summaries = longestFirst(profile.summaryHeadings)
        captions = longestFirst(profile.tableCaptions)
        letterAnnexWords = longestFirst(profile.letterAnnexWords)
    }

    private func matches(_ patterns: CompiledPatterns, _ s: String) -> Bool {
        let ns = s as NSString
        return patterns.expressions.contains { $0.firstMatch(in: s, range: NSRange(location: 0, length: ns.length)) != nil }
    }

    // MARK: The matchers

    /// Frame headings: "Draft resolution II", "决议草案一", "مشروع القرار الأول" (+ title on the same line).
    var frameHeading: LineMatcher {
        LineMatcher(name: "frame heading") { [self] v in
            for (word, kind) in frameWords where v.has(word, at: 0) {
                var i = word.unicodeScalars.count
                if profile.frameOrdinalNeedsSpace {
                    guard i < v.s.count else {
                        // "Annex" alone: the first annex.
                        return kind == .annex && v.isWhole ? Classified(role: .frameHeading(kind, 1, titleStart: nil)) : nil
                    }
                    guard v.s[i].properties.isWhitespace else { continue }
                    i = v.skipSpaces(i)
                }
                if kind == .annex, i >= v.s.count, v.isWhole { return Classified(role: .frameHeading(kind, 1, titleStart: nil)) }
                // "Annex 2025 Political Declaration on …": the one annex, its title on the heading's
                // line (a title has no full stop; "Annex II to the report contains…" is a sentence).
                if kind == .annex, profile.frameOrdinalNeedsSpace, i < v.s.count, !frameOrdinals.contains(where: { v.has($0.0, at: i) && v.boundary(i + $0.0.unicodeScalars.count) }) {
                    let c = v.text.units[v.source(i)]
                    let capital = Unicode.Scalar(c).map { $0.properties.isUppercase || $0.properties.numericType == .decimal } ?? false
                    let lastUnit = v.text.units[min(v.text.count, v.first.start + v.fullLength) - 1]
                    if capital, lastUnit != 0x2E, lastUnit != 0x3A { return Classified(role: .frameHeading(kind, 1, titleStart: v.source(i))) }
                    continue
                }
                for (ord, n) in frameOrdinals where v.has(ord, at: i) {
                    let after = i + ord.unicodeScalars.count
                    guard v.boundary(after) || !profile.frameOrdinalNeedsSpace else { continue }
                    // A CJK ordinal is followed directly by the title; don't read 二十 as 二 + 十.
                    if !profile.frameOrdinalNeedsSpace, after < v.s.count, frameOrdinals.contains(where: { v.has($0.0, at: after) }) { continue }
                    let rest = v.skipSpaces(after)
                    if rest >= v.s.count {
                        return Classified(role: .frameHeading(kind, n, titleStart: v.isWhole ? nil : v.window.end))
                    }
                    guard v.emphasized else { break }
                    return Classified(role: .frameHeading(kind, n, titleStart: v.source(rest)))
                }
            }
            return nil
        }
    }

    /// Vote labels: "In favour:", "Ont voté pour :", "赞成：" (the list may follow on the line).
    var voteLabel: LineMatcher {
        LineMatcher(name: "vote label") { [self] v in
            for (label, side) in labels where v.has(label, at: 0) {
                var i = v.skipSpaces(label.unicodeScalars.count)
                guard i < v.s.count, v.s[i] == ":" || v.s[i] == "：" else { continue }
                i = v.skipSpaces(i + 1)
                return Classified(role: .voteLabel(side, listStart: i < v.s.count || !v.isWhole ? v.source(i) : nil))
            }
            return nil
        }
    }

    /// Sub-paragraph: "(a)", "a)", "(أ)".
    var subparagraph: LineMatcher {
        LineMatcher(name: "sub-paragraph") { [self] v in
            let i = v.s.first == "(" ? 1 : 0
            for (letter, n) in listLetters where v.has(letter, at: i) {
                let after = i + letter.unicodeScalars.count
                if after < v.s.count, v.s[after] == ")", v.boundary(after + 1) {
                    return Classified(role: .subparagraph(n), markerEnd: v.source(after + 1))
                }
            }
            return nil
        }
    }

    /// Paragraph number: "12.", "１２．", "12 -", "١٢ -".
    var numbered: LineMatcher {
        LineMatcher(name: "paragraph number") { [self] v in
            var i = 0, n = 0
            while i < v.s.count, i < 4, let d = v.s[i].properties.numericType == .decimal ? v.s[i].properties.numericValue : nil {
                n = n * 10 + Int(d); i += 1
            }
            guard i > 0 else { return nil }
            let j = v.skipSpaces(i)
            for t in numberTerminators where v.has(t, at: j) {
                if t == "." && j != i { continue }  // "1 ." is not a paragraph number
                let after = j + t.unicodeScalars.count
                // "1. Text" (or "1．文本" where no space is written), but not "1.5", a date "1.12.2020" or
                // a compound label "1.a".
                let nextIsLabel = after < v.s.count && (v.s[after].properties.numericType != nil || (v.s[after].isASCII && v.s[after].properties.isAlphabetic))
                if v.boundary(after) || (!profile.paragraphNumberNeedsSpace && !nextIsLabel) {
                    return Classified(role: .numbered(n), markerEnd: v.source(after))
                }
            }
            return nil
        }
    }

    /// A compound label: "1.1 By 2030…", "1.a Ensure…", "17.19 By 2030…" (a number, a full stop,
    /// a number or a small letter, a space).
    var item: LineMatcher {
        LineMatcher(name: "compound label") { v in
            var i = 0
            while i < v.s.count, i < 3, v.s[i].properties.numericType == .decimal, v.s[i].isASCII { i += 1 }
            guard i > 0, i < v.s.count, v.s[i] == "." else { return nil }
            let head = i
            i += 1
            var j = i
            while j < v.s.count, j - i < 3, v.s[j].isASCII, v.s[j].properties.numericType == .decimal { j += 1 }
            if j == i, j < v.s.count, v.s[j].isASCII, v.s[j].properties.isLowercase, v.text.units[v.source(j)] >= 0x61 { j += 1 }
            guard j > i, v.boundary(j), j < v.s.count else { return nil }
            let label = String(String.UnicodeScalarView(v.s[0..<head])) + "." + String(String.UnicodeScalarView(v.s[i..<j]))
            return Classified(role: .item(label), markerEnd: v.source(j))
        }
    }

    /// Section and subsection headings: "I.", "一.", "أولا -", "A.", "ألف -".
    var sectionHeading: LineMatcher {
        LineMatcher(name: "section heading") { [self] v in
            // "i. text" is a list item, not section I (the source letter is lower case).
            let c = v.text.units[v.first.start]
            if c >= 0x61 && c <= 0x7A { return nil }
            func terminated(_ i: Int) -> Int? {
                let j = v.skipSpaces(i)
                for t in headingTerminators where v.has(t, at: j) {
                    let after = j + t.unicodeScalars.count
                    if v.boundary(after) || !profile.headingMarkerNeedsSpace { return after }
                }
                return nil
            }
            var section: (Int, Int)?
            var letter: (Int, Int)?
            for (ord, n) in sectionOrdinals where v.has(ord, at: 0) {
                if let end = terminated(ord.unicodeScalars.count) { section = (n, end); break }
            }
            for (l, n) in subsectionLetters where v.has(l, at: 0) {
                if let end = terminated(l.unicodeScalars.count) { letter = (n, end); break }
            }
            switch (section, letter) {
            case (let sec?, let let_?): return Classified(role: .sectionOrSubsection(section: sec.0, letter: let_.0), markerEnd: v.source(sec.1))
            case (let sec?, nil): return Classified(role: .section(sec.0), markerEnd: v.source(sec.1))
            case (nil, let let_?): return Classified(role: .subsection(let_.0), markerEnd: v.source(let_.1))
            default: return nil
            }
        }
    }

    /// "The General Assembly," alone on its line.
    var intro: LineMatcher {
        LineMatcher(name: "intro") { [self] v in
            v.isWhole && intros.contains(v.whole) ? Classified(role: .intro) : nil
        }
    }

    /// Treaty divisions: "Article 12", "Article premier", "第十二条", "المادة الأولى", "CHAPTER I, PURPOSES",
    /// "Première partie". The heading stands alone, or is followed by a separator, or (in a
    /// treaty) begins the first paragraph (`第二条 为求实现…`).
    var division: LineMatcher {
        LineMatcher(name: "division heading") { [self] v in
            for (kind, before, after) in divisions where v.has(before, at: 0) {
                var i = before.unicodeScalars.count
                guard let after else {
                    // Unnumbered: "Preamble" alone on its line.
                    return v.isWhole && v.skipSpaces(i) >= v.s.count ? Classified(role: .division(kind, 0, textStart: nil)) : nil
                }
                if !before.isEmpty, before.unicodeScalars.last!.properties.isWhitespace { i = v.skipSpaces(i) }
                guard let (n, end) = v.ordinal(at: i, words: ordinalWords, romanValues: romanValues), n > 0 else { continue }
                var j = end
                if !after.isEmpty {
                    let a = after.first == " " ? v.skipSpaces(j) : j
                    let word = after.trimmingCharacters(in: .whitespaces)
                    guard v.has(word, at: a) else { continue }
                    j = a + word.unicodeScalars.count
                }
                // What follows: nothing, a separator and a title, or text.
                let k = v.skipSpaces(j)
                if k >= v.s.count { return Classified(role: .division(kind, n, textStart: v.isWhole ? nil : v.window.end)) }
                let separators: Set<Unicode.Scalar> = [",", ":", ".", "-", "–", "—", "、", "："]
                if separators.contains(v.s[k]) {
                    let t = v.skipSpaces(k + 1)
                    return Classified(role: .division(kind, n, textStart: t >= v.s.count && v.isWhole ? nil : v.source(t)))
                }
                // "第二条 为求实现…" (no space written after a heading), an emphasized "Chapter I
                // Purposes", or "CHAPTER II MEMBERSHIP": a heading that runs on into its title or text.
                let next = v.text.units[v.source(k)]
                let capital = Unicode.Scalar(next).map { $0.properties.isUppercase } ?? false
                if v.emphasized || profile.divisionHeadingsRunOn || (kind != .article && capital) {
                    return Classified(role: .division(kind, n, textStart: v.source(k)))
                }
                return nil
            }
            return nil
        }
    }

    /// "Resolution adopted by the General Assembly on 26 November 2025".
    var adoptionHeading: LineMatcher {
        LineMatcher(name: "adoption heading") { [self] v in
            // Chinese writes the date first: `2025年11月26日大会通过的决议`.
            let found = !profile.phrasesEndTheirLine ? adoptionHeadings.contains { v.has($0, at: 0) }
                : v.isWhole && v.s.count <= 40 && adoptionHeadings.contains { v.whole.contains($0) }
            return found ? Classified(role: .adoptionHeading) : nil
        }
    }

    /// `[on the report of the First Committee (A/80/534, para. 7)]`: a line in square brackets.
    var committeeLine: LineMatcher {
        LineMatcher(name: "committee line") { v in
            guard v.s.first == "[" || v.s.first == "【" else { return nil }
            let last = v.text.units[v.first.start + max(0, v.fullLength - 1) < v.text.count ? v.first.start + v.fullLength - 1 : v.first.end - 1]
            return last == 0x5D || last == 0x3011 || v.fullLength < 400 ? Classified(role: .committeeLine) : nil
        }
    }

    /// `80/10. Title`, `55/33 A. Title`, `80/10 - العنوان`, `2719 (2023)` is not one.
    var resolutionNumber: LineMatcher {
        LineMatcher(name: "resolution number") { [self] v in
            var i = 0
            func digits() -> Int { let a = i; while i < v.s.count, v.s[i].properties.numericType == .decimal { i += 1 }; return i - a }
            guard digits() >= 1, i < v.s.count, v.s[i] == "/" else { return nil }
            i += 1
            guard digits() >= 1 else { return nil }
            // An optional letter: `55/33 A.`, `55/33 ألف -`.
            let j = v.skipSpaces(i)
            if j + 1 < v.s.count, v.s[j].properties.isAlphabetic, v.s[j].value < 0x80, !(v.s[j + 1].properties.isAlphabetic) { i = j + 1 }
            else if let (l, _) = subsectionLetters.first(where: { v.has($0.0, at: j) && v.boundary(j + $0.0.unicodeScalars.count) }) {
                i = j + l.unicodeScalars.count
            }
            let k = v.skipSpaces(i)
            guard k < v.s.count, [".", "-", "–", "—"].contains(v.s[k]), v.boundary(k + 1) || v.s[k] != "." else { return nil }
            return Classified(role: .resolutionNumber)
        }
    }

    /// `51st plenary meeting`, `第51次全体会议`, `الجلسة العامة 51`.
    var closingLine: LineMatcher {
        LineMatcher(name: "closing line") { [self] v in
            v.isWhole && matches(closingLines, v.whole) ? Classified(role: .closingLine) : nil
        }
    }

    /// `The President:`, `Mr. Name (Country):`, `Name先生（国家）：`: a speaker label up to its colon.
    var speaker: LineMatcher {
        LineMatcher(name: "speaker") { [self] v in
            // The colon that ends the label, within the window, outside brackets.
            var depth = 0, colon: Int?
            for (i, c) in v.s.enumerated() {
                if c == "(" || c == "（" { depth += 1 } else if c == ")" || c == "）" { depth -= 1 }
                else if depth == 0, c == ":" || c == "：" { colon = i; break }
            }
            guard let colon, colon > 1 else { return nil }
            let label = v.string(0, colon)
            let isOfficer = presiding.contains { label == $0 || label.hasPrefix($0 + " ") }
            let named: Bool
            if profile.honorificsFollowName {
                let head = label.split(separator: "(").first.map { String($0).trimmingCharacters(in: .whitespaces) } ?? label
                named = honorifics.contains { head.hasSuffix($0) }
            } else {
                named = honorifics.contains { label.hasPrefix($0 + " ") || label.hasPrefix($0 + "\u{00A0}") }
            }
            guard isOfficer || named, label.unicodeScalars.count <= 120 else { return nil }
            // The country: the last bracketed part of the label.
            var country: TextRange?
            if let open = v.s[..<colon].lastIndex(where: { $0 == "(" || $0 == "（" }),
               let close = v.s[open..<colon].lastIndex(where: { $0 == ")" || $0 == "）" }), close > open + 1 {
                country = TextRange(v.source(open + 1), v.source(close))
            }
            return Classified(role: .speaker(labelEnd: v.source(colon + 1), country: country))
        }
    }

    /// `(spoke in French)`, `（以法语发言）`.
    var interpretationNote: LineMatcher {
        LineMatcher(name: "interpretation note") { [self] v in
            v.isWhole && matches(notes, v.whole) ? Classified(role: .interpretationNote) : nil
        }
    }

    /// "The meeting was called to order at 10 a.m."; in a language that writes it at the end
    /// (`上午10时开会。`), the word anywhere in a short line.
    var meetingOpening: LineMatcher {
        LineMatcher(name: "meeting opening") { [self] v in
            phrase(openings, v) ? Classified(role: .meetingOpening) : nil
        }
    }

    var meetingClosing: LineMatcher {
        LineMatcher(name: "meeting closing") { [self] v in
            phrase(closings, v) ? Classified(role: .meetingClosing) : nil
        }
    }

    private func phrase(_ forms: [String], _ v: LineView) -> Bool {
        if profile.phrasesEndTheirLine {
            return v.isWhole && v.s.count <= 30 && forms.contains { v.whole.contains($0) }
        }
        return forms.contains { v.has($0, at: 0) } && v.fullLength <= 200
    }

    /// "Letter dated 12 March 2025 from …", "2025年3月12日…给秘书长的信".
    var letterTitle: LineMatcher {
        LineMatcher(name: "letter title") { [self] v in
            letterTitles.contains { v.has($0, at: 0) || (profile.phrasesEndTheirLine && v.isWhole && v.whole.hasSuffix($0)) }
                ? Classified(role: .letterTitle) : nil
        }
    }

    /// "Annex to the letter dated …", "…给秘书长的信的附件": a letter's annex (numbered in order: 0).
    var letterAnnex: LineMatcher {
        LineMatcher(name: "letter annex") { [self] v in
            for (word, kind) in frameWords + letterAnnexWords.map({ ($0, FrameKind.annex) }) where kind == .annex {
                if v.has(word, at: 0), v.boundary(word.unicodeScalars.count) { return Classified(role: .frameHeading(.annex, 0, titleStart: nil)) }
                if profile.phrasesEndTheirLine, v.isWhole, v.whole.hasSuffix(word) { return Classified(role: .frameHeading(.annex, 0, titleStart: nil)) }
            }
            return nil
        }
    }

    /// "(Signed) Name", "（签名）Name".
    var signature: LineMatcher {
        LineMatcher(name: "signature") { [self] v in
            signatures.contains { v.has($0, at: 0) } ? Classified(role: .signature) : nil
        }
    }

    var contentsHeading: LineMatcher {
        LineMatcher(name: "contents heading") { [self] v in
            v.isWhole && contents.contains(v.whole) ? Classified(role: .contentsHeading) : nil
        }
    }

    var summaryHeading: LineMatcher {
        LineMatcher(name: "summary heading") { [self] v in
            v.isWhole && summaries.contains(v.whole) ? Classified(role: .summaryHeading) : nil
        }
    }

    /// "Table 1", "Table 1. Title", "表1".
    var tableCaption: LineMatcher {
        LineMatcher(name: "table caption") { [self] v in
            for c in captions where v.has(c, at: 0) {
                let i = v.skipSpaces(c.unicodeScalars.count)
                guard let (n, end) = v.ordinal(at: i, words: [], romanValues: []) else { continue }
                if v.boundary(end) || !v.s[end].properties.isAlphabetic { return Classified(role: .tableCaption(n)) }
            }
            return nil
        }
    }
}
