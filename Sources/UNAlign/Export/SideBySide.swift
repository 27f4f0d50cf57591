import Foundation

/// A readable view of an alignment: one block per segment (address, kind, confidence), each
/// language's text on its own line (— where a version has none), then the discrepancies.
enum SideBySide {
    static func render(_ a: Alignment, options: ExportOptions) -> String {
        func dim(_ s: String) -> String { options.color ? "\u{1B}[2m\(s)\u{1B}[0m" : s }
        func bold(_ s: String) -> String { options.color ? "\u{1B}[1m\(s)\u{1B}[0m" : s }
        let langs = options.languages(a)
        var out = ""
        for s in a.segments where (s.confidence >= options.minConfidence || s.kind == .unaligned) && (options.kinds?.contains(s.kind) ?? true) {
            out += bold("\(s.address)") + dim("  \(s.kind.rawValue)  \(String(format: "%.2f", s.confidence))") + "\n"
            for l in langs {
                out += "  \(l.rawValue)  " + (s.text(l).map { $0.replacingOccurrences(of: "\n", with: " ") } ?? dim("—")) + "\n"
            }
        }
        if !a.discrepancies.isEmpty {
            out += bold("\(a.discrepancies.count) discrepancies") + "\n"
            for d in a.discrepancies { out += "  \(d)\n" }
        }
        return out
    }
}
