import Foundation

/// A thread-safe mailbox: background work posts results, the program loop (`Terminal.run`)
/// drains them between reads. Each post also writes a byte to a pipe the loop's wait watches
/// beside the terminal (`wakeFD`), so an answer from another thread (the store opened, a case
/// read, a save done) is taken at once rather than when the read next times out (up to 50 ms
/// later: the open of a large store and every case opened waited for it, issue 16.3).
public final class EventQueue<Element: Sendable>: @unchecked Sendable {
    // @unchecked: every access to `items` holds `lock`; `supersedes` and the pipe's
    // descriptors are immutable.
    private let lock = NSLock()
    private var items: [Element] = []
    private let supersedes: @Sendable (_ newer: Element, _ older: Element) -> Bool
    /// The pipe's read end for a wait to watch (-1 when no pipe could be made: the loop then
    /// sees posts when its read times out, as it always did).
    public let wakeFD: Int32
    private let wakeWriteFD: Int32

    /// - Parameter supersedes: whether a newer item makes the last one waiting pointless (a
    ///   progress report after another): it then takes its place, so the queue stays short.
    public init(supersedes: @escaping @Sendable (_ newer: Element, _ older: Element) -> Bool = { _, _ in false }) {
        self.supersedes = supersedes
        var fds: [Int32] = [-1, -1]
        // Non-blocking both ends: a post never waits on a full pipe (one byte there is
        // enough to wake), and emptying it stops when it is empty.
        if pipe(&fds) == 0 {
            for fd in fds {
                _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
                _ = fcntl(fd, F_SETFD, FD_CLOEXEC)   // not inherited by $EDITOR or a pager
            }
        } else {
            fds = [-1, -1]
        }
        wakeFD = fds[0]
        wakeWriteFD = fds[1]
    }

    deinit {
        if wakeFD >= 0 { close(wakeFD) }
        if wakeWriteFD >= 0 { close(wakeWriteFD) }
    }

    public func post(_ item: Element) {
        lock.lock()
        if let last = items.last, supersedes(item, last) {
            items[items.count - 1] = item
        } else {
            items.append(item)
        }
        lock.unlock()
        if wakeWriteFD >= 0 {
            var byte: UInt8 = 1
            _ = write(wakeWriteFD, &byte, 1)   // EAGAIN: the pipe is full, the loop is woken anyway
        }
    }

    /// Everything posted so far, oldest first; the queue is left empty.
    public func drain() -> [Element] {
        // The pipe emptied before the items are taken: a post in between leaves its byte, and
        // the next wait wakes at once to find it (never the other way round, a post unseen).
        if wakeFD >= 0 {
            var sink = [UInt8](repeating: 0, count: 256)
            while read(wakeFD, &sink, sink.count) > 0 {}
        }
        lock.lock()
        defer { lock.unlock() }
        let out = items
        items.removeAll(keepingCapacity: true)
        return out
    }

    public var isEmpty: Bool {
        lock.lock()
        defer { lock.unlock() }
        return items.isEmpty
    }
}
