extension Case {
    public func toJSON() -> JSONValue {
        var o = extra
        o.put("id", id); o.put("urn", urn); o.put("title", title); o.put("summary", summary)
        o.put("unit", unit); o.put("lawyer", lawyer); o.put("caseworker", caseworker)
        o["crimeTypes"] = .array(crimeTypes.map { .string($0.rawValue) })
        o.put("status", status); o.put("sensitivity", sensitivity); o.put("opened", opened)
        o.put("finalised", finalised)
        o["defendants"] = .array(defendants.map { $0.toJSON() })
        o["hearings"] = .array(hearings.map { $0.toJSON() })
        o["requests"] = .array(requests.map { $0.toJSON() })
        o["notes"] = .array(notes.map { $0.toJSON() })
        if !tasks.isEmpty { o["tasks"] = .array(tasks.map { $0.toJSON() }) }
        o.put("revision", revision); o.put("updated", updated)
        return .object(o)
    }

    /// Reads a case, recording every problem in `cx`. `fileName` (without `.json`), when
    /// given, must equal the id.
    static func decode(_ v: JSONValue, _ cx: DecodeContext, fileName: String?) -> Case? {
        guard let o = cx.object(v, what: "a case") else { return nil }
        let id = cx.string(o, "id")
        if let id {
            if let message = CaseChecks.caseIDProblem(id, fileName: fileName) { cx.problem(message, key: "id") }
        }
        let urn = cx.string(o, "urn", required: false)
        let title = cx.string(o, "title")
        let summary = cx.string(o, "summary", required: false)
        let unit = cx.nonEmptyString(o, "unit")
        let lawyer = cx.string(o, "lawyer", required: false)
        let caseworker = cx.string(o, "caseworker", required: false)
        let crimeTypes = cx.array(o, "crimeTypes", required: true) { cx.enumValue($0, CrimeType.self, name: "crime type") }
        if case .array(let a)? = o["crimeTypes"], a.isEmpty { cx.problem("must name at least one crime type", key: "crimeTypes") }
        let status = cx.enumValue(o, "status", CaseStatus.self, name: "case status")
        let sensitivity = cx.enumValue(o, "sensitivity", Sensitivity.self, name: "sensitivity")
        let opened = cx.day(o, "opened")
        let finalised = cx.day(o, "finalised", required: false)
        let defendants = cx.array(o, "defendants") { Defendant.decode($0, cx) }
        let hearings = cx.array(o, "hearings") { Hearing.decode($0, cx) }
        let requests = cx.array(o, "requests") { InternationalRequest.decode($0, cx) }
        let notes = cx.array(o, "notes") { Note.decode($0, cx) }
        let tasks = cx.array(o, "tasks") { CaseTask.decode($0, cx) }
        let revision = cx.int(o, "revision", minimum: 0, maximum: ValueRanges.maxRevision)
        let updated = cx.timestamp(o, "updated")
        // Duplicates are found from the raw ids, so a defendant that is broken elsewhere
        // still counts: every problem is reported in one pass.
        cx.add(CaseChecks.duplicates(Case.rawIDs(o["defendants"]), what: "defendant id", path: cx.pathString("defendants")))
        cx.add(CaseChecks.duplicates(Case.rawIDs(o["requests"]), what: "request id", path: cx.pathString("requests")))
        cx.add(CaseChecks.duplicates(Case.rawIDs(o["tasks"]), what: "task id", path: cx.pathString("tasks")))
        if let defendants, let finalised {
            cx.add(CaseChecks.finalised(finalised, defendants: defendants, path: cx.pathString("finalised")))
        }
        guard let id, let title, let unit, let crimeTypes, let status, let sensitivity, let opened,
              let defendants, let hearings, let requests, let notes, let tasks, let revision, let updated else { return nil }
        return Case(id: id, urn: urn, title: title, summary: summary ?? "", unit: unit, lawyer: lawyer,
                    caseworker: caseworker, crimeTypes: crimeTypes, status: status, sensitivity: sensitivity,
                    opened: opened, finalised: finalised, defendants: defendants, hearings: hearings,
                    requests: requests, notes: notes, tasks: tasks, revision: revision, updated: updated,
                    extra: cx.extra(o, known: ModelKeys.case))
    }

    static func rawIDs(_ v: JSONValue?) -> [String?] {
        guard case .array(let items)? = v else { return [] }
        return items.map { $0.objectValue?["id"]?.stringValue }
    }
}
