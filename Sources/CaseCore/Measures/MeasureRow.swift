/// The figures of one row of a report (one period, crime type, unit, lawyer or country).
///
/// Invariants: counts are never negative; `convictionRate` and `guiltyPleaRate` are nil
/// exactly when no outcome that counts in rates falls in the row (never 0 for "nothing");
/// `administrativelyFinalised` is counted but is in neither rate.
public struct MeasureRow: Sendable, Equatable {
    /// What the row is a row of.
    public var rowKey: ReportRowKey
    /// The row's key in JSON: the period, crime type, unit id, person id or country code.
    public var key: String { rowKey.text }
    /// The key as a person reads it (a unit or lawyer name, a crime type label).
    public var label: String
    /// The day the open-state figures (open cases and requests, overdue, to chase) are taken.
    public var asOf: Day

    /// Indexed by `OutcomeCategory` declaration order.
    public var outcomeCounts: [Int]
    public var custodialSentences: Int
    public var totalCustodialMonths: Int
    public var medianCustodialMonths: Double?
    public var confiscationOrders: Int
    public var confiscationOrderedPence: Int
    public var recoveredPence: Int
    public var restraintOrders: Int
    /// Indexed by `ConfiscationStage` declaration order.
    public var confiscationStageCounts: [Int]
    /// Indexed by `AncillaryOrderType` declaration order.
    public var ancillaryOrderCounts: [Int]
    public var openOutgoingRequests: Int
    public var openIncomingRequests: Int
    public var overdueRequests: Int
    public var requestsToChase: Int
    public var executedRequests: Int
    public var medianDaysToExecute: Double?
    /// Countries with overdue requests, most first (ties by code), at most five.
    public var mostOverdueCountries: [CountryCount]
    public var casesOpen: Int
    public var casesOpened: Int
    public var casesFinalised: Int

    public struct CountryCount: Sendable, Equatable {
        public var country: String
        public var count: Int
        public init(country: String, count: Int) { self.country = country; self.count = count }
    }

    public func count(_ outcome: OutcomeCategory) -> Int { outcomeCounts[outcome.slot] }
    public func ancillaryOrders(_ type: AncillaryOrderType) -> Int { ancillaryOrderCounts[type.slot] }
    public func confiscationCases(at stage: ConfiscationStage) -> Int { confiscationStageCounts[stage.slot] }

    public var guiltyPleas: Int { count(.guiltyPlea) }
    public var convictedAfterTrial: Int { count(.convictedAfterTrial) }
    public var acquittedAfterTrial: Int { count(.acquittedAfterTrial) }
    public var directedAcquittals: Int { count(.directedAcquittal) }
    public var dropped: Int { count(.dropped) }
    public var administrativelyFinalised: Int { count(.administrativelyFinalised) }
    public var ancillaryOrdersTotal: Int { ancillaryOrderCounts.reduce(0, +) }

    public var convictions: Int { OutcomeCategory.allCases.reduce(0) { $0 + ($1.isConviction ? count($1) : 0) } }
    /// Outcomes that count in the rates (`OutcomeCategory.countsInRates`).
    public var ratedOutcomes: Int { OutcomeCategory.allCases.reduce(0) { $0 + ($1.countsInRates ? count($1) : 0) } }
    public var outcomesTotal: Int { outcomeCounts.reduce(0, +) }

    /// (guilty pleas + convicted after trial) / rated outcomes; nil when there are none.
    public var convictionRate: Double? { ratedOutcomes == 0 ? nil : Double(convictions) / Double(ratedOutcomes) }
    /// Guilty pleas / rated outcomes; nil when there are none.
    public var guiltyPleaRate: Double? { ratedOutcomes == 0 ? nil : Double(guiltyPleas) / Double(ratedOutcomes) }

    /// Whether every figure is zero (such a row is left out of a breakdown by unit, lawyer,
    /// crime type or country, but kept in a breakdown by time so a quiet year shows).
    public var isEmpty: Bool {
        outcomesTotal == 0 && confiscationOrders == 0 && restraintOrders == 0
            && confiscationStageCounts.allSatisfy { $0 == 0 } && ancillaryOrdersTotal == 0
            && openOutgoingRequests == 0 && openIncomingRequests == 0 && executedRequests == 0
            && casesOpen == 0 && casesOpened == 0 && casesFinalised == 0
    }
}
