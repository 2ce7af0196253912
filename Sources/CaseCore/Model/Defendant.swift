public struct Defendant: Sendable, Equatable, Identifiable {
    public var id: String
    public var name: String
    public var dateOfBirth: Day?
    /// ISO 3166-1 alpha-2.
    public var nationality: String?
    public var custody: Custody
    public var charges: [Charge]
    public var outcome: Outcome?
    public var sentence: Sentence?
    public var ancillaryOrders: [AncillaryOrder]
    public var confiscation: Confiscation?
    /// Schema version 2: the court's order (`custody` stays where the person is).
    public var remand: Remand?
    /// Schema version 2.
    public var custodyTimeLimits: [CustodyTimeLimit]
    public var extra: UnknownKeys

    public init(id: String, name: String, dateOfBirth: Day? = nil, nationality: String? = nil,
                custody: Custody, charges: [Charge] = [], outcome: Outcome? = nil, sentence: Sentence? = nil,
                ancillaryOrders: [AncillaryOrder] = [], confiscation: Confiscation? = nil, remand: Remand? = nil,
                custodyTimeLimits: [CustodyTimeLimit] = [], extra: UnknownKeys = [:]) {
        self.id = id; self.name = name; self.dateOfBirth = dateOfBirth; self.nationality = nationality
        self.custody = custody; self.charges = charges; self.outcome = outcome; self.sentence = sentence
        self.ancillaryOrders = ancillaryOrders; self.confiscation = confiscation; self.remand = remand
        self.custodyTimeLimits = custodyTimeLimits; self.extra = extra
    }
}

public struct Charge: Sendable, Equatable {
    public var offence: String
    public var legislation: String?
    public var count: Int?
    public var extra: UnknownKeys
    public init(offence: String, legislation: String? = nil, count: Int? = nil, extra: UnknownKeys = [:]) {
        self.offence = offence; self.legislation = legislation; self.count = count; self.extra = extra
    }
}

public struct Outcome: Sendable, Equatable {
    public var category: OutcomeCategory
    public var date: Day
    public var extra: UnknownKeys
    public init(category: OutcomeCategory, date: Day, extra: UnknownKeys = [:]) {
        self.category = category; self.date = date; self.extra = extra
    }
}

public struct Sentence: Sendable, Equatable {
    public var custodialMonths: Int?
    public var suspended: Bool?
    public var description: String?
    public var extra: UnknownKeys
    public init(custodialMonths: Int? = nil, suspended: Bool? = nil, description: String? = nil, extra: UnknownKeys = [:]) {
        self.custodialMonths = custodialMonths; self.suspended = suspended
        self.description = description; self.extra = extra
    }
    /// Immediate custody: custodial months and not suspended.
    public var isCustodial: Bool { (custodialMonths ?? 0) > 0 && suspended != true }
}

public struct AncillaryOrder: Sendable, Equatable {
    public var type: AncillaryOrderType
    public var made: Day
    public var expires: Day?
    public var extra: UnknownKeys
    public init(type: AncillaryOrderType, made: Day, expires: Day? = nil, extra: UnknownKeys = [:]) {
        self.type = type; self.made = made; self.expires = expires; self.extra = extra
    }
}

/// Money is in pence (integers), shown in pounds.
public struct Confiscation: Sendable, Equatable {
    public var stage: ConfiscationStage
    public var restraintDate: Day?
    public var benefitPence: Int?
    public var availablePence: Int?
    public var orderPence: Int?
    public var orderDate: Day?
    public var recoveredPence: Int?
    /// Schema version 2: when the order must be paid (the order date, or up to 3 months
    /// later, 6 at most).
    public var paymentDue: Day?
    public var extra: UnknownKeys
    public init(stage: ConfiscationStage, restraintDate: Day? = nil, benefitPence: Int? = nil,
                availablePence: Int? = nil, orderPence: Int? = nil, orderDate: Day? = nil,
                recoveredPence: Int? = nil, paymentDue: Day? = nil, extra: UnknownKeys = [:]) {
        self.stage = stage; self.restraintDate = restraintDate; self.benefitPence = benefitPence
        self.availablePence = availablePence; self.orderPence = orderPence; self.orderDate = orderDate
        self.recoveredPence = recoveredPence; self.paymentDue = paymentDue; self.extra = extra
    }
}
