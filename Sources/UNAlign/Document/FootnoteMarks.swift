import Foundation

/// Footnote marks as a PDF extractor leaves them: a bare number after a word or punctuation
/// (`Rights, 1 the`, `Women,5`, `Action 9 and`). A number is a mark only when it is the next
/// footnote in sequence, the document defines that footnote, and nothing around it makes it a
/// number of the text (`paragraphs 1 to 10`, `5 September`, `No. 39`).
struct FootnoteMarks {
    /// A footnote number that jumps this far past the one before is no footnote (`[^1994]:`, a year).
    static let implausibleJump = 20

    private let defined: Set<Int>
    /// Words after which a number is the text's own: folded `numberTakingWords` and month names.
    private let numberWords: Set<String>
    private let months: Set<String>

    init(_ profile: LanguageProfile, _ lines: [Line]) {
        // A number is a candidate only where the document defines more footnotes of that number
        // than it marks explicitly (`<sup>1</sup>`, `[^1]`): a document whose marks survived needs no guessing.
        var definitions: [Int: Int] = [:], marked: [Int: Int] = [:]
        var previous = 0
        for l in lines {
            if case .footnote(let n) = l.kind, n <= previous + Self.implausibleJump { definitions[n, default: 0] += 1; previous = n }
            for (n, _) in l.references { marked[n, default: 0] += 1 }
        }
        defined = Set(definitions.filter { $0.value > marked[$0.key] ?? 0 }.keys)
        numberWords = Set(profile.numberTakingWords.map(LanguageProfile.fold))
        months = Set(profile.monthNames.flatMap { $0 }.map(LanguageProfile.fold))
    }

    func start() -> Scanner { Scanner(marks: self) }

    struct Scanner {
        let marks: FootnoteMarks
        var last = 0

        /// Finds the bare marks of a line, splits them out of its pieces and adds them to its references.
        mutating func scan(_ line: inout Line, _ text: UTF16Text) {
            let explicit = Set(line.references.map(\.1))
            var pieces: [TextRange] = []
            var found: [(Int, TextRange)] = []
            for (k, p) in line.pieces.enumerated() {
                if explicit.contains(p) {
                    if let n = line.references.first(where: { $0.1 == p })?.0 { last = max(last, n) }
                    pieces.append(p)
                    continue
                }
                guard !marks.defined.isEmpty else { pieces.append(p); continue }
                var cursor = p.start
                var i = p.start
                let u = text.units
                while i < p.end {
                    guard u[i] >= 0x30, u[i] <= 0x39 else { i += 1; continue }
                    var j = i
                    var n = 0
                    while j < p.end, u[j] >= 0x30, u[j] <= 0x39, j - i < 4 { n = n * 10 + Int(u[j] - 0x30); j += 1 }
                    defer { i = j }
                    guard n == last + 1, marks.defined.contains(n), !(k == 0 && i == p.start), isMark(text, i, j, p) else { continue }
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

        private func isMark(_ text: UTF16Text, _ i: Int, _ j: Int, _ p: TextRange) -> Bool {
            let u = text.units
            // After: the end, a space or punctuation; never a digit, a letter or a decimal point.
            if j < p.end {
                let c = u[j]
                if (c >= 0x30 && c <= 0x39) || isLetter(c) || c == 0x25 || c == 0x2F || c == 0x2D { return false }
                if c == 0x2E || c == 0x2C, j + 1 < p.end, u[j + 1] >= 0x30, u[j + 1] <= 0x39 { return false }
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
            if marks.numberWords.contains(previous) || marks.numberWords.contains(bare) || marks.months.contains(bare) { return false }
            var a = j
            while a < p.end, UTF16Text.isSpace(u[a]) { a += 1 }
            var ae = a
            while ae < p.end, !UTF16Text.isSpace(u[ae]) { ae += 1 }
            let next = LanguageProfile.fold(text.string(TextRange(a, ae))).trimmingCharacters(in: CharacterSet.punctuationCharacters)
            if marks.months.contains(next) || next.first?.isNumber == true || marks.numberWords.contains(next) && ["per", "to"].contains(next) { return false }
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
