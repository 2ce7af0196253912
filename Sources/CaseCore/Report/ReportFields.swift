/// The figures of a row in the order and under the names every format uses: the JSON keys
/// of domain.md, and the headings people read. One list, so JSON, CSV, markdown and the
/// terminal table cannot drift apart.
enum ReportField: CaseIterable {
    case guiltyPleas, convictedAfterTrial, acquittedAfterTrial, directedAcquittals, dropped, administrativelyFinalised
    case convictionRate, guiltyPleaRate
    case custodialSentences, totalCustodialMonths, medianCustodialMonths
    case confiscationOrders, confiscationOrderedPence, recoveredPence, restraintOrders
    case openOutgoingRequests, openIncomingRequests, overdueRequests, requestsToChase
    case executedRequests, medianDaysToExecute
    case casesOpen, casesOpened, casesFinalised

    var key: String { "\(self)" }

    var heading: String {
        switch self {
        case .guiltyPleas: "Guilty pleas"
        case .convictedAfterTrial: "Convictions after trial"
        case .acquittedAfterTrial: "Acquittals after trial"
        case .directedAcquittals: "Directed acquittals"
        case .dropped: "Prosecutions dropped"
        case .administrativelyFinalised: "Administratively finalised"
        case .convictionRate: "Conviction rate"
        case .guiltyPleaRate: "Guilty-plea rate"
        case .custodialSentences: "Custodial sentences"
        case .totalCustodialMonths: "Total months"
        case .medianCustodialMonths: "Median months"
        case .confiscationOrders: "Confiscation orders"
        case .confiscationOrderedPence: "Ordered"
        case .recoveredPence: "Recovered"
        case .restraintOrders: "Restraint orders"
        case .openOutgoingRequests: "Open outgoing"
        case .openIncomingRequests: "Open incoming"
        case .overdueRequests: "Overdue"
        case .requestsToChase: "To chase"
        case .executedRequests: "Executed"
        case .medianDaysToExecute: "Median days to execute"
        case .casesOpen: "Cases open"
        case .casesOpened: "Cases opened"
        case .casesFinalised: "Cases finalised"
        }
    }

    /// The figure as a JSON value: integers, exact rates, `null` for no value.
    func json(_ r: MeasureRow) -> String {
        switch self {
        case .convictionRate: JSONText.number(r.convictionRate)
        case .guiltyPleaRate: JSONText.number(r.guiltyPleaRate)
        case .medianCustodialMonths: JSONText.number(r.medianCustodialMonths)
        case .medianDaysToExecute: JSONText.number(r.medianDaysToExecute)
        default: String(integer(r))
        }
    }

    /// The figure as a person reads it: whole percent, pounds, thousands separators, `–`.
    func display(_ r: MeasureRow) -> String {
        switch self {
        case .convictionRate: Percent.text(r.convictions, of: r.ratedOutcomes)
        case .guiltyPleaRate: Percent.text(r.guiltyPleas, of: r.ratedOutcomes)
        case .medianCustodialMonths: r.medianCustodialMonths.map(JSONText.plain) ?? Percent.none
        case .medianDaysToExecute: r.medianDaysToExecute.map(JSONText.plain) ?? Percent.none
        case .confiscationOrderedPence, .recoveredPence: Money.wholePounds(integer(r))
        default: Grouping.thousands(integer(r))
        }
    }

    func integer(_ r: MeasureRow) -> Int {
        switch self {
        case .guiltyPleas: r.guiltyPleas
        case .convictedAfterTrial: r.convictedAfterTrial
        case .acquittedAfterTrial: r.acquittedAfterTrial
        case .directedAcquittals: r.directedAcquittals
        case .dropped: r.dropped
        case .administrativelyFinalised: r.administrativelyFinalised
        case .custodialSentences: r.custodialSentences
        case .totalCustodialMonths: r.totalCustodialMonths
        case .confiscationOrders: r.confiscationOrders
        case .confiscationOrderedPence: r.confiscationOrderedPence
        case .recoveredPence: r.recoveredPence
        case .restraintOrders: r.restraintOrders
        case .openOutgoingRequests: r.openOutgoingRequests
        case .openIncomingRequests: r.openIncomingRequests
        case .overdueRequests: r.overdueRequests
        case .requestsToChase: r.requestsToChase
        case .executedRequests: r.executedRequests
        case .casesOpen: r.casesOpen
        case .casesOpened: r.casesOpened
        case .casesFinalised: r.casesFinalised
        case .convictionRate, .guiltyPleaRate, .medianCustodialMonths, .medianDaysToExecute: 0
        }
    }

    /// The sections of the human-readable formats (a review paper cannot take 30 columns).
    static let sections: [(title: String, fields: [ReportField])] = [
        ("Outcomes (per defendant)", [.guiltyPleas, .convictedAfterTrial, .acquittedAfterTrial, .directedAcquittals,
                                      .dropped, .administrativelyFinalised, .convictionRate, .guiltyPleaRate]),
        ("Sentences and confiscation", [.custodialSentences, .totalCustodialMonths, .medianCustodialMonths,
                                        .confiscationOrders, .confiscationOrderedPence, .recoveredPence, .restraintOrders]),
        ("International requests and caseload", [.openOutgoingRequests, .openIncomingRequests, .overdueRequests,
                                                  .requestsToChase, .executedRequests, .medianDaysToExecute,
                                                  .casesOpen, .casesOpened, .casesFinalised]),
    ]
}

/// Writing JSON scalars by hand, so that key order and number spelling are fixed.
enum JSONText {
    /// JSONWriter's one escaping rule.
    static func string(_ s: String) -> String { JSONWriter.compactString(.string(s)) }

    /// `null`, an integer when the value is whole (`12`), else the shortest exact decimal.
    static func number(_ v: Double?) -> String {
        guard let v, v.isFinite else { return "null" }
        return plain(v)
    }

    static func plain(_ v: Double) -> String {
        if v == v.rounded(), abs(v) < 1e15 { return String(Int(v)) }
        return "\(v)"
    }
}
