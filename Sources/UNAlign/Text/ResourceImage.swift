#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A binary resource mapped into memory and used where it lies: no parsing, no copying, so a
/// process starts in milliseconds however large its tables. The layout (all little-endian, every
/// array 8-byte aligned):
///
///     magic "UNALIGN1", UInt32 byte-order mark 0x01020304, UInt32 section count
///     each section: UInt32 slotCount, entryCount, unitCount, payloadCount,
///                   then hashes [UInt64 × entryCount], slots [Int32 × slotCount],
///                   unitStarts [UInt32 × entryCount+1], payloadStarts [UInt32 × entryCount+1],
///                   payload [Int32 × payloadCount], units [UInt16 × unitCount]
///
/// The file is checked whole when it is opened (sizes, offsets, slot range, ascending starts), so a
/// lookup never needs to check a bound again.
final class ResourceImage: @unchecked Sendable {  // read-only after init; the mapping lives as long as it does
    private let base: UnsafeRawPointer
    private let length: Int
    private let mapped: Bool
    private(set) var sections: [FrozenWordTable] = []

    static let magic = Array("UNALIGN1".utf8)
    static let byteOrderMark: UInt32 = 0x0102_0304

    enum Problem: Error, CustomStringConvertible {
        case unreadable(String), malformed(String)
        var description: String {
            switch self {
            case .unreadable(let s): "cannot be read: \(s)"
            case .malformed(let s): "is not a resource image this build can read: \(s)"
            }
        }
    }

    /// Maps the file (or reads it, where it cannot be mapped) and checks it.
    convenience init(contentsOf path: String) throws(Problem) {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw .unreadable(String(cString: strerror(errno))) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_size > 0 else { throw .unreadable("empty or not a file") }
        let length = Int(info.st_size)
        if let p = mmap(nil, length, PROT_READ, MAP_PRIVATE, fd, 0), p != MAP_FAILED {
            try self.init(base: UnsafeRawPointer(p), length: length, mapped: true)
        } else {
            let bytes = try? Data(contentsOf: URL(fileURLWithPath: path))
            guard let bytes else { throw .unreadable(String(cString: strerror(errno))) }
            try self.init(copying: [UInt8](bytes))
        }
    }

    /// An image from bytes in memory (a copy is kept).
    convenience init(copying bytes: [UInt8]) throws(Problem) {
        let p = UnsafeMutableRawPointer.allocate(byteCount: max(bytes.count, 1), alignment: 16)
        bytes.withUnsafeBytes { p.copyMemory(from: $0.baseAddress!, byteCount: bytes.count) }
        try self.init(base: UnsafeRawPointer(p), length: bytes.count, mapped: false)
    }

    private init(base: UnsafeRawPointer, length: Int, mapped: Bool) throws(Problem) {
        self.base = base
        self.length = length
        self.mapped = mapped
        // A throw from here still runs deinit (every property is set), which releases the bytes.
        sections = try Self.sections(base, length)
    }

    deinit {
        if mapped { munmap(UnsafeMutableRawPointer(mutating: base), length) } else { base.deallocate() }
    }

    private static func sections(_ base: UnsafeRawPointer, _ length: Int) throws(Problem) -> [FrozenWordTable] {
        func u32(_ at: Int) throws(Problem) -> Int {
            guard at >= 0, at + 4 <= length else { throw .malformed("cut short at byte \(at)") }
            return Int(UInt32(littleEndian: base.loadUnaligned(fromByteOffset: at, as: UInt32.self)))
        }
        guard length >= 16, (0..<8).allSatisfy({ base.load(fromByteOffset: $0, as: UInt8.self) == magic[$0] }) else {
            throw .malformed("no UNALIGN1 header")
        }
        guard try u32(8) == Int(byteOrderMark) else { throw .malformed("written on a machine of the other byte order") }
        var at = 16
        var tables: [FrozenWordTable] = []
        for _ in 0..<(try u32(12)) {
            let slotCount = try u32(at), entryCount = try u32(at + 4), unitCount = try u32(at + 8), payloadCount = try u32(at + 12)
            at += 16
            func array<T>(_ count: Int, _: T.Type) throws(Problem) -> UnsafeBufferPointer<T> {
                at = (at + 7) & ~7
                let bytes = count * MemoryLayout<T>.stride
                guard bytes <= length - at else { throw .malformed("an array runs past the end") }
                defer { at += bytes }
                return UnsafeBufferPointer(start: (base + at).assumingMemoryBound(to: T.self), count: count)
            }
            let hashes = try array(entryCount, UInt64.self)
            let slots = try array(slotCount, Int32.self)
            let unitStarts = try array(entryCount + 1, UInt32.self)
            let payloadStarts = try array(entryCount + 1, UInt32.self)
            let payload = try array(payloadCount, Int32.self)
            let units = try array(unitCount, UInt16.self)
            at = (at + 7) & ~7
            let table = FrozenWordTable(slots: slots, hashes: hashes, unitStarts: unitStarts, units: units,
                                        payloadStarts: payloadStarts, payload: payload)
            if let problem = table.problem { throw .malformed(problem) }
            tables.append(table)
        }
        return tables
    }

    /// Builds an image: the sections in order, as `ResourceImage` reads them.
    struct Writer {
        private(set) var bytes: [UInt8] = []
        private var count: UInt32 = 0

        init() {
            bytes = ResourceImage.magic
            put(ResourceImage.byteOrderMark)
            put(UInt32(0))
        }

        private mutating func put<T: FixedWidthInteger>(_ v: T) {
            withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) }
        }

        private mutating func align() { while bytes.count % 8 != 0 { bytes.append(0) } }

        private mutating func put<T: FixedWidthInteger>(_ values: [T]) {
            align()
            for v in values { put(v) }
        }

        mutating func section(slots: [Int32], hashes: [UInt64], unitStarts: [UInt32], units: [UInt16],
                              payloadStarts: [UInt32], payload: [Int32]) {
            precondition(slots.count.nonzeroBitCount == 1 && hashes.count < slots.count)
            precondition(unitStarts.count == hashes.count + 1 && payloadStarts.count == hashes.count + 1)
            for n in [slots.count, hashes.count, units.count, payload.count] { put(UInt32(n)) }
            put(hashes); put(slots); put(unitStarts); put(payloadStarts); put(payload); put(units)
            align()
            count += 1
            withUnsafeBytes(of: count.littleEndian) { bytes.replaceSubrange(12..<16, with: $0) }
        }
    }
}

/// A read-only open-addressing table from words (UTF-16 units) to runs of ids, lying in a
/// `ResourceImage`: the frozen form of a `TokenCache`, looked up the same way.
struct FrozenWordTable: @unchecked Sendable {  // points into an immutable mapping its image keeps alive
    let slots: UnsafeBufferPointer<Int32>
    let hashes: UnsafeBufferPointer<UInt64>
    let unitStarts: UnsafeBufferPointer<UInt32>
    let units: UnsafeBufferPointer<UInt16>
    let payloadStarts: UnsafeBufferPointer<UInt32>
    let payload: UnsafeBufferPointer<Int32>

    var count: Int { hashes.count }

    /// What makes the table unsafe to look up in, if anything: checked once, when it is opened.
    var problem: String? {
        guard slots.count.nonzeroBitCount == 1, hashes.count < slots.count else { return "the slot count is not a power of two above the entries" }
        guard slots.contains(where: { $0 < 0 }) else { return "no empty slot (a lookup would not end)" }
        guard slots.allSatisfy({ $0 < Int32(hashes.count) }) else { return "a slot names no entry" }
        for (starts, total) in [(unitStarts, units.count), (payloadStarts, payload.count)] {
            guard starts.first == 0, Int(starts.last ?? 1) == total else { return "the starts do not cover their array" }
            for k in 1..<starts.count where starts[k] < starts[k - 1] { return "the starts go backwards" }
        }
        return nil
    }

    func entry(_ word: UnsafeBufferPointer<UInt16>) -> Int? {
        let h = TokenCache.hash(word)
        let mask = slots.count - 1
        var k = Int(truncatingIfNeeded: h) & mask
        while true {
            let e = Int(slots[k])
            if e < 0 { return nil }
            let start = Int(unitStarts[e]), end = Int(unitStarts[e + 1])
            if hashes[e] == h, end - start == word.count, UnsafeBufferPointer(rebasing: units[start..<end]).elementsEqual(word) {
                return e
            }
            k = (k + 1) & mask
        }
    }

    func payload(_ e: Int) -> UnsafeBufferPointer<Int32> {
        UnsafeBufferPointer(rebasing: payload[Int(payloadStarts[e])..<Int(payloadStarts[e + 1])])
    }
}
