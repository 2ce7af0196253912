import Tabular

/// One line of `casedesk list`: what the home screen's list shows of a case, as cells for
/// people (labels, names), cells for programs (the store's spellings) and JSON.
public struct CaseListRow: Sendable {
    public let summary: CaseSummary
    public let lawyerName: String?
    public let next: HearingSummary?
    public let overdue: Bool
    public let toChase: Bool
    let context: QueryContext

    /// `names`: `meta.personNames()`, worked out once for a long list of rows.
    public init(_ s: CaseSummary, meta: StoreMeta, context: QueryContext, names: [String: String]? = nil) {
        summary = s
        self.context = context
        lawyerName = s.lawyer.map { Self.personName($0, meta: meta, names: names) }
        next = s.nextHearing(today: context.today)
        overdue = s.hasOverdueRequest(today: context.today)
        toChase = s.hasRequestToChase(today: context.today, interval: context.chaseIntervalDays)
    }

    /// A person's name as the list shows it: from `names` when given, else from `meta`.
    static func personName(_ id: String, meta: StoreMeta, names: [String: String]?) -> String {
        names?[id] ?? meta.personName(id)
    }

    /// The columns `casedesk list` prints unless `--columns` (or a view) chooses others.
    public static let defaultKeys: [CaseSortKey] = [.id, .title, .crimeTypes, .unit, .lawyer, .status, .defendants,
                                                    .nextHearing, .flags]

    /// Every column the list can print, keyed by the sort keys' spellings (`--columns`, views).
    /// On a narrow terminal the title gets the room: the others are left out, lowest
    /// priority first, before it is cut below 24 (`TableFit`).
    public static func column(_ key: CaseSortKey) -> TextTable.Column {
        let k = key.rawValue
        return switch key {
        case .id: .init("Id", key: k)
        case .title: .init("Title", flexible: true, minWidth: 24, key: k)
        case .crimeTypes: .init("Crime", flexible: true, minWidth: 10, priority: 30, key: k)
        case .unit: .init("Unit", priority: 40, key: k)
        case .lawyer: .init("Lawyer", flexible: true, minWidth: 12, priority: 50, key: k)
        case .status: .init("Status", priority: 80, key: k)
        case .defendants: .init("Defs", alignRight: true, priority: 20, key: k)
        case .nextHearing: .init("Next hearing", priority: 70, key: k)
        case .nextDeadline: .init("Next deadline", priority: 60, key: k)
        case .flags: .init("Flags", priority: 90, key: k)
        case .opened: .init("Opened", priority: 10, key: k)
        case .updated: .init("Updated", priority: 5, key: k)
        }
    }

    public static var columns: [TextTable.Column] { defaultKeys.map(column) }

    /// Marks that do not rely on colour: `!` overdue, `c` to chase.
    public var flags: String { (overdue ? "!" : "") + (toChase ? "c" : "") }

    /// For people: labels and names.
    public var cells: [String] { cells(Self.defaultKeys, human: true) }

    /// For programs (TSV, CSV): the store's own spellings, so a value can be fed back to a filter.
    public var dataCells: [String] { cells(Self.defaultKeys, human: false) }

    /// The cells of these columns, for people (`human`: labels, names, `–` for nothing) or for
    /// programs (the store's spellings, empty for nothing).
    public func cells(_ keys: [CaseSortKey], human: Bool) -> [String] {
        keys.map { cell($0, human: human) }
    }

    func cell(_ key: CaseSortKey, human: Bool) -> String {
        let s = summary
        let none = human ? "–" : ""
        switch key {
        case .id: return s.id
        case .title: return s.title
        case .crimeTypes:
            return human ? s.crimeTypes.map(\.short).joined(separator: ", ") : s.crimeTypes.map(\.rawValue).joined(separator: ",")
        case .unit: return s.unit
        case .lawyer: return human ? lawyerName ?? none : s.lawyer ?? none
        case .status: return human ? s.status.label : s.status.rawValue
        case .defendants: return String(s.defendants.count)
        case .nextHearing: return next?.date.iso ?? none
        case .nextDeadline:
            return DeadlineList.nextDate(of: s, today: context.today, chaseIntervalDays: context.chaseIntervalDays)?.iso ?? none
        case .flags:
            return human ? flags : [overdue ? "overdue" : nil, toChase ? "toChase" : nil].compactMap { $0 }.joined(separator: ",")
        case .opened: return s.opened.iso
        case .updated: return s.updated.description
        }
    }

    public var json: JSONValue {
        let s = summary
        return Self.json(id: s.id, urn: s.urn, title: s.title, unit: s.unit, lawyer: s.lawyer, caseworker: s.caseworker,
                         status: s.status, crimeTypes: s.crimeTypes, sensitivity: s.sensitivity, opened: s.opened,
                         finalised: s.finalised, defendants: s.defendants.count,
                         next: next.map { ($0.date, $0.type, $0.court) }, overdue: overdue, toChase: toChase)
    }

    /// A row as JSON from its parts, for a summary and for a row read from the summary cache.
    static func json(id: String, urn: String?, title: String, unit: String, lawyer: String?, caseworker: String?,
                     status: CaseStatus, crimeTypes: [CrimeType], sensitivity: Sensitivity, opened: Day, finalised: Day?,
                     defendants: Int, next: (date: Day, type: HearingType, court: String)?, overdue: Bool, toChase: Bool) -> JSONValue {
        var o: JSONObject = [
            "id": .string(id), "title": .string(title), "unit": .string(unit),
            "status": .string(status.rawValue), "crimeTypes": .array(crimeTypes.map { .string($0.rawValue) }),
            "sensitivity": .string(sensitivity.rawValue), "opened": .string(opened.iso),
            "defendants": .number(String(defendants)), "overdue": .bool(overdue), "toChase": .bool(toChase),
            "urn": urn.map(JSONValue.string) ?? .null, "lawyer": lawyer.map(JSONValue.string) ?? .null,
            "caseworker": caseworker.map(JSONValue.string) ?? .null,
            "finalised": finalised.map { .string($0.iso) } ?? .null,
        ]
        o["nextHearing"] = next.map { .object(["date": .string($0.date.iso), "type": .string($0.type.rawValue),
                                                "court": .string($0.court)]) } ?? .null
        return .object(o)
    }

    public static let jsonKeys = ["id", "urn", "title", "unit", "lawyer", "caseworker", "status", "crimeTypes", "sensitivity",
                                  "opened", "finalised", "defendants", "nextHearing", "overdue", "toChase"]
}
