/// One line of `audit.jsonl`: who saved which case, when, and what changed.
public struct AuditEntry: Sendable, Equatable {
    public var at: Timestamp
    public var user: String
    /// `create`, `update`, `delete`, `import`, `undo`, `redo`, `chase`, `advance`.
    public var action: String
    public var `case`: String
    /// The changed fields as JSON paths, e.g. `defendants[0].outcome, status`.
    public var detail: String
    /// The revision this change wrote (nil for a delete, an upgrade, and lines written before
    /// revisions were recorded): `check` proves every revision of a case has one line.
    public var revision: Int?
    public var extra: UnknownKeys
    public init(at: Timestamp, user: String, action: String, case id: String, detail: String, revision: Int? = nil,
                extra: UnknownKeys = [:]) {
        self.at = at; self.user = user; self.action = action; self.case = id; self.detail = detail
        self.revision = revision; self.extra = extra
    }
}
