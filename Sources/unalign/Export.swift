import ArgumentParser
import Foundation
import UNAlign

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Convert a saved alignment (JSON from `align -f json`, or a TMX) to another format.",
        discussion: """
            Reads an alignment once and writes it as TMX, TSV, JSON Lines, Moses parallel text, beads or a ladder, with the same filters as `align`. A TMX read back has each segment's text, address, kind and confidence (source ranges are not in TMX).

            Examples:
              unalign align Corpora/A-75-394/*.md -f json -o a75394.json
              unalign export a75394.json -f tmx --pairs -o a75394.tmx
              unalign export memory.tmx -f tsv --kinds sentence,title
            """
    )

    @Argument(help: "An alignment JSON or a TMX file, or - for stdin.")
    var input: String

    @OptionGroup var export: ExportArguments

    func validate() throws { try export.requireBaseNameForMultiFileFormats() }

    func run() throws {
        let data: Data
        if input == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let d = FileManager.default.contents(atPath: input) else { throw DocumentError.unreadable(source: input, reason: "no such file") }
            data = d
        }
        let alignment: Alignment
        let head = String(decoding: data.prefix(200), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        if head.hasPrefix("{") {
            do { alignment = try JSONDecoder().decode(Alignment.self, from: data) } catch {
                throw CLIError("\(input): not an alignment JSON: \(error)")
            }
        } else {
            alignment = Alignment(segments: try TMX.read(data, source: input), source: input)
        }
        try export.settings.write(alignment, symbolGuess: nil)
    }
}
