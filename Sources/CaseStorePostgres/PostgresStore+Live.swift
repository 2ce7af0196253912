import CaseCore
import Foundation
import PostgresNIO

extension PostgresStore: LiveCaseStore {
    /// The NOTIFY channel of this store's schema: several stores in one database do not hear
    /// each other.
    var channel: String { PostgresSchema.channel + (address.schema.map { "_" + $0 } ?? "") }

    public func watch(_ onChange: @escaping @Sendable (StoreChange) -> Void) -> any StoreWatch {
        let watcher = PostgresWatcher(connector: connector, channel: channel, onChange: onChange)
        watcher.start()
        return watcher
    }
}

/// LISTEN on a connection of its own; when that connection drops, says so and reconnects
/// with backoff (1 s doubling to 30 s) until stopped.
final class PostgresWatcher: StoreWatch, @unchecked Sendable {
    private let connector: PostgresConnector
    private let channel: String
    private let onChange: @Sendable (StoreChange) -> Void
    private let lock = NSLock()
    private var connection: PostgresConnection?
    private var stopped = false
    private var lost = false
    private let queue = DispatchQueue(label: "casedesk.postgres.watch")

    init(connector: PostgresConnector, channel: String, onChange: @escaping @Sendable (StoreChange) -> Void) {
        self.connector = connector; self.channel = channel; self.onChange = onChange
    }

    func start() { queue.async { self.connect(delay: 1) } }

    func stop() {
        let c: PostgresConnection? = lock.withLock { stopped = true; let c = connection; connection = nil; return c }
        if let c { PostgresConnector.discard(c) }
    }

    private func connect(delay: Double) {
        if lock.withLock({ stopped }) { return }
        do {
            let c = try connector.connect()
            c.addListener(channel: channel) { [onChange] _, note in
                if let change = Self.parse(note.payload) { onChange(change) }
            }
            do {
                _ = try c.query(PostgresQuery(unsafeSQL: "LISTEN \"\(channel)\""), logger: PostgresConnector.logger).wait()
            } catch {
                PostgresConnector.discard(c)
                throw PostgresFailure.translate(error, address: connector.address)
            }
            let keep = lock.withLock { () -> Bool in
                guard !stopped else { return false }
                connection = c
                return true
            }
            guard keep else { PostgresConnector.discard(c); return }
            if lock.withLock({ let was = lost; lost = false; return was }) { onChange(.connectionRestored) }
            c.closeFuture.whenComplete { [weak self] _ in self?.dropped("the connection to the server was lost") }
        } catch {
            lock.withLock { lost = true }
            onChange(.connectionLost(message: "\(error)"))
            queue.asyncAfter(deadline: .now() + delay) { self.connect(delay: min(30, delay * 2)) }
        }
    }

    private func dropped(_ message: String) {
        let again = lock.withLock { () -> Bool in
            connection = nil
            guard !stopped else { return false }
            lost = true
            return true
        }
        guard again else { return }
        onChange(.connectionLost(message: message))
        queue.asyncAfter(deadline: .now() + 1) { self.connect(delay: 2) }
    }

    /// "ID REVISION" after a save, "ID deleted" after a delete.
    static func parse(_ payload: String) -> StoreChange? {
        let parts = payload.split(separator: " ")
        guard parts.count == 2 else { return nil }
        let id = String(parts[0])
        if parts[1] == "deleted" { return .deleted(id: id) }
        return Int(parts[1]).map { .saved(id: id, revision: $0) }
    }
}
