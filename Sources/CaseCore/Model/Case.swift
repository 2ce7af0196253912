/// One case, as stored in `cases/ID.json`. The full record: read when a case is opened or
/// edited. Lists, filters and the dashboard use `CaseSummary` instead.
public struct Case: Sendable, Equatable, Identifiable {
    public var id: String
    public var urn: String?
    public var title: String
    public var summary: String
    public var unit: String
    public var lawyer: String?
    public var caseworker: String?
    public var crimeTypes: [CrimeType]
    public var status: CaseStatus
    public var sensitivity: Sensitivity
    public var opened: Day
    public var finalised: Day?
    public var defendants: [Defendant]
    public var hearings: [Hearing]
    public var requests: [InternationalRequest]
    public var notes: [Note]
    /// Schema version 2: next actions.
    public var tasks: [CaseTask]
    /// +1 on every save; a save whose base revision is not the one on disk is refused.
    public var revision: Int
    public var updated: Timestamp
    public var extra: UnknownKeys

    public init(id: String, urn: String? = nil, title: String, summary: String = "", unit: String,
                lawyer: String? = nil, caseworker: String? = nil, crimeTypes: [CrimeType],
                status: CaseStatus, sensitivity: Sensitivity = .official, opened: Day,
                finalised: Day? = nil, defendants: [Defendant] = [], hearings: [Hearing] = [],
                requests: [InternationalRequest] = [], notes: [Note] = [], tasks: [CaseTask] = [], revision: Int = 0,
                updated: Timestamp, extra: UnknownKeys = [:]) {
        self.id = id; self.urn = urn; self.title = title; self.summary = summary; self.unit = unit
        self.lawyer = lawyer; self.caseworker = caseworker; self.crimeTypes = crimeTypes
        self.status = status; self.sensitivity = sensitivity; self.opened = opened
        self.finalised = finalised; self.defendants = defendants; self.hearings = hearings
        self.requests = requests; self.notes = notes; self.tasks = tasks; self.revision = revision
        self.updated = updated; self.extra = extra
    }

    /// `[A-Za-z0-9][A-Za-z0-9._-]{0,39}`: safe as a file name on every system.
    public static func isValidID(_ id: String) -> Bool {
        let u = Array(id.utf8)
        guard (1...40).contains(u.count) else { return false }
        func alnum(_ c: UInt8) -> Bool { (48...57).contains(c) || (65...90).contains(c) || (97...122).contains(c) }
        guard alnum(u[0]) else { return false }
        return u.dropFirst().allSatisfy { alnum($0) || $0 == 46 || $0 == 95 || $0 == 45 }
    }
}
