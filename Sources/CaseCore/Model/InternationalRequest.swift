/// An MLA, extradition, EAW, EIO or JIT request, sent abroad (`outgoing`) or received.
public struct InternationalRequest: Sendable, Equatable, Identifiable {
    public var id: String
    public var kind: RequestKind
    public var direction: RequestDirection
    /// ISO 3166-1 alpha-2 code of the other state.
    public var country: String
    public var authority: String?
    public var legalBasis: String
    public var assistance: [String]
    public var urgent: Bool
    public var status: RequestStatus
    /// Every change of status, oldest first.
    public var history: [StatusChange]
    public var sent: Day?
    public var due: Day?
    public var lastChased: Day?
    public var chases: [Chase]?
    public var liaison: String?
    public var defendant: String?
    public var note: String?
    public var extra: UnknownKeys

    public init(id: String, kind: RequestKind, direction: RequestDirection, country: String,
                authority: String? = nil, legalBasis: String, assistance: [String] = [], urgent: Bool = false,
                status: RequestStatus, history: [StatusChange] = [], sent: Day? = nil, due: Day? = nil,
                lastChased: Day? = nil, chases: [Chase]? = nil, liaison: String? = nil,
                defendant: String? = nil, note: String? = nil, extra: UnknownKeys = [:]) {
        self.id = id; self.kind = kind; self.direction = direction; self.country = country
        self.authority = authority; self.legalBasis = legalBasis; self.assistance = assistance
        self.urgent = urgent; self.status = status; self.history = history; self.sent = sent
        self.due = due; self.lastChased = lastChased; self.chases = chases; self.liaison = liaison
        self.defendant = defendant; self.note = note; self.extra = extra
    }
}

public struct StatusChange: Sendable, Equatable {
    public var status: RequestStatus
    public var date: Day
    public var note: String?
    public var extra: UnknownKeys
    public init(status: RequestStatus, date: Day, note: String? = nil, extra: UnknownKeys = [:]) {
        self.status = status; self.date = date; self.note = note; self.extra = extra
    }
}

public struct Chase: Sendable, Equatable {
    public var date: Day
    public var by: String?
    public var note: String?
    public var extra: UnknownKeys
    public init(date: Day, by: String? = nil, note: String? = nil, extra: UnknownKeys = [:]) {
        self.date = date; self.by = by; self.note = note; self.extra = extra
    }
}
