import ArgumentParser
import Foundation
import UNAlign

struct Inspect: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the structure the parser finds in a UN document.",
        discussion: """
            The first line names the kind of document found (report, resolution, treaty, secretaryGeneralReport, meetingRecord, letter, other; --kind forces one). Each line after it is one node: its address (the key alignment matches on, the same in every language), its kind, its source line and the first words of its text. Problems the parser noticed (numbering gaps, votes without a tally, footnotes without a reference, structure it did not find) follow on stderr.

            Examples:
              unalign inspect Corpora/A-75-394/zh.md
              unalign inspect --json Corpora/A-75-394/ar.md > ar.json
            """
    )

    @Argument(help: "The document (Markdown or plain text, any encoding), or - for stdin.")
    var file: String

    @OptionGroup var input: DocumentOptions

    @Flag(help: "Emit the whole tree as JSON (ranges are UTF-16 offsets).")
    var json = false

    @Flag(help: "Print the text as read (from a Word or PDF file: the text the parser reads) instead of the tree.")
    var text = false

    @Flag(help: "Also list each node's sentences.")
    var sentences = false

    func validate() throws { try input.check(files: 1) }

    func run() throws {
        let doc = try input.document(file, 0)
        if text {
            FileHandle.standardOutput.write(Data(doc.text.string.utf8))
            return
        }
        if json {
            let enc = JSONEncoder()
            enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            FileHandle.standardOutput.write(try enc.encode(doc))
            FileHandle.standardOutput.write(Data("\n".utf8))
            return
        }
        let out = doc.dump(sentences: sentences)
        FileHandle.standardOutput.write(Data(out.utf8))
        for p in doc.problems { FileHandle.standardError.write(Data("\(doc.source):\(p.line): \(p.message)\n".utf8)) }
    }
}
