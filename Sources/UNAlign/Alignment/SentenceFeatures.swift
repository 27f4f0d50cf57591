/// What the aligner knows of one sentence (or paragraph): its length, its content tokens in the
/// shared vocabulary (each with the ids it may translate to), and a leading paragraph number.
struct SentenceFeatures {
    /// Non-space characters.
    var length: Int
    /// One entry per content token: the vocabulary ids it stands for (several for a Chinese word).
    var tokens: [[Int32]]
    /// The ids of all tokens.
    var idSet: Set<Int32>
    /// The same ids sorted, for intersection by binary search.
    var sortedIDs: [Int32] = []
    /// A 256-bit Bloom filter of the ids, and one per token: most tokens find nothing in most
    /// sentences, and the filters say so without a search.
    var bloom = Bloom()
    var tokenBlooms: [Bloom] = []
    /// `12.` / `(b)` / `١٢ -` at the start: an anchor that survives translation.
    var marker: String?
    /// Ends with a colon: it introduces what follows (`布政司答复的译文：`, `The voting was as follows:`),
    /// and another version may write both as one sentence.
    var introduces: Bool
}

/// Turns sentences of one language into features. Vocabulary ids not in the shared lexicon
/// vocabulary are local to one featurizer, so featurizers are not shared between threads.
final class Featurizer {
    let language: Language
    private let lexicon: Lexicon
    private let words: ChineseWordSegmenter?

    init(language: Language, lexicon: Lexicon = .shared) {
        self.language = language
        self.lexicon = lexicon
        words = LanguageProfile.of(language).usesIdeographicFullStops ? ChineseWordSegmenter() : nil
    }

    /// Ids for strings outside the lexicon: shared by both sides of one alignment through `vocab`.
    final class LocalVocabulary {
        private var ids: [String: Int32] = [:]
        private let base: Int32
        private let shared: TokenVocabulary
        init(_ shared: TokenVocabulary) {
            self.shared = shared
            base = Int32(shared.ids.count) + 1
        }
        func id(_ s: String) -> Int32 {
            if let i = shared.existing(s) { return i }
            if let i = ids[s] { return i }
            let i = base + Int32(ids.count)
            ids[s] = i
            return i
        }
    }

    func features(_ sentence: String, vocab: LocalVocabulary) -> SentenceFeatures {
        let text = UTF16Text(sentence)
        let folded = MatchText(text)
        var tokens: [[Int32]] = []
        var length = 0
        for u in folded.text.units where !UTF16Text.isSpace(u) { length += 1 }
        if let seg = words {
            for w in seg.words(in: folded.text) where w.isWord {
                let s = folded.text.string(w.range)
                if let t = token(s, vocab) { tokens.append(t) }
            }
        } else {
            var i = 0
            let u = folded.text.units
            while i < u.count {
                guard isWordUnit(u[i]) else { i += 1; continue }
                var j = i + 1
                // "K.B.E.", "A/75/123", "1.5": dots and slashes between letters or digits stay inside.
                while j < u.count, isWordUnit(u[j]) || ((u[j] == 0x2E || u[j] == 0x2F) && j + 1 < u.count && isWordUnit(u[j + 1]) && u[j + 1] != 0x27) { j += 1 }
                if let t = token(folded.text.string(TextRange(i, j)), vocab) { tokens.append(t) }
                i = j
            }
        }
        var ids = Set<Int32>()
        for t in tokens { ids.formUnion(t) }
        let last = folded.string.last { !$0.isWhitespace }
        var f = SentenceFeatures(length: length, tokens: tokens, idSet: ids, sortedIDs: ids.sorted(), marker: Self.marker(folded.string), introduces: last == ":")
        f.computeBlooms()
        return f
    }

    private func token(_ raw: String, _ vocab: LocalVocabulary) -> [Int32]? {
        // Abbreviations and symbols compare without their dots: "K.B.E." = "KBE".
        let s = raw.contains(".") && raw.contains(where: \.isLetter) ? raw.replacingOccurrences(of: ".", with: "") : raw
        if let n = ChineseNumerals.value(s) { return [vocab.id(String(n))] }
        let scalars = s.unicodeScalars
        if scalars.allSatisfy({ $0.properties.numericType != nil || $0 == "." || $0 == "/" }) {
            return [vocab.id(String(s.drop { $0 == "0" }).isEmpty ? s : String(s.drop { $0 == "0" }))]
        }
        if scalars.allSatisfy({ $0.isASCII }) || words == nil {
            let stem = language == .en || words != nil ? EnglishStemmer.stem(s) : s
            if language == .en || scalars.allSatisfy({ $0.isASCII }) {
                if EnglishStemmer.isStopword(stem) || (stem.count < 2 && raw.count < 2) { return nil }
            } else if s.count < 3 {
                return nil  // short function words of other languages
            }
            return [vocab.id(stem)]
        }
        if let t = lexicon.translations(s) { return t }
        // An unknown Chinese word: what its characters mean, if the lexicon knows them.
        var union: [Int32] = []
        for c in s { if let t = lexicon.translations(String(c)) { union += t } }
        return union.isEmpty ? nil : Array(Set(union))
    }

    private func isDigit(_ c: UInt16) -> Bool { c >= 0x30 && c <= 0x39 }
    private func isWordUnit(_ c: UInt16) -> Bool {
        (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0xC0 && c <= 0x24F)
            || (c >= 0x0400 && c <= 0x04FF) || (c >= 0x0620 && c <= 0x064A) || (c >= 0x066E && c <= 0x06D3) || c == 0x27
    }

    /// A paragraph number or sub-paragraph letter opening the sentence (`12.`, `12 -`, `(b)`).
    static func marker(_ s: String) -> String? {
        let t = s.drop { $0 == " " }
        var digits = ""
        for c in t { if c.isASCII && c.isNumber { digits.append(c) } else { break } }
        if !digits.isEmpty, digits.count <= 3 {
            let rest = t.dropFirst(digits.count).drop { $0 == " " }
            if let c = rest.first, c == "." || c == "-" || c == "、" { return digits }
        }
        if t.hasPrefix("("), t.count > 3, t.dropFirst(2).first == ")", let l = t.dropFirst().first, l.isASCII, l.isLetter {
            return "(" + String(l) + ")"
        }
        return nil
    }
}

/// Chinese numerals as numbers: 一九八九 → 1989 (digit by digit, years), 二十一 → 21, 廿九 → 29.
enum ChineseNumerals {
    static let digits: [Character: Int] = ["〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9]
    static let units: [Character: Int] = ["十": 10, "百": 100, "千": 1000, "万": 10000]

    /// The scalars a numeral may start with: a cheap test before any Character lookup.
    static let starts: Set<UInt32> = Set("〇零一二两三四五六七八九十百千万廿卅".unicodeScalars.map(\.value))

    static func value(_ s: String) -> Int? {
        guard let first = s.unicodeScalars.first, starts.contains(first.value) else { return nil }
        guard s.allSatisfy({ digits[$0] != nil || units[$0] != nil || $0 == "廿" || $0 == "卅" }) else { return nil }
        if s.count == 1, let d = digits[s.first!] { return d }
        if s.allSatisfy({ digits[$0] != nil }) { return s.reduce(0) { $0 * 10 + digits[$1]! } }
        var total = 0, section = 0, number = 0
        for c in s {
            if let d = digits[c] { number = d }
            else if c == "廿" { section += 20 }
            else if c == "卅" { section += 30 }
            else if let u = units[c] {
                if u == 10000 { total += (section + number) * u; section = 0 }
                else { section += (number == 0 ? 1 : number) * u }
                number = 0
            }
        }
        return total + section + number
    }
}

/// A 256-bit Bloom filter over vocabulary ids (one hash).
struct Bloom {
    var a: UInt64 = 0, b: UInt64 = 0, c: UInt64 = 0, d: UInt64 = 0
    @inline(__always) mutating func insert(_ id: Int32) {
        let h = (UInt32(bitPattern: id) &* 0x9E37_79B1) >> 24
        let bit = UInt64(1) << UInt64(h & 63)
        switch h >> 6 { case 0: a |= bit; case 1: b |= bit; case 2: c |= bit; default: d |= bit }
    }
    @inline(__always) func intersects(_ o: Bloom) -> Bool { (a & o.a) | (b & o.b) | (c & o.c) | (d & o.d) != 0 }
}

extension SentenceFeatures {
    mutating func computeBlooms() {
        bloom = Bloom()
        for id in sortedIDs { bloom.insert(id) }
        tokenBlooms = tokens.map { t in var b = Bloom(); for id in t { b.insert(id) }; return b }
    }
}
