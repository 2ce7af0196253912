import Tabular

/// One line of `casedesk list`: what the home screen's list shows of a case, as cells for
/// people (labels, names), cells for programs (the store's spellings) and JSON.
public struct CaseListRow: Sendable {
    public let summary: CaseSummary
    public let lawyerName: String?
    public let next: HearingSummary?
    public let overdue: Bool
    public let toChase: Bool

    public init(_ s: CaseSummary, meta: StoreMeta, context: QueryContext) {
        summary = s
        lawyerName = s.lawyer.map { meta.personName($0) }
        next = s.nextHearing(today: context.today)
        overdue = s.hasOverdueRequest(today: context.today)
        toChase = s.hasRequestToChase(today: context.today, interval: context.chaseIntervalDays)
    }

    public static let columns: [TextTable.Column] = [
        .init("Id"), .init("Title", flexible: true), .init("Crime", flexible: true), .init("Unit"),
        .init("Lawyer", flexible: true), .init("Status"), .init("Defs", alignRight: true),
        .init("Next hearing"), .init("Flags"),
    ]

    /// Marks that do not rely on colour: `!` overdue, `c` to chase.
    public var flags: String { (overdue ? "!" : "") + (toChase ? "c" : "") }

    /// For people: labels and names.
    public var cells: [String] {
        [summary.id, summary.title, summary.crimeTypes.map(\.short).joined(separator: ", "), summary.unit,
         lawyerName ?? "–", summary.status.label, String(summary.defendants.count), next?.date.iso ?? "–", flags]
    }

    /// For programs (TSV, CSV): the store's own spellings, so a value can be fed back to a filter.
    public var dataCells: [String] {
        [summary.id, summary.title, summary.crimeTypes.map(\.rawValue).joined(separator: ","), summary.unit,
         summary.lawyer ?? "", summary.status.rawValue, String(summary.defendants.count), next?.date.iso ?? "",
         [overdue ? "overdue" : nil, toChase ? "toChase" : nil].compactMap { $0 }.joined(separator: ",")]
    }

    public var json: JSONValue {
        let s = summary
        var o: JSONObject = [
            "id": .string(s.id), "title": .string(s.title), "unit": .string(s.unit),
            "status": .string(s.status.rawValue), "crimeTypes": .array(s.crimeTypes.map { .string($0.rawValue) }),
            "sensitivity": .string(s.sensitivity.rawValue), "opened": .string(s.opened.iso),
            "defendants": .number(String(s.defendants.count)), "overdue": .bool(overdue), "toChase": .bool(toChase),
            "urn": s.urn.map(JSONValue.string) ?? .null, "lawyer": s.lawyer.map(JSONValue.string) ?? .null,
            "caseworker": s.caseworker.map(JSONValue.string) ?? .null,
            "finalised": s.finalised.map { .string($0.iso) } ?? .null,
        ]
        o["nextHearing"] = next.map { .object(["date": .string($0.date.iso), "type": .string($0.type.rawValue),
                                                "court": .string($0.court)]) } ?? .null
        return .object(o)
    }

    public static let jsonKeys = ["id", "urn", "title", "unit", "lawyer", "caseworker", "status", "crimeTypes", "sensitivity",
                                  "opened", "finalised", "defendants", "nextHearing", "overdue", "toChase"]
}
