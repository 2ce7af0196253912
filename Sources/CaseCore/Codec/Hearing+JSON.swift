extension Hearing {
    public func toJSON() -> JSONValue {
        var o = extra
        o.put("date", date); o.put("court", court); o.put("type", type); o.put("note", note)
        return .object(o)
    }

    static func decode(_ v: JSONValue, _ cx: DecodeContext) -> Hearing? {
        guard let o = cx.object(v, what: "a hearing") else { return nil }
        let date = cx.day(o, "date")
        let court = cx.string(o, "court")
        let type = cx.enumValue(o, "type", HearingType.self, name: "hearing type")
        let note = cx.string(o, "note", required: false)
        guard let date, let court, let type else { return nil }
        return Hearing(date: date, court: court, type: type, note: note, extra: cx.extra(o, known: ModelKeys.hearing))
    }
}

extension Note {
    public func toJSON() -> JSONValue {
        var o = extra
        o.put("at", at); o.put("author", author); o.put("text", text)
        return .object(o)
    }

    static func decode(_ v: JSONValue, _ cx: DecodeContext) -> Note? {
        guard let o = cx.object(v, what: "a note") else { return nil }
        let at = cx.timestamp(o, "at")
        let author = cx.string(o, "author")
        let text = cx.string(o, "text")
        guard let at, let author, let text else { return nil }
        return Note(at: at, author: author, text: text, extra: cx.extra(o, known: ModelKeys.note))
    }
}

extension AuditEntry {
    public func toJSON() -> JSONValue {
        var o = extra
        o.put("at", at); o.put("user", user); o.put("action", action); o.put("case", self.case)
        if let revision { o.put("revision", revision) }
        o.put("detail", detail)
        return .object(o)
    }

    static func decode(_ v: JSONValue, _ cx: DecodeContext) -> AuditEntry? {
        guard let o = cx.object(v, what: "an audit entry") else { return nil }
        let at = cx.timestamp(o, "at")
        let user = cx.string(o, "user")
        let action = cx.string(o, "action")
        let id = cx.string(o, "case")
        let detail = cx.string(o, "detail")
        let revision = o["revision"] == nil ? nil : cx.int(o, "revision")
        guard let at, let user, let action, let id, let detail else { return nil }
        return AuditEntry(at: at, user: user, action: action, case: id, detail: detail, revision: revision,
                          extra: cx.extra(o, known: ModelKeys.auditEntry))
    }
}
