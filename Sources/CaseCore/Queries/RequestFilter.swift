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
        Compiled(self).matches(RequestFacts(r, context)) { me in s.involves(person: me) || r.liaison == me }
    }

    /// The filter with its countries packed as the facts hold them, for a loop over many
    /// requests (the board's layout).
    public struct Compiled: Sendable {
        let filter: RequestFilter
        let countries: Set<UInt64>
        public init(_ f: RequestFilter) { filter = f; countries = Set(f.countries.map(RequestFacts.pack)) }

        /// `isMine(me)`: whether the person works on the request (asked only with "mine" on).
        public func matches(_ x: RequestFacts, isMine: (String) -> Bool) -> Bool {
            let f = filter
            if !f.kinds.isEmpty, !f.kinds.contains(x.kind) { return false }
            if !f.directions.isEmpty, !f.directions.contains(x.direction) { return false }
            if !countries.isEmpty, !countries.contains(x.country) { return false }
            if f.urgentOnly, !x.urgent { return false }
            if f.overdueOnly, !x.flags.contains(.overdue) { return false }
            if f.toChaseOnly, !x.flags.contains(.toChase) { return false }
            if let me = f.mine, !isMine(me) { return false }
            return true
        }
    }
}

/// What the board's quick filters and marks read of a request, in a few bytes, so a pass over
/// 100,000 cases' requests copies no string.
public struct RequestFacts: Sendable, Equatable {
    public var kind: RequestKind
    public var direction: RequestDirection
    public var urgent: Bool
    public var flags: RequestFlags
    /// The country code's bytes (`pack`).
    public var country: UInt64

    public init(_ r: RequestSummary, _ context: QueryContext) {
        kind = r.kind; direction = r.direction; urgent = r.urgent; flags = RequestFlags(r, context)
        country = Self.pack(r.country)
    }

    /// The first eight bytes of a code (ISO codes are two letters), with its length above them.
    public static func pack(_ code: String) -> UInt64 {
        var k: UInt64 = UInt64(min(code.utf8.count, 255)) << 56, n = 0
        for c in code.utf8 where n < 7 { k |= UInt64(c) << (8 * UInt64(n)); n += 1 }
        return k
    }
}

extension CaseStatus {
    /// "Open (not finalised)": every status but `finalised`.
    public static let open: Set<CaseStatus> = Set(allCases.filter { $0 != .finalised })
}
