import Foundation

/// What the aligner knows of one sentence (or paragraph): its length, its content tokens in the
/// shared vocabulary (each with the ids it may translate to), and a leading paragraph number.
struct SentenceFeatures {
    /// Non-space characters.
    var length: Int
    /// Of those, the characters a translation carries over as they are: digits, and letters of
    /// another alphabet (`LanguageProfile.latinLettersAreCarriedOver`). They do not scale with the
    /// languages' length ratio.
    var carried = 0
    /// The ids of all tokens, token after token: token k stands for `ids[tokenEnds[k - 1]..<tokenEnds[k]]`
    /// (from 0 for the first), several ids for a Chinese word with several translations.
    var ids: [Int32]
    var tokenEnds: [Int32]
    /// `12.` / `(b)` / `١٢ -` at the start: an anchor that survives translation.
    var marker: String?
    /// Ends with a colon: it introduces what follows (`布政司答复的译文：`, `The voting was as follows:`),
    /// and another version may write both as one sentence.
    var introduces: Bool
    /// Ends in a letter or a comma: the line runs on into the next (text wrapped at a line's end).
    var runsOn = false

    var tokenCount: Int { tokenEnds.count }

    /// Several sentences read as one (a block of the coarse search, a whole paragraph).
    init(concatenating parts: some Collection<SentenceFeatures>) {
        length = 0
        ids = []
        tokenEnds = []
        marker = nil
        introduces = false
        for p in parts {
            let base = Int32(ids.count)
            length += p.length
            carried += p.carried
            ids += p.ids
            tokenEnds += p.tokenEnds.map { $0 + base }
        }
    }

    init(length: Int, ids: [Int32], tokenEnds: [Int32], marker: String?, introduces: Bool) {
        self.length = length
        self.ids = ids
        self.tokenEnds = tokenEnds
        self.marker = marker
        self.introduces = introduces
    }
}

/// Turns sentences of one language into features. Ids of words outside the shared lexicon come
/// from the `LocalVocabulary` passed in (one per alignment, shared by its versions); the word cache
/// belongs to one vocabulary at a time. Featurizers are not shared between threads.
final class Featurizer {
    let language: Language
    private let lexicon: Lexicon
    private let words: ChineseWordSegmenter?
    /// Tokens already looked up, on this thread, in this language, across alignments: a word
    /// recurs dozens of times in a document and in every document of a corpus, and its lookup (a
    /// `String`, stemming, the lexicon) costs far more than hashing its UTF-16 units again.
    private let memory: WordMemory

    /// Month names of the language (folded as the text is), as month numbers: "18 septembre 2020"
    /// meets "18 September 2020" and 2020年9月18日.
    private let months: [String: Int]
    private let cognatePrefix: Int?
    /// The language's stems (`LanguageProfile.stemPrefixes`, `stemEndings`).
    private let stems: WordStems
    private let latinWordsAreEnglish: Bool
    private let usesEnglishStopwords: Bool
    private let minimumWordLength: Int
    private let latinLettersAreCarriedOver: Bool

    /// Each language's single-word month names, folded as texts are, to month numbers: built once.
    /// Two-letter forms (Arabic آب, also "father") and names that are also words (English "may")
    /// are too ambiguous to count.
    private static let monthTables: [Language: [String: Int]] = Dictionary(uniqueKeysWithValues: Language.allCases.map { language in
        let profile = LanguageProfile.of(language)
        let words = Set(profile.monthNamesAlsoWords.map { MatchText($0).string })
        var months: [String: Int] = [:]
        for (k, forms) in profile.monthNames.enumerated() {
            for f in forms where !f.contains(" ") && f.count > 2 {
                let folded = MatchText(f).string
                if !words.contains(folded) { months[folded] = k + 1 }
            }
        }
        return (language, months)
    })

    /// `cognates: false` leaves out the shared-first-letters ids (no other version could use them).
    init(language: Language, lexicon: Lexicon = .shared, cognates: Bool = true) {
        self.language = language
        self.lexicon = lexicon
        let profile = LanguageProfile.of(language)
        words = profile.wordSegmentation == .dictionary ? ChineseWordSegmenter() : nil
        months = Self.monthTables[language] ?? [:]
        cognatePrefix = cognates ? profile.cognatePrefixLength : nil
        stems = WordStems(profile)
        latinWordsAreEnglish = profile.latinWordsAreEnglish
        usesEnglishStopwords = profile.usesEnglishStopwords
        minimumWordLength = profile.minimumWordLength
        latinLettersAreCarriedOver = profile.latinLettersAreCarriedOver
        memory = WordMemory.onThisThread(language: language, cognates: cognates, lexicon: lexicon)
    }

    /// Ids for strings outside the lexicon: shared by both sides of one alignment through `vocab`,
    /// and by versions featurized side by side on several threads. Which string gets which id then
    /// depends on the threads' timing, which changes nothing: every alignment renumbers the ids it
    /// is given by their first appearance (`TextPair.densified`) and compares them only for
    /// equality.
    final class LocalVocabulary: @unchecked Sendable {  // every access goes through the lock
        private var ids: [Bytes: Int32] = [:]
        private let base: Int32
        private let lock = NSLock()
        /// Unique for the life of the process (an object identifier may be reused once freed).
        let serial: UInt64
        init(_ shared: TokenVocabulary) {
            base = Int32(shared.count) + 1
            serial = WordMemory.nextSerial()
        }

        /// The id of a string the shared vocabulary does not hold (`WordMemory.key` asked it first).
        func id(_ s: String) -> Int32 {
            lock.lock()
            defer { lock.unlock() }
            if let i = ids[Bytes(s)] { return i }
            let i = base + Int32(ids.count)
            ids[Bytes(s)] = i
            return i
        }

        /// A string compared and hashed by its UTF-8 bytes: the strings here are cut from folded
        /// text (NFKC, case-folded, decomposed), so bytes that differ are words that differ, and
        /// `String`'s own hash, which normalizes as it goes, took a twentieth of a document
        /// alignment.
        struct Bytes: Hashable {
            let string: String
            init(_ string: String) { self.string = string }
            func hash(into hasher: inout Hasher) {
                var s = string
                s.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
            }
            static func == (a: Bytes, b: Bytes) -> Bool { a.string.utf8.elementsEqual(b.string.utf8) }
        }
    }

    func features(_ sentence: String, vocab: LocalVocabulary) -> SentenceFeatures {
        features([sentence], vocab: vocab)[0]
    }

    /// Features of many sentences at once: they are normalized and segmented as one text, joined
    /// by line breaks (which normalization keeps and no word crosses), far fewer ICU calls and
    /// allocations than one sentence at a time, with the same result.
    func features(_ sentences: [String], vocab: LocalVocabulary) -> [SentenceFeatures] {
        guard !sentences.isEmpty else { return [] }
        memory.begin(vocab)
        var joined: [UInt16] = []
        joined.reserveCapacity(sentences.reduce(0) { $0 + $1.utf8.count + 1 })  // at least the UTF-16 count
        var separators: [Int32] = []
        separators.reserveCapacity(sentences.count)
        for s in sentences {
            joined.append(contentsOf: UTF16Text.units(of: s))
            separators.append(Int32(joined.count))
            joined.append(0x0A)
        }
        let folded = MatchText(UTF16Text(units: joined))
        let u = folded.text.units
        // Sentence k is folded units starts[k]..<ends[k]; ends[k] is its line break.
        var starts: [Int] = [], ends: [Int] = []
        var i = 0
        for sep in separators {
            starts.append(i)
            while i < u.count && folded.origin[i] < sep { i += 1 }
            ends.append(i)
            i = min(u.count, i + 1)
        }
        var out: [SentenceFeatures] = []
        out.reserveCapacity(sentences.count)
        u.withUnsafeBufferPointer { b in
            for k in sentences.indices {
                let r = UnsafeBufferPointer(rebasing: b[starts[k]..<ends[k]])
                var f = SentenceFeatures(length: 0, ids: [], tokenEnds: [], marker: Self.marker(r), introduces: false)
                var last: UInt16 = 0
                for c in r where !UTF16Text.isSpace(c) {
                    f.length += 1
                    if Self.isCarriedOver(c, latinLetters: latinLettersAreCarriedOver) { f.carried += 1 }
                    if !Self.isBreak(c) { last = c }
                }
                f.introduces = last == 0x3A  // ":" (NFKC folds the full-width "：")
                f.runsOn = [0x2C, 0x060C, 0x3001].contains(last) || Unicode.Scalar(last).map(\.properties.isAlphabetic) == true
                out.append(f)
            }
            // Tokens in text order, each to the sentence it lies in.
            var k = 0
            if let seg = words {
                for w in seg.words(in: folded.text) where w.isWord {
                    while k + 1 < ends.count && w.range.start > ends[k] { k += 1 }
                    add(b, w.range.start, w.range.end, &out[k], vocab)
                }
            } else {
                var i = 0
                while i < b.count {
                    guard isWordUnit(b[i]) else { i += 1; continue }
                    var j = i + 1
                    // "K.B.E.", "A/75/123", "1.5": dots and slashes between letters or digits stay inside.
                    while j < b.count, isWordUnit(b[j]) || ((b[j] == 0x2E || b[j] == 0x2F) && j + 1 < b.count && isWordUnit(b[j + 1]) && b[j + 1] != 0x27) { j += 1 }
                    while k + 1 < ends.count && i > ends[k] { k += 1 }
                    add(b, i, j, &out[k], vocab)
                    i = j
                }
            }
        }
        return out
    }

    /// Appends the token `u[start..<end]` (if it is a content token) to `f`.
    @inline(__always)
    private func add(_ u: UnsafeBufferPointer<UInt16>, _ start: Int, _ end: Int, _ f: inout SentenceFeatures, _ vocab: LocalVocabulary) {
        let word = UnsafeBufferPointer(rebasing: u[start..<end])
        let entry = memory.table.entry(word) ?? memory.table.insert(word, token(word) ?? [])
        let keys = memory.table.ids(entry)
        guard !keys.isEmpty else { return }
        for key in keys { f.ids.append(key >= 0 ? key : memory.resolve(key, vocab)) }
        f.tokenEnds.append(Int32(f.ids.count))
    }

    /// The keys of a token (`WordMemory`): lexicon and shared-vocabulary ids, and local strings.
    private func token(_ word: UnsafeBufferPointer<UInt16>) -> [Int32]? {
        // Chinese words without numerals, most of a Chinese text's distinct tokens: looked up by
        // their units, no `String` made (the general path below gives the same ids for them).
        if words != nil, word.allSatisfy(ChineseNumerals.isPlainHan) {
            if let t = lexicon.translations(word, in: language) { return Array(t) }
            var union: [Int32] = []
            for k in word.indices {
                if let t = lexicon.translations(UnsafeBufferPointer(rebasing: word[k..<(k + 1)]), in: language) { union += t }
            }
            return union.isEmpty ? nil : Array(Set(union)).sorted()
        }
        return token(UTF16Text.string(word))
    }

    private func token(_ raw: String) -> [Int32]? {
        // Abbreviations and symbols compare without their dots: "K.B.E." = "KBE".
        let s = raw.utf8.contains(0x2E) && raw.contains(where: \.isLetter) ? raw.replacingOccurrences(of: ".", with: "") : raw
        if let n = ChineseNumerals.value(s) { return [memory.key(String(n))] }
        let scalars = s.unicodeScalars
        if scalars.allSatisfy({ $0.properties.numericType != nil || $0 == "." || $0 == "/" }) {
            return [memory.key(String(s.drop { $0 == "0" }).isEmpty ? s : String(s.drop { $0 == "0" }))]
        }
        // A month, also after an elided article (d'août) or beside its other name (أيلول/سبتمبر).
        if words == nil, let m = months[s] ?? s.split(whereSeparator: { $0 == "'" || $0 == "/" }).lazy.compactMap({ self.months[String($0)] }).first {
            return [memory.key(String(m))]
        }
        if scalars.allSatisfy({ $0.isASCII }) || words == nil {
            let stem = latinWordsAreEnglish ? EnglishStemmer.stem(s) : s
            if usesEnglishStopwords || scalars.allSatisfy({ $0.isASCII }) {
                if EnglishStemmer.isStopword(stem) || (stem.count < 2 && raw.count < 2) { return nil }
            } else if s.count < minimumWordLength {
                return nil  // short function words of other languages
            }
            // Its English words from the language's lexicon, as the word stands or by its stems
            // (`résolutions` is `résolution-s`): versions in two languages meet through English.
            // Not for a word spelt as an English word (`résolution`, `action`): it finds its English
            // as it is, and glosses beside it would only blur that (English–French lost 0.005 on
            // the UNPC devset to them).
            let own = memory.key(stem)
            let wordStems = words == nil ? stems.of(s) : []
            let english = words == nil && own < 0 ? translations(s, stems: wordStems) : []
            // Shared first letters of a long word, in an id of their own ("~organ"): languages
            // that share cognates find each other's. An elided article (l'), a possessive ('s) is not part of it.
            let core = s.split(separator: "'").max { $0.count < $1.count } ?? ""
            if let k = cognatePrefix, core.count > k + 1, core.allSatisfy(\.isLetter) {
                return Self.adding(english, to: [own, memory.key("~" + core.prefix(k))])
            }
            // Stem ids ("≈организаци") no other language has: they find nothing by themselves, but
            // `LearnedLexicon` counts a word's forms together. Every affix the word may have gives
            // one: `организации` is `организаци-и` or `организац-ии`, and only the first meets
            // `организаци-я`.
            return Self.adding(english, to: [own] + wordStems.map { memory.key(WordStems.mark + $0) })
        }
        if let t = lexicon.translations(s, in: language) { return t }
        // An unknown Chinese word: what its characters mean, if the lexicon knows them.
        var union: [Int32] = []
        for c in s { if let t = lexicon.translations(String(c), in: language) { union += t } }
        return union.isEmpty ? nil : Array(Set(union)).sorted()
    }

    /// A stem whose headwords have more English words than this between them says too little
    /// (three Arabic letters are the stem of dozens of words): measured on the UNPC benchmarks,
    /// Arabic pairs lost 0.005–0.01 strict F1 to such stems.
    static let maximumStemTranslations = 6

    /// The English ids of a word of a language written with spaces: those of the word as a
    /// headword, or else those of every headword sharing one of its stems.
    private func translations(_ s: String, stems: [String]) -> [Int32] {
        if let t = lexicon.translations(s, in: language) { return t }
        var union: [Int32] = []
        for stem in stems {
            let t = lexicon.translations(WordStems.mark + stem, in: language) ?? []
            if t.count > Self.maximumStemTranslations { continue }
            for id in t where !union.contains(id) { union.append(id) }
        }
        return union
    }

    private static func adding(_ more: [Int32], to ids: [Int32]) -> [Int32] {
        var ids = ids
        for id in more where !ids.contains(id) { ids.append(id) }
        return ids
    }

    @inline(__always)
    private func isWordUnit(_ c: UInt16) -> Bool {
        (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0xC0 && c <= 0x24F)
            || (c >= 0x0400 && c <= 0x04FF) || (c >= 0x0620 && c <= 0x064A) || (c >= 0x066E && c <= 0x06D3) || c == 0x27
    }

    /// A paragraph number or sub-paragraph letter opening the sentence (`12.`, `12 -`, `12、`, `(b)`).
    static func marker(_ u: UnsafeBufferPointer<UInt16>) -> String? {
        var i = 0
        while i < u.count, u[i] == 0x20 { i += 1 }
        let start = i
        while i < u.count, u[i] >= 0x30, u[i] <= 0x39 { i += 1 }
        if i > start, i - start <= 3 {
            let digits = String(decoding: UnsafeBufferPointer(rebasing: u[start..<i]), as: UTF16.self)
            while i < u.count, u[i] == 0x20 { i += 1 }
            if i < u.count, u[i] == 0x2E || u[i] == 0x2D || u[i] == 0x3001 { return digits }
        }
        // "(b)" followed by more text.
        if u.count - start > 3, u[start] == 0x28, u[start + 2] == 0x29, Self.isASCIILetter(u[start + 1]) {
            return "(" + String(decoding: [u[start + 1]], as: UTF16.self) + ")"
        }
        return nil
    }

    /// Line and paragraph separators and the Ogham space: white space to `Character`, not to `isSpace`.
    private static func isBreak(_ c: UInt16) -> Bool { c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0x1680 }

    private static func isASCIILetter(_ c: UInt16) -> Bool { (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) }

    /// A digit (ASCII or Arabic-Indic), or a Latin letter where the language's own alphabet is another.
    @inline(__always)
    private static func isCarriedOver(_ c: UInt16, latinLetters: Bool) -> Bool {
        (c >= 0x30 && c <= 0x39) || (c >= 0x660 && c <= 0x669) || (c >= 0x6F0 && c <= 0x6F9) || (latinLetters && isASCIILetter(c))
    }
}

/// What the words of one language stand for, remembered on one thread across alignments (a batch
/// worker aligns thousands of documents whose words are mostly the same): each word's keys, an
/// id of the shared vocabulary (≥ 0) or −1−k for the k-th local string, which each alignment's
/// `LocalVocabulary` turns into its own id the first time it meets it, in text order as before.
final class WordMemory {
    /// Words remembered before the memory starts again: a bound on a long batch's memory (about
    /// 20 MB for a language's memory at the bound, one per language and worker thread), well above
    /// the distinct words of a set of documents.
    static let capacity = 1 << 18

    var table = TokenCache()
    private var strings: [String] = []
    private var stringKeys: [String: Int32] = [:]
    private let shared: TokenVocabulary
    /// Per local string: its id in the current alignment, valid where `stamps` holds `generation`.
    private var resolved: [Int32] = []
    private var stamps: [UInt64] = []
    private var generation: UInt64 = 0

    private init(lexicon: Lexicon) { shared = lexicon.vocabulary }

    static func onThisThread(language: Language, cognates: Bool, lexicon: Lexicon) -> WordMemory {
        let key = "UNAlign.WordMemory.\(language.rawValue).\(cognates).\(ObjectIdentifier(lexicon).hashValue)"
        let thread = Thread.current.threadDictionary
        if let memory = thread[key] as? WordMemory { return memory }
        let memory = WordMemory(lexicon: lexicon)
        thread[key] = memory
        return memory
    }

    /// Starts (or goes on with) the alignment `vocab` belongs to.
    func begin(_ vocab: Featurizer.LocalVocabulary) {
        guard vocab.serial != generation else { return }
        generation = vocab.serial
        if table.count > Self.capacity {
            table = TokenCache()
            strings = []
            stringKeys = [:]
            resolved = []
            stamps = []
        }
    }

    /// The key of a string: its shared-vocabulary id, or its local string's.
    func key(_ s: String) -> Int32 {
        if let i = shared.existing(s) { return i }
        if let k = stringKeys[s] { return k }
        let k = -1 - Int32(strings.count)
        strings.append(s)
        stringKeys[s] = k
        resolved.append(0)
        stamps.append(0)
        return k
    }

    /// A local string's id in the current alignment's vocabulary.
    @inline(__always)
    func resolve(_ key: Int32, _ vocab: Featurizer.LocalVocabulary) -> Int32 {
        let k = Int(-1 - key)
        if stamps[k] == generation { return resolved[k] }
        let id = vocab.id(strings[k])
        resolved[k] = id
        stamps[k] = generation
        return id
    }

    private static let serials = SerialCounter()
    static func nextSerial() -> UInt64 { serials.next() }
}

/// Numbers that are never handed out twice in a process (from 1).
private final class SerialCounter: @unchecked Sendable {  // guarded by the lock
    private var last: UInt64 = 0
    private let lock = NSLock()
    func next() -> UInt64 {
        lock.lock()
        defer { lock.unlock() }
        last += 1
        return last
    }
}

/// Token lookups by their UTF-16 units: an open-addressing table of 64-bit hashes, each entry
/// keeping the units (checked on every hit) and the ids the token stands for.
struct TokenCache {
    private var slots = [Int32](repeating: -1, count: 1024)
    private var hashes: [UInt64] = []
    private var unitStarts: [Int] = [0]
    private var units: [UInt16] = []
    private var idStarts: [Int] = [0]
    private var idStore: [Int32] = []

    typealias Entry = Int

    var count: Int { hashes.count }

    @inline(__always)
    static func hash(_ word: UnsafeBufferPointer<UInt16>) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for c in word { h = (h ^ UInt64(c)) &* 0x0000_0100_0000_01B3 }
        return h ^ (h >> 29)
    }

    func entry(_ word: UnsafeBufferPointer<UInt16>) -> Entry? {
        let h = Self.hash(word)
        let mask = slots.count - 1
        var k = Int(truncatingIfNeeded: h) & mask
        while true {
            let e = Int(slots[k])
            if e < 0 { return nil }
            if hashes[e] == h, unitStarts[e + 1] - unitStarts[e] == word.count,
               units[unitStarts[e]..<unitStarts[e + 1]].elementsEqual(word) { return e }
            k = (k + 1) & mask
        }
    }

    mutating func insert(_ word: UnsafeBufferPointer<UInt16>, _ ids: [Int32]) -> Entry {
        let e = hashes.count
        hashes.append(Self.hash(word))
        units.append(contentsOf: word)
        unitStarts.append(units.count)
        idStore.append(contentsOf: ids)
        idStarts.append(idStore.count)
        if 2 * hashes.count > slots.count {
            slots = [Int32](repeating: -1, count: slots.count * 2)
            for x in hashes.indices { place(x) }
        } else {
            place(e)
        }
        return e
    }

    private mutating func place(_ e: Int) {
        let mask = slots.count - 1
        var k = Int(truncatingIfNeeded: hashes[e]) & mask
        while slots[k] >= 0 { k = (k + 1) & mask }
        slots[k] = Int32(e)
    }

    func ids(_ e: Entry) -> ArraySlice<Int32> { idStore[idStarts[e]..<idStarts[e + 1]] }

    /// The table as a `FrozenWordTable` section: the same slots, hashes, units and ids, so that a
    /// lookup in the frozen copy finds what it finds here.
    func frozen(into out: inout ResourceImage.Writer) {
        out.section(slots: slots, hashes: hashes, unitStarts: unitStarts.map { UInt32($0) }, units: units,
                    payloadStarts: idStarts.map { UInt32($0) }, payload: idStore)
    }
}
