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

    static func lexiconSources() throws -> [(Language, [UInt8])] {
        try Lexicon.sources.map { ($0.language, try Paths.bytes(resources.appendingPathComponent($0.name))) }
    }

    @Test func theShippedLexiconImageIsItsTSVCompiled() throws {
        let compiled = Lexicon.compile(tsvs: try Self.lexiconSources())
        let file = Self.resources.appendingPathComponent(Lexicon.imageName)
        if ProcessInfo.processInfo.environment["UNALIGN_UPDATE_RESOURCES"] != nil {
            try Data(compiled).write(to: file, options: .atomic)
        }
        let shipped = try Paths.bytes(file)
        #expect(shipped == compiled, "\(Lexicon.imageName) is not \(Lexicon.sources.map(\.name)) compiled: regenerate it")
    }

    /// The image answers as the TSVs say: a country name, a common word, its stemmed English; a
    /// French word as it stands and in the plural, a Russian word in another case, an Arabic
    /// word with its article.
    @Test func theLexiconImageAnswersAsItsRowsSay() throws {
        let lexicon = Lexicon.shared
        let v = lexicon.vocabulary
        let committee = try #require(v.existing("committee"))
        #expect(try #require(lexicon.translations("委员会", in: .zh)).contains(committee))
        let country = try #require(v.existing("country"))  // "countries" in the glosses, stemmed
        #expect(try #require(lexicon.translations("国家", in: .zh)).contains(country))
        #expect(v.existing("the") == nil)  // a stopword is never an id
        #expect(lexicon.translations("不是一个词语啊", in: .zh) == nil)
        #expect(lexicon.translations("委员会", in: .en) == nil)  // English is the vocabulary itself
        // Featurized as an aligner sees them: folded, looked up as they stand or by their stems.
        func english(_ word: String, _ language: Language) -> Set<Int32> {
            let f = Featurizer(language: language).features(word, vocab: Featurizer.LocalVocabulary(v))
            return Set(f.ids)
        }
        let war = try #require(v.existing("war")), peace = try #require(v.existing("peace"))
        #expect(english("guerre", .fr).contains(war))
        #expect(english("Paix", .fr).contains(peace))
        #expect(english("guerras", .es).contains(war))
        #expect(english("мир", .ru).contains(peace))
        #expect(english("войны", .ru).contains(war))  // война in the genitive: the stem войн
        #expect(english("السلام", .ar).contains(peace))
        // Every id the image hands out is a vocabulary entry.
        var checked = 0
        for (language, tsv) in try Self.lexiconSources() {
            var rows = 0
            LanguageData.pairs(tsv) { word, _ in
                guard rows < 2000 else { return }
                rows += 1
                let w = String(decoding: word, as: UTF8.self)
                for id in lexicon.translations(language == .zh ? w : MatchText(w).string, in: language) ?? [] {
                    #expect(id >= 0 && Int(id) < v.count)
                    checked += 1
                }
            }
        }
        #expect(checked > 5000)
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
        #expect(try ResourceImage(copying: image).sections.count == 1 + Lexicon.sources.count)
    }
}
