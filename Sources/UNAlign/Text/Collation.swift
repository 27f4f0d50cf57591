import CICUShim

/// Sort keys in a language's alphabetical order, for the list orders UN documents use
/// (vote lists and sponsor lists are alphabetical in each language; Chinese lists follow English).
public final class Collator {
    public let language: Language
    private let handle: OpaquePointer
    private let ignoredPrefixes: [String]
    private var buffer = [UInt8](repeating: 0, count: 256)

    /// - Parameters: the language whose alphabet, its ICU collation locale and the articles its
    ///   lists ignore (`LanguageProfile` gives them: `Collator(language:)`).
    public init(language: Language, locale: String, ignoredPrefixes: [String]) {
        self.language = language
        var err: Int32 = 0
        guard let h = ua_collator_open(locale, 0, &err) else {
            fatalError("ICU collator for \(locale) failed: \(String(cString: ua_error_name(err)))")
        }
        handle = h
        self.ignoredPrefixes = ignoredPrefixes
    }

    deinit { ua_collator_close(handle) }

    /// A primary-strength key (case and accents ignored) with the language's ignorable articles dropped
    /// (Arabic `ال`).
    public func key(_ s: String) -> [UInt8] {
        var text = s
        for p in ignoredPrefixes where text.hasPrefix(p) && text.count > p.count {
            text = String(text.dropFirst(p.count))
            break
        }
        let units = Array(text.utf16)
        while true {
            let n = Int(units.withUnsafeBufferPointer { ua_collator_key(handle, $0.baseAddress, Int32($0.count), &buffer, Int32(buffer.count)) })
            if n <= buffer.count { return Array(buffer[0..<max(0, n - 1)]) }
            buffer = [UInt8](repeating: 0, count: n)
        }
    }

    public func compare(_ a: String, _ b: String) -> Bool {
        key(a).lexicographicallyPrecedes(key(b))
    }

    public func sorted(_ items: [String]) -> [String] {
        items.map { ($0, key($0)) }.sorted { $0.1.lexicographicallyPrecedes($1.1) }.map(\.0)
    }
}
