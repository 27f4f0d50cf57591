import ArgumentParser
import Foundation
import UNAlign

@main
struct UNAlignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unalign",
        abstract: "Align the language versions of a United Nations document.",
        discussion: """
            Examples:
              unalign segment Corpora/A-75-394/zh.md          one sentence per line
              unalign segment --words Corpora/A-75-394/zh.md  Chinese words separated by spaces
            """,
        version: "0.1.0",
        subcommands: [Align.self, Inspect.self, VotesCommand.self, Eval.self, Segment.self]
    )
}
