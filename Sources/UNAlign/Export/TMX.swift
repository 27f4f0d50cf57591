import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// TMX 1.4b: one `<tu>` per aligned segment, a `<tuv xml:lang>` per language, the segment's
/// address, kind, confidence and document symbol as `<prop>`s. Reads back what it writes.
public enum TMX {
    public static let toolVersion = "0.1.0"

    public static func write(_ a: Alignment, languages: [Language], options: ExportOptions = ExportOptions()) -> String {
        document(a, languages: languages, options: options).text
    }

    /// The TMX text, and how many characters XML 1.0 cannot hold it wrote as placeholders.
    public static func document(_ a: Alignment, languages: [Language], options: ExportOptions = ExportOptions()) -> (text: String, placeholders: Int) {
        let source = languages.first ?? .en
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE tmx SYSTEM "tmx14.dtd">
            <tmx version="1.4">
              <header creationtool="UNAlign" creationtoolversion="\(toolVersion)" segtype="sentence" o-tmf="UNAlign" adminlang="en" srclang="\(source.bcp47)" datatype="plaintext" creationdate="\(timestamp())"/>
              <body>

            """
        var n = 0
        var placeholders = 0
        func unit(_ address: Address, _ kind: SegmentKind, _ confidence: Double, _ texts: [(Language, String)], derived: String? = nil) {
            n += 1
            out += "    <tu tuid=\"\(n)\">\n"
            out += "      <prop type=\"x-address\">\(escapeProperty(address.rawValue))</prop>\n"
            out += "      <prop type=\"x-kind\">\(kind.rawValue)</prop>\n"
            out += "      <prop type=\"x-confidence\">\(confidence)</prop>\n"
            if let derived { out += "      <prop type=\"\(derivedProperty)\">\(derived)</prop>\n" }
            if let d = options.symbol { out += "      <prop type=\"x-document\">\(escapeProperty(d))</prop>\n" }
            for (l, text) in texts {
                out += "      <tuv xml:lang=\"\(l.bcp47)\"><seg>"
                placeholders += appendSegment(text, to: &out)
                out += "</seg></tuv>\n"
            }
            out += "    </tu>\n"
        }
        for s in options.segments(a) {
            let present = languages.filter { s.sides[$0] != nil }
            guard present.count >= 2 else { continue }  // a memory needs two languages
            let texts = present.map { ($0, s.text($0)!) }
            unit(s.address, s.kind, s.confidence, texts)
            // CAT tools' default segmentation rules (SRX) cut a paragraph's number off its first
            // sentence (`1.` | `At its 2nd plenary meeting, …`): the two pieces as units of their
            // own too, when every version starts with a number.
            let cut = texts.map { l, t in ParagraphMarker.split(t).map { (l, $0.marker, $0.rest) } }
            var bare = texts
            if cut.allSatisfy({ $0 != nil }) {
                let pieces = cut.map { $0! }
                unit(s.address, s.kind, s.confidence, pieces.map { ($0.0, $0.1) }, derived: "number")
                bare = pieces.map { ($0.0, $0.2) }
            }
            // A CAT tool shows footnote numbers as tags, not text: the sentence without them too.
            bare = bare.map { l, t in (l, ParagraphMarker.withoutNoteMarks(t, isFootnote: s.kind == .footnote)) }
            if bare.map(\.1) != texts.map(\.1) { unit(s.address, s.kind, s.confidence, bare, derived: "text") }
        }
        // A vote list as the document has it, as well as country by country: the paragraph a CAT
        // tool sees.
        for u in a.units where u.kind == .country && (options.kinds?.contains(.country) ?? true) {
            let present = languages.filter { u.sides[$0] != nil }
            guard present.count >= 2 else { continue }
            unit(u.address, u.kind, u.confidence, present.map { ($0, u.text($0)!) }, derived: "list")
        }
        out += "  </body>\n</tmx>\n"
        return (out, placeholders)
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
        var count = 0
        for u in s.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\r": out += "&#xD;"
            default:
                if isXMLCharacter(u) { out.unicodeScalars.append(u) } else { unholdable(u, &out); count += 1 }
            }
        }
        return count
    }

    /// `U+0007`: how a character XML cannot hold is named where it is shown.
    static func codePoint(_ u: Unicode.Scalar) -> String {
        let hex = String(u.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// Segment text: a character XML cannot hold as a `<ph>` placeholder. Returns how many.
    static func appendSegment(_ s: String, to out: inout String) -> Int {
        appendEscaped(s, to: &out) { u, out in out += "<ph type=\"\(characterPlaceholder)\">\(codePoint(u))</ph>" }
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
