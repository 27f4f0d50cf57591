/// Facts that survive translation unchanged: numbers, dates (month names read as numbers), document
/// symbols (`A/C.1/75/L.4`) and resolution numbers (`73/27`). Two aligned segments that disagree on
/// them are worth an editor's look.
enum Anchors {
    /// The facts of a text, given also folded for matching (`MatchText.foldedEach` folds a
    /// document's texts at once).
    static func of(_ text: String, folded: String, language: Language) -> Set<String> {
        var out = Set<String>()
        let u = Array(folded.unicodeScalars)
        var i = 0
        while i < u.count {
            let c = u[i]
            if Self.isDecimal(c) || (Self.isASCIILetter(c) && i + 1 < u.count && u[i + 1] == "/") {
                var j = i
                while j < u.count, Self.isASCIILetterOrDigit(u[j]) || u[j] == "/" || (u[j] == "." && j + 1 < u.count && Self.isASCIILetterOrDigit(u[j + 1])) { j += 1 }
                let token = String(String.UnicodeScalarView(u[i..<j]))
                // A symbol or a plain number; words that merely start with a digit are skipped.
                if token.hasSuffix("/00"), let h = Int(token.dropLast(3)), h <= 24 {
                    out.insert(String(h))  // Arabic `الساعة 10/00`: 10 o'clock
                } else if token.utf8.contains(0x2F) {  // "/"
                    // "43/78H" and "43/78 H" are one resolution: the letter suffix is not compared.
                    var t = Substring(token.uppercased())
                    if t.last?.isLetter == true, t.dropLast().last?.isNumber == true { t = t.dropLast() }
                    out.insert(String(t))
                } else if token == "00" {
                    // The minutes of an hour on the hour (`10 ч. 00 м.`): nothing to compare.
                } else if token.count >= 4, token.hasSuffix(".00"), let h = Int(token.dropLast(3)), h <= 24 {
                    out.insert(String(h))  // `10.00 horas` is 10 o'clock
                } else if token.allSatisfy({ $0.isNumber || $0 == "." }) {
                    out.insert(token)
                } else if let digits = token.prefix(while: \.isNumber).nilIfEmpty {
                    out.insert(String(digits))  // "2nd", "14th", "43/78H" prefix
                }
                i = max(j, i + 1)
                continue
            }
            i += 1
        }
        // Numbers written in Chinese numerals where the language's table says they are numbers
        // (`第一百一十条`, article 110; `一九四二年`, the year 1942).
        let profile = LanguageProfile.of(language)
        if !profile.numeralSuffixes.isEmpty {
            // On scalars: every numeral and suffix is one (the folded text has no marks to join them).
            var k = 0
            while k < u.count {
                guard ChineseNumerals.starts.contains(u[k].value) else { k += 1; continue }
                var e = k
                while e < u.count, ChineseNumerals.starts.contains(u[e].value) { e += 1 }
                let run = String(String.UnicodeScalarView(u[k..<e]))
                let next = e < u.count ? String(u[e]) : ""
                let year = next == "年" && e - k == 4 && u[k..<e].allSatisfy { ChineseNumerals.digits[Character($0)] != nil }
                if profile.numeralSuffixes.contains(next) && next != "年" || year, let v = ChineseNumerals.value(run) {
                    out.insert(String(v))
                }
                k = e
            }
        }
        // `1 p.m.` is 13 o'clock, as the languages on the 24-hour clock write it.
        let units = UTF16Text.units(of: folded)
        func hour(_ digits: ArraySlice<UInt16>) -> Int? {
            guard !digits.isEmpty, digits.count <= 2 else { return digits.isEmpty ? nil : Int(String(decoding: digits, as: UTF16.self)) }
            return digits.reduce(0) { $0 * 10 + Int($1 - 0x30) }
        }
        func isDigit(_ c: UInt16) -> Bool { c >= 0x30 && c <= 0x39 }
        func afternoon(_ h: Int?) {
            guard let h, h >= 1, h < 12 else { return }
            out.remove(String(h))
            out.insert(String(h + 12))
        }
        for marker in profile.afternoonMarkers {
            for at in Self.occurrences(of: [0x20] + Array(marker.utf16), in: units) {
                var start = at
                while start > 0, isDigit(units[start - 1]) { start -= 1 }
                afternoon(hour(units[start..<at]))
            }
        }
        for marker in profile.afternoonPrefixes {
            let needle = Array(marker.utf16)
            for at in Self.occurrences(of: needle, in: units) {
                let from = at + needle.count
                var end = from
                while end < units.count, isDigit(units[end]) { end += 1 }
                afternoon(hour(units[from..<end]))
            }
        }
        // Month names as whole words (or two-word names); a name that is also a word ("May", the
        // verb "may") only as written in the table.
        // Only months one of whose names may be a word of the text are looked for among its words.
        let months = monthNames[language]
        let names = months.names
        let rawUnits = months.anyAlsoAWord ? UTF16Text.units(of: text) : []
        let present = months.present(folded: units, asWritten: rawUnits)
        guard !present.isEmpty else { return out }
        // Words are runs of letters; a two-word name matches two neighbouring words.
        let candidates = present.flatMap { k in names[k].map { (k, $0) } }
        let words = candidates.contains { !$0.1.alsoAWord } ? Words(u) : Words([])
        let asWritten = candidates.contains { $0.1.alsoAWord } ? Words(Array(text.unicodeScalars)) : Words([])
        for (k, name) in candidates where !out.contains(String(k + 1)) {
            if (name.alsoAWord ? asWritten : words).contains(name.words) { out.insert(String(k + 1)) }
        }
        return out
    }

    /// Each month's names in a language: folded as texts are, or as written where the name is also
    /// a word. Folded once per language, not once per comparison.
    private static let monthNames = PerLanguage { language in MonthNames(LanguageProfile.of(language)) }

    /// A language's month names, and which of them a text may hold, found in one pass over it.
    struct MonthNames: Sendable {
        struct Name: Sendable {
            let name: String
            let firstWord: [UInt16]
            let alsoAWord: Bool
            let words: [[Unicode.Scalar]]
        }
        /// Month by month (January first), each month's names.
        let names: [[Name]]
        let anyAlsoAWord: Bool
        /// For each UTF-16 unit, 0, or 1 + the index in `starting` of the names whose first word
        /// begins with that unit: one array read per character of the text.
        private let head: [UInt16]
        private let starting: [[(month: Int, name: Int)]]

        init(_ profile: LanguageProfile) {
            names = profile.monthNames.map { names in
                names.map { name in
                    let alsoAWord = profile.monthNamesAlsoWords.contains(name)
                    let form = alsoAWord ? name : MatchText(name).string
                    return Name(name: form, firstWord: Array(form.utf16.prefix { $0 != 0x20 }), alsoAWord: alsoAWord,
                                words: form.split(separator: " ").map { Array($0.unicodeScalars) })
                }
            }
            anyAlsoAWord = names.contains { $0.contains(where: \.alsoAWord) }
            var head = [UInt16](repeating: 0, count: 0x10000)
            var starting: [[(month: Int, name: Int)]] = []
            for (k, month) in names.enumerated() {
                for (j, name) in month.enumerated() {
                    guard let first = name.firstWord.first else { continue }
                    if head[Int(first)] == 0 {
                        starting.append([])
                        head[Int(first)] = UInt16(starting.count)
                    }
                    starting[Int(head[Int(first)]) - 1].append((k, j))
                }
            }
            self.head = head
            self.starting = starting
        }

        /// The months one of whose names' first word occurs in the text with no letter on either
        /// side (a letter there continues the word, so this never misses a name a word split finds):
        /// folded names in the folded text, names that are also words as written.
        func present(folded: [UInt16], asWritten: [UInt16]) -> [Int] {
            var found = [Bool](repeating: false, count: names.count)
            for (hay, alsoAWord) in [(folded, false), (asWritten, true)] {
                hay.withUnsafeBufferPointer { h in
                    for i in h.indices where head[Int(h[i])] != 0 {
                        for (k, j) in starting[Int(head[Int(h[i])]) - 1] where !found[k] {
                            let word = names[k][j].firstWord
                            guard names[k][j].alsoAWord == alsoAWord, i + word.count <= h.count,
                                  (i == 0 || !Anchors.isSurelyLetter(h[i - 1])),
                                  i + word.count == h.count || !Anchors.isSurelyLetter(h[i + word.count]) else { continue }
                            if word.indices.allSatisfy({ h[i + $0] == word[$0] }) { found[k] = true }
                        }
                    }
                }
            }
            return found.indices.filter { found[$0] }
        }
    }
}

extension Anchors {
    /// The words of a text as runs of its scalars: a run starts at a letter and goes on through
    /// letters and the marks that extend them, so it is what `split { !$0.isLetter }` cuts on
    /// `Character`s (whose `isLetter` is their first scalar's), without breaking the text into
    /// grapheme clusters.
    struct Words {
        let scalars: [Unicode.Scalar]
        let runs: [Range<Int>]

        init(_ scalars: [Unicode.Scalar]) {
            self.scalars = scalars
            var runs: [Range<Int>] = []
            var start: Int?
            for (i, c) in scalars.enumerated() {
                if Self.isLetter(c) || (start != nil && Self.extends(c)) {
                    if start == nil { start = i }
                } else if let s = start {
                    runs.append(s..<i)
                    start = nil
                }
            }
            if let s = start { runs.append(s..<scalars.count) }
            self.runs = runs
        }

        /// Whether `name` (one word or more, each as scalars) is a word, or neighbouring words, of the text.
        func contains(_ name: [[Unicode.Scalar]]) -> Bool {
            guard !name.isEmpty, runs.count >= name.count else { return false }
            return (0...(runs.count - name.count)).contains { k in
                name.indices.allSatisfy { w in scalars[runs[k + w]].elementsEqual(name[w]) }
            }
        }

        @inline(__always) private static func isLetter(_ c: Unicode.Scalar) -> Bool {
            c.value < 0x80 ? isASCIILetter(c) : c.properties.isAlphabetic
        }

        @inline(__always) private static func extends(_ c: Unicode.Scalar) -> Bool {
            c.value >= 0x300 && c.properties.isGraphemeExtend
        }
    }

    /// A decimal digit (Unicode Nd) in any script, without a property lookup in the blocks that
    /// hold none (Cyrillic, Arabic letters, CJK, Hangul): most of a text's characters.
    @inline(__always) static func isDecimal(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x30...0x39: true
        case 0...0x7F, 0x0400...0x04FF, 0x0621...0x064A, 0x3000...0x9FFF, 0xAC00...0xD7AF: false
        default: c.properties.numericType == .decimal
        }
    }

    /// A unit that is a letter for certain (ASCII, Latin-1 and Latin Extended, Cyrillic, Arabic
    /// letters, CJK): where one follows or precedes a match, the match is inside a longer word.
    @inline(__always) static func isSurelyLetter(_ u: UInt16) -> Bool {
        switch u {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x24F, 0x0410...0x044F, 0x0621...0x063A, 0x0641...0x064A,
             0x3400...0x4DBF, 0x4E00...0x9FFF: true
        default: false
        }
    }

    @inline(__always) static func isASCIILetter(_ c: Unicode.Scalar) -> Bool {
        (c.value >= 0x41 && c.value <= 0x5A) || (c.value >= 0x61 && c.value <= 0x7A)
    }

    @inline(__always) static func isASCIILetterOrDigit(_ c: Unicode.Scalar) -> Bool {
        isASCIILetter(c) || (c.value >= 0x30 && c.value <= 0x39)
    }

    /// Where `needle` starts in `haystack`, left to right, each match after the previous one ends.
    static func occurrences(of needle: [UInt16], in haystack: [UInt16]) -> [Int] {
        guard !needle.isEmpty, needle.count <= haystack.count else { return [] }
        var found: [Int] = []
        haystack.withUnsafeBufferPointer { h in
            needle.withUnsafeBufferPointer { n in
                var i = 0
                let first = n[0], last = h.count - n.count
                while i <= last {
                    if h[i] == first {
                        var k = 1
                        while k < n.count && h[i + k] == n[k] { k += 1 }
                        if k == n.count {
                            found.append(i)
                            i += n.count
                            continue
                        }
                    }
                    i += 1
                }
            }
        }
        return found
    }
}

private extension Substring {
    var nilIfEmpty: Substring? { isEmpty ? nil : self }
}
