import ArgumentParser
import Foundation
import UNAlign

/// Reading inputs for every subcommand: `-` is stdin, errors name the file.
enum InputFile {
    static func read(_ path: String, encoding: String?) throws -> DecodedText {
        try TextDecoder.decode(bytes(path), encoding: textEncoding(encoding), source: source(path))
    }

    /// A file's bytes, or stdin's for `-`.
    static func bytes(_ path: String) throws -> [UInt8] {
        if path == "-" { return [UInt8](FileHandle.standardInput.readDataToEndOfFile()) }
        return try InputBytes.read(path)
    }

    static func source(_ path: String) -> String { path == "-" ? "<stdin>" : path }

    static func textEncoding(_ name: String?) throws -> TextEncoding? {
        try name.map { name in
            guard let e = TextEncoding(name: name) else { throw ValidationError("unknown encoding '\(name)'") }
            return e
        }
    }

    /// One sentence per line, as sentence-list aligners take them; a final newline ends the last line.
    static func lines(_ text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        while lines.last == "" { lines.removeLast() }
        return lines
    }

    static func document(_ path: String, language: String?, encoding: String?, kind: DocumentKind? = nil, format: InputFormat? = nil) throws -> Document {
        let lang = try language.map { code in
            guard let l = Language(code: code) else { throw ValidationError("unknown language '\(code)'; use zh, en, fr, es, ru or ar") }
            return l
        }
        return try Document(bytes: bytes(path), source: source(path), language: lang, kind: kind, encoding: textEncoding(encoding), format: format)
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
