/// Schema version 2: what the court ordered (`remand`) and the custody time limits that run
/// while a defendant is remanded in custody. See `docs/deadlines.md` for how expiries are
/// counted.
public enum Remand: String, Vocabulary {
    case custody, conditionalBail, unconditionalBail, notRemanded
    public var label: String {
        switch self {
        case .custody: "Remanded in custody"
        case .conditionalBail: "Conditional bail"
        case .unconditionalBail: "Unconditional bail"
        case .notRemanded: "Not remanded"
        }
    }
}

/// The limit that applies to a charge (Prosecution of Offences (Custody Time Limits)
/// Regulations 1987).
public enum CTLLimit: String, Vocabulary {
    case summaryOnly56, eitherWayMagistrates70, crownCourt182, newIndictment112, other
    public var label: String {
        switch self {
        case .summaryOnly56: "56 days (summary only)"
        case .eitherWayMagistrates70: "70 days (either way, magistrates')"
        case .crownCourt182: "182 days (Crown Court)"
        case .newIndictment112: "112 days (new indictment)"
        case .other: "Other"
        }
    }
    /// The days the limit allows; nil for `other`, whose expiry only the court's date gives.
    public var days: Int? {
        switch self {
        case .summaryOnly56: 56
        case .eitherWayMagistrates70: 70
        case .crownCourt182: 182
        case .newIndictment112: 112
        case .other: nil
        }
    }
}

public enum CTLEndReason: String, Vocabulary {
    case trialStarted, convicted, bailed, discontinued, other
    public var label: String {
        switch self {
        case .trialStarted: "Trial started"
        case .convicted: "Convicted"
        case .bailed: "Bailed"
        case .discontinued: "Discontinued"
        case .other: "Other"
        }
    }
}

/// One custody time limit: per charge when the charges have different limits, else one for
/// the defendant.
public struct CustodyTimeLimit: Sendable, Equatable {
    public var charge: String?
    /// The first remand in custody for the charge (for `newIndictment112`, the preferment of
    /// the new indictment).
    public var from: Day
    public var limit: CTLLimit
    /// The expiry the court confirmed; it wins over the computed one.
    public var expires: Day?
    public var extensions: [CTLExtension]
    public var ended: CTLEnd?
    public var extra: UnknownKeys

    public init(charge: String? = nil, from: Day, limit: CTLLimit, expires: Day? = nil,
                extensions: [CTLExtension] = [], ended: CTLEnd? = nil, extra: UnknownKeys = [:]) {
        self.charge = charge; self.from = from; self.limit = limit; self.expires = expires
        self.extensions = extensions; self.ended = ended; self.extra = extra
    }
}

public struct CTLExtension: Sendable, Equatable {
    public var applied: Day
    public var heard: Day?
    /// nil while the application is undecided.
    public var granted: Bool?
    public var newExpiry: Day?
    public var note: String?
    public var extra: UnknownKeys
    public init(applied: Day, heard: Day? = nil, granted: Bool? = nil, newExpiry: Day? = nil, note: String? = nil,
                extra: UnknownKeys = [:]) {
        self.applied = applied; self.heard = heard; self.granted = granted; self.newExpiry = newExpiry
        self.note = note; self.extra = extra
    }
}

public struct CTLEnd: Sendable, Equatable {
    public var date: Day
    public var reason: CTLEndReason
    public var extra: UnknownKeys
    public init(date: Day, reason: CTLEndReason, extra: UnknownKeys = [:]) {
        self.date = date; self.reason = reason; self.extra = extra
    }
}
