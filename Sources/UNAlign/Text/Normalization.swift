import CICUShim

/// Text normalized for matching, never for output, with a map from every normalized UTF-16 unit
/// back to the original offset it came from.
///
/// Steps, in order: NFKC with case folding (full-width → ASCII, ligatures, case), canonical
/// decomposition and removal of combining marks (Latin diacritics, Arabic harakat, ё → е),
/// Arabic letter and digit folding (alef variants, tatweel, ى → ي, Arabic-Indic digits),
/// traditional → simplified Chinese for the characters that need it, and optionally
/// Latin/Cyrillic look-alike folding (for list letters such as Cyrillic `а)`).
public struct MatchText: Sendable {
    /// The normalized text.
    public let text: UTF16Text
    /// `origin[i]`: offset in the original of the unit that produced normalized unit `i`.
    public let origin: [Int32]
    /// The range of the original that was normalized.
    public let sourceRange: TextRange

    public struct Options: OptionSet, Sendable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }
        /// Fold Cyrillic letters that look like Latin ones (а, с, е, о, р, х, у...) to Latin.
        public static let lookalikes = Options(rawValue: 1)
        public static let standard: Options = []
    }

    public init(_ string: String, options: Options = .standard) {
        self.init(UTF16Text(string), range: nil, options: options)
    }

    /// Normalizes `range` of `source` (all of it by default); offsets in `origin` are offsets in `source`.
    public init(_ source: UTF16Text, range: TextRange? = nil, options: Options = .standard) {
        let r = range ?? source.fullRange
        var units: [UInt16] = [], origin: [Int32] = []
        units.reserveCapacity(r.length)
        origin.reserveCapacity(r.length)
        // Run by run of lines: an all-ASCII line (most of an English or French text) only needs its
        // capitals lowered; the other lines go to ICU together. A line break never takes part in
        // normalization, so the result is the same as normalizing the whole range at once.
        var p = r.start
        while p < r.end {
            let (end, ascii) = Self.run(source.units, from: p, to: r.end)
            if ascii {
                let base = units.count
                units += source.units[p..<end]
                units.withUnsafeMutableBufferPointer { u in
                    for k in base..<u.count where u[k] >= 0x41 && u[k] <= 0x5A { u[k] += 0x20 }
                }
                origin += Int32(p)..<Int32(end)
            } else {
                var (u, o) = Self.icu(UA_NORM_NFKC_CASEFOLD, source.units, TextRange(p, end))
                (u, o) = Self.icu(UA_NORM_NFD, u, TextRange(0, u.count), o)
                (u, o) = Self.fold(u, o, options)
                units += u
                origin += o
            }
            p = end
        }
        self.text = UTF16Text(units: units)
        self.origin = origin
        self.sourceRange = r
    }

    /// Each text folded as `MatchText($0).string` folds it, in one pass over them all: joined by
    /// line breaks, which take no part in normalization (far fewer ICU calls for the many short
    /// texts of a document).
    public static func foldedEach(_ texts: [String]) -> [String] {
        guard texts.count > 1, !texts.contains(where: { $0.utf8.contains(0x0A) }) else { return texts.map { MatchText($0).string } }
        var joined: [UInt16] = []
        joined.reserveCapacity(texts.reduce(0) { $0 + $1.utf8.count + 1 })  // at least the UTF-16 count
        for (k, t) in texts.enumerated() {
            if k > 0 { joined.append(0x0A) }
            joined += UTF16Text.units(of: t)
        }
        let parts = MatchText(UTF16Text(units: joined)).text.units.split(separator: 0x0A, omittingEmptySubsequences: false)
        guard parts.count == texts.count else { return texts.map { MatchText($0).string } }
        return parts.map { UTF16Text.string($0) }
    }

    /// The run of lines from `start`: where it ends (after a line break, or at `end`) and whether
    /// its lines are all ASCII; it goes on while the next line is of the same kind.
    static func run(_ units: [UInt16], from start: Int, to end: Int) -> (Int, Bool) {
        var p = start
        var kind: Bool?
        while p < end {
            var e = p, ascii = true
            while e < end && units[e] != 0x0A {
                if units[e] >= 0x80 { ascii = false }
                e += 1
            }
            if let k = kind, k != ascii { break }
            kind = ascii
            p = min(end, e + 1)
        }
        return (p, kind ?? true)
    }

    public var string: String { text.string }

    /// The original range that a normalized range came from.
    public func originalRange(of r: TextRange) -> TextRange {
        guard r.start < origin.count else { return TextRange(sourceRange.end, sourceRange.end) }
        let start = Int(origin[r.start])
        if r.isEmpty { return TextRange(start, start) }
        let last = origin[r.end - 1]
        var j = r.end
        while j < origin.count, origin[j] == last { j += 1 }
        let end = j < origin.count ? Int(origin[j]) : sourceRange.end
        return TextRange(start, max(start, end))
    }

    static func icu(_ form: Int, _ src: [UInt16], _ r: TextRange, _ prior: [Int32]? = nil) -> ([UInt16], [Int32]) {
        if r.isEmpty { return ([], []) }  // a line of ignorables only (U+200B) comes out of NFKC empty
        var cap = r.length + r.length / 4 + 16
        while true {
            var dst = [UInt16](repeating: 0, count: cap)
            var map = [Int32](repeating: 0, count: cap)
            var status: Int32 = 0
            let n = src.withUnsafeBufferPointer { b in
                ua_normalize_mapped(Int32(form), b.baseAddress! + r.start, Int32(r.length), &dst, &map, Int32(cap), &status)
            }
            if Int(n) > cap { cap = Int(n); continue }
            dst.removeSubrange(Int(n)...)
            map.removeSubrange(Int(n)...)
            if let prior {
                for i in map.indices { map[i] = prior[Int(map[i])] }
            } else {
                for i in map.indices { map[i] += Int32(r.start) }
            }
            return (dst, map)
        }
    }

    static func fold(_ units: [UInt16], _ origin: [Int32], _ options: Options) -> ([UInt16], [Int32]) {
        let n = units.count
        let simplified = ChineseScript.simplified
        let lookalikes = options.contains(.lookalikes)
        var out: [UInt16] = []
        // Both arrays filled in one pass over buffers; below U+0300 (Latin) nothing changes.
        let map = [Int32](unsafeUninitializedCapacity: n) { map, mapCount in
            var kept = 0
            out = [UInt16](unsafeUninitializedCapacity: n) { folded, foldedCount in
                units.withUnsafeBufferPointer { units in
                    origin.withUnsafeBufferPointer { origin in
                        for i in 0..<n {
                            let u = units[i]
                            var v = u
                            if u >= 0x0300 {
                                if isCombiningMark(u) || u == 0x0640 { continue }  // diacritics, harakat, tatweel
                                switch u {
                                case 0x0671, 0x0672, 0x0673, 0x0675: v = 0x0627  // alef variants not decomposed by NFD
                                case 0x0649: v = 0x064A  // alef maksura → yeh
                                case 0x0660...0x0669: v = u - 0x0660 + 0x30  // Arabic-Indic digits
                                case 0x06F0...0x06F9: v = u - 0x06F0 + 0x30  // extended Arabic-Indic digits
                                case 0x3400...0xFAFF: v = simplified[Int(u) - 0x3400]
                                case 0x0400...0x04FF where lookalikes: v = lookalike[u] ?? u
                                default: break
                                }
                            }
                            folded[kept] = v
                            map[kept] = origin[i]
                            kept += 1
                        }
                    }
                }
                foldedCount = kept
            }
            mapCount = kept
        }
        return (out, map)
    }

    static func isCombiningMark(_ u: UInt16) -> Bool {
        switch u {
        case 0x0300...0x036F, 0x0483...0x0489, 0x064B...0x065F, 0x0670, 0x06D6...0x06DC, 0x06DF...0x06E4,
             0x06E7, 0x06E8, 0x06EA...0x06ED, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x20D0...0x20FF, 0xFE20...0xFE2F:
            true
        default: false
        }
    }

    /// Cyrillic letters that PDF text puts where Latin list letters belong (after case folding).
    static let lookalike: [UInt16: UInt16] = [
        0x0430: 0x61, 0x0441: 0x63, 0x0435: 0x65, 0x043E: 0x6F, 0x0440: 0x70, 0x0445: 0x78, 0x0443: 0x79,
        0x0456: 0x69, 0x0458: 0x6A, 0x0455: 0x73, 0x0432: 0x62, 0x043A: 0x6B, 0x043C: 0x6D, 0x043D: 0x68, 0x0442: 0x74,
    ]
}

/// Traditional → simplified Chinese, character by character, from ICU's `Hant-Hans` transform as
/// `zh-hant-hans.tsv` records it (`Scripts/build_language_data.py` runs the transform once; at
/// start-up it cost a fifth of a one-line alignment).
enum ChineseScript {
    /// For every unit from U+3400 to U+FAFF, its simplified form (itself when `Hant-Hans` keeps it):
    /// an array lookup per character.
    static let simplified: [UInt16] = {
        // Read from the UTF-8 bytes of the table (a `String` per field took a tenth of a one-line
        // alignment's start-up).
        var flat = [UInt16](repeating: 0, count: 0xFAFF - 0x3400 + 1)
        for k in flat.indices { flat[k] = UInt16(0x3400 + k) }
        LanguageData.pairs([UInt8](LanguageData.data("zh-hant-hans.tsv"))) { from, to in
            guard let f = onlyUnit(from), let t = onlyUnit(to), (0x3400...0xFAFF).contains(f) else { return }
            flat[Int(f) - 0x3400] = t
        }
        return flat
    }()

    /// Every BMP Han character that `Hant-Hans` changes to a single simplified character.
    static var simplifiedTable: [UInt16: UInt16] {
        var table: [UInt16: UInt16] = [:]
        for (k, v) in simplified.enumerated() where v != UInt16(0x3400 + k) { table[UInt16(0x3400 + k)] = v }
        return table
    }

    /// The one UTF-16 unit a UTF-8 field of one BMP Han character (three bytes) encodes.
    private static func onlyUnit(_ b: UnsafeBufferPointer<UInt8>) -> UInt16? {
        guard b.count == 3, b[0] & 0xF0 == 0xE0, b[1] & 0xC0 == 0x80, b[2] & 0xC0 == 0x80 else { return nil }
        return UInt16(b[0] & 0x0F) << 12 | UInt16(b[1] & 0x3F) << 6 | UInt16(b[2] & 0x3F)
    }
}
