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

/// Each language's words mapped to English words, the shared vocabulary of word evidence:
/// Chinese from CC-CEDICT (`Scripts/build_lexicon.py`), French, Spanish, Russian and Arabic from
/// FreeDict (`Scripts/build_freedict_lexicons.py`); each language's table names its TSV
/// (`LanguageProfile.englishLexicon`). Two versions in any two languages then find each other's
/// words through English. It is read from `lexicons.bin`, the compiled form of the TSVs
/// (`Lexicon.compile`), mapped into memory as it lies: the rows, their folding and stemming cost
/// nothing at start-up. A test checks that the shipped image is what the TSVs compile to.
final class Lexicon: Sendable {
    static let imageName = "lexicons.bin"
    static let shared = Lexicon(image: LanguageData.image(imageName))

    /// The languages with a lexicon, in the order of the image's sections, with their TSVs.
    static let sources: [(language: Language, name: String)] = Language.allCases.compactMap { l in
        LanguageProfile.of(l).englishLexicon.map { (l, $0) }
    }

    let vocabulary: TokenVocabulary
    /// Per language of `sources`: its words (UTF-16 units, folded as texts are; stems as `≈stem`)
    /// → English token ids.
    private let entries: [Language: FrozenWordTable]
    /// Keeps the mapping the tables point into.
    private let image: ResourceImage

    /// Sections: the vocabulary, then each language's words with their ids.
    init(image: ResourceImage) {
        precondition(image.sections.count == 1 + Self.sources.count, "\(Self.imageName) must hold \(1 + Self.sources.count) tables; regenerate it (Scripts/README.md)")
        self.image = image
        vocabulary = TokenVocabulary(table: image.sections[0])
        entries = Dictionary(uniqueKeysWithValues: Self.sources.enumerated().map { ($1.language, image.sections[1 + $0]) })
    }

    /// The English ids of a word of `language` (folded as texts are), if it is a headword.
    func translations(_ word: UnsafeBufferPointer<UInt16>, in language: Language) -> UnsafeBufferPointer<Int32>? {
        guard let table = entries[language] else { return nil }
        return table.entry(word).map { table.payload($0) }
    }

    func translations(_ word: String, in language: Language) -> [Int32]? {
        Array(word.utf16).withUnsafeBufferPointer { translations($0, in: language).map(Array.init) }
    }

    /// The image of the lexicon TSVs (word, tab, English words), one per language of `sources`:
    /// each English word stemmed, stopwords dropped, ids given in order of first appearance; a
    /// word of a language written with spaces folded as texts are (`MatchText`) and also entered
    /// under each of its stems (`≈stem`, `WordStems`), so that `résolutions` and `организации`
    /// meet `résolution` and `организация`. The same TSVs always give the same bytes.
    static func compile(tsvs: [(Language, [UInt8])]) -> [UInt8] {
        var vocabulary = TokenCache()
        // English words recur across entries: each is stemmed once (−1: a stopword).
        var stems: [String: Int32] = [:]
        var tables: [TokenCache] = []
        for (language, tsv) in tsvs {
            let profile = LanguageProfile.of(language)
            let folds = profile.wordSegmentation == .spaces
            let wordStems = WordStems(profile)
            var order: [String] = []
            var ids: [String: [Int32]] = [:]
            LanguageData.pairs(tsv) { word, english in
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
                    if id >= 0 && !tokens.contains(id) { tokens.append(id) }
                }
                guard !tokens.isEmpty else { return }
                let raw = String(decoding: word, as: UTF8.self)
                let headword = folds ? MatchText(raw).string : raw
                for key in [headword] + (folds ? wordStems.of(headword).map { WordStems.mark + $0 } : []) {
                    if ids[key] == nil { order.append(key) }
                    for t in tokens where !(ids[key]?.contains(t) ?? false) { ids[key, default: []].append(t) }
                }
            }
            var entries = TokenCache()
            for key in order { _ = Array(key.utf16).withUnsafeBufferPointer { entries.insert($0, ids[key]!) } }
            tables.append(entries)
        }
        var out = ResourceImage.Writer()
        vocabulary.frozen(into: &out)
        for t in tables { t.frozen(into: &out) }
        return out.bytes
    }
}

/// The stems of a folded word by its language's affixes (`LanguageProfile.stemPrefixes`,
/// `stemEndings`): each way of taking off one prefix, one ending or one of each gives one, if
/// at least `minimumStemLength` letters are left. Compared as UTF-8 bytes: `String`'s own
/// comparison normalizes on every call.
struct WordStems {
    /// Stems are written with this mark before them, apart from words.
    static let mark = "≈"
    private let prefixes: [[UInt8]], endings: [[UInt8]]
    private let minimumLength: Int
    private let bareWordIsAStem: Bool

    init(_ profile: LanguageProfile) {
        prefixes = [[]] + profile.stemPrefixes.map { Array(MatchText($0).string.utf8) }
        endings = [[]] + profile.stemEndings.map { Array(MatchText($0).string.utf8) }
        minimumLength = profile.minimumStemLength
        bareWordIsAStem = profile.bareWordIsAStem
    }

    var isEmpty: Bool { prefixes.count + endings.count <= 2 }

    func of(_ s: String) -> [String] {
        guard !isEmpty else { return [] }
        var out: [String] = []
        let u = Array(s.utf8)
        for prefix in prefixes where u.starts(with: prefix) {
            for ending in endings where (bareWordIsAStem || !(prefix.isEmpty && ending.isEmpty))
                && prefix.count + ending.count <= u.count && u[(u.count - ending.count)...].elementsEqual(ending) {
                let core = u[prefix.count..<(u.count - ending.count)]
                // Letters, not bytes: every byte but a continuation byte starts one.
                guard core.reduce(0, { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }) >= minimumLength else { continue }
                out.append(String(decoding: core, as: UTF8.self))
            }
        }
        return out
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
