/// Word-level evidence that two sentences translate each other: content tokens of each language
/// mapped into one shared vocabulary of (stemmed, lower-case) English words, numbers and Latin
/// strings. Chinese words go through the CC-CEDICT lexicon; numbers, symbols and Latin words in
/// any language stand for themselves (they survive translation).
final class TokenVocabulary: @unchecked Sendable {  // read-only after init
    private(set) var ids: [String: Int32] = [:]

    func id(_ s: String) -> Int32 {
        if let i = ids[s] { return i }
        let i = Int32(ids.count)
        ids[s] = i
        return i
    }

    func existing(_ s: String) -> Int32? { ids[s] }
}

/// The Chinese→English lexicon (`lexicon-zh-en.tsv`, from CC-CEDICT; see `Scripts/build_lexicon.py`).
final class Lexicon: Sendable {
    static let shared = Lexicon()

    let vocabulary: TokenVocabulary
    /// Chinese word (its UTF-16 units) → English token ids.
    private let entries: TokenCache

    init() {
        let vocab = TokenVocabulary()
        var e: [String: [Int32]] = [:]
        // English words recur across entries: each is stemmed once (−1: a stopword).
        var stems: [String: Int32] = [:]
        LanguageData.pairs("lexicon-zh-en.tsv") { chinese, english in
            var tokens: [Int32] = []
            var k = 0
            while k < english.count {
                var end = k
                while end < english.count && english[end] != 0x20 { end += 1 }
                defer { k = end + 1 }
                guard end > k else { continue }
                let w = String(decoding: UnsafeBufferPointer(rebasing: english[k..<end]), as: UTF8.self)
                let id: Int32
                if let known = stems[w] {
                    id = known
                } else {
                    let s = EnglishStemmer.stem(w)
                    id = EnglishStemmer.isStopword(s) ? -1 : vocab.id(s)
                    stems[w] = id
                }
                if id >= 0 { tokens.append(id) }
            }
            if !tokens.isEmpty { e[String(decoding: chinese, as: UTF8.self), default: []] += tokens }
        }
        vocabulary = vocab
        var table = TokenCache()
        for (word, ids) in e { _ = Array(word.utf16).withUnsafeBufferPointer { table.insert($0, ids) } }
        entries = table
    }

    func translations(_ word: UnsafeBufferPointer<UInt16>) -> ArraySlice<Int32>? {
        entries.entry(word).map { entries.ids($0) }
    }

    func translations(_ word: String) -> [Int32]? {
        Array(word.utf16).withUnsafeBufferPointer { translations($0).map(Array.init) }
    }
}

/// A light English stemmer: enough to meet CC-CEDICT's dictionary forms (`countries` → `country`,
/// `developed` → `develop`), not a linguistic one.
enum EnglishStemmer {
    static let stopwords: Set<String> = [
        "the", "of", "and", "to", "in", "a", "an", "on", "for", "by", "with", "at", "is", "are", "was", "were", "be", "been",
        "that", "this", "it", "its", "as", "from", "or", "which", "who", "has", "have", "had", "not", "their", "they", "we",
        "our", "i", "he", "she", "his", "her", "will", "would", "shall", "should", "can", "could", "may", "also", "all", "any",
        "such", "these", "those", "there", "than", "so", "if", "but", "into", "upon", "do", "doe", "did", "one", "sb", "sth",
        "something", "someone", "oneself", "used", "us", "you", "your", "them", "him", "my", "me", "what", "when", "where",
    ]
    static let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]

    static func isStopword(_ s: String) -> Bool { stopwords.contains(s) }

    static func stem(_ word: String) -> String {
        var w = word.lowercased()
        if w.hasSuffix("'s") || w.hasSuffix("’s") { w.removeLast(2) }
        if w != "may", let m = months.firstIndex(of: w) { return String(m + 1) }  // "18 September 2020" meets 2020年9月18日
        let n = w.count
        if n > 4, w.hasSuffix("ies") { return String(w.dropLast(3)) + "y" }
        if n > 4, w.hasSuffix("sses") { return String(w.dropLast(2)) }
        if n > 5, w.hasSuffix("ing") { return String(w.dropLast(3)) }
        if n > 4, w.hasSuffix("ed") { return String(w.dropLast(w.hasSuffix("ied") ? 3 : 2)) + (w.hasSuffix("ied") ? "y" : "") }
        if n > 4, w.hasSuffix("ly") { return String(w.dropLast(2)) }
        if n > 3, w.hasSuffix("s"), !w.hasSuffix("ss"), !w.hasSuffix("us"), !w.hasSuffix("is") { return String(w.dropLast()) }
        return w
    }
}
