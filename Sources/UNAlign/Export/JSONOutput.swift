/// JSON exactly as Foundation's `JSONEncoder` writes it with `.sortedKeys` and
/// `.withoutEscapingSlashes` (and `.prettyPrinted` where asked), written without it: Foundation's
/// encoder boxes and casts every value on its way (a date? a URL? a dictionary of strings?) and took
/// two fifths of a six-way alignment written as JSON. A test keeps the two byte for byte equal.
///
/// Values are collected as a tree (a container may be asked for again, or nested, before it is
/// filled), then written once: object keys in the order of their UTF-8 bytes, numbers as Swift
/// prints them (`1` for 1.0), strings with `"`, `\` and control characters escaped. A number that
/// is not finite cannot be written, as in Foundation.
public struct JSONOutput: Sendable {
    public var prettyPrinted: Bool

    public init(prettyPrinted: Bool) { self.prettyPrinted = prettyPrinted }

    public func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = TreeEncoder(parent: nil, key: nil)
        try value.encode(to: encoder)
        var out: [UInt8] = []
        out.reserveCapacity(1 << 16)
        write(encoder.value ?? .object(ObjectBox()), into: &out, depth: 0)
        return String(decoding: out, as: UTF8.self)
    }

    // MARK: Writing

    private func write(_ node: Node, into out: inout [UInt8], depth: Int) {
        switch node {
        case .null: out += Self.null
        case .bool(let b): out += b ? Self.true : Self.false
        case .number(let n): out += n.utf8
        case .string(let s): Self.writeString(s, into: &out)
        case .encoder(let e): write(e.value ?? .object(ObjectBox()), into: &out, depth: depth)
        case .array(let box):
            out.append(0x5B)  // [
            if prettyPrinted {
                out.append(0x0A)
                for (k, element) in box.elements.enumerated() {
                    if k > 0 { out += Self.commaNewline }
                    indent(&out, depth + 1)
                    write(element, into: &out, depth: depth + 1)
                }
                // Foundation writes an empty array with a blank line inside.
                out.append(0x0A)
                indent(&out, depth)
            } else {
                for (k, element) in box.elements.enumerated() {
                    if k > 0 { out.append(0x2C) }
                    write(element, into: &out, depth: depth + 1)
                }
            }
            out.append(0x5D)  // ]
        case .object(let box):
            out.append(0x7B)  // {
            if prettyPrinted { out.append(0x0A) }
            for (k, m) in box.sortedMembers.enumerated() {
                if k > 0 { out += prettyPrinted ? Self.commaNewline : [0x2C] }
                if prettyPrinted { indent(&out, depth + 1) }
                Self.writeString(box.keys[m], into: &out)
                out += prettyPrinted ? Self.prettyColon : [0x3A]
                write(box.values[m], into: &out, depth: depth + 1)
            }
            if prettyPrinted {
                out.append(0x0A)
                indent(&out, depth)
            }
            out.append(0x7D)  // }
        }
    }

    private func indent(_ out: inout [UInt8], _ depth: Int) {
        for _ in 0..<(2 * depth) { out.append(0x20) }
    }

    private static let null = Array("null".utf8), `true` = Array("true".utf8), `false` = Array("false".utf8)
    private static let commaNewline: [UInt8] = [0x2C, 0x0A]
    private static let prettyColon: [UInt8] = [0x20, 0x3A, 0x20]
    private static let hex = Array("0123456789abcdef".utf8)

    private static func writeString(_ s: String, into out: inout [UInt8]) {
        out.append(0x22)
        var s = s
        s.withUTF8 { bytes in
            var run = 0
            for (i, b) in bytes.enumerated() where b < 0x20 || b == 0x22 || b == 0x5C {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i]))
                run = i + 1
                out.append(0x5C)  // \
                switch b {
                case 0x22, 0x5C: out.append(b)
                case 0x08: out.append(0x62)  // b
                case 0x0C: out.append(0x66)  // f
                case 0x0A: out.append(0x6E)  // n
                case 0x0D: out.append(0x72)  // r
                case 0x09: out.append(0x74)  // t
                default: out += [0x75, 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0x0F)]]  // u00XX
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run...]))
        }
        out.append(0x22)
    }

    // MARK: The tree

    fileprivate enum Node {
        case null, bool(Bool), number(String), string(String)
        case array(ArrayBox), object(ObjectBox)
        /// What an encoder handed out by `superEncoder` writes, read when the tree is written.
        case encoder(TreeEncoder)
    }

    fileprivate final class ArrayBox {
        var elements: [Node] = []
    }

    /// Members in the order they were encoded (no hashing: most objects have a handful).
    fileprivate final class ObjectBox {
        var keys: [String] = []
        var values: [Node] = []

        func set(_ key: String, _ value: Node) {
            keys.append(key)
            values.append(value)
        }

        /// The members' indices with their keys in the order Foundation sorts them (by their UTF-8
        /// bytes), a key encoded twice once, with its last value.
        var sortedMembers: [Int] {
            let order = keys.indices.sorted { a, b in
                keys[a] == keys[b] ? a < b : keys[a].utf8.lexicographicallyPrecedes(keys[b].utf8)
            }
            return order.indices.filter { k in k + 1 == order.count || keys[order[k + 1]] != keys[order[k]] }.map { order[$0] }
        }
    }

    fileprivate static func number<N: BinaryFloatingPoint & LosslessStringConvertible>(_ value: N, _ codingPath: [CodingKey]) throws -> Node {
        guard value.isFinite else {
            throw EncodingError.invalidValue(value, .init(codingPath: codingPath, debugDescription: "Unable to encode \(value) directly in JSON."))
        }
        var s = value.description
        if s.hasSuffix(".0") { s.removeLast(2) }
        return .number(s)
    }

    fileprivate final class TreeEncoder: Encoder {
        /// The path is read only where something asks (an error): each encoder knows its parent
        /// and its key, and no array of keys is made per value.
        let parent: TreeEncoder?
        let key: CodingKey?
        var codingPath: [CodingKey] {
            var path: [CodingKey] = []
            var e: TreeEncoder? = self
            while let x = e, let k = x.key { path.append(k); e = x.parent }
            return path.reversed()
        }
        var userInfo: [CodingUserInfoKey: Any] { [:] }
        /// What was encoded: nil until a container or a value is asked for.
        var value: Node?

        init(parent: TreeEncoder?, key: CodingKey?) {
            self.parent = parent
            self.key = key
        }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            let box: ObjectBox
            if case .object(let existing) = value { box = existing } else { box = ObjectBox(); value = .object(box) }
            return KeyedEncodingContainer(KeyedContainer<Key>(box: box, encoder: self))
        }

        func unkeyedContainer() -> UnkeyedEncodingContainer {
            let box: ArrayBox
            if case .array(let existing) = value { box = existing } else { box = ArrayBox(); value = .array(box) }
            return UnkeyedContainer(box: box, encoder: self)
        }

        func singleValueContainer() -> SingleValueEncodingContainer { SingleValue(encoder: self) }

        /// The node of a value: primitives directly, anything else through an encoder of its own.
        func node<T: Encodable>(_ value: T, key: CodingKey) throws -> Node {
            switch value {
            case let s as String: return .string(s)
            case let i as Int: return .number(String(i))
            case let d as Double: return try JSONOutput.number(d, TreeEncoder(parent: self, key: key).codingPath)
            case let b as Bool: return .bool(b)
            default:
                let encoder = TreeEncoder(parent: self, key: key)
                try value.encode(to: encoder)
                return encoder.value ?? .object(ObjectBox())
            }
        }
    }

    private struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int?
        init(stringValue: String) { self.stringValue = stringValue }
        init(intValue: Int) { stringValue = String(intValue); self.intValue = intValue }
    }

    private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let box: ObjectBox
        let encoder: TreeEncoder
        var codingPath: [CodingKey] { encoder.codingPath }

        private func set(_ node: Node, _ key: Key) { box.set(key.stringValue, node) }
        private func number<N: BinaryFloatingPoint & LosslessStringConvertible>(_ value: N, _ key: Key) throws -> Node {
            try JSONOutput.number(value, TreeEncoder(parent: encoder, key: key).codingPath)
        }

        mutating func encodeNil(forKey key: Key) throws { set(.null, key) }
        mutating func encode(_ value: Bool, forKey key: Key) throws { set(.bool(value), key) }
        mutating func encode(_ value: String, forKey key: Key) throws { set(.string(value), key) }
        mutating func encode(_ value: Double, forKey key: Key) throws { set(try number(value, key), key) }
        mutating func encode(_ value: Float, forKey key: Key) throws { set(try number(value, key), key) }
        mutating func encode(_ value: Int, forKey key: Key) throws { set(.number(String(value)), key) }
        mutating func encode(_ value: Int8, forKey key: Key) throws { set(.number(String(value)), key) }
        mutating func encode(_ value: Int16, forKey key: Key) throws { set(.number(String(value)), key) }
        mutating func encode(_ value: Int32, forKey key: Key) throws { set(.number(String(value)), key) }
        mutating func encode(_ value: Int64, forKey key: Key) throws { set(.number(String(value)), key) }
        mutating func encode(_ value: UInt, forKey key: Key) throws { set(.number(String(value)), key) }
        mutating func encode(_ value: UInt8, forKey key: Key) throws { set(.number(String(value)), key) }
        mutating func encode(_ value: UInt16, forKey key: Key) throws { set(.number(String(value)), key) }
        mutating func encode(_ value: UInt32, forKey key: Key) throws { set(.number(String(value)), key) }
        mutating func encode(_ value: UInt64, forKey key: Key) throws { set(.number(String(value)), key) }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { set(try encoder.node(value, key: key), key) }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            let nested = ObjectBox()
            set(.object(nested), key)
            return KeyedEncodingContainer(KeyedContainer<NestedKey>(box: nested, encoder: TreeEncoder(parent: encoder, key: key)))
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
            let nested = ArrayBox()
            set(.array(nested), key)
            return UnkeyedContainer(box: nested, encoder: TreeEncoder(parent: encoder, key: key))
        }

        mutating func superEncoder() -> Encoder { superEncoder(named: AnyKey(stringValue: "super")) }
        mutating func superEncoder(forKey key: Key) -> Encoder { superEncoder(named: key) }

        private func superEncoder(named key: CodingKey) -> Encoder {
            let sub = TreeEncoder(parent: encoder, key: key)
            box.set(key.stringValue, .encoder(sub))
            return sub
        }
    }

    private struct UnkeyedContainer: UnkeyedEncodingContainer {
        let box: ArrayBox
        let encoder: TreeEncoder
        var codingPath: [CodingKey] { encoder.codingPath }
        var count: Int { box.elements.count }

        private var nextKey: CodingKey { AnyKey(intValue: box.elements.count) }
        private func number<N: BinaryFloatingPoint & LosslessStringConvertible>(_ value: N) throws -> Node {
            try JSONOutput.number(value, TreeEncoder(parent: encoder, key: nextKey).codingPath)
        }

        mutating func encodeNil() throws { box.elements.append(.null) }
        mutating func encode(_ value: Bool) throws { box.elements.append(.bool(value)) }
        mutating func encode(_ value: String) throws { box.elements.append(.string(value)) }
        mutating func encode(_ value: Double) throws { box.elements.append(try number(value)) }
        mutating func encode(_ value: Float) throws { box.elements.append(try number(value)) }
        mutating func encode(_ value: Int) throws { box.elements.append(.number(String(value))) }
        mutating func encode(_ value: Int32) throws { box.elements.append(.number(String(value))) }
        mutating func encode(_ value: Int64) throws { box.elements.append(.number(String(value))) }
        mutating func encode(_ value: UInt64) throws { box.elements.append(.number(String(value))) }
        mutating func encode<T: Encodable>(_ value: T) throws { box.elements.append(try encoder.node(value, key: nextKey)) }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            let sub = TreeEncoder(parent: encoder, key: nextKey)
            let nested = ObjectBox()
            box.elements.append(.object(nested))
            return KeyedEncodingContainer(KeyedContainer<NestedKey>(box: nested, encoder: sub))
        }

        mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer {
            let sub = TreeEncoder(parent: encoder, key: nextKey)
            let nested = ArrayBox()
            box.elements.append(.array(nested))
            return UnkeyedContainer(box: nested, encoder: sub)
        }

        mutating func superEncoder() -> Encoder {
            let sub = TreeEncoder(parent: encoder, key: nextKey)
            box.elements.append(.encoder(sub))
            return sub
        }
    }

    private struct SingleValue: SingleValueEncodingContainer {
        let encoder: TreeEncoder
        var codingPath: [CodingKey] { encoder.codingPath }

        func encodeNil() throws { encoder.value = .null }
        func encode(_ value: Bool) throws { encoder.value = .bool(value) }
        func encode(_ value: String) throws { encoder.value = .string(value) }
        func encode(_ value: Double) throws { encoder.value = try JSONOutput.number(value, codingPath) }
        func encode(_ value: Float) throws { encoder.value = try JSONOutput.number(value, codingPath) }
        func encode(_ value: Int) throws { encoder.value = .number(String(value)) }
        func encode(_ value: Int32) throws { encoder.value = .number(String(value)) }
        func encode(_ value: Int64) throws { encoder.value = .number(String(value)) }
        func encode(_ value: UInt64) throws { encoder.value = .number(String(value)) }
        func encode<T: Encodable>(_ value: T) throws {
            // A value encoded as another (a wrapper's single value) is that value, at this path.
            switch value {
            case let s as String: encoder.value = .string(s)
            case let i as Int: encoder.value = .number(String(i))
            case let d as Double: encoder.value = try JSONOutput.number(d, codingPath)
            case let b as Bool: encoder.value = .bool(b)
            default:
                let sub = TreeEncoder(parent: encoder.parent, key: encoder.key)
                try value.encode(to: sub)
                encoder.value = sub.value ?? .object(ObjectBox())
            }
        }
    }
}
