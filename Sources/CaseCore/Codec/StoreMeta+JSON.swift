extension StoreMeta {
    public func toJSON() -> JSONValue {
        var o = extra
        o.put("format", StoreMeta.format)
        o.put("schemaVersion", schemaVersion)
        o.put("name", name)
        o["units"] = .array(units.map { $0.toJSON() })
        o["people"] = .array(people.map { $0.toJSON() })
        o.put("chaseIntervalDays", chaseIntervalDays)
        return .object(o)
    }

    static func decode(_ v: JSONValue, _ cx: DecodeContext) -> StoreMeta? {
        guard let o = cx.object(v, what: "a store description") else { return nil }
        if let f = cx.string(o, "format"), f != StoreMeta.format {
            cx.problem("expected \"\(StoreMeta.format)\", found \"\(f)\"", key: "format")
        }
        let version = cx.int(o, "schemaVersion", minimum: 1)
        let name = cx.string(o, "name")
        let units = cx.array(o, "units") { Unit.decode($0, cx) }
        let people = cx.array(o, "people") { Person.decode($0, cx) }
        let interval = cx.int(o, "chaseIntervalDays", required: false, minimum: ValueRanges.chaseIntervalDays.lowerBound,
                              maximum: ValueRanges.chaseIntervalDays.upperBound)
        if let units { cx.add(CaseChecks.duplicates(units.map(\.id), what: "unit id", path: cx.pathString("units"))) }
        if let people { cx.add(CaseChecks.duplicates(people.map(\.id), what: "person id", path: cx.pathString("people"))) }
        guard let version, let name, let units, let people else { return nil }
        return StoreMeta(schemaVersion: version, name: name, units: units, people: people,
                         chaseIntervalDays: interval ?? 28, extra: cx.extra(o, known: ModelKeys.storeMeta))
    }
}

extension Unit {
    public func toJSON() -> JSONValue {
        var o = extra
        o.put("id", id); o.put("name", name); o.put("kind", kind)
        if let retired { o.put("retired", retired.iso) }
        return .object(o)
    }

    static func decode(_ v: JSONValue, _ cx: DecodeContext) -> Unit? {
        guard let o = cx.object(v, what: "a unit") else { return nil }
        let id = cx.nonEmptyString(o, "id")
        let name = cx.string(o, "name")
        let kind = cx.enumValue(o, "kind", UnitKind.self, name: "unit kind")
        guard let id, let name, let kind else { return nil }
        return Unit(id: id, name: name, kind: kind, retired: cx.day(o, "retired", required: false),
                    extra: cx.extra(o, known: ModelKeys.unit))
    }
}

extension Person {
    public func toJSON() -> JSONValue {
        var o = extra
        o.put("id", id); o.put("name", name); o.put("role", role)
        if let retired { o.put("retired", retired.iso) }
        return .object(o)
    }

    static func decode(_ v: JSONValue, _ cx: DecodeContext) -> Person? {
        guard let o = cx.object(v, what: "a person") else { return nil }
        let id = cx.nonEmptyString(o, "id")
        let name = cx.string(o, "name")
        let role = cx.enumValue(o, "role", PersonRole.self, name: "role")
        guard let id, let name, let role else { return nil }
        return Person(id: id, name: name, role: role, retired: cx.day(o, "retired", required: false),
                      extra: cx.extra(o, known: ModelKeys.person))
    }
}
