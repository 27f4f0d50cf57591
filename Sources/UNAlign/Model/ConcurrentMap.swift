import Dispatch

extension Array where Element: Sendable {
    /// The elements mapped on every core at once, in order. For work on independent versions
    /// (reading and parsing each file, reading each version's votes): a six-way alignment reads its
    /// six documents side by side. The first error in element order is the one thrown, as a plain
    /// `map` would throw it.
    ///
    /// `cost` (an estimate, such as a text's length) starts the costliest elements first: with six
    /// versions on two cores, the longest started last would leave one core idle while it ends.
    /// (Iterations are handed out in turn, as libdispatch does; were they not, only the speed
    /// would change.)
    public func concurrentMap<T: Sendable>(cost: ((Element) -> Int)? = nil, _ transform: @Sendable (Element) throws -> T) throws -> [T] {
        guard count > 1 else { return try map(transform) }
        let slots = Slots<T>(count: count)
        let elements = self
        let order: [Int] = cost.map { cost in
            let costs = map(cost)
            return indices.sorted { (costs[$1], $0) < (costs[$0], $1) }
        } ?? [Int](indices)
        withoutActuallyEscaping(transform) { transform in
            let work = UncheckedSendable(transform)
            DispatchQueue.concurrentPerform(iterations: elements.count) { n in
                let k = order[n]
                slots.set(k, Result { try work.value(elements[k]) })
            }
        }
        return try slots.results().map { try $0.get() }
    }

    /// The same, for a transform that cannot fail.
    public func concurrentMap<T: Sendable>(cost: ((Element) -> Int)? = nil, _ transform: @Sendable (Element) -> T) -> [T] {
        // The transform cannot throw, so neither can the throwing form it is run through.
        try! concurrentMap(cost: cost) { (e: Element) throws -> T in transform(e) }
    }
}

/// Two kinds of independent work in one round on every core: `first(0..<firstCount)` and
/// `second(0..<secondCount)`, each kind's results in order. A round started inside another runs on
/// one core, so steps that should run side by side share a round.
func concurrently<A: Sendable, B: Sendable>(_ firstCount: Int, _ first: @Sendable (Int) -> A,
                                            _ secondCount: Int, _ second: @Sendable (Int) -> B) -> ([A], [B]) {
    let a = Slots<A>(count: firstCount), b = Slots<B>(count: secondCount)
    withoutActuallyEscaping(first) { first in
        withoutActuallyEscaping(second) { second in
            let work = UncheckedSendable((first, second))
            DispatchQueue.concurrentPerform(iterations: firstCount + secondCount) { k in
                if k < firstCount { a.set(k, .success(work.value.0(k))) } else { b.set(k - firstCount, .success(work.value.1(k - firstCount))) }
            }
        }
    }
    return (a.results().map { try! $0.get() }, b.results().map { try! $0.get() })
}

/// One result per iteration, each written by its own iteration only.
private final class Slots<T>: @unchecked Sendable {
    private let storage: UnsafeMutableBufferPointer<Result<T, any Error>?>

    init(count: Int) {
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil)
    }

    deinit {
        _ = storage.deinitialize()
        storage.deallocate()
    }

    func set(_ k: Int, _ r: Result<T, any Error>) { storage[k] = r }
    func results() -> [Result<T, any Error>] { storage.map { $0! } }
}

/// A closure `withoutActuallyEscaping` lent to `concurrentPerform`, which returns only when every
/// iteration has.
private struct UncheckedSendable<V>: @unchecked Sendable {
    let value: V
    init(_ value: V) { self.value = value }
}
