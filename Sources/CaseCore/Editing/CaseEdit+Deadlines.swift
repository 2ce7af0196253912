/// How the forms of schema version 2 (custody time limits, their extensions, tasks) are
/// written into the model; see `CaseEdit+Parts` for the other parts.
extension CaseEdit {
    func setCTL(_ x: inout CustodyTimeLimit) {
        assign("charge", &x.charge, string)
        assign("from", &x.from, day)
        assign("limit", &x.limit, vocab)
        assign("expires", &x.expires, day)
        if has("ended.date") || has("ended.reason") {
            let date = has("ended.date") ? day("ended.date") : x.ended?.date
            let reason: CTLEndReason? = has("ended.reason") ? vocab("ended.reason") : x.ended?.reason
            // A date alone ends it for a reason not given ("other"); no date, and it runs.
            if let date { x.ended = CTLEnd(date: date, reason: reason ?? .other, extra: x.ended?.extra ?? [:]) } else { x.ended = nil }
        }
    }

    func setExtension(_ x: inout CTLExtension) {
        assign("applied", &x.applied, day)
        assign("heard", &x.heard, day)
        if has("granted") {
            switch string("granted") {
            case "granted": x.granted = true
            case "refused": x.granted = false
            default: x.granted = nil
            }
        }
        assign("newExpiry", &x.newExpiry, day)
        assign("note", &x.note, string)
    }

    func editTask(_ c: inout Case, id: String?, _ context: EditContext) throws(FieldProblem) {
        switch operation {
        case .add:
            let newID = string("id") ?? Self.nextID(prefix: "T", taken: Set(c.tasks.map(\.id)))
            var t = CaseTask(id: newID, title: "", created: context.today)
            setTask(&t, context)
            c.tasks.append(t)
        case .update, .delete:
            guard let id, let n = c.tasks.firstIndex(where: { $0.id == id }) else { throw gone("task \(id ?? "")") }
            if operation == .delete { c.tasks.remove(at: n) } else { setTask(&c.tasks[n], context) }
        }
    }

    /// `done` is a date: set, the task is done by whoever set it (kept when only the date
    /// moves); emptied, the task is open again.
    func setTask(_ t: inout CaseTask, _ context: EditContext) {
        assign("title", &t.title) { string($0) ?? "" }
        assign("due", &t.due, day)
        assign("assignee", &t.assignee, string)
        if has("done") {
            if let d = day("done") {
                t.done = TaskDone(date: d, by: t.done?.by ?? context.user, extra: t.done?.extra ?? [:])
            } else {
                t.done = nil
            }
        }
    }
}
