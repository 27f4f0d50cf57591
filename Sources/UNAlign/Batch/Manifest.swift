import Foundation

/// One shard of a manifest: sets whose line number, counted from 0, is `index - 1` modulo `count`.
/// `2/4` is the second of four; every line falls in exactly one shard.
public struct Shard: Hashable, Sendable, CustomStringConvertible {
    public let index: Int
    public let count: Int
    public static let whole = Shard(index: 1, count: 1)

    public init(index: Int, count: Int) {
        precondition(index >= 1 && index <= count, "a shard is i/n with 1 ≤ i ≤ n")
        self.index = index
        self.count = count
    }

    /// `2/4`; nil for anything else.
    public init?(_ text: String) {
        let p = text.split(separator: "/", omittingEmptySubsequences: false)
        guard p.count == 2, let i = Int(p[0]), let n = Int(p[1]), i >= 1, i <= n else { return nil }
        self.init(index: i, count: n)
    }

    public func holds(line: Int) -> Bool { (line - 1) % count == index - 1 }
    public var description: String { "\(index)/\(count)" }
}

/// A batch manifest: JSON Lines, one document set per line, `{"id": …, "zh": path, "en": path, …}`.
/// Blank lines and `#` comments are skipped. A line that is not a valid set is a problem of that
/// line (the other sets still run); a manifest with no sets at all is an error.
public struct Manifest: Sendable {
    /// One document set: where it is in the manifest, its id, and a file per language.
    public struct DocumentSet: Sendable, Hashable {
        public let line: Int
        public let id: String
        public let files: [Language: String]
        /// The languages in the order they are aligned (the table order: zh first).
        public var languages: [Language] { files.keys.sorted() }
        /// The id as a file name: `A/75/394` → `A-75-394` (ids are often document symbols).
        public var fileName: String { Manifest.fileName(for: id) }
    }

    /// A line that names no usable set, or a set that cannot run: the line and what is wrong.
    public struct Problem: Sendable, Hashable, CustomStringConvertible {
        public let line: Int
        public let id: String
        public let message: String
        public var description: String { "line \(line): \(message)" }
    }

    public let source: String
    public let sets: [DocumentSet]
    public let problems: [Problem]
    /// Keys no set uses (`"title"`, a misspelt language): each once, with its first line.
    public let ignoredKeys: [(key: String, line: Int)]

    public struct ReadError: Error, CustomStringConvertible, Sendable {
        public let source: String
        public let message: String
        public var description: String { "\(source): \(message)" }
    }

    /// Reads a manifest; relative paths are read from `folder` (the manifest's own, usually).
    public init(data: Data, source: String, folder: URL, shard: Shard = .whole) throws(ReadError) {
        self.source = source
        var sets: [DocumentSet] = [], problems: [Problem] = [], ignored: [(String, Int)] = []
        var firstLineOfName: [String: Int] = [:]
        var seenKeys = Set<String>()
        var lineNumber = 0
        var sawAny = false
        for raw in data.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            let text = String(decoding: raw, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty, !text.hasPrefix("#") else { continue }
            sawAny = true
            // A shard may hold no set at all (a short manifest cut in many shards): that is no error.
            guard shard.holds(line: lineNumber) else { continue }
            let fallbackID = "line\(lineNumber)"
            guard let object = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] else {
                problems.append(Problem(line: lineNumber, id: fallbackID, message: "not a JSON object"))
                continue
            }
            var id = fallbackID
            if let given = object["id"] {
                guard let s = given as? String, !s.trimmingCharacters(in: .whitespaces).isEmpty else {
                    problems.append(Problem(line: lineNumber, id: fallbackID, message: "\"id\" must be a non-empty string"))
                    continue
                }
                id = s
            }
            var files: [Language: String] = [:]
            var problem: String?
            for (key, value) in object.sorted(by: { $0.key < $1.key }) where key != "id" {
                guard let language = Language(code: key) else {
                    if seenKeys.insert(key).inserted { ignored.append((key, lineNumber)) }
                    continue
                }
                guard let path = value as? String, !path.isEmpty else { problem = "the \(key) file must be a path (a string)"; break }
                if files[language] != nil { problem = "two files in \(language.englishName)"; break }
                files[language] = path.hasPrefix("/") ? path : folder.appendingPathComponent(path).path
            }
            if let problem { problems.append(Problem(line: lineNumber, id: id, message: problem)); continue }
            if files.count < 2 {
                problems.append(Problem(line: lineNumber, id: id, message: "set \(id) names fewer than two language files"))
                continue
            }
            // Two sets with one output name would overwrite each other's results.
            let name = Self.fileName(for: id)
            if let first = firstLineOfName[name] {
                problems.append(Problem(line: lineNumber, id: id, message: "set \(id) has the output name of the set on line \(first); give each set its own id"))
                continue
            }
            firstLineOfName[name] = lineNumber
            sets.append(DocumentSet(line: lineNumber, id: id, files: files))
        }
        if !sawAny { throw ReadError(source: source, message: "the manifest lists no document sets") }
        self.sets = sets
        self.problems = problems
        ignoredKeys = ignored.map { (key: $0.0, line: $0.1) }
    }

    /// Reads a manifest file (`-` is not handled here: the caller reads stdin).
    public init(contentsOfFile path: String, shard: Shard = .whole) throws(ReadError) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ReadError(source: path, message: FileManager.default.fileExists(atPath: path) ? "cannot be read" : "no such file")
        }
        try self.init(data: data, source: path, folder: URL(fileURLWithPath: path).deletingLastPathComponent(), shard: shard)
    }

    /// An id as a file name: separators become `-`, and a leading dot `_`, so that no id writes
    /// outside the output folder or hides its file.
    static func fileName(for id: String) -> String {
        var name = String(id.map { $0 == "/" || $0 == "\\" || $0 == "\0" || $0.isNewline ? "-" : $0 })
        if name.hasPrefix(".") { name = "_" + name.dropFirst() }
        return name
    }
}
