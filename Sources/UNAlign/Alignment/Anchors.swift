/// Facts that survive translation unchanged: numbers, dates (month names read as numbers), document
/// symbols (`A/C.1/75/L.4`) and resolution numbers (`73/27`). Two aligned segments that disagree on
/// them are worth an editor's look.
enum Anchors {
    static func of(_ text: String, language: Language) -> Set<String> {
        let folded = MatchText(text).string
        var out = Set<String>()
        let u = Array(folded.unicodeScalars)
        var i = 0
        while i < u.count {
            let c = u[i]
            if c.properties.numericType == .decimal || (c.isASCII && c.properties.isUppercase && i + 1 < u.count && u[i + 1] == "/") || (c.isASCII && c.properties.isLowercase && i + 1 < u.count && u[i + 1] == "/") {
                var j = i
                while j < u.count, u[j].isASCII && (u[j].properties.isAlphabetic || u[j].properties.numericType != nil || u[j] == "/" || (u[j] == "." && j + 1 < u.count && u[j + 1].isASCII && (u[j + 1].properties.numericType != nil || u[j + 1].properties.isAlphabetic))) { j += 1 }
                let token = String(String.UnicodeScalarView(u[i..<j]))
                // A symbol or a plain number; words that merely start with a digit are skipped.
                if token.hasSuffix("/00"), let h = Int(token.dropLast(3)), h <= 24 {
                    out.insert(String(h))  // Arabic `الساعة 10/00`: 10 o'clock
                } else if token.contains("/") {
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
            let chars = Array(folded)
            var k = 0
            while k < chars.count {
                guard ChineseNumerals.starts.contains(chars[k].unicodeScalars.first!.value) else { k += 1; continue }
                var e = k
                while e < chars.count, ChineseNumerals.starts.contains(chars[e].unicodeScalars.first!.value) { e += 1 }
                let run = String(chars[k..<e])
                let next = e < chars.count ? String(chars[e]) : ""
                let year = next == "年" && run.count == 4 && run.allSatisfy { ChineseNumerals.digits[$0] != nil }
                if profile.numeralSuffixes.contains(next) && next != "年" || year, let v = ChineseNumerals.value(run) {
                    out.insert(String(v))
                }
                k = e
            }
        }
        // `1 p.m.` is 13 o'clock, as the languages on the 24-hour clock write it.
        for marker in profile.afternoonMarkers {
            var search = folded.startIndex
            while let r = folded.range(of: " " + marker, range: search..<folded.endIndex) {
                let digits = folded[..<r.lowerBound].reversed().prefix { $0.isASCII && $0.isNumber }
                if let h = Int(String(digits.reversed())), h >= 1, h < 12 {
                    out.remove(String(h))
                    out.insert(String(h + 12))
                }
                search = r.upperBound
            }
        }
        for marker in profile.afternoonPrefixes {
            var search = folded.startIndex
            while let r = folded.range(of: marker, range: search..<folded.endIndex) {
                let digits = folded[r.upperBound...].prefix { $0.isASCII && $0.isNumber }
                if let h = Int(digits), h >= 1, h < 12 {
                    out.remove(String(h))
                    out.insert(String(h + 12))
                }
                search = r.upperBound
            }
        }
        // Month names as whole words (or two-word names); a name that is also a word ("May", the
        // verb "may") only as written in the table.
        let words = MatchText(text).string.split { !$0.isLetter }.map(String.init)
        let phrases = Set(words).union(zip(words, words.dropFirst()).map { $0 + " " + $1 })
        let asWritten = Set(text.split { !$0.isLetter }.map(String.init))
        for (k, names) in profile.monthNames.enumerated() {
            if names.contains(where: { profile.monthNamesAlsoWords.contains($0) ? asWritten.contains($0) : phrases.contains(MatchText($0).string) }) {
                out.insert(String(k + 1))
            }
        }
        return out
    }
}

private extension Substring {
    var nilIfEmpty: Substring? { isEmpty ? nil : self }
}
