import CICUShim
import Foundation

/// The encodings UN text really arrives in. Any other ICU converter name works through `.named`.
public enum TextEncoding: Hashable, Sendable, CustomStringConvertible {
    case utf8, utf16LE, utf16BE, gb18030, big5, windows1252, latin1, windows1256, koi8r, windows1251
    case named(String)

    /// The ICU converter name.
    public var icuName: String {
        switch self {
        case .utf8: "UTF-8"
        case .utf16LE: "UTF-16LE"
        case .utf16BE: "UTF-16BE"
        case .gb18030: "GB18030"
        case .big5: "Big5"
        case .windows1252: "windows-1252"
        case .latin1: "ISO-8859-1"
        case .windows1256: "windows-1256"
        case .koi8r: "KOI8-R"
        case .windows1251: "windows-1251"
        case .named(let n): n
        }
    }

    public var description: String { icuName }

    /// Parses a user-given name (`gb2312`, `latin1`, `cp1256`, `utf-16le`...).
    public init?(name: String) {
        let key = name.lowercased().replacingOccurrences(of: "_", with: "-")
        switch key {
        case "utf-8", "utf8": self = .utf8
        case "utf-16le", "utf16le": self = .utf16LE
        case "utf-16be", "utf16be": self = .utf16BE
        case "gb18030", "gb2312", "gbk", "euc-cn": self = .gb18030  // GB18030 is a superset of both
        case "big5", "big-5": self = .big5
        case "windows-1252", "cp1252": self = .windows1252
        case "latin1", "latin-1", "iso-8859-1": self = .latin1
        case "windows-1256", "cp1256": self = .windows1256
        case "koi8-r", "koi8r": self = .koi8r
        case "windows-1251", "cp1251": self = .windows1251
        default:
            guard ua_charset_known(name) == 1 else { return nil }
            self = .named(name)
        }
    }

    init(icuDetected name: String) {
        switch name.uppercased() {
        case "UTF-8": self = .utf8
        case "UTF-16LE": self = .utf16LE
        case "UTF-16BE": self = .utf16BE
        case "GB18030": self = .gb18030
        case "BIG5": self = .big5
        case "WINDOWS-1252": self = .windows1252
        case "ISO-8859-1": self = .latin1
        case "WINDOWS-1256": self = .windows1256
        case "KOI8-R": self = .koi8r
        case "WINDOWS-1251": self = .windows1251
        default: self = .named(name)
        }
    }
}

/// Why bytes could not become text. Every case names the input and where it went wrong.
public struct DecodingError: Error, CustomStringConvertible, Sendable, Equatable {
    public enum Problem: Sendable, Equatable {
        /// A byte sequence that is invalid or has no Unicode mapping in the encoding.
        case invalidBytes(encoding: String, byteOffset: Int, bytes: [UInt8])
        /// Detection found no encoding that decodes the whole input.
        case undetectable(tried: [String])
        /// The input looks like binary data (NUL bytes outside UTF-16).
        case binary(byteOffset: Int)
        case unknownEncoding(String)
    }
    public var source: String
    public var line: Int?
    public var problem: Problem

    public var description: String {
        let place = line.map { "\(source):\($0)" } ?? source
        switch problem {
        case .invalidBytes(let enc, let off, let bytes):
            let hex = bytes.map { String(format: "%02X", $0) }.joined(separator: " ")
            return "\(place): bytes \(hex) at byte offset \(off) are not valid \(enc)"
        case .undetectable(let tried):
            return "\(place): cannot determine the text encoding (tried \(tried.joined(separator: ", "))); name it with --encoding"
        case .binary(let off):
            return "\(place): binary data (NUL byte at offset \(off)), not a text document"
        case .unknownEncoding(let n):
            return "\(source): unknown encoding '\(n)'"
        }
    }
}

/// Text decoded from bytes, with the encoding that was used.
public struct DecodedText: Sendable {
    public let text: String
    public let encoding: TextEncoding
    public let hadByteOrderMark: Bool
}

/// Turns bytes into text: BOM, then strict UTF-8, then ICU charset detection, never substituting
/// U+FFFD for a byte it cannot read.
public enum TextDecoder {
    /// Encodings detection may choose, in the order the UN text we meet uses them.
    static let detectable: Set<String> = [
        "UTF-8", "UTF-16LE", "UTF-16BE", "GB18030", "Big5", "windows-1252", "ISO-8859-1",
        "windows-1256", "KOI8-R", "windows-1251", "ISO-8859-6", "ISO-8859-5", "EUC-JP", "Shift_JIS", "EUC-KR",
    ]

    public static func decode(_ bytes: [UInt8], encoding: TextEncoding? = nil, source: String = "<input>") throws(DecodingError) -> DecodedText {
        if let encoding { return try decodeStrict(bytes, encoding: encoding, source: source, bom: false) }
        // Byte order marks decide.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return try decodeStrict(Array(bytes.dropFirst(3)), encoding: .utf8, source: source, bom: true, offset: 3)
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return try decodeStrict(Array(bytes.dropFirst(2)), encoding: .utf16LE, source: source, bom: true, offset: 2)
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return try decodeStrict(Array(bytes.dropFirst(2)), encoding: .utf16BE, source: source, bom: true, offset: 2)
        }
        if bytes.isEmpty { return DecodedText(text: "", encoding: .utf8, hadByteOrderMark: false) }
        // Valid UTF-8 is by far the most common case and cheap to check.
        if let s = String(validating: bytes, as: UTF8.self) {
            if let nul = bytes.firstIndex(of: 0) { throw DecodingError(source: source, line: line(of: nul, in: bytes), problem: .binary(byteOffset: nul)) }
            return DecodedText(text: s, encoding: .utf8, hadByteOrderMark: false)
        }
        var tried: [String] = []
        for name in detect(bytes) where detectable.contains(name) {
            tried.append(name)
            if let d = try? decodeStrict(bytes, encoding: TextEncoding(icuDetected: name), source: source, bom: false) {
                if !d.text.utf16.contains(0) { return d }
            }
        }
        if let nul = bytes.firstIndex(of: 0) { throw DecodingError(source: source, line: line(of: nul, in: bytes), problem: .binary(byteOffset: nul)) }
        throw DecodingError(source: source, line: nil, problem: .undetectable(tried: tried.isEmpty ? ["UTF-8"] : ["UTF-8"] + tried))
    }

    /// Reads and decodes a file; errors name the file.
    public static func decodeFile(atPath path: String, encoding: TextEncoding? = nil) throws -> DecodedText {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path])
        }
        return try decode([UInt8](data), encoding: encoding, source: path)
    }

    /// ICU's candidate charsets, most confident first.
    public static func detect(_ bytes: [UInt8]) -> [String] {
        var names = [CChar](repeating: 0, count: 2048)
        var conf = [Int32](repeating: 0, count: 32)
        var status: Int32 = 0
        let sample = Array(bytes.prefix(1 << 20))
        let n = sample.withUnsafeBufferPointer { b in
            ua_detect(b.baseAddress, Int32(b.count), &names, Int32(names.count), &conf, 32, &status)
        }
        var result: [String] = []
        var start = 0
        for _ in 0..<Int(n) {
            let end = names[start...].firstIndex(of: 0)!
            result.append(String(decoding: names[start..<end].map { UInt8(bitPattern: $0) }, as: UTF8.self))
            start = end + 1
        }
        return result
    }

    static func decodeStrict(_ bytes: [UInt8], encoding: TextEncoding, source: String, bom: Bool, offset: Int = 0) throws(DecodingError) -> DecodedText {
        if encoding == .utf8 {
            if let s = String(validating: bytes, as: UTF8.self) { return DecodedText(text: s, encoding: .utf8, hadByteOrderMark: bom) }
        }
        guard ua_charset_known(encoding.icuName) == 1 else {
            throw DecodingError(source: source, line: nil, problem: .unknownEncoding(encoding.icuName))
        }
        var status: Int32 = 0
        var bad: Int32 = -1
        var out = [UInt16](repeating: 0, count: bytes.count + 16)
        let n = bytes.withUnsafeBufferPointer { b in
            ua_convert_to_utf16(encoding.icuName, b.baseAddress, Int32(b.count), &out, Int32(out.count), &bad, &status)
        }
        if ua_failed(status) != 0 || bad >= 0 {
            let at = max(0, Int(bad))
            let shown = Array(bytes[min(at, bytes.count)..<min(at + 4, bytes.count)])
            throw DecodingError(source: source, line: line(of: at, in: bytes),
                                problem: .invalidBytes(encoding: encoding.icuName, byteOffset: at + offset, bytes: shown))
        }
        if Int(n) > out.count {  // cannot happen for these encodings (≤ 1 unit per byte + BOM), but stay correct
            out = [UInt16](repeating: 0, count: Int(n))
            _ = bytes.withUnsafeBufferPointer { b in
                ua_convert_to_utf16(encoding.icuName, b.baseAddress, Int32(b.count), &out, Int32(out.count), &bad, &status)
            }
        }
        out.removeSubrange(Int(n)...)
        // A byte-order mark the converter kept is not text; a U+FEFF after the mark already taken
        // off is (a zero-width no-break space), and stays.
        if !bom, out.first == 0xFEFF { out.removeFirst() }
        return DecodedText(text: UTF16Text.string(out), encoding: encoding, hadByteOrderMark: bom)
    }

    /// 1-based line of a byte offset, counting LF bytes (right for every ASCII-compatible encoding).
    static func line(of offset: Int, in bytes: [UInt8]) -> Int {
        1 + bytes[..<min(offset, bytes.count)].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    }
}
