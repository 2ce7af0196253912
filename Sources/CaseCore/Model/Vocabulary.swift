/// The closed sets of values in `domain.md`. Raw values are the JSON spellings; `label` is what
/// a prosecutor reads on screen. An unknown spelling in a file is a validation problem, never
/// silently mapped to another value.
public protocol Vocabulary: RawRepresentable<String>, CaseIterable, Sendable, Hashable, Comparable
where AllCases == [Self] {
    var label: String { get }
}

extension Vocabulary {
    /// Order of declaration, so sorting by a status follows its lifecycle, not the alphabet.
    public var position: Int { Self.allCases.firstIndex(of: self)! }
    public static func < (a: Self, b: Self) -> Bool { a.position < b.position }
    /// The allowed spellings, for error messages and completion.
    public static var spellings: [String] { allCases.map(\.rawValue) }
}

public enum UnitKind: String, Vocabulary {
    case organisedCrimeDivision, complexCaseworkUnit, internationalDivision, specialistFraud, area, other
    public var label: String {
        switch self {
        case .organisedCrimeDivision: "Organised Crime Division"
        case .complexCaseworkUnit: "Complex Casework Unit"
        case .internationalDivision: "International Division"
        case .specialistFraud: "Specialist Fraud"
        case .area: "Area"
        case .other: "Other"
        }
    }
}

public enum PersonRole: String, Vocabulary {
    case prosecutor, caseworker, paralegal, liaisonProsecutor, supervisor
    public var label: String {
        switch self {
        case .prosecutor: "Prosecutor"
        case .caseworker: "Caseworker"
        case .paralegal: "Paralegal"
        case .liaisonProsecutor: "Liaison prosecutor"
        case .supervisor: "Supervisor"
        }
    }
}

/// The priority areas of the CPS Organised Crime Strategy.
public enum CrimeType: String, Vocabulary {
    case drugTrafficking, firearmsTrafficking, organisedImmigrationCrime, humanTrafficking,
         childSexualExploitation, cyberCrime, moneyLaundering, organisedAcquisitiveCrime, fraud, other
    public var label: String {
        switch self {
        case .drugTrafficking: "Drug trafficking"
        case .firearmsTrafficking: "Firearms trafficking"
        case .organisedImmigrationCrime: "Organised immigration crime"
        case .humanTrafficking: "Human trafficking"
        case .childSexualExploitation: "Child sexual exploitation"
        case .cyberCrime: "Cyber crime"
        case .moneyLaundering: "Money laundering"
        case .organisedAcquisitiveCrime: "Organised acquisitive crime"
        case .fraud: "Fraud"
        case .other: "Other"
        }
    }
    /// A short form for narrow table columns.
    public var short: String {
        switch self {
        case .drugTrafficking: "Drugs"
        case .firearmsTrafficking: "Firearms"
        case .organisedImmigrationCrime: "OIC"
        case .humanTrafficking: "Trafficking"
        case .childSexualExploitation: "CSE"
        case .cyberCrime: "Cyber"
        case .moneyLaundering: "ML"
        case .organisedAcquisitiveCrime: "Acquisitive"
        case .fraud: "Fraud"
        case .other: "Other"
        }
    }
}

public enum CaseStatus: String, Vocabulary {
    case preCharge, charged, awaitingTrial, atTrial, awaitingSentence, postConviction, finalised
    public var label: String {
        switch self {
        case .preCharge: "Pre-charge"
        case .charged: "Charged"
        case .awaitingTrial: "Awaiting trial"
        case .atTrial: "At trial"
        case .awaitingSentence: "Awaiting sentence"
        case .postConviction: "Post-conviction"
        case .finalised: "Finalised"
        }
    }
}

/// The protective marking of a case; it is on screen whenever any of the case's detail is.
public enum Sensitivity: String, Vocabulary {
    case official, officialSensitive
    public var label: String { self == .official ? "OFFICIAL" : "OFFICIAL-SENSITIVE" }
}

public enum Custody: String, Vocabulary {
    case inCustody, onBail, atLarge, abroad
    public var label: String {
        switch self {
        case .inCustody: "In custody"
        case .onBail: "On bail"
        case .atLarge: "At large"
        case .abroad: "Abroad"
        }
    }
}

public enum OutcomeCategory: String, Vocabulary {
    case guiltyPlea, convictedAfterTrial, acquittedAfterTrial, directedAcquittal, dropped, administrativelyFinalised
    public var label: String {
        switch self {
        case .guiltyPlea: "Guilty plea"
        case .convictedAfterTrial: "Convicted after trial"
        case .acquittedAfterTrial: "Acquitted after trial"
        case .directedAcquittal: "Directed acquittal"
        case .dropped: "Dropped"
        case .administrativelyFinalised: "Administratively finalised"
        }
    }
    /// The one home of the rating rules: the measures (`MeasureRow`), the drill-down (`Figure`)
    /// and every report read these.
    public var isConviction: Bool { self == .guiltyPlea || self == .convictedAfterTrial }
    /// `administrativelyFinalised` is shown but left out of every rate.
    public var countsInRates: Bool { self != .administrativelyFinalised }
}

public enum AncillaryOrderType: String, Vocabulary {
    case seriousCrimePreventionOrder, travelRestrictionOrder, financialReportingOrder,
         sexualOffencesPreventionOrder, directorDisqualification, slaveryAndTraffickingPreventionOrder, other
    public var label: String {
        switch self {
        case .seriousCrimePreventionOrder: "Serious Crime Prevention Order"
        case .travelRestrictionOrder: "Travel Restriction Order"
        case .financialReportingOrder: "Financial Reporting Order"
        case .sexualOffencesPreventionOrder: "Sexual Offences Prevention Order"
        case .directorDisqualification: "Director disqualification"
        case .slaveryAndTraffickingPreventionOrder: "Slavery and Trafficking Prevention Order"
        case .other: "Other"
        }
    }
}

/// Confiscation stages, in the order a case moves through them.
public enum ConfiscationStage: String, Vocabulary {
    case none, restraint, investigation, proceedings, orderMade, receivership, enforcement, satisfied
    public var label: String {
        switch self {
        case .none: "None"
        case .restraint: "Restraint"
        case .investigation: "Investigation"
        case .proceedings: "Proceedings"
        case .orderMade: "Order made"
        case .receivership: "Receivership"
        case .enforcement: "Enforcement"
        case .satisfied: "Satisfied"
        }
    }
}

public enum HearingType: String, Vocabulary {
    case firstAppearance, plea, pretrial, trial, sentence, confiscation, extradition, other
    public var label: String {
        switch self {
        case .firstAppearance: "First appearance"
        case .plea: "Plea"
        case .pretrial: "Pre-trial review"
        case .trial: "Trial"
        case .sentence: "Sentence"
        case .confiscation: "Confiscation"
        case .extradition: "Extradition"
        case .other: "Other"
        }
    }
}

public enum RequestKind: String, Vocabulary {
    // `tcaArrestWarrant` (schema version 2): surrender to and from EU states since 2021, under
    // the Trade and Cooperation Agreement.
    case mla, extradition, europeanArrestWarrant, europeanInvestigationOrder, jointInvestigationTeam, tcaArrestWarrant, other
    public var label: String {
        switch self {
        case .tcaArrestWarrant: "TCA AW"
        case .mla: "MLA"
        case .extradition: "Extradition"
        case .europeanArrestWarrant: "EAW"
        case .europeanInvestigationOrder: "EIO"
        case .jointInvestigationTeam: "JIT"
        case .other: "Other"
        }
    }
}

public enum RequestDirection: String, Vocabulary {
    case outgoing, incoming
    public var label: String { self == .outgoing ? "Outgoing" : "Incoming" }
}

/// `draft → sent → acknowledged → inExecution → partiallyExecuted → executed`;
/// `refused` and `withdrawn` end a request from any open state.
public enum RequestStatus: String, Vocabulary {
    case draft, sent, acknowledged, inExecution, partiallyExecuted, executed, refused, withdrawn
    public var label: String {
        switch self {
        case .draft: "Draft"
        case .sent: "Sent"
        case .acknowledged: "Acknowledged"
        case .inExecution: "In execution"
        case .partiallyExecuted: "Partially executed"
        case .executed: "Executed"
        case .refused: "Refused"
        case .withdrawn: "Withdrawn"
        }
    }
    public var isOpen: Bool { !(self == .executed || self == .refused || self == .withdrawn) }
    /// The status `>` moves to; nil when the request is closed.
    public var next: RequestStatus? {
        switch self {
        case .draft: .sent
        case .sent: .acknowledged
        case .acknowledged: .inExecution
        case .inExecution: .partiallyExecuted
        case .partiallyExecuted: .executed
        case .executed, .refused, .withdrawn: nil
        }
    }
    /// Whether a history may go from `self` to `later`: forward along the main line
    /// (steps may be skipped), or to `refused`/`withdrawn` from any open state.
    public func mayPrecede(_ later: RequestStatus) -> Bool {
        guard isOpen else { return false }
        if later == .refused || later == .withdrawn { return true }
        return later.position > position
    }
}
