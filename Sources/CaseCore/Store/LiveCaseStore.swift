/// A store that other machines write to at the same time and that says when they do (the
/// PostgreSQL store). The UI replaces the one summary that changed, as after its own save,
/// and shows in its header when the store cannot be reached.
public protocol LiveCaseStore: CaseStore {
    /// Calls `onChange` from any thread for every case saved or deleted in the store (by
    /// anyone, this process included) and when the connection is lost or back, until the
    /// returned watch is stopped.
    func watch(_ onChange: @escaping @Sendable (StoreChange) -> Void) -> any StoreWatch
}

public enum StoreChange: Sendable, Equatable {
    case saved(id: String, revision: Int)
    case deleted(id: String)
    /// The store cannot be reached; it is retried with backoff. Saves fail meanwhile and
    /// keep what the user typed.
    case connectionLost(message: String)
    /// Back after a loss: changes made meanwhile were not announced, so re-read the store.
    case connectionRestored
}

public protocol StoreWatch: Sendable {
    func stop()
}
