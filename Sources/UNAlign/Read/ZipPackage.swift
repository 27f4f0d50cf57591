import CZlibShim

/// A ZIP package (the container of a Word file) read from its bytes: the central directory checked
/// against the file before anything is unpacked, each entry inflated by system zlib with a bound on
/// both sides. A damaged package gives a `Problem` naming what is wrong, never a trap and never a
/// wait: a stream cut short ends at the end of the bytes it has (a library that asks its input for
/// more would loop there for ever).
struct ZipPackage {
    /// One entry of the central directory, its data located in the file.
    struct Entry {
        var name: String
        /// 0 stored, 8 deflated: the two methods Word and every office suite write.
        var method: Int
        var crc32: UInt32
        var dataStart: Int
        var compressedSize: Int
        var uncompressedSize: Int
        var encrypted: Bool
    }

    enum Problem: Error, Equatable {
        case damaged(String)
        case tooLarge

        var reason: String {
            switch self {
            case .damaged(let reason): reason
            case .tooLarge: "it unpacks to more than the limit"
            }
        }
    }

    private let bytes: [UInt8]
    private(set) var entries: [String: Entry] = [:]

    /// The fixed sizes and signatures of the records (APPNOTE.TXT, sections 4.3.7 to 4.3.16).
    private enum Record {
        static let endSignature: UInt32 = 0x0605_4B50
        static let endSize = 22
        static let end64Signature: UInt32 = 0x0606_4B50
        static let end64LocatorSignature: UInt32 = 0x0706_4B50
        static let end64LocatorSize = 20
        static let centralSignature: UInt32 = 0x0201_4B50
        static let centralSize = 46
        static let localSignature: UInt32 = 0x0403_4B50
        static let localSize = 30
        static let longestComment = 65_535
        /// The value a 32-bit (16-bit) field holds when the real one is in the ZIP64 extra field.
        static let in64: Int = 0xFFFF_FFFF
        static let count64: Int = 0xFFFF
        static let zip64ExtraId = 0x0001
    }

    init(_ bytes: [UInt8]) throws(Problem) {
        self.bytes = bytes
        let b = bytes
        func u16(_ i: Int) -> Int { Int(b[i]) | Int(b[i + 1]) << 8 }
        func u32(_ i: Int) -> Int { u16(i) | u16(i + 2) << 16 }
        func u64(_ i: Int) -> Int {
            let high = u32(i + 4)
            // Beyond 2^62 no file on this machine reaches; a value that large is damage.
            return high >= 1 << 30 ? Int.max : u32(i) | high << 32
        }
        guard b.count >= Record.endSize else { throw .damaged("too short to be a ZIP package") }
        // The end-of-central-directory record: the last one in the file, followed by its comment.
        var end: Int?
        var i = b.count - Record.endSize
        while i >= max(0, b.count - Record.endSize - Record.longestComment) {
            if u32(i) == Int(Record.endSignature) { end = i; break }
            i -= 1
        }
        guard let e = end else { throw .damaged("no end of central directory (the file is cut short or not a ZIP)") }
        var count = u16(e + 10)
        var size = u32(e + 12)
        var offset = u32(e + 16)
        if count == Record.count64 || size == Record.in64 || offset == Record.in64 {
            let l = e - Record.end64LocatorSize
            guard l >= 0, u32(l) == Int(Record.end64LocatorSignature) else { throw .damaged("a ZIP64 package without its locator") }
            let e64 = u64(l + 8)
            guard e64 <= l - 56, u32(e64) == Int(Record.end64Signature) else { throw .damaged("the ZIP64 end record lies outside the file") }
            count = u64(e64 + 32)
            size = u64(e64 + 40)
            offset = u64(e64 + 48)
        }
        guard offset <= e, size <= e - offset else { throw .damaged("the central directory lies outside the file") }
        let directoryEnd = offset + size
        var p = offset
        for _ in 0..<count {
            guard p <= directoryEnd - Record.centralSize, u32(p) == Int(Record.centralSignature) else {
                throw .damaged("a central directory entry is damaged")
            }
            let flags = u16(p + 8)
            let method = u16(p + 10)
            let crc = UInt32(u32(p + 16))
            var compressed = u32(p + 20)
            var uncompressed = u32(p + 24)
            let nameLength = u16(p + 28), extraLength = u16(p + 30), commentLength = u16(p + 32)
            var local = u32(p + 42)
            let nameStart = p + Record.centralSize
            guard nameStart + nameLength + extraLength + commentLength <= directoryEnd else {
                throw .damaged("a central directory entry runs past the directory")
            }
            // ZIP64: the fields that hold 0xFFFFFFFF are in the extra field, in this order.
            var x = nameStart + nameLength
            let extraEnd = x + extraLength
            while x + 4 <= extraEnd {
                let id = u16(x), length = u16(x + 2)
                guard x + 4 + length <= extraEnd else { break }
                if id == Record.zip64ExtraId {
                    var f = x + 4
                    func next() -> Int? { guard f + 8 <= x + 4 + length else { return nil }; defer { f += 8 }; return u64(f) }
                    if uncompressed == Record.in64 { uncompressed = next() ?? uncompressed }
                    if compressed == Record.in64 { compressed = next() ?? compressed }
                    if local == Record.in64 { local = next() ?? local }
                }
                x += 4 + length
            }
            guard local <= b.count - Record.localSize, u32(local) == Int(Record.localSignature) else {
                throw .damaged("an entry's local header is missing")
            }
            // The local header's name and extra field may differ in length from the directory's.
            let dataStart = local + Record.localSize + u16(local + 26) + u16(local + 28)
            guard dataStart <= b.count, compressed <= b.count - dataStart else {
                throw .damaged("an entry runs past the end of the file")
            }
            let name = String(decoding: b[nameStart..<nameStart + nameLength], as: UTF8.self)
            entries[name] = Entry(name: name, method: method, crc32: crc, dataStart: dataStart,
                                  compressedSize: compressed, uncompressedSize: uncompressed,
                                  encrypted: flags & 1 != 0)
            p = extraEnd + commentLength
        }
    }

    /// The unpacked bytes of an entry, at most `limit` of them; nil when there is no such entry.
    func contents(of name: String, limit: Int) throws(Problem) -> [UInt8]? {
        guard let entry = entries[name] else { return nil }
        guard !entry.encrypted else { throw .damaged("\(name) is encrypted (the file is password-protected)") }
        let data = entry.dataStart..<entry.dataStart + entry.compressedSize
        let out: [UInt8]
        switch entry.method {
        case 0:
            guard entry.compressedSize <= limit else { throw .tooLarge }
            out = Array(bytes[data])
        case 8:
            var pointer: UnsafeMutablePointer<UInt8>?
            var length = 0
            let status = bytes.withUnsafeBufferPointer { whole in
                unalign_inflate_raw(whole.baseAddress! + data.lowerBound, data.count, limit, &pointer, &length)
            }
            defer { unalign_free(pointer) }
            switch status {
            case Int32(UNALIGN_INFLATE_OK): break
            case Int32(UNALIGN_INFLATE_TOO_LARGE): throw .tooLarge
            case Int32(UNALIGN_INFLATE_NO_MEMORY): throw .damaged("\(name) is too large to unpack in memory")
            default: throw .damaged("\(name): its compressed data is damaged or cut short")
            }
            out = pointer.map { Array(UnsafeBufferPointer(start: $0, count: length)) } ?? []
        default:
            throw .damaged("\(name) uses compression method \(entry.method) (only stored and deflated are read)")
        }
        let crc = out.withUnsafeBufferPointer { unalign_crc32(0, $0.baseAddress, $0.count) }
        guard crc == entry.crc32 else { throw .damaged("\(name): its checksum does not match (the data is damaged)") }
        return out
    }
}
