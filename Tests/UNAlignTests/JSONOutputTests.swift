import Foundation
import Testing
@testable import UNAlign

/// `JSONOutput` writes what Foundation's `JSONEncoder` writes (sorted keys, slashes unescaped,
/// pretty or compact), byte for byte: on a whole six-way alignment, its JSON Lines, and on values
/// chosen for every corner of the format.
@Suite("JSON output")
struct JSONOutputTests {
    static func foundation<T: Encodable>(_ value: T, pretty: Bool) throws -> String {
        let enc = JSONEncoder()
        enc.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try enc.encode(value), as: UTF8.self)
    }

    static func expectSame<T: Encodable>(_ value: T, _ what: String) throws {
        for pretty in [true, false] {
            let ours = try JSONOutput(prettyPrinted: pretty).encode(value)
            let theirs = try foundation(value, pretty: pretty)
            guard ours != theirs else { continue }
            let at = zip(ours.utf8, theirs.utf8).prefix { $0 == $1 }.count
            Issue.record("\(what), pretty \(pretty): differs from JSONEncoder at byte \(at): \(String(decoding: Array(ours.utf8.dropFirst(at).prefix(60)), as: UTF8.self)) | \(String(decoding: Array(theirs.utf8.dropFirst(at).prefix(60)), as: UTF8.self))")
        }
    }

    @Test func aSixWayAlignmentIsWrittenAsJSONEncoderWritesIt() throws {
        let a = try Aligner().align(Language.allCases.map { AlignerTests.docs[$0]! })
        #expect(a.segments.count > 500 && !a.votes.rows.isEmpty)
        try Self.expectSame(a, "A/75/394 six-way")
        // The JSON Lines export encodes segment by segment.
        let lines = Exporter.export(a, as: .jsonl, options: ExportOptions()).files[0].contents
        #expect(lines.split(separator: "\n").count == ExportOptions().segments(a).count)
    }

    struct Corners: Encodable {
        var strings = ["", "a/b", "\"quoted\" \\ back", "\u{0}\u{1}\u{8}\u{9}\u{A}\u{B}\u{C}\u{D}\u{1B}\u{1F}\u{7F}",
                       "\u{2028}\u{2029}", "é and e\u{301}", "联合国 ١٢٣ 🇺🇳", "&<>'"]
        var integers = [0, -1, Int.max, Int.min]
        var doubles = [0.0, -0.0, 1.0, 0.1, 0.8333333333333334, 1e15, 1e16, 1e20, 1.5e-7, 2.5e-5, 12345.678, -3.25]
        var float: Float = 0.1
        var flags = [true, false]
        var missing: Int? = nil
        var present: Int? = 7
        var empties: [[Int]] = [[], []]
        var emptyObject: [String: Int] = [:]
        var byLanguage: [Language: Int] = [.zh: 1]
        var byString = ["b": 1, "B": 2, "a": 3, "é": 4, "aa": 5]
        var nothing = Nothing()
        var nested = Nested()
        var optionals: [Int?] = [nil, 1]

        struct Nothing: Encodable { func encode(to encoder: Encoder) throws {} }
        struct Nested: Encodable {
            enum K: String, CodingKey { case list, inner, again }
            func encode(to encoder: Encoder) throws {
                var c = encoder.container(keyedBy: K.self)
                var list = c.nestedUnkeyedContainer(forKey: .list)
                try list.encodeNil()
                var inner = list.nestedContainer(keyedBy: K.self)
                try inner.encode("x", forKey: .inner)
                try list.encode(contentsOf: [1, 2])
                var again = encoder.container(keyedBy: K.self)  // the same object, asked for twice
                try again.encode(2.5, forKey: .again)
                var sup = again.superEncoder().singleValueContainer()
                try sup.encode("super")
            }
        }
    }

    @Test func everyCornerOfTheFormatIsWrittenAsJSONEncoderWritesIt() throws {
        try Self.expectSame(Corners(), "corners")
        try Self.expectSame([Corners(), Corners()], "an array of objects")
        try Self.expectSame("top-level string", "a string alone")
        try Self.expectSame(42, "a number alone")
        // Random text of every plane: escaping and the byte order of keys.
        var rng = SystemRandomNumberGenerator()
        var values: [String: String] = [:]
        for _ in 0..<300 {
            let scalars = (0..<Int.random(in: 0...12, using: &rng)).compactMap { _ in
                Unicode.Scalar([UInt32.random(in: 0...0x7F), UInt32.random(in: 0...0x3000), UInt32.random(in: 0...0x10FFFF)].randomElement(using: &rng)!)
            }
            let s = String(String.UnicodeScalarView(scalars))
            values[s] = s
        }
        try Self.expectSame(values, "random strings")
    }

    @Test func aNumberThatIsNotFiniteIsRefusedAsByJSONEncoder() {
        #expect(throws: EncodingError.self) { try JSONOutput(prettyPrinted: false).encode([Double.nan]) }
        #expect(throws: EncodingError.self) { try JSONOutput(prettyPrinted: true).encode(["x": Double.infinity]) }
        #expect(throws: EncodingError.self) { try Self.foundation([Double.nan], pretty: false) }
    }
}
