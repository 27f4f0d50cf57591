import ArgumentParser
import Dispatch
import Foundation
import UNAlign

@main
struct UNAlignCommand: ParsableCommand {
    /// Exit status: 0 success; 1 the work was done but found problems (discrepancies, failed
    /// checks, failed batch sets); 2 an input could not be read (missing, undecodable, not a UN
    /// document); 64 bad usage.
    static func main() {
        let interrupts = removeTemporaryFilesOnInterrupt()
        defer { interrupts.forEach { $0.cancel() } }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            // One path for every problem with an input or output (missing, undecodable, damaged, too
            // large, not writable): the library's errors name the file, and the exit status is 2.
            // Usage errors (64), help (0) and the commands' own statuses go through argument-parser.
            if exitCode(for: error) == .failure && !(error is ExitCode) { fail("\(error)") }
            exit(withError: error)
        }
    }

    /// On Ctrl-C or a kill, the output being written is dropped (its target keeps what it had) and
    /// the process ends with 128 + the signal's number, as a shell expects.
    private static func removeTemporaryFilesOnInterrupt() -> [DispatchSourceSignal] {
        [SIGINT, SIGTERM, SIGHUP].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                OutputFile.removeTemporaryFiles()
                // At once, without atexit handlers: the main thread may still be running, and two
                // threads must not both be inside exit().
                _exit(128 + number)
            }
            source.resume()
            return source
        }
    }

    private static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("unalign: \(message)\n".utf8))
        Foundation.exit(2)
    }

    static let configuration = CommandConfiguration(
        commandName: "unalign",
        abstract: "Align the language versions of a United Nations document.",
        discussion: """
            Examples:
              unalign align Corpora/A-75-394/zh.md Corpora/A-75-394/en.md -f tmx -o zh-en.tmx
              unalign inspect Corpora/A-75-394/ar.md
              unalign votes Corpora/A-75-394/zh.md Corpora/A-75-394/ru.md
              unalign eval --gold gold.align --test ours.align
              unalign batch sets.jsonl --out aligned/ -f tmx

            Exit status: 0 success; 1 done, but discrepancies, failed checks or failed sets; 2 an input could not be read; 64 bad usage.
            """,
        version: "0.1.0",
        subcommands: [Align.self, Inspect.self, VotesCommand.self, Eval.self, Export.self, Batch.self, Segment.self]
    )
}
