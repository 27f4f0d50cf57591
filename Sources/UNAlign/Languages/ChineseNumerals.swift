import CICUShim

/// Chinese numerals as numbers: 一九八九 → 1989 (digit by digit, years), 二十一 → 21, 廿九 → 29.
enum ChineseNumerals {
    static let digits: [Character: Int] = ["〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9]
    static let units: [Character: Int] = ["十": 10, "百": 100, "千": 1000, "万": 10000]

    /// The scalars a numeral may start with: a cheap test before any Character lookup.
    static let starts: Set<UInt32> = Set("〇零一二两三四五六七八九十百千万廿卅".unicodeScalars.map(\.value))

    /// BMP Han characters the token rules may read as numbers: those with a numeric value in
    /// Unicode (一, 廿, 亿, 兆...) and those `value` reads (两 has none in Unicode).
    /// ICU answers for the whole block in one call (asking Swift's Unicode properties character by
    /// character cost a tenth of a one-line alignment's start-up).
    private static let numericHan: [Bool] = {
        var flags = [UInt8](repeating: 0, count: 0x9FFF - 0x3400 + 1)
        ua_numeric_flags(0x3400, 0x9FFF, &flags)
        for s in starts where (0x3400...0x9FFF).contains(s) { flags[Int(s) - 0x3400] = 1 }
        return flags.map { $0 != 0 }
    }()

    /// A unified Han character (U+3400–U+9FFF) with no numeric value.
    @inline(__always)
    static func isPlainHan(_ u: UInt16) -> Bool { u >= 0x3400 && u <= 0x9FFF && !numericHan[Int(u) - 0x3400] }

    static func value(_ s: String) -> Int? {
        guard let first = s.unicodeScalars.first, starts.contains(first.value) else { return nil }
        // A run of numerals long enough to overflow is no number anyone wrote.
        guard s.count <= 18, s.allSatisfy({ digits[$0] != nil || units[$0] != nil || $0 == "廿" || $0 == "卅" }) else { return nil }
        if s.count == 1, let d = digits[s.first!] { return d }
        if s.allSatisfy({ digits[$0] != nil }) { return s.reduce(0) { $0 * 10 + digits[$1]! } }
        var total = 0, section = 0, number = 0
        for c in s {
            if let d = digits[c] { number = d }
            else if c == "廿" { section += 20 }
            else if c == "卅" { section += 30 }
            else if let u = units[c] {
                if u == 10000 { total += (section + number) * u; section = 0 }
                else { section += (number == 0 ? 1 : number) * u }
                number = 0
            }
        }
        return total + section + number
    }

    /// A number in Chinese numerals as counting writes it: 1 → 一, 10 → 十, 21 → 二十一, 110 → 一百一十.
    static func write(_ n: Int) -> String {
        let d = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        guard n > 0, n < 10000 else { return String(n) }
        if n < 10 { return d[n] }
        if n < 20 { return "十" + (n % 10 == 0 ? "" : d[n % 10]) }
        var out = ""
        var zero = false
        for (unit, name) in [(1000, "千"), (100, "百"), (10, "十"), (1, "")] {
            let k = (n / unit) % 10
            if k == 0 { if !out.isEmpty { zero = true }; continue }
            if zero { out += "零"; zero = false }
            out += d[k] + name
        }
        return out
    }
}
