import Foundation

/// Where tests find their inputs: the bundled corpus in `Corpora/`, and the shared corpora at
/// `../shared/` beside the project (read in place, never copied).
enum Paths {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let shared = root.deletingLastPathComponent().appendingPathComponent("shared")
    static let corpus = root.appendingPathComponent("Corpora/A-75-394")
    static let champollion = shared.appendingPathComponent("corpora/champollion-zh-en")
    static let unpc = shared.appendingPathComponent("corpora/unpc-v1.0-devset")

    static func bytes(_ url: URL) throws -> [UInt8] { [UInt8](try Data(contentsOf: url)) }
    static func text(_ url: URL) throws -> String { String(decoding: try Data(contentsOf: url), as: UTF8.self) }

    /// The Champollion file pairs: (name, English file, Chinese file, gold).
    static let champollionSets: [(name: String, en: String, zh: String)] = [
        ("UN19990209_010", "UN19990209_010.e.txt", "UN19990209_010.c.txt"),
        ("198706005", "198706005.e.txt", "198706005.c.txt"),
        ("200110006", "200110006.e.txt", "200110006.c.txt"),
        ("890621f", "890621fe.txt", "890621fc.txt"),
        ("921008f", "921008fe.txt", "921008fc.txt"),
        ("930422f", "930422fe.txt", "930422fc.txt"),
    ]
}
