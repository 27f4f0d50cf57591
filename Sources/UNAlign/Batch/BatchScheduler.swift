import Foundation

/// Runs many independent jobs on a fixed number of worker threads, each job with an optional time
/// limit. A job that overruns is reported as timed out and its worker replaced, so one set that
/// hangs (a file on a stuck mount, a pathological input) never stops the others; the overrunning
/// thread is left to finish or to end with the process, and whatever it returns is discarded.
///
/// Every job is reported exactly once, through `finished`, from whichever thread ends it; reports
/// are serialized (one at a time), so the callback may write to shared output.
public enum BatchScheduler {
    public enum Outcome<Value: Sendable>: Sendable {
        case done(Value)
        case failed(String)
        case timedOut(seconds: Double)
    }

    /// How often the watchdog looks at the running jobs, at most (it sleeps until the next
    /// deadline when that is sooner).
    static let watchdogInterval = 0.05
    /// Worker threads recurse through document trees: a generous stack, as the main thread has.
    static let workerStackSize = 16 * 1_048_576

    public static func run<Value: Sendable>(
        jobs count: Int, workers: Int, timeout: Double?,
        work: @escaping @Sendable (Int) throws -> Value,
        finished: @escaping @Sendable (Int, Outcome<Value>) -> Void
    ) {
        precondition(workers >= 1, "at least one worker")
        precondition(timeout.map { $0 > 0 } ?? true, "a time limit is positive")
        guard count > 0 else { return }
        let state = State(count: count, finished: finished)
        let allDone = DispatchSemaphore(value: 0)

        @Sendable func startWorker() {
            let t = Thread {
                while let job = state.take() {
                    let outcome: Outcome<Value>
                    do { outcome = .done(try work(job)) } catch { outcome = .failed("\(error)") }
                    // An abandoned worker's result is not reported (the watchdog already did) and it
                    // takes no more jobs: its replacement does.
                    guard state.report(job, outcome) else { return }
                    if state.isComplete { allDone.signal() }
                }
            }
            t.stackSize = workerStackSize
            t.start()
        }
        for _ in 0..<min(workers, count) { startWorker() }

        if let timeout {
            while !state.isComplete {
                let now = Date()
                for job in state.overrunning(timeout, now: now) {
                    state.abandon(job, outcome: .timedOut(seconds: timeout))
                    if !state.isComplete { startWorker() }
                }
                if state.isComplete { break }
                let wait = min(watchdogInterval, max(0.001, state.nextDeadline(timeout)?.timeIntervalSince(Date()) ?? watchdogInterval))
                _ = allDone.wait(timeout: .now() + wait)
            }
        } else {
            allDone.wait()
        }
    }

    /// The shared bookkeeping, under one lock.
    private final class State<Value: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private let count: Int
        private var next = 0
        private var reported = 0
        private var started: [Int: Date] = [:]
        private var abandoned = Set<Int>()
        private let finished: @Sendable (Int, Outcome<Value>) -> Void

        init(count: Int, finished: @escaping @Sendable (Int, Outcome<Value>) -> Void) {
            self.count = count
            self.finished = finished
        }

        func take() -> Int? {
            lock.withLock {
                guard next < count else { return nil }
                defer { next += 1 }
                started[next] = Date()
                return next
            }
        }

        /// Reports a finished job; false when the watchdog gave up on it first.
        func report(_ job: Int, _ outcome: Outcome<Value>) -> Bool {
            lock.withLock {
                guard started.removeValue(forKey: job) != nil, !abandoned.contains(job) else { return false }
                finished(job, outcome)
                reported += 1
                return true
            }
        }

        func abandon(_ job: Int, outcome: Outcome<Value>) {
            lock.withLock {
                guard started.removeValue(forKey: job) != nil else { return }
                abandoned.insert(job)
                finished(job, outcome)
                reported += 1
            }
        }

        func overrunning(_ timeout: Double, now: Date) -> [Int] {
            lock.withLock { started.filter { now.timeIntervalSince($0.value) >= timeout }.map(\.key).sorted() }
        }

        func nextDeadline(_ timeout: Double) -> Date? {
            lock.withLock { started.values.min()?.addingTimeInterval(timeout) }
        }

        var isComplete: Bool { lock.withLock { reported == count } }
    }
}
