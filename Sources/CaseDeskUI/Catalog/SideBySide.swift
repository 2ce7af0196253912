import Dispatch

/// Two pieces of work done at once on two threads, for the catalog's indexes that are each a
/// pass over every summary and need nothing of one another (issue 17.5: installing 100,000
/// summaries was the largest part of the UI's open, on one core of two).
enum SideBySide {
    static func run<A: Sendable, B: Sendable>(_ a: @Sendable () -> A, _ b: @Sendable () -> B) -> (A, B) {
        // Each slot is written by one iteration only, and read after both have returned.
        nonisolated(unsafe) var first: A?
        nonisolated(unsafe) var second: B?
        DispatchQueue.concurrentPerform(iterations: 2) { i in
            if i == 0 { first = a() } else { second = b() }
        }
        return (first!, second!)
    }
}
