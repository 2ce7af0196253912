/// Schema version 2: a next action on a case (`tasks`). A case with no open task, no
/// hearing ahead and no open request is "without a next action".
public struct CaseTask: Sendable, Equatable, Identifiable {
    public var id: String
    public var title: String
    public var due: Day?
    /// A Person id.
    public var assignee: String?
    public var created: Day
    public var done: TaskDone?
    public var extra: UnknownKeys
    public init(id: String, title: String, due: Day? = nil, assignee: String? = nil, created: Day,
                done: TaskDone? = nil, extra: UnknownKeys = [:]) {
        self.id = id; self.title = title; self.due = due; self.assignee = assignee; self.created = created
        self.done = done; self.extra = extra
    }
    public var isOpen: Bool { done == nil }
}

public struct TaskDone: Sendable, Equatable {
    public var date: Day
    /// Who marked it done (the user name of the audit trail).
    public var by: String
    public var extra: UnknownKeys
    public init(date: Day, by: String, extra: UnknownKeys = [:]) { self.date = date; self.by = by; self.extra = extra }
}
