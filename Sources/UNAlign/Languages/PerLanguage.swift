import Foundation

/// Tables built for one language the first time that language is asked for, then kept: a
/// process that aligns Chinese with English never pays for the Arabic, French, Russian and Spanish
/// tables. Safe across threads (batch workers share one).
final class PerLanguage<Value: Sendable>: @unchecked Sendable {  // every access goes through the lock
    private let make: @Sendable (Language) -> Value
    private var built: [Language: Value] = [:]
    // Recursive: building one language's table may read another's.
    private let lock = NSRecursiveLock()

    init(_ make: @escaping @Sendable (Language) -> Value) { self.make = make }

    subscript(_ language: Language) -> Value {
        lock.lock()
        defer { lock.unlock() }
        if let value = built[language] { return value }
        let value = make(language)
        built[language] = value
        return value
    }
}

/// A value made the first time it is asked for, then kept; safe across threads.
final class Once<Value: Sendable>: @unchecked Sendable {  // every access goes through the lock
    private let make: @Sendable () -> Value
    private var made: Value?
    private let lock = NSLock()

    init(_ make: @escaping @Sendable () -> Value) { self.make = make }

    var value: Value {
        lock.lock()
        defer { lock.unlock() }
        if let made { return made }
        let value = make()
        made = value
        return value
    }
}

/// Regular expressions compiled the first time they are asked for (a `Once` of them), for every
/// thread: a table's patterns cost their compilation only in documents that reach them.
struct CompiledPatterns: Sendable {
    /// NSRegularExpression is immutable once made, and safe to share across threads.
    private struct Expressions: @unchecked Sendable { let list: [NSRegularExpression] }
    private let once: Once<Expressions>

    init(_ sources: [String]) {
        once = Once { Expressions(list: sources.compactMap { try? NSRegularExpression(pattern: $0) }) }
    }

    var expressions: [NSRegularExpression] { once.value.list }
}
