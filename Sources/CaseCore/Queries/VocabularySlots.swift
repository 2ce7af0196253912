// Declaration-order indices written as switches. `Vocabulary.position` searches `allCases`
// (an array built on every call), which is fine for a form but not for the inner loop of
// the measures over 300,000 defendants; these cost nothing. A test checks they agree with
// `position`.

extension CaseStatus {
    @inline(__always) var slot: Int {
        switch self {
        case .preCharge: 0
        case .charged: 1
        case .awaitingTrial: 2
        case .atTrial: 3
        case .awaitingSentence: 4
        case .postConviction: 5
        case .finalised: 6
        }
    }
}

extension CrimeType {
    static let count = 10
    @inline(__always) var slot: Int {
        switch self {
        case .drugTrafficking: 0
        case .firearmsTrafficking: 1
        case .organisedImmigrationCrime: 2
        case .humanTrafficking: 3
        case .childSexualExploitation: 4
        case .cyberCrime: 5
        case .moneyLaundering: 6
        case .organisedAcquisitiveCrime: 7
        case .fraud: 8
        case .other: 9
        }
    }
}

extension OutcomeCategory {
    static let count = 6
    /// `countsInRates` and `isConviction` by slot, for the walks, which see slots.
    static let ratedBySlot: [Bool] = allCases.sorted { $0.slot < $1.slot }.map(\.countsInRates)
    static let convictionBySlot: [Bool] = allCases.sorted { $0.slot < $1.slot }.map(\.isConviction)
    @inline(__always) var slot: Int {
        switch self {
        case .guiltyPlea: 0
        case .convictedAfterTrial: 1
        case .acquittedAfterTrial: 2
        case .directedAcquittal: 3
        case .dropped: 4
        case .administrativelyFinalised: 5
        }
    }
}

extension AncillaryOrderType {
    static let count = 7
    @inline(__always) var slot: Int {
        switch self {
        case .seriousCrimePreventionOrder: 0
        case .travelRestrictionOrder: 1
        case .financialReportingOrder: 2
        case .sexualOffencesPreventionOrder: 3
        case .directorDisqualification: 4
        case .slaveryAndTraffickingPreventionOrder: 5
        case .other: 6
        }
    }
}

extension ConfiscationStage {
    static let count = 8
    @inline(__always) var slot: Int {
        switch self {
        case .none: 0
        case .restraint: 1
        case .investigation: 2
        case .proceedings: 3
        case .orderMade: 4
        case .receivership: 5
        case .enforcement: 6
        case .satisfied: 7
        }
    }
}

extension RequestStatus {
    static let count = 8
    @inline(__always) var slot: Int {
        switch self {
        case .draft: 0
        case .sent: 1
        case .acknowledged: 2
        case .inExecution: 3
        case .partiallyExecuted: 4
        case .executed: 5
        case .refused: 6
        case .withdrawn: 7
        }
    }
}
