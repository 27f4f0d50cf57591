import Foundation

/// What a line of content announces itself as, read from its first characters through the
/// language's table. The parser decides from this and from where it is in the document.
enum LineRole: Equatable {
    case section(Int)
    case subsection(Int)
    /// Either a section (roman numeral) or a subsection (letter): `I.`, `V.`, `X.`, `C.`...
    case sectionOrSubsection(section: Int, letter: Int)
    case numbered(Int)
    case subparagraph(Int)
    case frameHeading(FrameKind, Int, titleStart: Int?)
    case voteLabel(VoteSide, listStart: Int?)
    case assemblyIntro
    case text
}

struct Classified {
    var role: LineRole
    /// End of the marker (`10.`, `(b)`, `I.`) in source offsets, for paragraph-like roles.
    var markerEnd: Int?
}

/// Reads markers with one language table. Everything is compared after `LanguageProfile.fold`.
struct Classifier {
    let profile: LanguageProfile
    private let sectionOrdinals: [(String, Int)]
    private let subsectionLetters: [(String, Int)]
    private let listLetters: [(String, Int)]
    private let frameWords: [(String, FrameKind)]
    private let frameOrdinals: [(String, Int)]
    private let labels: [(String, VoteSide)]
    private let intros: Set<String>
    private let headingTerminators: [String]
    private let numberTerminators: [String]

    init(_ profile: LanguageProfile) {
        self.profile = profile
        func folded(_ xs: [String]) -> [(String, Int)] {
            xs.enumerated().map { (LanguageProfile.fold($0.element), $0.offset + 1) }.sorted { $0.0.count > $1.0.count }
        }
        sectionOrdinals = folded(profile.sectionOrdinals)
        subsectionLetters = folded(profile.subsectionLetters)
        listLetters = folded(profile.listLetters)
        frameOrdinals = folded(profile.frameOrdinals)
        frameWords = profile.frameHeadings.map { (LanguageProfile.fold($0.1), $0.0) }
        labels = profile.voteLabels.map { (LanguageProfile.fold($0.1), $0.0) }.sorted { $0.0.count > $1.0.count }
        intros = Set(profile.assemblyIntros.map { LanguageProfile.fold($0) })
        headingTerminators = profile.headingTerminators.map(LanguageProfile.fold)
        numberTerminators = profile.paragraphNumberTerminators.map(LanguageProfile.fold)
    }

    /// Classifies a line whose content starts at `first` (its first piece); `emphasized` when the
    /// converter marked it as a heading or bold.
    func classify(_ text: UTF16Text, first: TextRange, fullLength: Int, emphasized: Bool) -> Classified {
        // Markers, labels and headings words all sit in the first few dozen characters.
        let window = TextRange(first.start, min(first.end, first.start + 64))
        let m = MatchText(text, range: window, options: .lookalikes)
        let s = Array(m.string.unicodeScalars)
        func source(_ i: Int) -> Int {  // folded scalar index → source offset
            let utf16 = s[0..<min(i, s.count)].reduce(0) { $0 + ($1.value > 0xFFFF ? 2 : 1) }
            return utf16 >= m.text.count ? window.end : m.originalRange(of: TextRange(utf16, utf16)).start
        }
        func has(_ p: String, at i: Int) -> Bool {
            // No arrays: this runs for every marker of the table on every line.
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
        let originalFirst = text.units[first.start]
        let originalIsLower = (originalFirst >= 0x61 && originalFirst <= 0x7A)

        // Frame headings: "Draft resolution II", "决议草案一", "مشروع القرار الأول" (+ title on the same line).
        for (word, kind) in frameWords where has(word, at: 0) {
            var i = word.unicodeScalars.count
            if profile.frameOrdinalNeedsSpace {
                guard i < s.count, s[i].properties.isWhitespace else { continue }
                i = skipSpaces(i)
            }
            for (ord, n) in frameOrdinals where has(ord, at: i) {
                let after = i + ord.unicodeScalars.count
                guard boundary(after) || !profile.frameOrdinalNeedsSpace else { continue }
                // A CJK ordinal is followed directly by the title; don't read 二十 as 二 + 十.
                if !profile.frameOrdinalNeedsSpace, after < s.count, frameOrdinals.contains(where: { has($0.0, at: after) }) { continue }
                let rest = skipSpaces(after)
                if rest >= s.count {
                    return Classified(role: .frameHeading(kind, n, titleStart: fullLength > window.length ? window.end : nil))
                }
                guard emphasized else { break }
                return Classified(role: .frameHeading(kind, n, titleStart: source(rest)))
            }
        }
        // Vote labels: "In favour:", "Ont voté pour :", "赞成：" (list may follow on the line).
        for (label, side) in labels where has(label, at: 0) {
            var i = skipSpaces(label.unicodeScalars.count)
            guard i < s.count, s[i] == ":" || s[i] == "：" else { continue }
            i = skipSpaces(i + 1)
            return Classified(role: .voteLabel(side, listStart: i < s.count || fullLength > window.length ? source(i) : nil))
        }
        // Sub-paragraph: "(a)", "a)", "(أ)".
        do {
            var i = 0
            let paren = s.first == "("
            if paren { i = 1 }
            for (letter, n) in listLetters where has(letter, at: i) {
                let after = i + letter.unicodeScalars.count
                if after < s.count, s[after] == ")", boundary(after + 1) {
                    return Classified(role: .subparagraph(n), markerEnd: source(after + 1))
                }
            }
        }
        // Paragraph number: "12.", "１２．", "12 -", "١٢ -".
        do {
            var i = 0, n = 0
            while i < s.count, let d = s[i].properties.numericType == .decimal ? s[i].properties.numericValue : nil, i < 4 {
                n = n * 10 + Int(d); i += 1
            }
            if i > 0 {
                let j = skipSpaces(i)
                for t in numberTerminators where has(t, at: j) {
                    if t == "." && j != i { continue }  // "1 ." is not a paragraph number
                    let after = j + t.unicodeScalars.count
                    let nextIsDigit = after < s.count && s[after].properties.numericType != nil
                    // "1. Text" (or "1．文本" in Chinese), but not "1.5" or a date "1.12.2020".
                    if boundary(after) || (profile.language == .zh && !nextIsDigit) {
                        return Classified(role: .numbered(n), markerEnd: source(after))
                    }
                }
            }
        }
        // Section and subsection headings: "I.", "一.", "أولا -", "A.", "ألف -".
        if !originalIsLower {
            func terminated(_ i: Int) -> Int? {
                let j = skipSpaces(i)
                for t in headingTerminators where has(t, at: j) {
                    let after = j + t.unicodeScalars.count
                    if boundary(after) || profile.language == .zh { return after }
                }
                return nil
            }
            var section: (Int, Int)?
            var letter: (Int, Int)?
            for (ord, n) in sectionOrdinals where has(ord, at: 0) {
                if let end = terminated(ord.unicodeScalars.count) { section = (n, end); break }
            }
            if !originalIsLower {
                for (l, n) in subsectionLetters where has(l, at: 0) {
                    if let end = terminated(l.unicodeScalars.count) { letter = (n, end); break }
                }
            }
            switch (section, letter) {
            case (let sec?, let let_?): return Classified(role: .sectionOrSubsection(section: sec.0, letter: let_.0), markerEnd: source(sec.1))
            case (let sec?, nil): return Classified(role: .section(sec.0), markerEnd: source(sec.1))
            case (nil, let let_?): return Classified(role: .subsection(let_.0), markerEnd: source(let_.1))
            default: break
            }
        }
        // "The General Assembly," alone on its line.
        if fullLength <= window.length {
            var a = 0, b = s.count
            while a < b, s[a].properties.isWhitespace { a += 1 }
            while b > a, s[b - 1].properties.isWhitespace { b -= 1 }
            if intros.contains(String(String.UnicodeScalarView(s[a..<b]))) { return Classified(role: .assemblyIntro) }
        }
        return Classified(role: .text)
    }
}

