/// A country named in a document.
public struct CountryMention: Hashable, Codable, Sendable {
    /// ISO 3166 alpha-3.
    public let iso3: String
    /// The text as written (pieces joined, page breaks closed).
    public let surface: String
    /// Exact source ranges (more than one when a page break split the name).
    public let ranges: [TextRange]
    /// The gazetteer name that matched and its kind (short, formal, historical, alias...).
    public let matched: String
    public let kind: CountryName.Kind
}

/// Text in a list that is not a known country name: reported, never dropped.
public struct UnmatchedName: Hashable, Codable, Sendable {
    public let surface: String
    public let ranges: [TextRange]
}

/// Finds country names in text of one language: whole list items (vote lists, where position means
/// nothing) and names inside running text (sponsor lists with articles, cases and prefixes).
public final class CountryMatcher: Sendable {
    public let language: Language
    let index: NameIndex
    private let glue: Set<String>
    private let separators: Set<UInt16>

    public init(language: Language, gazetteer: Gazetteer = .shared) {
        self.language = language
        index = gazetteer.index(language)
        let profile = LanguageProfile.of(language)
        glue = Set((profile.articles + profile.finalConjunctions).map { LanguageProfile.fold($0) })
        separators = Set(profile.listSeparators.flatMap { LanguageProfile.fold($0).utf16 })
    }

    /// Text of some ranges of a source, folded for matching, with the way back.
    struct Folded {
        let source: UTF16Text
        let spans: [(joined: Int, source: TextRange)]
        let match: MatchText

        init(_ source: UTF16Text, _ pieces: [TextRange]) {
            self.source = source
            let (units, spans) = source.joined(pieces)
            self.spans = spans
            match = MatchText(UTF16Text(units: units), options: .lookalikes)
        }

        /// Source ranges of a folded range (split where the joined text crossed pieces).
        func sourceRanges(_ r: TextRange) -> [TextRange] {
            let j = match.originalRange(of: r)
            var out: [TextRange] = []
            for (js, src) in spans {
                let a = max(j.start, js), b = min(j.end, js + src.length)
                if a < b { out.append(source.trimmed(TextRange(src.start + a - js, src.start + b - js))) }
            }
            return out.filter { !$0.isEmpty }
        }
    }

    /// A vote list: items split at separators, each matched whole (a name broken by a page break
    /// is one item: the break is not a separator).
    public func matchList(_ text: UTF16Text, _ pieces: [TextRange]) -> (countries: [CountryMention], unmatched: [UnmatchedName]) {
        let f = Folded(text, pieces)
        let u = f.match.text.units
        var items: [TextRange] = []
        var start = 0
        for i in 0...u.count {
            if i == u.count || separators.contains(u[i]) {
                let r = f.match.text.trimmed(TextRange(start, i))
                if !r.isEmpty { items.append(r) }
                start = i + 1
            }
        }
        // The list is tokenized once; each item takes its run of tokens (both are in text order),
        // so a long list costs its length, not its length times its items.
        let all = index.tokenizer.tokens(f.match.text)
        func run(in r: TextRange) -> ArraySlice<NameToken> {
            var lo = 0, hi = all.count
            while lo < hi { let mid = (lo + hi) / 2; if all[mid].range.start < r.start { lo = mid + 1 } else { hi = mid } }
            var end = lo
            while end < all.count, all[end].range.end <= r.end { end += 1 }
            return all[lo..<end]
        }
        var countries: [CountryMention] = []
        var unmatched: [UnmatchedName] = []
        var k = 0
        while k < items.count {
            // Items are whole names; a name with a comma in it spans two items.
            if let m = whole(f, items[k], run(in: items[k])) { countries.append(m); k += 1; continue }
            if k + 1 < items.count {
                let pair = TextRange(items[k].start, items[k + 1].end)
                if let m = whole(f, pair, run(in: pair)) { countries.append(m); k += 2; continue }
            }
            let tokens = Array(run(in: items[k]))
            let found = scan(f, within: nil, tokens: tokens)
            let covered = found.reduce(0) { $0 + $1.1 }
            let leftover = tokens.count - covered
            if !found.isEmpty && leftover <= found.count && tokens.filter({ t in !found.contains { $0.0.contains(t.range) } }).allSatisfy({ glue.contains($0.key) }) {
                countries += found.map(\.2)
            } else {
                let ranges = f.sourceRanges(items[k])
                unmatched.append(UnmatchedName(surface: text.joinedString(ranges), ranges: ranges))
            }
            k += 1
        }
        return (countries, unmatched)
    }

    /// Every country named anywhere in the text, longest names first, left to right.
    public func find(_ text: UTF16Text, _ pieces: [TextRange]) -> [CountryMention] {
        scan(Folded(text, pieces), within: nil).map(\.2)
    }

    /// Lists of two or more countries in running text: names joined only by separators,
    /// conjunctions and articles (`on behalf of Albania, Australia, … and the United States`).
    public func runningLists(_ text: UTF16Text, _ pieces: [TextRange]) -> [[CountryMention]] {
        let f = Folded(text, pieces)
        let tokens = index.tokenizer.tokens(f.match.text)
        let found = scan(f, within: nil, tokens: tokens)
        var lists: [[CountryMention]] = []
        var current: [CountryMention] = []
        var previousEnd: Int?
        var next = 0  // the first token not yet behind a name (names and tokens are in text order)
        for (range, _, mention) in found {
            if let pe = previousEnd {
                while next < tokens.count, tokens[next].range.start < pe { next += 1 }
                var gap = next
                while gap < tokens.count, tokens[gap].range.end <= range.start, gap - next <= 3 { gap += 1 }
                let gapTokens = tokens[next..<gap]
                let gapOK = gapTokens.allSatisfy { glue.contains($0.key) } && gapTokens.count <= 3
                if !gapOK {
                    if current.count >= 2 { lists.append(current) }
                    current = []
                }
            }
            current.append(mention)
            previousEnd = range.end
        }
        if current.count >= 2 { lists.append(current) }
        return lists
    }

    private func whole(_ f: Folded, _ item: TextRange, _ slice: ArraySlice<NameToken>) -> CountryMention? {
        let tokens = Array(slice)
        guard !tokens.isEmpty, let (entry, n) = index.longest(tokens, at: 0), n == tokens.count else { return nil }
        // The whole item is the name, brackets included; a list's final full stop is not.
        var end = item.end
        let u = f.match.text.units
        while end > item.start, [0x2E, 0x3002].contains(u[end - 1]) || UTF16Text.isSpace(u[end - 1]) { end -= 1 }
        return mention(f, entry, TextRange(tokens[0].range.start, max(end, tokens[n - 1].range.end)))
    }

    private func scan(_ f: Folded, within: TextRange?, tokens all: [NameToken]? = nil) -> [(TextRange, Int, CountryMention)] {
        var tokens = all ?? index.tokenizer.tokens(f.match.text)
        if let w = within { tokens = tokens.filter { w.contains($0.range) } }
        var out: [(TextRange, Int, CountryMention)] = []
        var i = 0
        while i < tokens.count {
            if let (entry, n) = index.longest(tokens, at: i) {
                var start = tokens[i].range.start
                // "و" + name: the prefix is not part of the name.
                if tokens[i].altKey != nil, entry.keys.first != tokens[i].key { start += 1 }
                var end = tokens[i + n - 1].range.end
                // "Iran (Islamic Republic of)": the closing bracket belongs to the name.
                if entry.name.name.hasSuffix(")"), end < f.match.text.count, f.match.text[end] == 0x29 { end += 1 }
                let r = TextRange(start, end)
                out.append((r, n, mention(f, entry, r)))
                i += n
            } else {
                i += 1
            }
        }
        return out
    }

    private func mention(_ f: Folded, _ e: NameIndex.Entry, _ r: TextRange) -> CountryMention {
        let ranges = f.sourceRanges(r)
        return CountryMention(iso3: e.name.iso3, surface: f.source.joinedString(ranges), ranges: ranges, matched: e.name.name, kind: e.name.kind)
    }
}
