import Foundation

/// Footnote marks as a PDF extractor leaves them: a bare number after a word or punctuation
/// (`Rights, 1 the`, `Women,5`, `Action 9 and`). A number is a mark only when it is one of the
/// next footnotes in sequence, the document defines that footnote, and nothing around it makes it a
/// number of the text (`paragraphs 1 to 10`, `5 September`, `No. 39`).
struct FootnoteMarks {
    /// A footnote number that jumps this far past the one before is no footnote (`[^1994]:`, a year).
    static let implausibleJump = 20

    private let defined: Set<Int>
    /// Words after which a number is the text's own: folded `numberTakingWords` and month names.
    private let numberWords: Set<String>
    private let months: Set<String>
    /// Endings that make a number an ordinal (`5th`, `2e`, `1ª`), and words after which it is a
    /// quantity (`1 to 10`, `3 per cent`): from the language's table.
    fileprivate let ordinalSuffixes: Set<String>
    fileprivate let quantityWords: Set<String>

    init(_ tables: MarkerTables, _ lines: [Line]) {
        // A number is a candidate only where the document defines more footnotes of that number
        // than it marks explicitly (`<sup>1</sup>`, `[^1]`): a document whose marks survived needs no guessing.
        var definitions: [Int: Int] = [:], marked: [Int: Int] = [:]
        var previous = 0
        for l in lines {
            if case .footnote(let n) = l.kind, n <= previous + Self.implausibleJump { definitions[n, default: 0] += 1; previous = n }
            for (n, _) in l.references { marked[n, default: 0] += 1 }
        }
        defined = Set(definitions.filter { $0.value > marked[$0.key] ?? 0 }.keys)
        numberWords = tables.numberWords
        months = tables.months
        ordinalSuffixes = Set(tables.profile.ordinalSuffixes.map(LanguageProfile.fold))
        quantityWords = Set(tables.profile.quantityWords.map(LanguageProfile.fold))
    }

    func start() -> Scanner { Scanner(marks: self) }

    struct Scanner {
        /// A mark may be this far past the last one: extractors lose marks (80/11 has lost two).
        static let markGap = 3
        let marks: FootnoteMarks
        var last = 0

        /// Finds the bare marks of a line, splits them out of its pieces and adds them to its references.
        mutating func scan(_ line: inout Line, _ text: UTF16Text) {
            if marks.defined.isEmpty {
                for (n, _) in line.references { last = max(last, n) }
                return
            }
            let explicit = Set(line.references.map(\.1))
            var pieces: [TextRange] = []
            var found: [(Int, TextRange)] = []
            for (k, p) in line.pieces.enumerated() {
                if explicit.contains(p) {
                    if let n = line.references.first(where: { $0.1 == p })?.0 { last = max(last, n) }
                    pieces.append(p)
                    continue
                }
                var cursor = p.start
                var i = p.start
                let u = text.units
                while i < p.end {
                    // `the draft a/ without`: an older document's lettered mark (a/ is footnote 1).
                    if u[i] >= 0x61, u[i] <= 0x7A, i + 1 < p.end, u[i + 1] == 0x2F, i > p.start, UTF16Text.isSpace(u[i - 1]),
                       i + 2 == p.end || UTF16Text.isSpace(u[i + 2]) || isPunctuation(u[i + 2]) {
                        let n = Int(u[i] - 0x61) + 1
                        if n > last, n <= last + Self.markGap, marks.defined.contains(n) {
                            let before = text.trimmed(TextRange(cursor, i))
                            if !before.isEmpty { pieces.append(before) }
                            pieces.append(TextRange(i, i + 2))
                            found.append((n, TextRange(i, i + 2)))
                            last = n
                            cursor = i + 2
                        }
                        i += 2
                        continue
                    }
                    guard u[i] >= 0x30, u[i] <= 0x39 else { i += 1; continue }
                    var j = i
                    var n = 0
                    while j < p.end, u[j] >= 0x30, u[j] <= 0x39, j - i < 4 { n = n * 10 + Int(u[j] - 0x30); j += 1 }
                    defer { i = j }
                    guard n > last, n <= last + Self.markGap, marks.defined.contains(n), !(k == 0 && i == p.start), isMark(text, i, j, p, n) else { continue }
                    let before = text.trimmed(TextRange(cursor, i))
                    if !before.isEmpty { pieces.append(before) }
                    pieces.append(TextRange(i, j))
                    found.append((n, TextRange(i, j)))
                    last = n
                    cursor = j
                }
                let rest = text.trimmed(TextRange(cursor, p.end))
                if !rest.isEmpty { pieces.append(rest) }
            }
            guard !found.isEmpty else { return }
            line.pieces = pieces
            line.references += found
            line.references.sort { $0.1.start < $1.1.start }
        }

        private func isMark(_ text: UTF16Text, _ i: Int, _ j: Int, _ p: TextRange, _ n: Int) -> Bool {
            let u = text.units
            // After: the end, a space or punctuation; never a digit or a decimal point; a letter only
            // where the extractor fused the mark with the next word (`Parties, 8and welcomes`).
            if j < p.end {
                let c = u[j]
                if (c >= 0x30 && c <= 0x39) || c == 0x25 || c == 0x2F || c == 0x2D { return false }
                if c == 0x2E || c == 0x2C, j + 1 < p.end, u[j + 1] >= 0x30, u[j + 1] <= 0x39 { return false }
                if isLetter(c) {
                    var e = j
                    while e < p.end, isLetter(u[e]) { e += 1 }
                    let word = text.string(TextRange(j, e))
                    let fused = n == last + 1 && i >= p.start + 2 && UTF16Text.isSpace(u[i - 1])
                        && word.first!.isLowercase && !marks.ordinalSuffixes.contains(word)
                    if !fused { return false }
                }
                // `Persons.12 11. We`: a number, a full stop and a capital is the next paragraph's number.
                if c == 0x2E, j + 2 < p.end, UTF16Text.isSpace(u[j + 1]), (u[j + 2] >= 0x41 && u[j + 2] <= 0x5A), i > p.start, UTF16Text.isSpace(u[i - 1]) {
                    return false
                }
            }
            // Before: punctuation, or a word and a space; never a digit, a slash or a hyphen.
            guard i > p.start else { return false }
            let b = u[i - 1]
            if (b >= 0x30 && b <= 0x39) || b == 0x2F || b == 0x2D || b == 0x2013 || isLetter(b) { return false }
            // The word before and the word after.
            var w = i
            while w > p.start, UTF16Text.isSpace(u[w - 1]) { w -= 1 }
            var ws = w
            while ws > p.start, !UTF16Text.isSpace(u[ws - 1]) { ws -= 1 }
            let previous = LanguageProfile.fold(text.string(TextRange(ws, w)))
            let bare = previous.trimmingCharacters(in: CharacterSet.punctuationCharacters)
            if w == i && !isPunctuation(b) { return false }
            // `para. 7`, `paragraphs 1 to 10`, `resolution 2200`: after such a word a number is the
            // text's (unless the word ends a sentence: `Principles. 13 We`).
            let endsClause = previous.last.map { ".,;:".contains($0) } ?? false
            // A document symbol's number (`C-24/DEC.4`, `A/80/L.11`) is no mark.
            let raw = text.string(TextRange(ws, w))
            if w == i, raw.hasSuffix("."), raw.contains("/") || raw.range(of: #"(^|[^a-z])[A-Z]+\.$"#, options: .regularExpression) != nil { return false }
            if w < i, marks.numberWords.contains(previous) || (!endsClause && (marks.numberWords.contains(bare) || marks.months.contains(bare))) { return false }

            // After a word, only the very next footnote: `the 13 practical steps` is a count.
            let afterPunctuation = isPunctuation(b) || (w < i && isPunctuation(u[w - 1]))
            if !afterPunctuation && n != last + 1 { return false }
            var a = j
            while a < p.end, UTF16Text.isSpace(u[a]) { a += 1 }
            var ae = a
            while ae < p.end, !UTF16Text.isSpace(u[ae]) { ae += 1 }
            let next = LanguageProfile.fold(text.string(TextRange(a, ae))).trimmingCharacters(in: CharacterSet.punctuationCharacters)
            // The word after: never a month or a number, except the next paragraph's fused number (`Future. 16 9. We`).
            let paragraphNumber = text.string(TextRange(a, ae)).range(of: #"^\d{1,3}\.$"#, options: .regularExpression) != nil
            if marks.months.contains(next) || (next.first?.isNumber == true && !paragraphNumber && !isPunctuation(b))
                || next.hasPrefix("%") || marks.quantityWords.contains(next) { return false }
            return true
        }

        /// Any letter, `ª` and `º` included (`1ª sesión` is an ordinal, not a mark).
        private func isLetter(_ c: UInt16) -> Bool {
            Unicode.Scalar(c)?.properties.isAlphabetic ?? false
        }

        private func isPunctuation(_ c: UInt16) -> Bool {
            [0x2C, 0x2E, 0x3B, 0x3A, 0x29, 0x201D, 0x22, 0x2019, 0x5D, 0xFF0C, 0x3002, 0x060C].contains(c)
        }
    }
}
