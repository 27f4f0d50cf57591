import ArgumentParser
import Foundation
import UNAlign

struct VotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "votes",
        abstract: "Read the recorded votes of one or more language versions and check them.",
        discussion: """
            For every recorded vote: the tally each version states, the number of countries in each list, and the checks (list count against tally, a country in two lists, a name that is not a country, lists that differ between versions). Countries are matched by identity (ISO 3166 code), so each language may list them in its own alphabetical order.

            Examples:
              unalign votes Corpora/A-75-394/zh.md Corpora/A-75-394/en.md
              unalign votes --tsv Corpora/A-75-394/*.md > countries.tsv
              unalign votes --json Corpora/A-75-394/ar.md

            Exit status: 0 when every check passes, 1 when a check fails, 2 when an input cannot be read, 64 bad usage.
            """
    )

    @Argument(help: "Language versions of one document.")
    var files: [String]

    @OptionGroup var input: DocumentOptions

    @Flag(help: "Emit the alignment as JSON.")
    var json = false

    @Flag(help: "Emit one row per country per list: address, ISO code, then each language's name.")
    var tsv = false

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one file") }
        if json && tsv { throw ValidationError("--json and --tsv each choose the output: give one") }
        try input.check(files: files.count)
    }

    func run() throws {
        let docs = try input.documents(files)
        let alignment = VoteAlignment(docs.concurrentMap { DocumentVotes($0) })
        var out = ""
        if json {
            let enc = JSONEncoder()
            enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            out = String(decoding: try enc.encode(alignment), as: UTF8.self) + "\n"
        } else if tsv {
            out = "address\tiso3\t" + alignment.languages.map(\.rawValue).joined(separator: "\t") + "\n"
            for r in alignment.rows {
                out += "\(r.address)\t\(r.iso3)\t" + alignment.languages.map { r.mentions[$0]?.surface ?? "" }.joined(separator: "\t") + "\n"
            }
        } else {
            out = Self.table(alignment)
        }
        FileHandle.standardOutput.write(Data(out.utf8))
        let failed = !alignment.discrepancies.isEmpty || alignment.documents.contains { $0.votes.contains { !$0.checks.isEmpty } }
        if failed { throw ExitCode(1) }
    }

    static func table(_ a: VoteAlignment) -> String {
        var out = ""
        let langs = a.languages.map(\.rawValue)
        var addresses: [Address] = []
        for d in a.documents { for v in d.votes where !addresses.contains(v.address) { addresses.append(v.address) } }
        out += "vote".padding(toLength: 14, withPad: " ", startingAt: 0) + langs.map { $0.padding(toLength: 14, withPad: " ", startingAt: 0) }.joined() + "\n"
        for addr in addresses {
            let votes = a.documents.map { d in d.votes.first { $0.address == addr } }
            out += addr.rawValue.padding(toLength: 14, withPad: " ", startingAt: 0)
            for v in votes {
                let cell: String
                if let v {
                    let counts = VoteSide.allCases.map { v.list($0).map { String($0.countries.count) } ?? "-" }.joined(separator: "/")
                    cell = (v.tally?.description ?? "?") + (v.checks.isEmpty ? " ✓" : " ✗") + " \(counts)"
                } else {
                    cell = "missing"
                }
                out += cell.padding(toLength: max(14, cell.count + 1), withPad: " ", startingAt: 0)
            }
            out += "\n"
        }
        for d in a.documents {
            for v in d.votes { for c in v.checks { out += "\(d.source): \(v.address): \(c)\n" } }
            for s in d.sponsors { out += "\(d.source): \(s.address): \(s.countries.count) countries\n" }
        }
        for x in a.discrepancies { out += "discrepancy: \(x)\n" }
        out += "\(a.rows.count) country entries aligned across \(langs.count) version(s)\n"
        return out
    }
}
