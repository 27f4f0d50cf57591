import Foundation

/// Reads a stated vote result from a paragraph in any of the six languages:
/// `以153票对11票、9票弃权`, `by a recorded vote of 153 to 11, with 9 abstentions`,
/// `153 голосами против 11 при 9 воздержавшихся`, `by 150 votes to none`, or "adopted without a vote".
struct TallyReader: Sendable {
    /// Compiled when a paragraph first holds a tally word: most documents have none, and compiling
    /// them took a twelfth of a one-line alignment's start-up.
    private let patterns: CompiledPatterns
    /// Folded, as UTF-16 units: searched in every numbered paragraph, without building a String.
    private let withoutVote: [[UInt16]]
    private let keywords: [[UInt16]]
    /// Counts written as words (`none`, `one`, `une`), folded.
    private let countWords: [String: Int]

    init(_ profile: LanguageProfile) {
        patterns = CompiledPatterns(profile.tallyPatterns)
        withoutVote = profile.withoutVotePhrases.map { MatchText($0).text.units }
        keywords = profile.tallyKeywords.map { MatchText($0).text.units }
        var words: [String: Int] = [:]
        for (n, forms) in profile.countWords.enumerated() { for f in forms { words[MatchText(f).string] = n } }
        countWords = words
    }

    func read(_ text: UTF16Text, _ pieces: [TextRange]) -> Tally? {
        for piece in pieces {
            // Digits and case are folded (Arabic-Indic digits become ASCII) before matching.
            let m = MatchText(text, range: piece)
            let units = m.text.units
            // The regular expressions run only where a tally word is (one paragraph in ten).
            if keywords.contains(where: { UTF16Text.find($0, in: units) != nil }) {
                let s = m.string
                let ns = s as NSString
                for re in patterns.expressions {
                    guard let r = re.firstMatch(in: s, range: NSRange(location: 0, length: ns.length)), r.numberOfRanges >= 4 else { continue }
                    func count(_ i: Int) -> Int? {
                        guard r.range(at: i).location != NSNotFound else { return nil }
                        let w = ns.substring(with: r.range(at: i))
                        return Int(w) ?? countWords[w] ?? ChineseNumerals.value(w)
                    }
                    // A word that is no count ("by a vote of some…") is no tally.
                    guard let yes = count(1), let no = count(2) else { continue }
                    let where_ = m.originalRange(of: TextRange(r.range.location, r.range.location + r.range.length))
                    return Tally(inFavour: yes, against: no, abstaining: count(3) ?? 0, withoutVote: false, range: where_)
                }
            }
            for phrase in withoutVote {
                if let a = UTF16Text.find(phrase, in: units) {
                    let where_ = m.originalRange(of: TextRange(a, a + phrase.count))
                    return Tally(inFavour: nil, against: nil, abstaining: nil, withoutVote: true, range: where_)
                }
            }
        }
        return nil
    }
}
