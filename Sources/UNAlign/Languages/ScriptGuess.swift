/// Guesses the language of a text from its script and a few frequent words.
public enum ScriptGuess {
    public static func language(of text: String) -> Language {
        var han = 0, arabic = 0, cyrillic = 0, latin = 0
        var sample = 0
        for u in text.unicodeScalars {
            switch u.value {
            case 0x4E00...0x9FFF, 0x3400...0x4DBF: han += 1
            case 0x0600...0x06FF: arabic += 1
            case 0x0400...0x04FF: cyrillic += 1
            case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F: latin += 1
            default: break
            }
            sample += 1
            if sample > 200_000 { break }
        }
        let top = max(han, arabic, cyrillic, latin)
        if top == 0 { return .en }
        if top == han { return .zh }
        if top == arabic { return .ar }
        if top == cyrillic { return .ru }
        // Latin script: the language whose own frequent words (its table's `detectionWords`) occur most;
        // English when none stands out.
        // Words between spaces, counted once over the text (not one search per word).
        let lower = Array(text.prefix(200_000).lowercased().utf8)
        let longest = Language.allCases.flatMap { LanguageProfile.of($0).detectionWords }.map(\.utf8.count).max() ?? 0
        var counts: [ArraySlice<UInt8>: Int] = [:]
        var start = 0
        for k in 0...lower.count where k == lower.count || lower[k] == 0x20 {
            if k > start, k - start <= longest { counts[lower[start..<k], default: 0] += 1 }
            start = k + 1
        }
        func count(_ words: [String]) -> Int { words.reduce(0) { $0 + (counts[ArraySlice($1.utf8)] ?? 0) } }
        let scores = Language.allCases.map { ($0, count(LanguageProfile.of($0).detectionWords)) }.filter { $0.1 > 0 }
        let english = scores.first { $0.0 == .en }?.1 ?? 0
        if let best = scores.max(by: { $0.1 < $1.1 }), best.1 > english { return best.0 }
        return .en
    }
}
