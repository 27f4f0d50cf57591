import CICUShim
import Testing
@testable import UNAlign

@Suite("Normalization")
struct NormalizationTests {
    /// Folding many texts in one pass gives what folding each alone gives, in every language.
    @Test func foldingTextsTogetherIsFoldingEachAlone() throws {
        for l in Language.allCases {
            let text = try Paths.text(Paths.corpus.appendingPathComponent("\(l.rawValue).md"))
            let paragraphs = text.components(separatedBy: "\n\n").map { $0.replacingOccurrences(of: "\n", with: " ") } + ["", "ＡＢＣ　Ⅻ", "İstanbul ǅ ﬁ"]
            #expect(MatchText.foldedEach(paragraphs) == paragraphs.map { MatchText($0).string }, "\(l)")
        }
        // A text with its own line break is folded alone (it cannot be told from a joint).
        #expect(MatchText.foldedEach(["A\nB", "Ç"]) == ["a\nb", MatchText("Ç").string])
    }

    /// Our UTF-16 ↔ `String` transcoding gives what the standard library's does, on real text in
    /// every language, on every length of UTF-8 sequence, and on random units with lone and paired
    /// surrogates.
    @Test func utf16TranscodingMatchesTheStandardLibrary() throws {
        for l in Language.allCases {
            let text = try Paths.text(Paths.corpus.appendingPathComponent("\(l.rawValue).md"))
            #expect(UTF16Text.string(Array(text.utf16)) == text)
            #expect(UTF16Text.units(of: text) == Array(text.utf16))
        }
        for s in ["", "a", "é", "中", "🇺🇳", "a\u{10FFFF}b\u{FFFF}\u{80}\u{7FF}\u{800}", String(repeating: "ж😀", count: 100)] {
            #expect(UTF16Text.units(of: s) == Array(s.utf16), "\(s)")
        }
        var rng = SeededGenerator(seed: 7)
        let pool: [UInt16] = [0x41, 0x7F, 0x80, 0x7FF, 0x800, 0x4E2D, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xE000, 0xFFFD, 0xFFFF, 0x0]
        for _ in 0..<2000 {
            let units = (0..<Int.random(in: 0...12, using: &rng)).map { _ in pool.randomElement(using: &rng)! }
            #expect(Array(UTF16Text.string(units).utf8) == Array(String(decoding: units, as: UTF16.self).utf8), "\(units)")
        }
    }

    /// The shipped traditional→simplified table (`zh-hant-hans.tsv`) is what this machine's ICU
    /// `Hant-Hans` transform gives, character by character, over every BMP Han character: the
    /// table stands in for the transform at start-up and must not drift from it.
    @Test func theHantHansTableIsICUsTransform() throws {
        var status: Int32 = 0
        let t = try #require(ua_trans_open("Hant-Hans", &status))
        defer { ua_trans_close(t) }
        var chars: [UInt16] = []
        for r: ClosedRange<UInt16> in [0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF] { for c in r { chars += [c, 0x0A] } }
        var buf = chars + [UInt16](repeating: 0, count: chars.count)
        var len = Int32(chars.count)
        _ = ua_trans_apply(t, &buf, &len, Int32(buf.count), &status)
        #expect(ua_failed(status) == 0)
        var live: [UInt16: UInt16] = [:]
        var k = 0
        for line in buf[0..<Int(len)].split(separator: 0x0A, omittingEmptySubsequences: false).dropLast() {
            if line.count == 1, line.first != chars[k] { live[chars[k]] = line.first }
            k += 2
        }
        #expect(k == chars.count)
        #expect(ChineseScript.simplifiedTable.count > 2500)
        #expect(ChineseScript.simplifiedTable == live, "zh-hant-hans.tsv differs from ICU's Hant-Hans here: rerun Scripts/build_language_data.py")
        #expect(ChineseScript.simplifiedTable[0x570B] == 0x56FD)  // 國 → 国
    }

    /// ICU's numeric values (read for the whole Han block in one call at start-up) mark what
    /// Swift's own Unicode properties mark, less the few characters later Unicode versions gave a
    /// value (京, 洞, 钩: Swift's data is newer than ICU 72's Unicode 15.0), none of which `value`
    /// reads as a number. 一, 廿, 亿 and 两 are not plain Han; 国 and 委 are.
    @Test func numericHanAreThoseUnicodeGivesAValue() {
        var onlySwiftMarks: [UInt16] = []
        var onlyICUMarks: [UInt16] = []
        for u in UInt16(0x3400)...UInt16(0x9FFF) {
            let swift = Unicode.Scalar(u)!.properties.numericType != nil || ChineseNumerals.starts.contains(UInt32(u))
            let icu = !ChineseNumerals.isPlainHan(u)
            if swift && !icu { onlySwiftMarks.append(u) }
            if icu && !swift { onlyICUMarks.append(u) }
        }
        #expect(onlyICUMarks.isEmpty)
        #expect(onlySwiftMarks.count < 20)
        for u in onlySwiftMarks { #expect(ChineseNumerals.value(String(Unicode.Scalar(u)!)) == nil) }
        #expect(!ChineseNumerals.isPlainHan(0x4E00) && !ChineseNumerals.isPlainHan(0x5EFF) && !ChineseNumerals.isPlainHan(0x4EBF) && !ChineseNumerals.isPlainHan(0x4E24))
        #expect(ChineseNumerals.isPlainHan(0x56FD) && ChineseNumerals.isPlainHan(0x59D4))
    }

    /// The traditional character in A/75/394's `身體距离` matches the simplified form; the output keeps it.
    @Test func traditionalToSimplifiedForMatchingOnly() throws {
        let zh = try Paths.text(Paths.corpus.appendingPathComponent("zh.md"))
        let source = UTF16Text(zh)
        let m = MatchText(source)
        let original = try #require(zh.range(of: "身體距离"))
        let start = zh.utf16.distance(from: zh.utf16.startIndex, to: original.lowerBound.samePosition(in: zh.utf16)!)
        #expect(m.string.contains("身体距离"))
        #expect(!m.string.contains("身體"))
        #expect(zh.contains("身體距离"))  // input untouched
        // The normalized match maps back to exactly the original characters.
        let norm = UTF16Text(m.string)
        let hit = try #require(m.string.range(of: "身体距离"))
        let ns = m.string.utf16.distance(from: m.string.utf16.startIndex, to: hit.lowerBound.samePosition(in: m.string.utf16)!)
        let back = m.originalRange(of: TextRange(ns, ns + 4))
        #expect(back == TextRange(start, start + 4))
        #expect(source.string(back) == "身體距离")
        #expect(norm.count == m.origin.count)
    }

    @Test(arguments: [
        ("ＡＢＣ１２３（ａ）", "abc123(a)"),
        ("Côte d’Ivoire", "cote d’ivoire"),
        ("Türkiye", "turkiye"),
        ("Ёлка", "елка"),
        ("أَلْجَزائر إيران آسيا", "الجزاير ايران اسيا"),
        ("المـــؤيدون ١٥٣ ۱۱", "المويدون 153 11"),
        ("中華人民共和國", "中华人民共和国"),
        ("ﬁnal Straße", "final strasse"),
    ])
    func foldsForMatching(input: String, expected: String) {
        #expect(MatchText(input).string == expected)
    }

    @Test func cyrillicLookalikeListLetters() {
        #expect(MatchText("а) с)", options: .lookalikes).string == "a) c)")
        #expect(MatchText("а) с)").string == "а) с)")
    }

    /// Every normalized unit maps back inside the original, in order, and ranges round-trip.
    @Test func offsetsMapBackExactly() {
        let inputs = ["Ａ/Ｃ.1/75/Ｌ.4", "ﬁé中華 ّﷲ المـؤيدون", "x\u{0301}y\u{0302}\u{0323}z", "𠀋體𝐀b"]
        for s in inputs {
            let t = UTF16Text(s)
            let m = MatchText(t)
            var last: Int32 = -1
            for o in m.origin {
                #expect(o >= last && Int(o) < t.count)
                last = o
            }
            let whole = m.originalRange(of: m.text.fullRange)
            #expect(whole.start == Int(m.origin.first ?? 0) && whole.end == t.count, "\(s)")
        }
        // A single full-width letter maps to exactly its one original unit.
        let m = MatchText("ａｂ")
        #expect(m.originalRange(of: TextRange(1, 2)) == TextRange(1, 2))
        // A ligature expands to two units that both map to the ligature.
        let lig = MatchText("xﬁy")
        #expect(lig.string == "xfiy")
        #expect(lig.originalRange(of: TextRange(1, 3)) == TextRange(1, 2))
    }

    /// ASCII lines skip ICU and other lines go to it in runs: the result must be the same as each
    /// line normalized alone, on the A/75/394 texts and on lines made to trip the runs up.
    @Test func aTextNormalizesAsItsLinesDo() throws {
        var texts = try [Language.zh, .en, .ar].map { try Paths.text(Paths.corpus.appendingPathComponent("\($0.rawValue).md")) }
        texts.append("Plain line\n\u{0301}mark first\r\nＡ full-width\nASCII again\n\nﬁ\n\u{200B}\nlast")
        for text in texts {
            let t = UTF16Text(text)
            let whole = MatchText(t)
            var units: [UInt16] = [], origin: [Int32] = []
            var start = 0
            for (i, u) in t.units.enumerated() where u == 0x0A || i == t.count - 1 {
                let line = MatchText(t, range: TextRange(start, i + 1))
                units += line.text.units
                origin += line.origin
                start = i + 1
            }
            #expect(whole.text.units == units)
            #expect(whole.origin == origin)
        }
    }

    @Test func rangeOfSubtextInALongerSource() {
        let t = UTF16Text("前文：ＵＮ大會。")
        let m = MatchText(t, range: TextRange(3, 7))
        #expect(m.string == "un大会")
        #expect(m.originalRange(of: TextRange(2, 4)) == TextRange(5, 7))
    }
}

@Suite("Collation")
struct CollationTests {
    @Test func unListOrdersPerLanguage() {
        #expect(Collator(language: .en).sorted(["Zambia", "Côte d’Ivoire", "Cuba", "Afghanistan"]) == ["Afghanistan", "Côte d’Ivoire", "Cuba", "Zambia"])
        #expect(Collator(language: .fr).sorted(["Érythrée", "Espagne", "Égypte", "Estonie"]) == ["Égypte", "Érythrée", "Espagne", "Estonie"])
        #expect(Collator(language: .es).sorted(["Nueva Zelandia", "Níger", "Ñandú", "Noruega"]) == ["Níger", "Noruega", "Nueva Zelandia", "Ñandú"])
        #expect(Collator(language: .ru).sorted(["Эстония", "Ямайка", "Ёмкость", "Египет"]) == ["Египет", "Ёмкость", "Эстония", "Ямайка"])
        // Arabic ignores the article: الجزائر sorts under ج, before ألبانيا? no: ا < ج, so after it.
        #expect(Collator(language: .ar).sorted(["الجزائر", "ألبانيا", "بوروندي", "الأردن"]) == ["الأردن", "ألبانيا", "بوروندي", "الجزائر"])
    }
}
