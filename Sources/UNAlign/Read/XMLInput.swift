import Foundation

/// What an XML file must be before Foundation's parser reads it. On Linux, swift-corelibs-
/// Foundation's `XMLParser` traps (a crash, not an error) on an element name that is not valid
/// UTF-8, which libxml2 passes on as it is; a file meant to be UTF-8 is therefore checked first.
/// Found by the fuzzer (tmx-read); Word parts and TMX files both go through here.
enum XMLInput {
    /// What would make Foundation's parser trap rather than fail, with its line: bytes that are not
    /// UTF-8, or a processing instruction with no data (`<?xml?>`, `<?php?>`: the parser hands a
    /// null pointer to `String(cString:)`; found by the fuzzer, tmx-read).
    static func problem(_ data: Data) -> (line: Int, message: String)? {
        if let line = invalidUTF8Line(data) { return (line, "not valid UTF-8 (read as UTF-8, or as UTF-16 after its byte-order mark)") }
        if let line = emptyProcessingInstructionLine(data) { return (line, "a processing instruction with no data (<?name?>)") }
        return nil
    }

    private static let commentOpen = Array("<!--".utf8), commentClose = Array("-->".utf8)
    private static let cdataOpen = Array("<![CDATA[".utf8), cdataClose = Array("]]>".utf8)
    private static let instructionOpen = Array("<?".utf8), instructionClose = Array("?>".utf8)

    /// The line of the first `<?name?>` with nothing after its name (outside comments and CDATA).
    static func emptyProcessingInstructionLine(_ data: Data) -> Int? {
        let b = [UInt8](data)
        var i = 0, line = 1
        func starts(_ s: [UInt8], at k: Int) -> Bool { k + s.count <= b.count && Array(b[k..<k + s.count]) == s }
        func skip(to end: [UInt8]) { while i < b.count, !starts(end, at: i) { if b[i] == 0x0A { line += 1 }; i += 1 }; i += end.count }
        while i < b.count {
            if b[i] == 0x0A { line += 1; i += 1; continue }
            guard b[i] == 0x3C else { i += 1; continue }
            if starts(commentOpen, at: i) { i += 4; skip(to: commentClose); continue }
            if starts(cdataOpen, at: i) { i += 9; skip(to: cdataClose); continue }
            if starts(instructionOpen, at: i) {
                let at = line
                var k = i + 2
                while k < b.count, b[k] != 0x3F, b[k] > 0x20 { k += 1 }   // the target's name
                while k < b.count, b[k] <= 0x20 { k += 1 }                // spaces
                if k >= b.count || starts(instructionClose, at: k) { return at }
                // Not skipped to its `?>`: in `<?<?xm?>` the parser gives up on the first and reads
                // the second (found by the fuzzer), so every `<?` is looked at.
                i += 2
                continue
            }
            i += 1
        }
        return nil
    }

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
