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
                out += "  \(l.rawValue)  " + (s.text(l).map(oneLine) ?? dim("—")) + "\n"
            }
        }
        if !a.discrepancies.isEmpty {
            out += bold("\(a.discrepancies.count) discrepancies") + "\n"
            for d in a.discrepancies { out += "  \(d)\n" }
        }
        return out
    }

    /// A text on one line: each line feed a space (by scalar; Foundation's replacement, bridged
    /// through `NSString` for every segment, was a twentieth of a six-way alignment shown as text).
    static func oneLine(_ text: String) -> String {
        guard text.utf8.contains(0x0A) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\n" ? " " : $0 }))
    }
}
