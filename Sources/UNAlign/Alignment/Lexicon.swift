/// Word-level evidence that two sentences translate each other: content tokens of each language
/// mapped into one shared vocabulary of (stemmed, lower-case) English words, numbers and Latin
/// strings. Chinese words go through the CC-CEDICT lexicon; numbers, symbols and Latin words in
/// any language stand for themselves (they survive translation).
///
/// The vocabulary of the lexicon's English side: token id k is the table's entry k.
struct TokenVocabulary: Sendable {
    fileprivate let table: FrozenWordTable

    var count: Int { table.count }

    func existing(_ s: String) -> Int32? {
        var units = Array(s.utf16)
        return units.withUnsafeMutableBufferPointer { table.entry(UnsafeBufferPointer($0)).map { Int32($0) } }
    }
}

/// The Chinese→English lexicon (from CC-CEDICT; see `Scripts/build_lexicon.py`). It is read from
/// `lexicon-zh-en.bin`, the compiled form of `lexicon-zh-en.tsv` (`Lexicon.compile`), mapped into
/// memory as it lies: the 96,000 rows and the stemming of their English cost nothing at start-up.
/// A test checks that the shipped image is what the TSV compiles to.
final class Lexicon: Sendable {
    static let imageName = "lexicon-zh-en.bin"
    static let sourceName = "lexicon-zh-en.tsv"
    static let shared = Lexicon(image: LanguageData.image(imageName))

    let vocabulary: TokenVocabulary
    /// Chinese word (its UTF-16 units) → English token ids.
    private let entries: FrozenWordTable
    /// Keeps the mapping the tables point into.
    private let image: ResourceImage

    /// Sections: the Chinese words with their ids, then the vocabulary.
    init(image: ResourceImage) {
        precondition(image.sections.count == 2, "\(Self.imageName) must hold two tables; regenerate it (Scripts/README.md)")
        self.image = image
        entries = image.sections[0]
        vocabulary = TokenVocabulary(table: image.sections[1])
    }

    func translations(_ word: UnsafeBufferPointer<UInt16>) -> UnsafeBufferPointer<Int32>? {
        entries.entry(word).map { entries.payload($0) }
    }

    func translations(_ word: String) -> [Int32]? {
        Array(word.utf16).withUnsafeBufferPointer { translations($0).map(Array.init) }
    }

    /// The image of a lexicon TSV (Chinese word, tab, English words): each English word stemmed,
    /// stopwords dropped, ids given in order of first appearance, the entries in order of the
    /// rows, so that the same TSV always gives the same bytes.
    static func compile(tsv: [UInt8]) -> [UInt8] {
        var vocabulary = TokenCache()
        var order: [String] = []
        var ids: [String: [Int32]] = [:]
        // English words recur across entries: each is stemmed once (−1: a stopword).
        var stems: [String: Int32] = [:]
        LanguageData.pairs(tsv) { chinese, english in
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
                    if EnglishStemmer.isStopword(s) {
                        id = -1
                    } else {
                        id = Array(s.utf16).withUnsafeBufferPointer { u in
                            Int32(vocabulary.entry(u) ?? vocabulary.insert(u, []))
                        }
                    }
                    stems[w] = id
                }
                if id >= 0 { tokens.append(id) }
            }
            guard !tokens.isEmpty else { return }
            let word = String(decoding: chinese, as: UTF8.self)
            if ids[word] == nil { order.append(word) }
            ids[word, default: []] += tokens
        }
        var entries = TokenCache()
        for word in order { _ = Array(word.utf16).withUnsafeBufferPointer { entries.insert($0, ids[word]!) } }
        var out = ResourceImage.Writer()
        entries.frozen(into: &out)
        vocabulary.frozen(into: &out)
        return out.bytes
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
