import Foundation

/// One bead of a sentence alignment: sentence indices (0-based) on each side; either may be empty.
public struct Bead: Hashable, Codable, Sendable, CustomStringConvertible {
    public var source: [Int]
    public var target: [Int]
    public init(_ source: [Int], _ target: [Int]) {
        self.source = source
        self.target = target
    }
    /// `1,2 <=> 3`, `omitted <=> 4` (1-based, as hunalign, Champollion and the gold sets write them).
    public var description: String {
        func side(_ s: [Int]) -> String { s.isEmpty ? "omitted" : s.map { String($0 + 1) }.joined(separator: ",") }
        return "\(side(source)) <=> \(side(target))"
    }
}

/// The bead (ladder) format aligners exchange.
public enum Beads {
    public struct FormatError: Error, CustomStringConvertible {
        public let file: String
        public let line: Int
        public let problem: String
        public var description: String { "\(file):\(line): \(problem)" }
    }

    public static func parse(_ text: String, file: String = "<beads>") throws -> [Bead] {
        var out: [Bead] = []
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let parts = line.components(separatedBy: "<=>")
            guard parts.count == 2 else { throw FormatError(file: file, line: i + 1, problem: "expected 'a <=> b', found '\(line)'") }
            func side(_ s: String) throws -> [Int] {
                let t = s.trimmingCharacters(in: .whitespaces)
                if t == "omitted" || t.isEmpty { return [] }
                return try t.split(separator: ",").map {
                    guard let n = Int($0.trimmingCharacters(in: .whitespaces)), n >= 1 else {
                        throw FormatError(file: file, line: i + 1, problem: "'\($0)' is not a sentence number")
                    }
                    return n - 1
                }
            }
            out.append(Bead(try side(parts[0]), try side(parts[1])))
        }
        return out
    }

    public static func read(_ path: String) throws -> [Bead] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw FormatError(file: path, line: 0, problem: "cannot be read")
        }
        return try parse(String(decoding: data, as: UTF8.self), file: path)
    }

    public static func format(_ beads: [Bead]) -> String { beads.map(\.description).joined(separator: "\n") + "\n" }
}
