import Foundation

/// What an XML file must be before Foundation's parser reads it. On Linux, swift-corelibs-
/// Foundation's `XMLParser` traps (a crash, not an error) on an element name that is not valid
/// UTF-8, which libxml2 passes on as it is; a file meant to be UTF-8 is therefore checked first.
/// Found by the fuzzer (tmx-read); Word parts and TMX files both go through here.
enum XMLInput {
    /// The line of the first byte that is not UTF-8, unless the file is UTF-16 (a byte-order mark
    /// says so); nil when it is valid. Any other encoding, declared or not, is refused this way:
    /// libxml2 passes bytes of an encoding it does not know (`encoding="UTF-\u{9E}"`, found by the
    /// fuzzer) on unchecked, and TMX and Word files are UTF-8 or UTF-16 in practice.
    static func invalidUTF8Line(_ data: Data) -> Int? {
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) { return nil }
        if String(validating: data, as: UTF8.self) != nil { return nil }
        var iterator = data.makeIterator()
        var decoder = UTF8()
        var line = 1
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let u): if u == "\n" { line += 1 }
            case .emptyInput: return nil
            case .error: return line
            }
        }
    }
}
