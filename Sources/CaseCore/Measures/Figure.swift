/// One figure of a report row, for drill-down: "which cases are behind this number?"
public enum Figure: Sendable, Hashable {
    case outcome(OutcomeCategory)
    /// Every outcome in the period, of any category.
    case outcomes
    /// The outcomes behind the rates (`OutcomeCategory.countsInRates`).
    case ratedOutcomes
    /// Guilty pleas and convictions after trial.
    case convictions
    case custodialSentences
    case confiscationOrders
    case restraintOrders
    case confiscationStage(ConfiscationStage)
    /// Ancillary orders of one type, or of any type when nil.
    case ancillaryOrders(AncillaryOrderType?)
    case openOutgoingRequests
    case openIncomingRequests
    case overdueRequests
    /// Overdue requests to or from one country (the "countries with most overdue" list).
    case overdueRequestsIn(country: String)
    case requestsToChase
    /// Requests executed in the period (behind the median days to execute).
    case executedRequests
    case casesOpen
    case casesOpened
    case casesFinalised
    /// A custody time limit figure: counted over the summaries by `CTLMeasures`, not the index.
    case ctl(CTLFigure)
}

/// Collects the cases the walk counts in one figure of one row: the drill-down sees the very
/// calls the accumulator adds up, so the list and the number cannot disagree.
struct DrillSink: MeasureSink {
    let figure: Figure
    let row: Int
    /// For `overdueRequestsIn`: the country's index, -1 when the country is not in the store.
    let country: Int32
    var marked: [Bool]

    @inline(__always) mutating func mark(_ c: Int32) { marked[Int(c)] = true }
    /// Adds the cases another part of the same walk marked.
    mutating func merge(_ o: DrillSink) { for i in marked.indices where o.marked[i] { marked[i] = true } }

    mutating func outcome(_ r: Int, _ slot: Int, _ c: Int32) {
        guard r == row else { return }
        switch figure {
        case .outcome(let o) where o.slot == slot: mark(c)
        case .outcomes: mark(c)
        case .ratedOutcomes where OutcomeCategory.ratedBySlot[slot]: mark(c)
        case .convictions where OutcomeCategory.convictionBySlot[slot]: mark(c)
        default: break
        }
    }
    mutating func custodial(_ r: Int, _ months: Int32, _ c: Int32) { if r == row, figure == .custodialSentences { mark(c) } }
    mutating func confiscationOrder(_ r: Int, _ p: Int64, _ rec: Int64, _ c: Int32) {
        if r == row, figure == .confiscationOrders { mark(c) }
    }
    mutating func restraint(_ r: Int, _ c: Int32) { if r == row, figure == .restraintOrders { mark(c) } }
    mutating func ancillary(_ r: Int, _ type: Int, _ c: Int32) {
        guard r == row, case .ancillaryOrders(let t) = figure else { return }
        if t == nil || t!.slot == type { mark(c) }
    }
    mutating func executed(_ r: Int, _ days: Int32, _ c: Int32) { if r == row, figure == .executedRequests { mark(c) } }
    mutating func opened(_ r: Int, _ c: Int32) { if r == row, figure == .casesOpened { mark(c) } }
    mutating func finalised(_ r: Int, _ c: Int32) { if r == row, figure == .casesFinalised { mark(c) } }
    mutating func stage(_ rows: Range<Int>, _ slot: Int, _ c: Int32) {
        if rows.contains(row), case .confiscationStage(let s) = figure, s.slot == slot { mark(c) }
    }
    mutating func caseOpen(_ rows: Range<Int>, _ c: Int32) { if rows.contains(row), figure == .casesOpen { mark(c) } }
    mutating func requestOpen(_ rows: Range<Int>, outgoing: Bool, _ c: Int32) {
        guard rows.contains(row) else { return }
        if (outgoing && figure == .openOutgoingRequests) || (!outgoing && figure == .openIncomingRequests) { mark(c) }
    }
    mutating func overdue(_ rows: Range<Int>, country k: Int32, _ c: Int32) {
        guard rows.contains(row) else { return }
        if figure == .overdueRequests { mark(c) }
        if case .overdueRequestsIn = figure, k == country { mark(c) }
    }
    mutating func toChase(_ rows: Range<Int>, _ c: Int32) { if rows.contains(row), figure == .requestsToChase { mark(c) } }
}
