import Foundation

/// A thread-safe mailbox: background work posts results, the program loop (`Terminal.run`)
/// drains them between reads (`readEvent` times out every few tens of milliseconds, so a
/// posted item is seen promptly without any signal to the terminal thread).
public final class EventQueue<Element: Sendable>: @unchecked Sendable {
    // @unchecked: every access to `items` holds `lock`; `supersedes` is immutable.
    private let lock = NSLock()
    private var items: [Element] = []
    private let supersedes: @Sendable (_ newer: Element, _ older: Element) -> Bool

    /// - Parameter supersedes: whether a newer item makes the last one waiting pointless (a
    ///   progress report after another): it then takes its place, so the queue stays short.
    public init(supersedes: @escaping @Sendable (_ newer: Element, _ older: Element) -> Bool = { _, _ in false }) {
        self.supersedes = supersedes
    }

    public func post(_ item: Element) {
        lock.lock()
        if let last = items.last, supersedes(item, last) {
            items[items.count - 1] = item
        } else {
            items.append(item)
        }
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
