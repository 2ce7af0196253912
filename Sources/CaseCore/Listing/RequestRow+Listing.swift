import Tabular

/// One line of `casedesk requests`: the MLA board's row as cells and JSON.
extension RequestRow {
    /// Keys as the JSON spells them (`--columns`); on a narrow terminal the country gets the
    /// room and the case (part of the request id), dates and direction are left out first.
    public static let columns: [TextTable.Column] = [
        .init("Request", key: "id"), .init("Case", priority: 10, key: "case"), .init("Kind", priority: 50, key: "kind"),
        .init("Dir", priority: 15, key: "direction"),
        .init("Country", flexible: true, minWidth: 12, priority: 60, key: "country"),
        .init("Status", priority: 80, key: "status"), .init("Sent", priority: 20, key: "sent"),
        .init("Due", priority: 70, key: "due"), .init("Chased", priority: 30, key: "lastChased"),
        .init("Days", alignRight: true, priority: 40, key: "daysOpen"), .init("Flags", priority: 90, key: "flags"),
    ]

    /// For people (`human`: labels, country names, `–` for nothing, `!`/`c` marks) or for
    /// programs (the store's spellings, empty for nothing, `overdue,toChase`).
    public func cells(human: Bool) -> [String] {
        let r = request
        let none = human ? "–" : ""
        return [
            r.id, caseID, human ? r.kind.label : r.kind.rawValue,
            human ? (r.direction == .outgoing ? "out" : "in") : r.direction.rawValue,
            human ? (Countries.name(of: r.country).map { "\($0) (\(r.country))" } ?? r.country) : r.country,
            human ? r.status.label : r.status.rawValue,
            r.sent?.iso ?? none, r.due?.iso ?? none, r.lastChased?.iso ?? none, daysOpen.map(String.init) ?? none,
            human ? (isOverdue ? "!" : "") + (isToChase ? "c" : "")
                  : [isOverdue ? "overdue" : nil, isToChase ? "toChase" : nil].compactMap { $0 }.joined(separator: ","),
        ]
    }

    public var json: JSONValue {
        let r = request
        func day(_ d: Day?) -> JSONValue { d.map { .string($0.iso) } ?? .null }
        return .object([
            "id": .string(r.id), "case": .string(caseID), "caseTitle": .string(caseTitle),
            "kind": .string(r.kind.rawValue), "direction": .string(r.direction.rawValue), "country": .string(r.country),
            "status": .string(r.status.rawValue), "urgent": .bool(r.urgent), "sent": day(r.sent), "due": day(r.due),
            "lastChased": day(r.lastChased), "chases": .number(String(r.chaseCount)),
            "daysOpen": daysOpen.map { .number(String($0)) } ?? .null,
            "overdue": .bool(isOverdue), "toChase": .bool(isToChase),
            "liaison": r.liaison.map(JSONValue.string) ?? .null, "defendant": r.defendant.map(JSONValue.string) ?? .null,
        ])
    }

    public static let jsonKeys = ["id", "case", "caseTitle", "kind", "direction", "country", "status", "urgent", "sent", "due",
                                  "lastChased", "chases", "daysOpen", "overdue", "toChase", "liaison", "defendant"]
}
