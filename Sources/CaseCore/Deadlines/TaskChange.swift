/// Changes to a case's tasks, as pure functions of the full case.
public enum TaskChange {
    /// Marks an open task done today by `user`; nil when the case has no such open task.
    public static func done(_ c: Case, taskID: String, today: Day, by user: String) -> Case? {
        guard let i = c.tasks.firstIndex(where: { $0.id == taskID }), c.tasks[i].isOpen else { return nil }
        var c = c
        // A task created later than today (a clock set wrong) is done on the day it was made.
        c.tasks[i].done = TaskDone(date: max(today, c.tasks[i].created), by: user)
        return c
    }

    /// Reopens a done task; nil when the case has no such done task.
    public static func reopen(_ c: Case, taskID: String) -> Case? {
        guard let i = c.tasks.firstIndex(where: { $0.id == taskID }), !c.tasks[i].isOpen else { return nil }
        var c = c
        c.tasks[i].done = nil
        return c
    }

    /// Marks the task done (`done`) or reopens it; nil when it is not in the other state.
    public static func mark(_ c: Case, taskID: String, done: Bool, today: Day, by user: String) -> Case? {
        done ? self.done(c, taskID: taskID, today: today, by: user) : reopen(c, taskID: taskID)
    }
}
