import Foundation

/// The segments a CAT tool cuts a text into by default: OmegaT's SRX rules
/// (`Resources/cat-segmentation.tsv`, generated from OmegaT's own file by
/// `Scripts/build_cat_segmentation.py`), the language's rules cascading into the default ones. A
/// memory that holds these pieces is matched piece by piece where the tool cuts a sentence the
/// aligner keeps whole (`see para.` | `17, draft resolution I).`: OmegaT knows no `para.`).
enum CATSegmentation {
    struct Rule: @unchecked Sendable {  // NSRegularExpression is immutable and thread-safe
        let breaks: Bool
        /// Must match text ending at the position (nil: anything).
        let before: NSRegularExpression?
        /// Must match text starting at the position (nil: anything).
        let after: NSRegularExpression?
    }

    /// Every rule that breaks in the tables breaks right after one of these marks (the numbered
    /// heading rule aside, which `ParagraphMarker` applies): only those positions are tried.
    static let breakMarks: Set<UInt16> = Set(".?!。？！".utf16)

    static let rules: [Language: [Rule]] = {
        var table: [Language: [Rule]] = [:]
        for row in LanguageData.rows("cat-segmentation.tsv") where row.count == 4 {
            guard let language = Language(rawValue: row[0]) else { continue }
            func regex(_ pattern: String, _ anchor: (String) -> String) -> NSRegularExpression? {
                pattern.isEmpty ? nil : try? NSRegularExpression(pattern: anchor(pattern))
            }
            table[language, default: []].append(Rule(breaks: row[1] == "yes",
                                                     before: regex(row[2]) { "(?:\($0))\\z" },
                                                     after: regex(row[3]) { "\\A(?:\($0))" }))
        }
        return table
    }()

    /// The text cut where the tool cuts it, each piece trimmed of spaces (the text itself when
    /// the tool cuts nowhere).
    /// A paragraph mark (`TMX.paragraphMark`) is always a cut: the file starts a new paragraph there.
    static func pieces(_ text: String, language: Language) -> [String] {
        let units = UTF16Text.units(of: text)
        let ns = text as NSString
        let paragraph = UInt16(TMX.paragraphMark.value)
        var cuts: [Int] = []
        for i in 1..<max(1, units.count) {
            if units[i - 1] == paragraph { cuts.append(i); continue }
            guard breakMarks.contains(units[i - 1]), let rules = rules[language] else { continue }
            for r in rules {
                if let b = r.before, b.firstMatch(in: text, options: [], range: NSRange(location: 0, length: i)) == nil { continue }
                if let a = r.after, a.firstMatch(in: text, options: [.anchored], range: NSRange(location: i, length: ns.length - i)) == nil { continue }
                if r.breaks { cuts.append(i) }
                break
            }
        }
        guard !cuts.isEmpty else { return [text] }
        var pieces: [String] = []
        var start = 0
        for end in cuts + [units.count] {
            let piece = String(decoding: units[start..<end], as: UTF16.self).trimmingCharacters(in: CharacterSet.whitespaces.union(CharacterSet(charactersIn: "\u{2029}")))
            if !piece.isEmpty { pieces.append(piece) }
            start = end
        }
        return pieces
    }
}
