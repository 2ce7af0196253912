import Foundation

/// A one-line progress count on stderr, only when stderr is a terminal (never in a pipe or a
/// log file) and only for work big enough to be noticed. Called from any thread.
final class Progress: @unchecked Sendable {
    private let label: String
    private let enabled: Bool
    private let lock = NSLock()
    private var shown = false

    init(label: String, minimum: Int = 2_000) {
        self.label = label
        self.enabled = Terminal.stderrIsTerminal
        self.minimum = minimum
    }
    private let minimum: Int

    var report: @Sendable (Int, Int) -> Void {
        { [self] done, total in self.update(done, total) }
    }

    private func update(_ done: Int, _ total: Int) {
        guard enabled, total >= minimum else { return }
        lock.lock(); defer { lock.unlock() }
        let percent = total == 0 ? 100 : done * 100 / total
        // "\r" returns to the start of the line; the line is overwritten, never scrolled.
        let text = "\r\(label): \(done) of \(total) (\(percent)%)"
        ByteOutput.standardError.write(text)
        ByteOutput.standardError.flush()
        shown = true
    }

    /// Clears the progress line so what follows starts on a clean line.
    func finish() {
        lock.lock(); defer { lock.unlock() }
        guard shown else { return }
        ByteOutput.standardError.write("\r" + String(repeating: " ", count: label.count + 40) + "\r")
        ByteOutput.standardError.flush()
        shown = false
    }
}
