import Foundation

/// A thread-safe mailbox: background work posts results, the program loop drains them
/// between reads (`readEvent` times out every few tens of milliseconds, so a posted item is
/// seen promptly without any signal to the terminal thread).
public final class EventQueue<Element: Sendable>: @unchecked Sendable {
    // @unchecked: every access to `items` holds `lock`.
    private let lock = NSLock()
    private var items: [Element] = []

    public init() {}

    public func post(_ item: Element) {
        lock.lock()
        items.append(item)
        lock.unlock()
    }

    /// Everything posted so far, oldest first; the queue is left empty.
    public func drain() -> [Element] {
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
