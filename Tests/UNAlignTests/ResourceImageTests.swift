import Foundation
import Testing
@testable import UNAlign

/// The binary resources the library maps at start-up are compiled from the TSVs the scripts
/// generate (which record where each fact came from): the shipped image must be exactly what its
/// TSV compiles to. After regenerating a TSV, `UNALIGN_UPDATE_RESOURCES=1 swift test --filter
/// ResourceImageTests` rewrites the image (Scripts/README.md).
@Suite("Compiled resources")
struct ResourceImageTests {
    static let resources = Paths.root.appendingPathComponent("Sources/UNAlign/Resources")

    @Test func theShippedLexiconImageIsItsTSVCompiled() throws {
        let tsv = try Paths.bytes(Self.resources.appendingPathComponent(Lexicon.sourceName))
        let compiled = Lexicon.compile(tsv: tsv)
        let file = Self.resources.appendingPathComponent(Lexicon.imageName)
        if ProcessInfo.processInfo.environment["UNALIGN_UPDATE_RESOURCES"] != nil {
            try Data(compiled).write(to: file, options: .atomic)
        }
        let shipped = try Paths.bytes(file)
        #expect(shipped == compiled, "\(Lexicon.imageName) is not \(Lexicon.sourceName) compiled: regenerate it")
    }

    /// The image answers as the TSV says: a country name, a common word, its stemmed English.
    @Test func theLexiconImageAnswersAsItsRowsSay() throws {
        let lexicon = Lexicon.shared
        let v = lexicon.vocabulary
        let committee = try #require(v.existing("committee"))
        #expect(try #require(lexicon.translations("委员会")).contains(committee))
        let country = try #require(v.existing("country"))  // "countries" in the glosses, stemmed
        #expect(try #require(lexicon.translations("国家")).contains(country))
        #expect(v.existing("the") == nil)  // a stopword is never an id
        #expect(lexicon.translations("不是一个词语啊") == nil)
        // Every id the image hands out is a vocabulary entry.
        let tsv = try Paths.bytes(Self.resources.appendingPathComponent(Lexicon.sourceName))
        var checked = 0
        LanguageData.pairs(tsv) { chinese, _ in
            guard checked < 2000 else { return }
            checked += 1
            let word = String(decoding: chinese, as: UTF8.self)
            for id in lexicon.translations(word) ?? [] { #expect(id >= 0 && Int(id) < v.count) }
        }
        #expect(checked == 2000)
    }

    /// A damaged image is refused when it is opened, with what is wrong, never read out of bounds.
    @Test func aDamagedImageIsRefused() throws {
        let image = try Paths.bytes(Self.resources.appendingPathComponent(Lexicon.imageName))
        #expect(throws: ResourceImage.Problem.self) { try ResourceImage(copying: Array(image.prefix(image.count / 2))) }
        #expect(throws: ResourceImage.Problem.self) { try ResourceImage(copying: Array("UNALIGN0".utf8) + image.dropFirst(8)) }
        var slots = image
        // The first section's first slot array starts after the header, its counts and its hashes.
        let entries = Int(image[20]) | Int(image[21]) << 8 | Int(image[22]) << 16 | Int(image[23]) << 24
        let firstSlot = 32 + entries * 8
        for k in 0..<4 { slots[firstSlot + k] = k == 3 ? 0x7F : 0xFF }  // a slot naming no entry
        #expect(throws: ResourceImage.Problem.self) { try ResourceImage(copying: slots) }
        #expect(try ResourceImage(copying: image).sections.count == 2)
    }
}
