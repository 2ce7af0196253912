/// Schema version 2: custody time limits and tasks.
extension CustodyTimeLimit {
    public func toJSON() -> JSONValue {
        var o = extra
        o.put("charge", charge); o.put("from", from); o.put("limit", limit); o.put("expires", expires)
        o["extensions"] = .array(extensions.map { $0.toJSON() })
        o.put("ended", ended?.toJSON())
        return .object(o)
    }

    static func decode(_ v: JSONValue, _ cx: DecodeContext) -> CustodyTimeLimit? {
        guard let o = cx.object(v, what: "a custody time limit") else { return nil }
        let charge = cx.string(o, "charge", required: false)
        let from = cx.day(o, "from")
        let limit = cx.enumValue(o, "limit", CTLLimit.self, name: "custody time limit")
        let expires = cx.day(o, "expires", required: false)
        let extensions = cx.array(o, "extensions") { CTLExtension.decode($0, cx) }
        let ended = cx.nested(o, "ended") { CTLEnd.decode($0, cx) }
        guard let from, let limit, let extensions else { return nil }
        if cx.value(o, "ended", required: false) != nil, ended == nil { return nil }
        return CustodyTimeLimit(charge: charge, from: from, limit: limit, expires: expires, extensions: extensions,
                                ended: ended, extra: cx.extra(o, known: ModelKeys.custodyTimeLimit))
    }
}

extension CTLExtension {
    public func toJSON() -> JSONValue {
        var o = extra
        o.put("applied", applied); o.put("heard", heard); o.put("granted", granted)
        o.put("newExpiry", newExpiry); o.put("note", note)
        return .object(o)
    }

    static func decode(_ v: JSONValue, _ cx: DecodeContext) -> CTLExtension? {
        guard let o = cx.object(v, what: "an extension") else { return nil }
        let applied = cx.day(o, "applied")
        let heard = cx.day(o, "heard", required: false)
        let granted = cx.bool(o, "granted", required: false)
        let newExpiry = cx.day(o, "newExpiry", required: false)
        let note = cx.string(o, "note", required: false)
        guard let applied else { return nil }
        return CTLExtension(applied: applied, heard: heard, granted: granted, newExpiry: newExpiry, note: note,
                            extra: cx.extra(o, known: ModelKeys.ctlExtension))
    }
}

extension CTLEnd {
    public func toJSON() -> JSONValue {
        var o = extra
        o.put("date", date); o.put("reason", reason)
        return .object(o)
    }

    static func decode(_ v: JSONValue, _ cx: DecodeContext) -> CTLEnd? {
        guard let o = cx.object(v, what: "the end of a custody time limit") else { return nil }
        let date = cx.day(o, "date")
        let reason = cx.enumValue(o, "reason", CTLEndReason.self, name: "reason")
        guard let date, let reason else { return nil }
        return CTLEnd(date: date, reason: reason, extra: cx.extra(o, known: ModelKeys.ctlEnd))
    }
}

extension CaseTask {
    public func toJSON() -> JSONValue {
        var o = extra
        o.put("id", id); o.put("title", title); o.put("due", due); o.put("assignee", assignee)
        o.put("created", created); o.put("done", done?.toJSON())
        return .object(o)
    }

    static func decode(_ v: JSONValue, _ cx: DecodeContext) -> CaseTask? {
        guard let o = cx.object(v, what: "a task") else { return nil }
        let id = cx.nonEmptyString(o, "id")
        let title = cx.nonEmptyString(o, "title")
        let due = cx.day(o, "due", required: false)
        let assignee = cx.string(o, "assignee", required: false)
        let created = cx.day(o, "created")
        let done = cx.nested(o, "done") { TaskDone.decode($0, cx) }
        guard let id, let title, let created else { return nil }
        if cx.value(o, "done", required: false) != nil, done == nil { return nil }
        return CaseTask(id: id, title: title, due: due, assignee: assignee, created: created, done: done,
                        extra: cx.extra(o, known: ModelKeys.task))
    }
}

extension TaskDone {
    public func toJSON() -> JSONValue {
        var o = extra
        o.put("date", date); o.put("by", by)
        return .object(o)
    }

    static func decode(_ v: JSONValue, _ cx: DecodeContext) -> TaskDone? {
        guard let o = cx.object(v, what: "a done record") else { return nil }
        let date = cx.day(o, "date")
        let by = cx.string(o, "by")
        guard let date, let by else { return nil }
        return TaskDone(date: date, by: by, extra: cx.extra(o, known: ModelKeys.taskDone))
    }
}
