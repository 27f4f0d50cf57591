import ArgumentParser
import Foundation
import UNAlign

/// Reading inputs for every subcommand: `-` is stdin, errors name the file.
enum InputFile {
    static func read(_ path: String, encoding: String?) throws -> DecodedText {
        let enc = try encoding.map { name in
            guard let e = TextEncoding(name: name) else { throw ValidationError("unknown encoding '\(name)'") }
            return e
        }
        let bytes: [UInt8]
        if path == "-" {
            bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        } else {
            guard FileManager.default.fileExists(atPath: path) else { throw DocumentError.unreadable(source: path, reason: "no such file") }
            guard let data = FileManager.default.contents(atPath: path) else { throw DocumentError.unreadable(source: path, reason: "cannot be read") }
            bytes = [UInt8](data)
        }
        return try TextDecoder.decode(bytes, encoding: enc, source: path == "-" ? "<stdin>" : path)
    }

    /// One sentence per line, as sentence-list aligners take them; a final newline ends the last line.
    static func lines(_ text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        while lines.last == "" { lines.removeLast() }
        return lines
    }

    static func document(_ path: String, language: String?, encoding: String?, kind: DocumentKind? = nil, format: InputFormat? = nil) throws -> Document {
        let enc = try encoding.map { name in
            guard let e = TextEncoding(name: name) else { throw ValidationError("unknown encoding '\(name)'") }
            return e
        }
        let lang = try language.map { code in
            guard let l = Language(code: code) else { throw ValidationError("unknown language '\(code)'; use zh, en, fr, es, ru or ar") }
            return l
        }
        let bytes: [UInt8]
        if path == "-" {
            bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        } else {
            guard FileManager.default.fileExists(atPath: path) else { throw DocumentError.unreadable(source: path, reason: "no such file") }
            guard let data = FileManager.default.contents(atPath: path) else { throw DocumentError.unreadable(source: path, reason: "cannot be read") }
            bytes = [UInt8](data)
        }
        return try Document(bytes: bytes, source: path == "-" ? "<stdin>" : path, language: lang, kind: kind, encoding: enc, format: format)
    }
}

/// `--kind resolution`: the kind of document, when detection should not decide.
extension DocumentKind: ExpressibleByArgument {
    public static var kindHelp: ArgumentHelp {
        ArgumentHelp("Kind of document: \(allCases.map(\.rawValue).joined(separator: ", ")) (default: detected).", valueName: "kind")
    }
}

/// `--input-format docx`: the format of the input, when its content should not decide.
extension InputFormat: ExpressibleByArgument {
    public static var formatHelp: ArgumentHelp {
        ArgumentHelp("Format of the input: \(allCases.map(\.rawValue).joined(separator: ", ")) (default: detected from the content).", valueName: "format")
    }
}
