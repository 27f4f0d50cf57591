import ArgumentParser
import Foundation
import UNAlign

struct Segment: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Split a text into sentences (or Chinese words), one per line.",
        discussion: """
            Reads FILE (or stdin with -) in any encoding UN text comes in, detected unless --encoding
            names it, and prints each sentence on its own line. Language is given with --language
            or guessed from the script of the text.
            """
    )

    @Argument(help: "The text file to segment, or - for stdin.")
    var file: String

    @Option(name: .shortAndLong, help: "Language of the text: zh, en, fr, es, ru, ar (default: detected).")
    var language: String?

    @Option(help: "Encoding of the input (utf-8, gb18030, big5, latin1, windows-1256, koi8-r, ...); default: detected.")
    var encoding: String?

    @Flag(help: "Print Chinese words separated by spaces instead of sentences.")
    var words = false

    func run() throws {
        let decoded = try InputFile.read(file, encoding: encoding)
        let text = UTF16Text(decoded.text)
        let lang = try language.map { code in
            guard let l = Language(code: code) else { throw ValidationError("unknown language '\(code)'; use zh, en, fr, es, ru or ar") }
            return l
        } ?? ScriptGuess.language(of: decoded.text)
        var out = ""
        if words {
            let seg = ChineseWordSegmenter()
            for line in decoded.text.split(separator: "\n", omittingEmptySubsequences: false) {
                out += seg.words(String(line)).filter { !$0.allSatisfy(\.isWhitespace) }.joined(separator: " ") + "\n"
            }
        } else {
            let seg = SentenceSegmenter(language: lang)
            for s in seg.sentences(in: text) {
                let t = text.string(text.trimmed(s))
                if !t.isEmpty { out += t + "\n" }
            }
        }
        FileHandle.standardOutput.write(Data(out.utf8))
    }
}

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

    static func document(_ path: String, language: String?, encoding: String?) throws -> Document {
        let decoded = try read(path, encoding: encoding)
        let lang = try language.map { code in
            guard let l = Language(code: code) else { throw ValidationError("unknown language '\(code)'; use zh, en, fr, es, ru or ar") }
            return l
        }
        return try Document(text: decoded.text, language: lang, source: path == "-" ? "<stdin>" : path)
    }
}
