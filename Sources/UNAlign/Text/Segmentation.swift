import CICUShim

/// An ICU break iterator owned by one segmenter. ICU iterators are not thread-safe:
/// make one segmenter per thread or task (they are cheap to clone).
final class BreakIterator {
    let handle: OpaquePointer

    init(kind: Int, locale: String) {
        var err: Int32 = 0
        guard let h = ua_break_open(Int32(kind), locale, &err) else {
            fatalError("ICU break iterator for \(locale) failed: \(String(cString: ua_error_name(err)))")
        }
        handle = h
    }

    deinit { ua_break_close(handle) }

    /// Boundaries after 0 up to and including the end, with rule statuses: one ICU pass,
    /// collected in small batches (no buffer the size of the text).
    func boundaries(_ units: UnsafeBufferPointer<UInt16>) -> (bounds: [Int32], status: [Int32]) {
        var err: Int32 = 0
        ua_break_set(handle, units.baseAddress, Int32(units.count), &err)
        var bounds: [Int32] = [], status: [Int32] = []
        bounds.reserveCapacity(units.count / 4 + 16)
        status.reserveCapacity(units.count / 4 + 16)
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: 2 * Self.batch) { buf in
            let b = buf.baseAddress!, s = b + Self.batch
            while true {
                let n = Int(ua_break_next_batch(handle, b, s, Int32(Self.batch)))
                if n == 0 { break }
                bounds.append(contentsOf: UnsafeBufferPointer(start: b, count: n))
                status.append(contentsOf: UnsafeBufferPointer(start: s, count: n))
            }
        }
        return (bounds, status)
    }

    private static let batch = 4096
}

/// Splits text into sentences in any of the six languages: ICU's sentence rules, then the UN
/// abbreviation list of the language (ICU's own suppression misses `Dr.`, `EE. UU.`, `г.`),
/// and no break before a lowercase letter.
public final class SentenceSegmenter {
    public let language: Language
    private let iterator: BreakIterator
    /// FNV-1a hashes of the lower-cased abbreviations.
    private let abbreviations: Set<UInt64>
    static let hashSeed: UInt64 = 0xCBF29CE484222325
    @inline(__always) static func hashStep(_ h: UInt64, _ u: UInt16) -> UInt64 { (h ^ UInt64(u)) &* 0x100000001B3 }
    private let maxAbbreviationLength: Int
    private let usesIdeographicStops: Bool

    /// - Parameter ideographicStops: sentences end at `。！？` whatever follows (`LanguageProfile`
    ///   says so for a language: `SentenceSegmenter(language:)`).
    public init(language: Language, ideographicStops: Bool) {
        self.language = language
        // Not "@ss=standard": its suppression data misfires (es: no break in "en contra. El"); our
        // per-language UN abbreviation lists decide instead.
        iterator = BreakIterator(kind: Int(UA_BREAK_SENTENCE), locale: language.icuLocale)
        let list = LanguageData.abbreviations(for: language)
        abbreviations = Set(list.map { $0.lowercased().utf16.reduce(Self.hashSeed, Self.hashStep) })
        maxAbbreviationLength = list.map { $0.utf16.count }.max() ?? 0
        usesIdeographicStops = ideographicStops
    }

    /// Sentence ranges covering `range` of `text` (whitespace between sentences goes with the sentence before).
    public func sentences(in text: UTF16Text, range: TextRange? = nil) -> [TextRange] {
        let r = range ?? text.fullRange
        if r.isEmpty { return [] }
        return text.units.withUnsafeBufferPointer { all in
            let buf = UnsafeBufferPointer(rebasing: all[r.start..<r.end])
            let (bounds, _) = iterator.boundaries(buf)
            var result: [TextRange] = []
            var start = r.start
            for b in (usesIdeographicStops ? withFullStopBreaks(buf, bounds) : bounds) {
                let end = r.start + Int(b)
                if end < r.end, !isRealBreak(all, before: end, start: start) { continue }
                result.append(TextRange(start, end))
                start = end
            }
            if start < r.end { result.append(TextRange(start, r.end)) }
            return result
        }
    }

    public func sentences(_ string: String) -> [String] {
        let t = UTF16Text(string)
        return sentences(in: t).map { t.string($0) }
    }

    /// ICU does not break after `。` before an opening quote (`工作。「美国…`); ideographic full stops
    /// always end a sentence, after any closing quotes or brackets.
    private func withFullStopBreaks(_ u: UnsafeBufferPointer<UInt16>, _ bounds: [Int32]) -> [Int32] {
        var extra: [Int32] = []
        var i = 0
        while i < u.count {
            if u[i] == 0x3002 || u[i] == 0xFF01 || u[i] == 0xFF1F {  // 。！？
                var j = i + 1
                while j < u.count, "”’」』）)》〕】\u{3002}\u{FF01}\u{FF1F}".utf16.contains(u[j]) { j += 1 }
                if j < u.count { extra.append(Int32(j)) }
                i = j
            } else {
                i += 1
            }
        }
        if extra.isEmpty { return bounds }
        return Array(Set(bounds).union(extra)).sorted()
    }

    /// False when ICU broke after an abbreviation or before a lowercase continuation.
    private func isRealBreak(_ u: UnsafeBufferPointer<UInt16>, before end: Int, start: Int) -> Bool {
        // A paragraph separator is always a break.
        var e = end
        while e > start, UTF16Text.isSpace(u[e - 1]) {
            if u[e - 1] == 0x0A || u[e - 1] == 0x0D { return true }
            e -= 1
        }
        guard e > start, u[e - 1] == 0x2E || u[e - 1] == 0xFF0E else { return true }  // only breaks after "." are in doubt
        // A paragraph or heading marker alone ("1.", "IV.", "A.", "一.") is not a sentence.
        if isMarker(u, start, e) { return false }
        // Lowercase next word: "see para. 5 and" / "approx. twenty".
        var n = end
        while n < u.count, UTF16Text.isSpace(u[n]) { n += 1 }
        if n < u.count, isLowercase(u[n]) { return false }
        // The token before the break: back to whitespace or an opening bracket, hashed lower-case
        // without building a string (this runs at every full stop).
        var s = e - 1
        while s > start, !UTF16Text.isSpace(u[s - 1]), u[s - 1] != 0x28, e - s < maxAbbreviationLength + 1 { s -= 1 }
        var h = Self.hashSeed
        for k in s..<e { h = Self.hashStep(h, lower(u[k])) }
        return !abbreviations.contains(h)
    }

    /// True for a short list or heading marker: `12.`, `IV.`, `B.`, `一.`, `(a).`, or a resolution's
    /// number before its title: `80/10.`, `55/33 A.`
    private func isMarker(_ u: UnsafeBufferPointer<UInt16>, _ start: Int, _ end: Int) -> Bool {
        var s = start
        while s < end, UTF16Text.isSpace(u[s]) || u[s] == 0x23 || u[s] == 0x2A { s += 1 }  // "## ", "**"
        if isResolutionNumber(u, s, end - 1) { return true }
        let body = end - 1 - s
        guard body >= 1, body <= 4 else { return false }
        for k in s..<(end - 1) {
            let c = u[k]
            let ok = (c >= 0x30 && c <= 0x39) || (c >= 0xFF10 && c <= 0xFF19) || "IVXLivxl()".utf16.contains(c)
                || (body == 1 && ((c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || (c >= 0x0410 && c <= 0x042F)))
                || "一二三四五六七八九十".utf16.contains(c)
            if !ok { return false }
        }
        return true
    }

    /// `80/10` or `55/33 A` between `s` and `e`.
    private func isResolutionNumber(_ u: UnsafeBufferPointer<UInt16>, _ s: Int, _ e: Int) -> Bool {
        var e = e
        if e - s >= 5, u[e - 1] >= 0x41, u[e - 1] <= 0x5A, u[e - 2] == 0x20 { e -= 2 }
        guard e - s >= 3, e - s <= 9 else { return false }
        var slash = 0
        for k in s..<e {
            if u[k] == 0x2F { slash += 1; if k == s || k == e - 1 { return false } }
            else if !(u[k] >= 0x30 && u[k] <= 0x39) { return false }
        }
        return slash == 1
    }

    private func isLowercase(_ c: UInt16) -> Bool {
        (c >= 0x61 && c <= 0x7A) || (c >= 0xDF && c <= 0xFF) || (c >= 0x0430 && c <= 0x045F)
    }

    private func lower(_ c: UInt16) -> UInt16 {
        if c >= 0x41 && c <= 0x5A { return c + 32 }
        if c >= 0x0410 && c <= 0x042F { return c + 32 }
        if c >= 0xC0 && c <= 0xDE && c != 0xD7 { return c + 32 }
        return c
    }
}

/// A word token: its range and whether it is a word (letters, ideographs, numbers) or punctuation/space.
public struct WordToken: Hashable, Sendable {
    public var range: TextRange
    public var isWord: Bool
}

/// Chinese word segmentation with ICU's dictionary, keeping UN terms whole
/// (`联合国大会`, not `联合|国|大会`).
public final class ChineseWordSegmenter {
    private let iterator: BreakIterator
    private let terms: TermDictionary

    public init(terms: [String]? = nil) {
        iterator = BreakIterator(kind: Int(UA_BREAK_WORD), locale: "zh")
        self.terms = terms.map(TermDictionary.init) ?? TermDictionary.unTerms
    }

    /// Word tokens of `range` of `text`; together they cover the range exactly.
    public func words(in text: UTF16Text, range: TextRange? = nil) -> [WordToken] {
        let r = range ?? text.fullRange
        if r.isEmpty { return [] }
        return text.units.withUnsafeBufferPointer { all in
            let buf = UnsafeBufferPointer(rebasing: all[r.start..<r.end])
            let (bounds, status) = iterator.boundaries(buf)
            var tokens: [WordToken] = []
            tokens.reserveCapacity(bounds.count)
            var start = r.start
            var i = bounds.startIndex
            let terms = self.terms  // one retain for the loop, not one per token
            while i < bounds.endIndex {
                // A UN term starting here overrides ICU's cut, as long as it ends on or inside a later token.
                if let len = terms.longestMatch(all, at: start, limit: r.end), len > 0 {
                    let termEnd = start + len
                    tokens.append(WordToken(range: TextRange(start, termEnd), isWord: true))
                    // Skip ICU boundaries covered by the term; keep the remainder of a token cut in two.
                    while i < bounds.endIndex, r.start + Int(bounds[i]) <= termEnd { i += 1 }
                    start = termEnd
                    continue
                }
                let end = r.start + Int(bounds[i])
                tokens.append(WordToken(range: TextRange(start, end), isWord: status[i] >= 100))
                start = end
                i += 1
            }
            return tokens
        }
    }

    public func words(_ string: String) -> [String] {
        let t = UTF16Text(string)
        return words(in: t).map { t.string($0.range) }
    }
}

/// Terms indexed by their first two UTF-16 units, longest first. A flat table of first units
/// filters first (this runs once per token), so most tokens never reach the hash lookup.
struct TermDictionary: Sendable {
    private var starts = [Bool](repeating: false, count: 65536)
    private var byPrefix: [UInt32: [[UInt16]]] = [:]

    init(_ terms: [String]) {
        for t in Set(terms) where t.utf16.count > 1 {
            let u = Array(t.utf16)
            starts[Int(u[0])] = true
            byPrefix[UInt32(u[0]) << 16 | UInt32(u[1]), default: []].append(u)
        }
        for k in byPrefix.keys { byPrefix[k]!.sort { $0.count != $1.count ? $0.count > $1.count : $0.lexicographicallyPrecedes($1) } }
    }

    static let unTerms = TermDictionary(LanguageData.chineseTerms)

    @inline(__always)
    func longestMatch(_ u: UnsafeBufferPointer<UInt16>, at p: Int, limit: Int) -> Int? {
        guard p + 1 < limit, starts[Int(u[p])], let cands = byPrefix[UInt32(u[p]) << 16 | UInt32(u[p + 1])] else { return nil }
        outer: for c in cands where p + c.count <= limit {
            for j in 2..<c.count where u[p + j] != c[j] { continue outer }
            return c.count
        }
        return nil
    }
}
