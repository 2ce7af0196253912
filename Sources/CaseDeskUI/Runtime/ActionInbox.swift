import Foundation

/// Actions posted from background work, taken by the UI loop on the main thread.
final class ActionInbox: @unchecked Sendable {
    // @unchecked: every access to `pending` holds `lock`.
    private let lock = NSLock()
    private var pending: [Action] = []

    func post(_ action: Action) {
        lock.lock()
        // Progress reports only matter as the latest one: keep the queue short while loading.
        if case .loadProgress = action, let last = pending.last, case .loadProgress = last {
            pending[pending.count - 1] = action
        } else {
            pending.append(action)
        }
        lock.unlock()
    }

    func drain() -> [Action] {
        lock.lock()
        defer { lock.unlock() }
        let taken = pending
        pending = []
        return taken
    }
}
