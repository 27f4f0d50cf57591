import Foundation

/// The document symbol of a set of versions (`A/75/394`), for the memories and files made from
/// them: a `title/symbol` node, or else a folder named like a symbol (`A-75-394` → `A/75/394`).
public enum DocumentSymbol {
    public static func guess(_ docs: [Document]) -> String? {
        for d in docs {
            if let n = d.node("title/symbol") { return d.text(of: n) }
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
}
