import ArgumentParser
import Foundation
import UNAlign

struct Segment: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Split a text into sentences (or Chinese words), one per line.",
        discussion: """
            Reads FILE (or stdin with -) in any encoding UN text comes in, detected unless --encoding names it, and prints each sentence on its own line. Language is given with --language or guessed from the script of the text.

            Examples:
              unalign segment Corpora/A-75-394/zh.md            one sentence per line
              unalign segment --words Corpora/A-75-394/zh.md    Chinese words separated by spaces
              printf 'Mr. Smith spoke. See para. 5.' | unalign segment - -l en
            """
    )

    @Argument(help: "The text file to segment, or - for stdin.")
    var file: String

    @Option(name: .shortAndLong, help: ArgumentHelp("Language of the text (default: detected).", valueName: "lang"))
    var language: Language?

    @Option(help: ArgumentHelp("Encoding of the input (utf-8, gb18030, big5, latin1, windows-1256, koi8-r, …; default: detected).", valueName: "name"))
    var encoding: TextEncoding?

    @Flag(help: "Print Chinese words separated by spaces instead of sentences.")
    var words = false

    func run() throws {
        let decoded = try InputFile.read(file, encoding: encoding)
        let text = UTF16Text(decoded.text)
        let lang = language ?? ScriptGuess.language(of: decoded.text)
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
