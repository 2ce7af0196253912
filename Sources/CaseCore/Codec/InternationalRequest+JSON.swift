extension InternationalRequest {
    public func toJSON() -> JSONValue {
        var o = extra
        o.put("id", id); o.put("kind", kind); o.put("direction", direction); o.put("country", country)
        o.put("authority", authority); o.put("legalBasis", legalBasis); o.put("assistance", assistance)
        o.put("urgent", urgent); o.put("status", status)
        o["history"] = .array(history.map { $0.toJSON() })
        o.put("sent", sent); o.put("due", due); o.put("lastChased", lastChased)
        if let chases { o["chases"] = .array(chases.map { $0.toJSON() }) }
        o.put("liaison", liaison); o.put("defendant", defendant); o.put("note", note)
        return .object(o)
    }

    static func decode(_ v: JSONValue, _ cx: DecodeContext) -> InternationalRequest? {
        guard let o = cx.object(v, what: "an international request") else { return nil }
        let id = cx.nonEmptyString(o, "id")
        let kind = cx.enumValue(o, "kind", RequestKind.self, name: "request kind")
        let direction = cx.enumValue(o, "direction", RequestDirection.self, name: "direction")
        let country = cx.country(o, "country", required: true)
        let authority = cx.string(o, "authority", required: false)
        let legalBasis = cx.string(o, "legalBasis")
        let assistance = cx.array(o, "assistance") { v -> String? in
            if case .string(let s) = v { return s }
            cx.problem("expected a string, found \(v.typeName)")
            return nil
        }
        let urgent = cx.bool(o, "urgent", required: false)
        let status = cx.enumValue(o, "status", RequestStatus.self, name: "status")
        let history = cx.array(o, "history") { StatusChange.decode($0, cx) }
        let sent = cx.day(o, "sent", required: false)
        let due = cx.day(o, "due", required: false)
        let lastChased = cx.day(o, "lastChased", required: false)
        // `chases` is optional: absent means "no chase recorded", unlike a broken array.
        let hasChases = cx.value(o, "chases", required: false) != nil
        let chases = hasChases ? cx.array(o, "chases") { Chase.decode($0, cx) } : nil
        let liaison = cx.string(o, "liaison", required: false)
        let defendant = cx.string(o, "defendant", required: false)
        let note = cx.string(o, "note", required: false)
        if let history {
            cx.add(CaseChecks.history(history, status: status, path: cx.pathString("history")))
        }
        if !hasChases || chases != nil {
            cx.add(CaseChecks.lastChased(lastChased, chases: chases, path: cx.pathString("lastChased")))
        }
        guard let id, let kind, let direction, let country, let legalBasis, let assistance, let status,
              let history, !hasChases || chases != nil else { return nil }
        return InternationalRequest(id: id, kind: kind, direction: direction, country: country, authority: authority,
                                    legalBasis: legalBasis, assistance: assistance, urgent: urgent ?? false,
                                    status: status, history: history, sent: sent, due: due, lastChased: lastChased,
                                    chases: chases, liaison: liaison, defendant: defendant, note: note,
                                    extra: cx.extra(o, known: ModelKeys.request))
    }
}

extension StatusChange {
    public func toJSON() -> JSONValue {
        var o = extra
        o.put("status", status); o.put("date", date); o.put("note", note)
        return .object(o)
    }

    static func decode(_ v: JSONValue, _ cx: DecodeContext) -> StatusChange? {
        guard let o = cx.object(v, what: "a status change") else { return nil }
        let status = cx.enumValue(o, "status", RequestStatus.self, name: "status")
        let date = cx.day(o, "date")
        let note = cx.string(o, "note", required: false)
        guard let status, let date else { return nil }
        return StatusChange(status: status, date: date, note: note, extra: cx.extra(o, known: ModelKeys.statusChange))
    }
}

extension Chase {
    public func toJSON() -> JSONValue {
        var o = extra
        o.put("date", date); o.put("by", by); o.put("note", note)
        return .object(o)
    }

    static func decode(_ v: JSONValue, _ cx: DecodeContext) -> Chase? {
        guard let o = cx.object(v, what: "a chase") else { return nil }
        let date = cx.day(o, "date")
        let by = cx.string(o, "by", required: false)
        let note = cx.string(o, "note", required: false)
        guard let date else { return nil }
        return Chase(date: date, by: by, note: note, extra: cx.extra(o, known: ModelKeys.chase))
    }
}
