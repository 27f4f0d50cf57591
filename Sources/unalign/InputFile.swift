import ArgumentParser
import Foundation
import UNAlign

/// The options of every command that reads documents: the languages of the files in order, their
/// encoding, their kind and their format. Typed, so a wrong value is a usage error before any work.
struct DocumentOptions: ParsableArguments {
    @Option(name: [.short, .customLong("languages"), .customLong("language")], parsing: .upToNextOption,
            help: ArgumentHelp("Languages of the files, in order (default: detected from the script).", valueName: "lang"))
    var languages: [Language] = []

    @Option(help: ArgumentHelp("Encoding of text inputs, e.g. gb18030, windows-1256 (default: detected).", valueName: "name"))
    var encoding: TextEncoding?

    @Option(help: DocumentKind.kindHelp)
    var kind: DocumentKind?

    @Option(name: .customLong("input-format"), help: InputFormat.formatHelp)
    var inputFormat: InputFormat?

    /// More languages than files is a usage error.
    func check(files: Int) throws {
        if languages.count > files {
            throw ValidationError("\(languages.count) languages for \(files) file\(files == 1 ? "" : "s"): give one language per file, in order")
        }
    }

    func language(_ i: Int) -> Language? { i < languages.count ? languages[i] : nil }

    func document(_ path: String, _ i: Int) throws -> Document {
        try InputFile.document(path, language: language(i), encoding: encoding, kind: kind, format: inputFormat)
    }

    /// The documents of several files, read and parsed side by side (one per core).
    func documents(_ paths: [String]) throws -> [Document] {
        let (encoding, kind, format) = (encoding, kind, inputFormat)
        let jobs = paths.enumerated().map { (path: $1, language: language($0)) }
        // The largest files first (through links; stdin, or a file that cannot be read, counts as empty).
        let size = { (job: (path: String, language: Language?)) in
            (try? URL(fileURLWithPath: job.path).resolvingSymlinksInPath().resourceValues(forKeys: [.fileSizeKey]).fileSize) ?? 0
        }
        return try jobs.concurrentMap(cost: size) { job in
            try InputFile.document(job.path, language: job.language, encoding: encoding, kind: kind, format: format)
        }
    }
}

/// Reading inputs for every subcommand: `-` is stdin, errors name the file.
enum InputFile {
    static func read(_ path: String, encoding: TextEncoding?) throws -> DecodedText {
        try TextDecoder.decode(bytes(path), encoding: encoding, source: source(path))
    }

    /// A file's bytes, or stdin's for `-`.
    static func bytes(_ path: String) throws -> [UInt8] {
        if path == "-" { return [UInt8](FileHandle.standardInput.readDataToEndOfFile()) }
        return try InputBytes.read(path)
    }

    static func source(_ path: String) -> String { path == "-" ? "<stdin>" : path }

    /// One sentence per line, as sentence-list aligners take them; a final newline ends the last line.
    static func lines(_ text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        while lines.last == "" { lines.removeLast() }
        return lines
    }

    static func document(_ path: String, language: Language?, encoding: TextEncoding?, kind: DocumentKind? = nil, format: InputFormat? = nil) throws -> Document {
        try Document(bytes: bytes(path), source: source(path), language: language, kind: kind, encoding: encoding, format: format)
    }
}

/// `-l zh`, `--languages zh en`: a language code (or English name).
extension Language: ExpressibleByArgument {
    public init?(argument: String) { self.init(code: argument) }
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

/// `--encoding gb18030`.
extension TextEncoding: ExpressibleByArgument {
    public init?(argument: String) { self.init(name: argument) }
}

/// `--kinds sentence,title`: segment kinds, comma-separated.
struct SegmentKinds: ExpressibleByArgument {
    let kinds: Set<SegmentKind>
    init?(argument: String) {
        var kinds = Set<SegmentKind>()
        for part in argument.split(separator: ",") {
            guard let k = SegmentKind(rawValue: part.trimmingCharacters(in: .whitespaces)) else { return nil }
            kinds.insert(k)
        }
        guard !kinds.isEmpty else { return nil }
        self.kinds = kinds
    }
    static var allValueStrings: [String] { SegmentKind.allCases.map(\.rawValue) }
}

/// `--kind resolution`: the kind of document, when detection should not decide.
extension DocumentKind: ExpressibleByArgument {
    public static var kindHelp: ArgumentHelp {
        ArgumentHelp("Kind of document (default: detected).", valueName: "kind")
    }
}

/// `--input-format docx`: the format of the input, when its content should not decide.
extension InputFormat: ExpressibleByArgument {
    public static var formatHelp: ArgumentHelp {
        ArgumentHelp("Format of the input (default: detected from the content).", valueName: "format")
    }
}
