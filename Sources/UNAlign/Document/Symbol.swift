import Foundation

/// The document symbol of a set of versions (`A/75/394`), for the memories and files made from
/// them: a `title/symbol` node, or else a folder named like a symbol (`A-75-394` → `A/75/394`).
public enum DocumentSymbol {
    public static func guess(_ docs: [Document]) -> String? {
        for d in docs {
            if let n = d.node("title/symbol") { return d.text(of: n) }
        }
        // A running header holds the symbol on every page (`A/75/394`).
        for d in docs {
            for f in d.furniture {
                let text = d.text(of: [f]).trimmingCharacters(in: .whitespaces)
                if looksLikeSymbol(text) { return text }
            }
        }
        for d in docs where d.source != "<stdin>" {
            let folder = URL(fileURLWithPath: d.source).deletingLastPathComponent().lastPathComponent
            let parts = folder.split(separator: "-")
            if parts.count >= 3, parts[0].allSatisfy(\.isUppercase), parts.dropFirst().allSatisfy({ $0.allSatisfy { $0.isNumber || $0.isUppercase || $0 == "." } }) {
                return parts.joined(separator: "/")
            }
        }
        return nil
    }

    /// `A/75/394`, `E/CN.6/2021/3` (not `S/RES/2532 (2020)`): a series letter, then parts joined by
    /// `/`, capitals, digits and dots only, at least two slashes.
    static func looksLikeSymbol(_ s: String) -> Bool {
        let parts = s.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count >= 3, let first = parts.first, !first.isEmpty, first.allSatisfy({ $0.isASCII && $0.isUppercase }) else { return false }
        return parts.dropFirst().allSatisfy { p in !p.isEmpty && p.allSatisfy { $0.isASCII && ($0.isUppercase || $0.isNumber || $0 == ".") } }
    }
}
