import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// TMX 1.4b: one `<tu>` per aligned segment, a `<tuv xml:lang>` per language, the segment's
/// address, kind, confidence and document symbol as `<prop>`s. Reads back what it writes.
public enum TMX {
    public static let toolVersion = "0.1.0"

    /// Who the memory is for.
    public enum Dialect: String, CaseIterable, Sendable {
        /// Plain text segments, which every CAT tool reads.
        case standard
        /// Also each segment with the Word file's inline markup as OmegaT's tags (`<t0/>`), where
        /// OmegaT's Word filter puts them, so OmegaT fills tagged segments whole. OmegaT reads the
        /// tags of a memory only when its header says OmegaT wrote it (other memories lose them:
        /// their text alone can never match a tagged segment), so this header says so.
        case omegat
    }

    public static func write(_ a: Alignment, languages: [Language], options: ExportOptions = ExportOptions()) -> String {
        document(a, languages: languages, options: options).text
    }

    /// The TMX text, and how many characters XML 1.0 cannot hold it wrote as placeholders.
    public static func document(_ a: Alignment, languages: [Language], options: ExportOptions = ExportOptions()) -> (text: String, placeholders: Int) {
        var w = Writer(options: options, source: languages.first ?? .en, timestamp: timestamp())
        let omegat = options.tmxDialect == .omegat
        if omegat { w.symbolUnit(languages) }
        let segments = options.segments(a)
        for (k, s) in segments.enumerated() {
            let present = languages.filter { s.sides[$0] != nil }
            guard present.count >= 2 else { continue }  // a memory needs two languages
            if omegat, k + 1 < segments.count { w.lineUnit(s, segments[k + 1], present) }
            // A text that already holds the characters marks are made of gets no marks, and no
            // unit that would need them: its own characters are written as they are.
            if omegat, let marked = markedTexts(s, present, tags: false) {
                w.units(s, marked, derived: nil, marked: true)
                w.taggedUnits(s, present)
            } else {
                w.units(s, present.map { ($0, s.text($0)!) }, derived: nil, marked: false)
            }
        }
        // A vote list as the document has it, as well as country by country: the paragraph a CAT
        // tool sees.
        for u in a.units where u.kind == .country && (options.kinds?.contains(.country) ?? true) {
            let present = languages.filter { u.sides[$0] != nil }
            guard present.count >= 2 else { continue }
            w.unit(u.address, u.kind, u.confidence, present.map { ($0, u.text($0)!) }, derived: "list", marked: false)
            // For OmegaT: a list a page break cut in two, piece by piece.
            if omegat, let marked = markedTexts(u, present, tags: false) { w.pieces(u, marked, derived: "list piece") }
        }
        return w.finished()
    }

    /// Writes the units of a memory: each segment, and the pieces CAT tools cut it into.
    private struct Writer {
        let options: ExportOptions
        private var out: String
        /// Units that go before all others (`pieces`).
        private var early = ""
        private var count = 0
        private(set) var placeholders = 0

        init(options: ExportOptions, source: Language, timestamp: String) {
            self.options = options
            let tool = options.tmxDialect == .omegat ? "creationtool=\"OmegaT\" creationtoolversion=\"UNAlign \(toolVersion)\"" : "creationtool=\"UNAlign\" creationtoolversion=\"\(toolVersion)\""
            out = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE tmx SYSTEM "tmx14.dtd">
                <tmx version="1.4">
                  <header \(tool) segtype="sentence" o-tmf="UNAlign" adminlang="en" srclang="\(source.bcp47)" datatype="plaintext" creationdate="\(timestamp)"/>
                  <body>

                """
        }

        mutating func finished() -> (text: String, placeholders: Int) {
            if !early.isEmpty, let body = out.range(of: "  <body>\n") { out.insert(contentsOf: early, at: body.upperBound) }
            out += "  </body>\n</tmx>\n"
            return (out, placeholders)
        }

        /// `marked`: the texts hold marks (`markedText`), written as tags or as nothing.
        mutating func unit(_ address: Address, _ kind: SegmentKind, _ confidence: Double, _ texts: [(Language, String)], derived: String? = nil, marked: Bool) {
            count += 1
            out += "    <tu tuid=\"\(count)\">\n"
            out += "      <prop type=\"x-address\">\(escapeProperty(address.rawValue))</prop>\n"
            out += "      <prop type=\"x-kind\">\(kind.rawValue)</prop>\n"
            out += "      <prop type=\"x-confidence\">\(confidence)</prop>\n"
            if let derived { out += "      <prop type=\"\(derivedProperty)\">\(derived)</prop>\n" }
            if let d = options.symbol { out += "      <prop type=\"x-document\">\(escapeProperty(d))</prop>\n" }
            for (l, text) in texts {
                out += "      <tuv xml:lang=\"\(l.bcp47)\"><seg>"
                guard marked else {
                    placeholders += appendSegment(text, to: &out)
                    out += "</seg></tuv>\n"
                    continue
                }
                let plain = text.unicodeScalars.contains(paragraphMark) ? String(String.UnicodeScalarView(text.unicodeScalars.filter { $0 != paragraphMark })) : text
                placeholders += appendSegment(plain, to: &out, tagged: derived?.hasPrefix(taggedPrefix) == true)
                out += "</seg></tuv>\n"
            }
            out += "    </tu>\n"
        }

        /// A segment, and the pieces CAT tools cut it into, each a unit of its own.
        mutating func units(_ s: AlignedSegment, _ texts: [(Language, String)], derived: String?, marked: Bool) {
            let prefix = derived.map { $0 + " " } ?? ""
            unit(s.address, s.kind, s.confidence, texts, derived: derived, marked: marked)
            // CAT tools' default segmentation rules (SRX) cut a paragraph's number off its first
            // sentence (`1.` | `At its 2nd plenary meeting, …`): the two pieces as units of their
            // own too, when every version starts with a number.
            let cut = texts.map { l, t in ParagraphMarker.split(t).map { (l, $0.marker, $0.rest) } }
            var bare = texts
            if cut.allSatisfy({ $0 != nil }) {
                let pieces = cut.map { $0! }
                unit(s.address, s.kind, s.confidence, pieces.map { ($0.0, $0.1) }, derived: prefix + "number", marked: marked)
                bare = pieces.map { ($0.0, $0.2) }
            }
            // A CAT tool shows footnote numbers as tags, not text: the sentence without them too.
            bare = bare.map { l, t in (l, ParagraphMarker.withoutNoteMarks(t, isFootnote: s.kind == .footnote)) }
            if bare.map(\.1) != texts.map(\.1) { unit(s.address, s.kind, s.confidence, bare, derived: prefix + "text", marked: marked) }
            guard options.tmxDialect == .omegat, marked else { return }
            pieces(s, bare, derived: prefix + "piece")
            // Rules that keep the number on (Chinese: `1. 决定，…`) cut the whole text; where the
            // rules cut the number off, the pieces above are the ones.
            if cut.allSatisfy({ $0 != nil }) {
                let markers = Dictionary(uniqueKeysWithValues: cut.map { ($0!.0, $0!.1) })
                pieces(s, texts.map { l, t in (l, ParagraphMarker.withoutNoteMarks(t, isFootnote: s.kind == .footnote)) }, derived: prefix + "piece") { l, first in
                    first != markers[l]
                }
            }
        }

        /// For OmegaT: where it cuts a version's text the aligner keeps whole (its segmentation
        /// rules, a new paragraph of the file), each piece as a unit of its own, the first with the
        /// other versions' whole text and the rest with nothing, as a translator fills a sentence
        /// the tool has cut in two.
        ///
        /// These units go before all others: OmegaT takes the last unit of a source text, and the
        /// other versions' whole texts are sources with units of their own, which must win.
        /// `texts` are marked (`markedText`).
        mutating func pieces(_ s: AlignedSegment, _ texts: [(Language, String)], derived: String,
                             keep: (Language, _ firstPiece: String) -> Bool = { _, _ in true }) {
            swap(&out, &early)
            defer { swap(&out, &early) }
            for (k, (l, t)) in texts.enumerated() {
                let pieces = CATSegmentation.pieces(t, language: l)
                guard pieces.count > 1, keep(l, pieces[0]) else { continue }
                for (p, piece) in pieces.enumerated() {
                    var row = texts.map { ($0.0, p == 0 ? $0.1 : "") }
                    row[k] = (l, piece)
                    unit(s.address, s.kind, s.confidence, row, derived: derived, marked: true)
                }
            }
        }

        /// For OmegaT: the segment again with its tags where the Word file has markup. A
        /// translation must carry the tags of the segment it translates, which OmegaT numbers in
        /// its own paragraph: one unit per version's numbering, every side's tags (in text order)
        /// numbered as that version numbers its own.
        mutating func taggedUnits(_ s: AlignedSegment, _ present: [Language]) {
            guard present.contains(where: { s.sides[$0]?.inlineTags != nil }) else { return }
            // A version with no tags here numbers none: its unit (the plain text again, after the
            // tagged ones) keeps other versions' tags out of its translations.
            var numberings: [[Int]] = []
            for l in present {
                let n = s.sides[l]?.inlineTags?.sorted(by: { $0.offset < $1.offset }).map(\.number) ?? []
                if !numberings.contains(n) { numberings.append(n) }
            }
            // OmegaT takes the last unit of a source text: where one version's numbering leaves
            // another's unchanged (a prefix of it), the unit of the shorter must come last.
            numberings.sort { $0.count > $1.count }
            for n in numberings {
                if let marked = markedTexts(s, present, tags: true, numbers: n) { units(s, marked, derived: taggedPrefix, marked: true) }
            }
        }

        /// For OmegaT: the symbol, which every version's page header holds, is a segment to it.
        mutating func symbolUnit(_ languages: [Language]) {
            guard let symbol = options.symbol, languages.count >= 2 else { return }
            unit(Address("title/symbol"), .title, 1, languages.map { ($0, symbol) }, derived: "symbol", marked: false)
        }

        /// For OmegaT: a heading line the parser reads as a label and a title
        /// (`Draft resolution II Developments in …`) is one segment to the tool: the two as one
        /// unit too, where some version has them on one line.
        mutating func lineUnit(_ s: AlignedSegment, _ next: AlignedSegment, _ present: [Language]) {
            guard let joined = TMX.sameLine(s, next, present) else { return }
            unit(s.address, s.kind, min(s.confidence, next.confidence), joined, derived: "line", marked: false)
        }
    }

    /// Marks a unit derived from others for CAT tools (a paragraph's number or the text after it,
    /// a whole vote list); `read` leaves such units out, so a memory reads back as the alignment.
    static let derivedProperty = "x-derived"

    /// The placeholder for a character XML 1.0 cannot hold (`U+0007`, `U+FFFE`): TMX's `<ph>`,
    /// which CAT tools show as a tag and `read` turns back into the character.
    static let characterPlaceholder = "x-char"

    /// Whether XML 1.0 can hold a character at all (as text or as a character reference).
    static func isXMLCharacter(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x09, 0x0A, 0x0D, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// Text for XML, the one escaping every writer uses: the five entities, a carriage return as
    /// `&#xD;` (a parser would turn a raw one into a line feed), and each character XML 1.0 cannot
    /// hold handed to `unholdable` (which writes what stands for it). Returns how many there were.
    @discardableResult
    static func appendEscaped(_ s: String, to out: inout String, unholdable: (Unicode.Scalar, inout String) -> Void) -> Int {
        // Most text needs nothing: appended whole when no byte could need escaping (an entity
        // character, a control character, or 0xEF, the lead byte of U+FFFE and U+FFFF).
        if !s.utf8.contains(where: { b in
            b < 0x20 ? b != 0x09 && b != 0x0A : b == 0x26 || b == 0x3C || b == 0x3E || b == 0x22 || b == 0x27 || b == 0xEF
        }) {
            out += s
            return 0
        }
        // Runs that need nothing are appended whole, between the characters that do (Chinese text
        // comes here for its full-width punctuation, whose lead byte is 0xEF).
        var count = 0
        let scalars = s.unicodeScalars
        var run = scalars.startIndex
        var i = run
        while i < scalars.endIndex {
            let u = scalars[i]
            let entity: String?
            switch u {
            case "&": entity = "&amp;"
            case "<": entity = "&lt;"
            case ">": entity = "&gt;"
            case "\"": entity = "&quot;"
            case "'": entity = "&apos;"
            case "\r": entity = "&#xD;"
            default:
                if isXMLCharacter(u) { scalars.formIndex(after: &i); continue }
                entity = nil
            }
            out += Substring(scalars[run..<i])
            if let entity { out += entity } else { unholdable(u, &out); count += 1 }
            scalars.formIndex(after: &i)
            run = i
        }
        out += Substring(scalars[run..<i])
        return count
    }

    /// `U+0007`: how a character XML cannot hold is named where it is shown.
    static func codePoint(_ u: Unicode.Scalar) -> String {
        let hex = String(u.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// Segment text: a character XML cannot hold as a `<ph>` placeholder. Returns how many.
    /// `tagged`: the text holds inline tags as `taggedText` marks them, written as OmegaT's
    /// `<ph x="0">&lt;t0/&gt;</ph>`.
    static func appendSegment(_ s: String, to out: inout String, tagged: Bool = false) -> Int {
        guard tagged else {
            return appendEscaped(s, to: &out) { u, out in out += "<ph type=\"\(characterPlaceholder)\">\(codePoint(u))</ph>" }
        }
        var count = 0
        var piece = String.UnicodeScalarView()
        func flush() {
            count += appendSegment(String(piece), to: &out)
            piece = String.UnicodeScalarView()
        }
        for u in s.unicodeScalars {
            if u.value >= tagMarkBase, u.value < tagMarkBase + tagMarkCount {
                flush()
                let n = u.value - tagMarkBase
                out += "<ph x=\"\(n)\">&lt;t\(n)/&gt;</ph>"
            } else {
                piece.append(u)
            }
        }
        flush()
        return count
    }

    /// Derived units with inline tags: `tags`, `tags number`, `tags text`.
    static let taggedPrefix = "tags"
    /// While units are composed, a tag numbered n is the character U+100000 + n (Private Use
    /// Area B), so the cuts that work on text (a paragraph's number, footnote marks) carry tags along.
    private static let tagMarkBase: UInt32 = 0x10_0000
    private static let tagMarkCount: UInt32 = 0xFFFD

    /// Two heading or title segments on one line of some version (the second starts at most one
    /// character after the first ends), which is one segment to a CAT tool translating that
    /// version: each version's two texts joined by a space (none where one line holds them with
    /// none between).
    static func sameLine(_ a: AlignedSegment, _ b: AlignedSegment, _ languages: [Language]) -> [(Language, String)]? {
        let headings: Set<SegmentKind> = [.heading, .title]
        guard headings.contains(a.kind), headings.contains(b.kind) else { return nil }
        var texts: [(Language, String)] = []
        var oneLine = false
        for l in languages {
            guard let x = a.sides[l], let y = b.sides[l], let end = x.ranges.map(\.end).max(), let start = y.ranges.map(\.start).min(),
                  start >= end else { return nil }
            if start - end <= 1 { oneLine = true }
            texts.append((l, x.text + (start == end ? "" : " ") + y.text))
        }
        return oneLine ? texts : nil
    }

    /// While units are composed, U+2029 PARAGRAPH SEPARATOR marks where the file starts a new
    /// paragraph inside a segment (`CATSegmentation` cuts there; `unit` writes it as nothing).
    static let paragraphMark: Unicode.Scalar = "\u{2029}"

    /// Every version's `markedText`, or nil where one already holds mark characters.
    static func markedTexts(_ s: AlignedSegment, _ languages: [Language], tags: Bool, numbers: [Int]? = nil) -> [(Language, String)]? {
        var texts: [(Language, String)] = []
        for l in languages {
            guard let side = s.sides[l], let text = markedText(side, tags: tags, numbers: numbers) else { return nil }
            texts.append((l, text))
        }
        return texts
    }

    /// A side's text with its paragraph breaks marked and, with `tags`, each inline tag as its mark
    /// standing in for the text it covers; nil for a text that already holds such characters
    /// (they could not be told from marks).
    /// `numbers`: the tags, in text order, numbered so (those past its end left out).
    static func markedText(_ side: SegmentSide, tags withTags: Bool, numbers: [Int]? = nil) -> String? {
        guard !side.text.unicodeScalars.contains(where: { $0 == paragraphMark || ($0.value >= tagMarkBase && $0.value < tagMarkBase + tagMarkCount) }) else {
            return nil
        }
        var tags = withTags ? (side.inlineTags ?? []).sorted { $0.offset < $1.offset } : []
        if let numbers {
            tags = zip(tags, numbers).map { InlineTag(offset: $0.offset, length: $0.length, number: $1) }
        }
        let breaks = side.paragraphBreaks ?? []
        guard !(tags.isEmpty && breaks.isEmpty) else { return side.text }
        let units = UTF16Text.units(of: side.text)
        var out: [UInt16] = []
        out.reserveCapacity(units.count + 2 * tags.count + breaks.count)
        // Marks in text order; a break sits before a tag at the same offset.
        let marks = (breaks.map { (offset: $0, length: 0, scalar: paragraphMark) }
                     + tags.filter { UInt32($0.number) < tagMarkCount }.map { (offset: $0.offset, length: $0.length, scalar: Unicode.Scalar(tagMarkBase + UInt32($0.number))!) })
            .sorted { $0.offset != $1.offset ? $0.offset < $1.offset : $0.scalar == paragraphMark }
        var i = 0
        for m in marks where m.offset >= i && m.offset + m.length <= units.count {
            out += units[i..<m.offset]
            out += Array(String(m.scalar).utf16)
            i = m.offset + m.length
        }
        out += units[i...]
        return String(decoding: out, as: UTF16.self)
    }

    /// Property text (addresses, the symbol): no markup may go there, so a character XML cannot
    /// hold becomes U+FFFD.
    static func escapeProperty(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        appendEscaped(s, to: &out) { _, out in out += "\u{FFFD}" }
        return out
    }

    private static func timestamp() -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        return f.string(from: Date())
    }

    public struct ReadError: Error, CustomStringConvertible {
        public let file: String
        public let line: Int
        public let problem: String
        public var description: String { "\(file):\(line): \(problem)" }
    }

    /// Reads a TMX file into segments (text per language; no source ranges).
    public static func read(_ data: Data, source: String = "<tmx>") throws -> [AlignedSegment] {
        // What would make Foundation's parser trap is refused first (`XMLInput`).
        if let (line, message) = XMLInput.problem(data) { throw ReadError(file: source, line: line, problem: message) }
        let delegate = Reader()
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        if !parser.parse() {
            throw ReadError(file: source, line: parser.lineNumber, problem: parser.parserError.map { "\($0.localizedDescription)" } ?? "not well-formed XML")
        }
        if let p = delegate.problem { throw ReadError(file: source, line: p.0, problem: p.1) }
        return delegate.segments
    }

    private final class Reader: NSObject, XMLParserDelegate {
        var segments: [AlignedSegment] = []
        var problem: (Int, String)?
        private var props: [String: String] = [:]
        private var sides: [Language: SegmentSide] = [:]
        private var propType: String?
        private var lang: String?
        private var text = ""
        private var inSeg = false
        private var inPlaceholder = false
        private var placeholder = ""
        private var sawTMX = false
        private var depth = 0

        func parser(_ p: XMLParser, didStartElement e: String, namespaceURI: String?, qualifiedName: String?, attributes a: [String: String] = [:]) {
            depth += 1
            switch e {
            case "tmx": sawTMX = true
            case "tu": props = [:]; sides = [:]
            case "prop": propType = a["type"]; text = ""
            case "tuv": lang = a["xml:lang"] ?? a["lang"]
            case "seg": inSeg = true; text = ""
            case "ph" where inSeg && a["type"] == TMX.characterPlaceholder: inPlaceholder = true; placeholder = ""
            default: break
            }
        }

        func parser(_ p: XMLParser, foundCharacters s: String) {
            if inPlaceholder { placeholder += s } else if inSeg || propType != nil { text += s }
        }

        func parser(_ p: XMLParser, didEndElement e: String, namespaceURI: String?, qualifiedName: String?) {
            depth -= 1
            switch e {
            case "ph" where inPlaceholder:
                inPlaceholder = false
                // `U+0007` back to the character it stands for.
                if placeholder.hasPrefix("U+"), let v = UInt32(placeholder.dropFirst(2), radix: 16), let u = Unicode.Scalar(v) {
                    text.unicodeScalars.append(u)
                } else {
                    text += placeholder
                }
            case "prop":
                if let t = propType { props[t] = text }
                propType = nil
            case "seg":
                inSeg = false
                guard let code = lang, let l = Language(code: code) else {
                    problem = problem ?? (p.lineNumber, "unknown language '\(lang ?? "")' in <tuv>")
                    return
                }
                sides[l] = SegmentSide(text: text, ranges: [], address: Address(props["x-address"] ?? ""))
            case "tu" where props[TMX.derivedProperty] != nil:
                break
            case "tu":
                let kind = props["x-kind"].flatMap(SegmentKind.init(rawValue:)) ?? .sentence
                segments.append(AlignedSegment(address: Address(props["x-address"] ?? "tu\(segments.count + 1)"), kind: kind,
                                               confidence: props["x-confidence"].flatMap(Double.init) ?? 1, sides: sides))
            case "tmx":
                break
            default: break
            }
        }

        func parserDidEndDocument(_ p: XMLParser) {
            if !sawTMX { problem = problem ?? (1, "no <tmx> element: not a TMX file") }
            if depth > 0 { problem = problem ?? (p.lineNumber, "the file ends inside an element: truncated") }
        }
    }
}
