import Foundation

/// Counts files done from many threads and calls the caller's progress function at most
/// about once per percent, so a 100,000-file open does not flood a UI with 100,000 calls.
final class ProgressMeter: @unchecked Sendable {
    private let lock = NSLock()
    private let total: Int
    private var done = 0
    private var nextReport: Int
    private let step: Int
    private let report: @Sendable (Int, Int) -> Void

    init(total: Int, report: @escaping @Sendable (Int, Int) -> Void) {
        self.total = total
        self.report = report
        step = max(1, total / 100)
        nextReport = step
        report(0, total)
    }

    func advance(by n: Int) {
        lock.lock()
        done += n
        let now = done
        let due = now >= nextReport || now == total
        if due { nextReport = now + step }
        lock.unlock()
        // Called outside the lock so a slow callback never holds up the workers' counting.
        if due { report(min(now, total), total) }
    }
}
