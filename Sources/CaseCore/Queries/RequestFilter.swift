/// The marks a request carries: overdue, due a chase, or both. One rule for the MLA board,
/// the case list's flag, `casedesk requests` and the "attention" order, all from
/// `RequestSummary+Timeliness`.
public struct RequestFlags: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let overdue = RequestFlags(rawValue: 1)
    public static let toChase = RequestFlags(rawValue: 2)

    public init(_ r: RequestSummary, _ context: QueryContext) {
        var f: RequestFlags = []
        if r.isOverdue(today: context.today) { f.insert(.overdue) }
        if r.isToChase(today: context.today, interval: context.chaseIntervalDays) { f.insert(.toChase) }
        self = f
    }

    /// How urgently the request asks for action: 0 overdue and to chase, 1 overdue, 2 to
    /// chase, 3 neither (the board's "attention" order).
    public var attentionRank: Int {
        switch (contains(.overdue), contains(.toChase)) {
        case (true, true): 0
        case (true, false): 1
        case (false, true): 2
        case (false, false): 3
        }
    }
}

/// The MLA board's filters over requests: each set or flag that is empty/false lets every
/// request through; they combine with AND, the values of one set with OR.
public struct RequestFilter: Sendable, Equatable {
    public var kinds: Set<RequestKind> = []
    public var directions: Set<RequestDirection> = []
    /// ISO 3166-1 alpha-2 codes.
    public var countries: Set<String> = []
    /// "Mine": a person id who is the case's lawyer or caseworker, or the request's liaison.
    public var mine: String?
    public var overdueOnly = false
    public var toChaseOnly = false
    public var urgentOnly = false

    public init() {}

    public var isEmpty: Bool { self == RequestFilter() }

    /// Whether request `r` of case `s` passes.
    public func matches(_ r: RequestSummary, of s: CaseSummary, _ context: QueryContext) -> Bool {
        if !kinds.isEmpty, !kinds.contains(r.kind) { return false }
        if !directions.isEmpty, !directions.contains(r.direction) { return false }
        if !countries.isEmpty, !countries.contains(r.country) { return false }
        if urgentOnly, !r.urgent { return false }
        if let me = mine, !s.involves(person: me), r.liaison != me { return false }
        if overdueOnly || toChaseOnly {
            let flags = RequestFlags(r, context)
            if overdueOnly, !flags.contains(.overdue) { return false }
            if toChaseOnly, !flags.contains(.toChase) { return false }
        }
        return true
    }
}

extension CaseStatus {
    /// "Open (not finalised)": every status but `finalised`.
    public static let open: Set<CaseStatus> = Set(allCases.filter { $0 != .finalised })
}
