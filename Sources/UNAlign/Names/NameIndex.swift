/// A token of text for name matching: a word (or one Han character), folded and, for inflecting
/// languages, stemmed; with its range in the folded text.
struct NameToken {
    var key: String
    /// The key without a fused prefix (Arabic `و` + name).
    var altKey: String?
    var range: TextRange
}

/// How a language cuts text into name tokens: data, not code paths.
struct NameTokenizer: Sendable {
    let language: Language
    private let endingSet: Set<String>
    private let fusedPrefix: String?
    private let perCharacter: Bool

    init(_ language: Language) {
        self.language = language
        let profile = LanguageProfile.of(language)
        endingSet = Set(profile.inflectionEndings.map(LanguageProfile.fold))
        fusedPrefix = profile.itemPrefix.map(LanguageProfile.fold)
        perCharacter = profile.nameTokens == .perHanCharacter
    }

    func tokens(_ folded: UTF16Text) -> [NameToken] {
        var out: [NameToken] = []
        let u = folded.units
        var i = 0
        while i < u.count {
            let c = u[i]
            if isHan(c) && perCharacter {
                out.append(token(folded, TextRange(i, i + 1)))
                i += 1
                continue
            }
            guard isWordChar(c) else { i += 1; continue }
            var j = i + 1
            // A hyphen parts words: `Timor-Leste`, `تيمور- ليشتي` and `تيمور-ليشتي` (a PDF's spacing) are one name.
            while j < u.count, isWordChar(u[j]), !(perCharacter && isHan(u[j])) { j += 1 }
            out.append(token(folded, TextRange(i, j)))
            i = j
        }
        return out
    }

    private func token(_ t: UTF16Text, _ r: TextRange) -> NameToken {
        let word = t.string(r)
        var alt: String?
        if let p = fusedPrefix, word.hasPrefix(p), word.count > p.count + 2 { alt = String(word.dropFirst(p.count)) }
        return NameToken(key: word, altKey: alt, range: r)
    }

    /// Whether two words are the same word: equal, or, in an inflecting language, the same stem
    /// with a case ending on each (Russian `Албании` = `Албания`, `Штатов` = `Штаты`, but not
    /// `Мали` = `Малави`).
    func same(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        guard !endingSet.isEmpty else { return false }
        let x = Array(a), y = Array(b)
        var cp = 0
        while cp < x.count, cp < y.count, x[cp] == y[cp] { cp += 1 }
        for p in stride(from: cp, through: max(3, cp - 3), by: -1) where p <= x.count && p <= y.count {
            let ra = String(x[p...]), rb = String(y[p...])
            if (ra.isEmpty || endingSet.contains(ra)) && (rb.isEmpty || endingSet.contains(rb)) { return true }
        }
        return false
    }

    /// The key a word is indexed under: the word, or its first three letters where words inflect.
    func indexKey(_ word: String) -> String { endingSet.isEmpty ? word : String(word.prefix(3)) }

    func keys(_ name: String) -> [String] {
        tokens(UTF16Text(LanguageProfile.fold(name))).map(\.key)
    }

    private func isHan(_ c: UInt16) -> Bool { (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) }
    private func isWordChar(_ c: UInt16) -> Bool {
        switch c {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x0370...0x03FF, 0x0400...0x04FF, 0x0621...0x063A, 0x0641...0x064A,
             0x066E...0x06D3, 0x06FA...0x06FF, 0x3400...0x9FFF, 0xF900...0xFAFF, 0xAC00...0xD7AF:
            true
        default: false
        }
    }
}

/// Names of one language indexed by their first token, longest first.
struct NameIndex: Sendable {
    struct Entry: Sendable {
        let keys: [String]
        let name: CountryName
    }
    let tokenizer: NameTokenizer
    private var byFirst: [String: [Entry]] = [:]

    init(_ names: [CountryName], language: Language) {
        tokenizer = NameTokenizer(language)
        for n in names {
            let keys = tokenizer.keys(n.name)
            guard let first = keys.first else { continue }
            byFirst[tokenizer.indexKey(first), default: []].append(Entry(keys: keys, name: n))
        }
        for k in byFirst.keys {
            byFirst[k]!.sort { a, b in
                a.keys.count != b.keys.count ? a.keys.count > b.keys.count : a.name.kind.priority < b.name.kind.priority
            }
        }
    }

    /// The longest name starting at token `i`, and how many tokens it takes.
    func longest(_ tokens: [NameToken], at i: Int, limit: Int? = nil) -> (Entry, Int)? {
        let end = limit ?? tokens.count
        var best: (Entry, Int)?
        for word in [tokens[i].key, tokens[i].altKey].compactMap({ $0 }) {
            guard let entries = byFirst[tokenizer.indexKey(word)] else { continue }
            for e in entries where i + e.keys.count <= end {
                if best.map({ $0.1 >= e.keys.count }) == true { break }
                if tokenizer.same(e.keys[0], word),
                   zip(e.keys.dropFirst(), tokens[(i + 1)...]).allSatisfy({ tokenizer.same($0, $1.key) }) {
                    best = (e, e.keys.count)
                    break
                }
            }
        }
        return best
    }
}
