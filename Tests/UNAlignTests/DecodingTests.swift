import Foundation
import Testing
@testable import UNAlign

@Suite("Decoding")
struct DecodingTests {
    /// Every raw Champollion file (GB2312/GB18030 Chinese, ASCII/Latin-1 English) decodes, detected,
    /// to exactly the text of its UTF-8 copy.
    @Test(arguments: Paths.champollionSets.flatMap { [$0.en, $0.zh] })
    func rawFilesDecodeToTheirUTF8Copies(file: String) throws {
        let raw = try Paths.bytes(Paths.champollion.appendingPathComponent("raw/\(file)"))
        let utf8 = try Paths.bytes(Paths.champollion.appendingPathComponent("utf8/\(file)"))
        let decoded = try TextDecoder.decode(raw, source: file)
        if let valid = String(validating: raw, as: UTF8.self) {
            // 890621fe.txt is UTF-8 (it quotes Chinese words) though the corpus calls it Latin-1; its
            // utf8/ copy was made by reading it as ISO-8859-1 and holds mojibake. We decode it right,
            // and reproduce the copy exactly when told the encoding.
            #expect(decoded.text == valid && decoded.encoding == .utf8, "\(file) decoded as \(decoded.encoding)")
            let asLatin1 = try TextDecoder.decode(raw, encoding: .latin1, source: file)
            #expect(Array(asLatin1.text.utf8) == utf8, "\(file) read as Latin-1 differs from its utf8/ copy")
        } else {
            #expect(Array(decoded.text.utf8) == utf8, "\(file) decoded as \(decoded.encoding) differs from its utf8/ copy")
        }
        if file.contains(".c.") || file.hasSuffix("fc.txt") {
            #expect(decoded.encoding == .gb18030, "\(file): \(decoded.encoding)")
        }
    }

    @Test func namedEncodingsDecodeAndWrongOnesFailWithAPlace() throws {
        let raw = try Paths.bytes(Paths.champollion.appendingPathComponent("raw/UN19990209_010.c.txt"))
        let gb = try TextDecoder.decode(raw, encoding: TextEncoding(name: "gb2312"), source: "c.txt")
        #expect(gb.text.hasPrefix("主席不在"))
        // The same bytes read as UTF-8 must fail, naming file, line and bytes; never U+FFFD.
        do {
            _ = try TextDecoder.decode(raw, encoding: .utf8, source: "c.txt")
            Issue.record("GB18030 bytes decoded as UTF-8")
        } catch {
            #expect(error.line == 1)
            #expect(error.description.hasPrefix("c.txt:1: bytes "))
            #expect(error.description.contains("not valid UTF-8"))
        }
    }

    @Test func invalidByteIsReportedOnItsLine() throws {
        var bytes = Array("line one\nline two\nbad ".utf8)
        bytes.append(0xFF)
        bytes += Array(" here\n".utf8)
        do {
            _ = try TextDecoder.decode(bytes, encoding: .utf8, source: "x.md")
            Issue.record("0xFF accepted as UTF-8")
        } catch {
            #expect(error.line == 3)
            guard case .invalidBytes(_, let offset, let shown) = error.problem else { Issue.record("\(error)"); return }
            #expect(offset == 22)
            #expect(shown.first == 0xFF)
        }
    }

    @Test func byteOrderMarksAndUTF16() throws {
        let text = "决议草案 A/C.1/75/L.4 — Résolution"
        let le: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let be: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(text.utf8)
        #expect(try TextDecoder.decode(le).text == text)
        #expect(try TextDecoder.decode(le).encoding == .utf16LE)
        #expect(try TextDecoder.decode(be).text == text)
        let b = try TextDecoder.decode(bom)
        #expect(b.text == text && b.hadByteOrderMark)
    }

    @Test func cyrillicAndArabicSingleByteEncodings() throws {
        // Real Russian and Arabic UN sentences (UNPC devset) in the legacy code pages, via ICU.
        let ru = try Paths.text(Paths.unpc.appendingPathComponent("UNv1.0.devset.ru")).split(separator: "\n").prefix(40).joined(separator: "\n")
        let ar = try Paths.text(Paths.unpc.appendingPathComponent("UNv1.0.devset.ar")).split(separator: "\n").prefix(40).joined(separator: "\n")
        for (text, enc) in [(ru, TextEncoding.windows1251), (ru, .koi8r), (ar, .windows1256)] {
            guard let bytes = try? encode(text, enc) else { continue }  // characters outside the code page
            #expect(try TextDecoder.decode(bytes, encoding: enc).text == text)
        }
        let cp1251 = try encode(ru.filter { $0.unicodeScalars.allSatisfy { $0.value < 0x500 } }, .windows1251)
        let guessed = try TextDecoder.decode(cp1251)
        #expect(guessed.encoding == .windows1251 || guessed.encoding == .koi8r)
    }

    @Test func binaryAndUndecodableInputGiveTypedErrors() throws {
        #expect(throws: DecodingError.self) { try TextDecoder.decode([0x00, 0x01, 0x02, 0xFF, 0xFE, 0x00, 0x13]) }
        #expect(throws: DecodingError.self) { try TextDecoder.decode(Array("abc".utf8), encoding: .named("no-such-charset")) }
        #expect(try TextDecoder.decode([]).text == "")
    }

    /// Encodes with ICU via iconv-free round trip: the test builds legacy bytes with Foundation where it can.
    private func encode(_ s: String, _ e: TextEncoding) throws -> [UInt8] {
        let foundation: String.Encoding? = switch e {
        case .windows1251: .windowsCP1251
        case .windows1252: .windowsCP1252
        default: nil
        }
        if let f = foundation, let d = s.data(using: f) { return [UInt8](d) }
        // KOI8-R and windows-1256 have no Foundation encoding on Linux: use the system iconv.
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
        p.arguments = ["-f", "UTF-8", "-t", e.icuName]
        let inp = Pipe(), out = Pipe()
        p.standardInput = inp
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        inp.fileHandleForWriting.write(Data(s.utf8))
        try inp.fileHandleForWriting.close()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else { throw CocoaError(.fileWriteInapplicableStringEncoding) }
        return [UInt8](data)
    }
}
