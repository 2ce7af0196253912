/// Adds up the walk's calls into rows. Range figures go into difference arrays (add at the
/// first row, subtract after the last) so a case open for years costs two additions.
///
/// Counts are `Int32`: a row counts each record at most once per figure, and records are
/// numbered in `Int32` (`MeasureIndex`), so no count can pass it; a cube keeps these arrays for
/// every quarter of every group, where `Int` would double them. Custody months are summed, so
/// they stay `Int`.
struct MeasureAccumulator: MeasureSink {
    let rows: Int            // including the total row
    let countryCount: Int
    var outcomes: [Int32]
    var custodialCount: [Int32]
    var custodialMonths: [Int]
    var custodialValues: [[Int32]]
    var orders: [Int32]
    var orderedPence: [Int64]
    var recovered: [Int64]
    var restraints: [Int32]
    var ancillary: [Int32]
    var executedCount: [Int32]
    var executedDays: [[Int32]]
    var openedCount: [Int32]
    var finalisedCount: [Int32]
    // Difference arrays, (rows + 1) long per figure.
    var stageDiff: [Int32]
    var caseOpenDiff: [Int32]
    var outgoingDiff: [Int32]
    var incomingDiff: [Int32]
    var overdueDiff: [Int32]
    var chaseDiff: [Int32]
    var overdueCountryDiff: [Int32]

    /// - Parameter stageRows: rows of stage differences, when not `rows` (a cube keeps stages
    ///   its own way and needs none).
    init(rows: Int, countryCount: Int, stageRows: Int? = nil) {
        self.rows = rows; self.countryCount = countryCount
        outcomes = Array(repeating: 0, count: rows * OutcomeCategory.count)
        custodialCount = Array(repeating: 0, count: rows); custodialMonths = Array(repeating: 0, count: rows)
        custodialValues = Array(repeating: [], count: rows)
        orders = custodialCount; orderedPence = Array(repeating: 0, count: rows); recovered = orderedPence
        restraints = custodialCount
        ancillary = Array(repeating: 0, count: rows * AncillaryOrderType.count)
        executedCount = custodialCount; executedDays = custodialValues
        openedCount = custodialCount; finalisedCount = custodialCount
        stageDiff = Array(repeating: 0, count: ((stageRows ?? rows) + 1) * ConfiscationStage.count)
        caseOpenDiff = Array(repeating: 0, count: rows + 1)
        outgoingDiff = caseOpenDiff; incomingDiff = caseOpenDiff; overdueDiff = caseOpenDiff; chaseDiff = caseOpenDiff
        overdueCountryDiff = Array(repeating: 0, count: (rows + 1) * countryCount)
    }

    mutating func outcome(_ row: Int, _ slot: Int, _ c: Int32) { outcomes[row * OutcomeCategory.count + slot] += 1 }
    mutating func custodial(_ row: Int, _ months: Int32, _ c: Int32) {
        custodialCount[row] += 1; custodialMonths[row] += Int(months); custodialValues[row].append(months)
    }
    mutating func confiscationOrder(_ row: Int, _ pence: Int64, _ rec: Int64, _ c: Int32) {
        orders[row] += 1; orderedPence[row] = Money.sum(orderedPence[row], pence); recovered[row] = Money.sum(recovered[row], rec)
    }
    mutating func restraint(_ row: Int, _ c: Int32) { restraints[row] += 1 }
    mutating func ancillary(_ row: Int, _ type: Int, _ c: Int32) { ancillary[row * AncillaryOrderType.count + type] += 1 }
    mutating func executed(_ row: Int, _ days: Int32, _ c: Int32) { executedCount[row] += 1; executedDays[row].append(days) }
    mutating func opened(_ row: Int, _ c: Int32) { openedCount[row] += 1 }
    mutating func finalised(_ row: Int, _ c: Int32) { finalisedCount[row] += 1 }
    mutating func stage(_ r: Range<Int>, _ slot: Int, _ c: Int32) {
        stageDiff[r.lowerBound * ConfiscationStage.count + slot] += 1
        stageDiff[r.upperBound * ConfiscationStage.count + slot] -= 1
    }
    mutating func caseOpen(_ r: Range<Int>, _ c: Int32) { caseOpenDiff[r.lowerBound] += 1; caseOpenDiff[r.upperBound] -= 1 }
    mutating func requestOpen(_ r: Range<Int>, outgoing: Bool, _ c: Int32) {
        if outgoing { outgoingDiff[r.lowerBound] += 1; outgoingDiff[r.upperBound] -= 1 }
        else { incomingDiff[r.lowerBound] += 1; incomingDiff[r.upperBound] -= 1 }
    }
    mutating func overdue(_ r: Range<Int>, country: Int32, _ c: Int32) {
        overdueDiff[r.lowerBound] += 1; overdueDiff[r.upperBound] -= 1
        overdueCountryDiff[r.lowerBound * countryCount + Int(country)] += 1
        overdueCountryDiff[r.upperBound * countryCount + Int(country)] -= 1
    }
    mutating func toChase(_ r: Range<Int>, _ c: Int32) { chaseDiff[r.lowerBound] += 1; chaseDiff[r.upperBound] -= 1 }

    /// Adds the figures another part of the same walk counted (same rows and countries).
    /// Every figure is a sum or a multiset of values, so merging parts gives exactly the
    /// figures of one whole walk.
    mutating func merge(_ o: MeasureAccumulator) {
        func add<T: AdditiveArithmetic>(_ a: inout [T], _ b: [T]) { for i in a.indices { a[i] += b[i] } }
        add(&outcomes, o.outcomes); add(&custodialCount, o.custodialCount); add(&custodialMonths, o.custodialMonths)
        func money(_ a: inout [Int64], _ b: [Int64]) { for i in a.indices { a[i] = Money.sum(a[i], b[i]) } }
        add(&orders, o.orders); money(&orderedPence, o.orderedPence); money(&recovered, o.recovered)
        add(&restraints, o.restraints); add(&ancillary, o.ancillary); add(&executedCount, o.executedCount)
        add(&openedCount, o.openedCount); add(&finalisedCount, o.finalisedCount)
        add(&stageDiff, o.stageDiff); add(&caseOpenDiff, o.caseOpenDiff); add(&outgoingDiff, o.outgoingDiff)
        add(&incomingDiff, o.incomingDiff); add(&overdueDiff, o.overdueDiff); add(&chaseDiff, o.chaseDiff)
        add(&overdueCountryDiff, o.overdueCountryDiff)
        for r in 0..<rows {
            custodialValues[r] += o.custodialValues[r]
            executedDays[r] += o.executedDays[r]
        }
    }

    /// The finished rows, the total last.
    func rows(keys: [ReportRowKey], labels: [String], asOf: [Day], countryKeys: [String]) -> [MeasureRow] {
        func prefix(_ d: [Int32], width: Int) -> [Int] {
            var out = d.map(Int.init)
            for i in stride(from: width, to: out.count, by: 1) { out[i] += out[i - width] }
            return out
        }
        let stages = prefix(stageDiff, width: ConfiscationStage.count)
        let open = prefix(caseOpenDiff, width: 1), outgoing = prefix(outgoingDiff, width: 1)
        let incoming = prefix(incomingDiff, width: 1), overdue = prefix(overdueDiff, width: 1)
        let chase = prefix(chaseDiff, width: 1), byCountry = prefix(overdueCountryDiff, width: countryCount)
        return (0..<rows).map { r in
            var top: [MeasureRow.CountryCount] = []
            for k in 0..<countryCount where byCountry[r * countryCount + k] > 0 {
                top.append(.init(country: countryKeys[k], count: byCountry[r * countryCount + k]))
            }
            top.sort { $0.count != $1.count ? $0.count > $1.count : $0.country < $1.country }
            return MeasureRow(
                rowKey: keys[r], label: labels[r], asOf: asOf[r],
                outcomeCounts: outcomes[r * OutcomeCategory.count..<(r + 1) * OutcomeCategory.count].map(Int.init),
                custodialSentences: Int(custodialCount[r]), totalCustodialMonths: custodialMonths[r],
                medianCustodialMonths: Self.median(custodialValues[r]),
                confiscationOrders: Int(orders[r]), confiscationOrderedPence: Int(orderedPence[r]),
                recoveredPence: Int(recovered[r]), restraintOrders: Int(restraints[r]),
                confiscationStageCounts: Array(stages[r * ConfiscationStage.count..<(r + 1) * ConfiscationStage.count]),
                ancillaryOrderCounts: ancillary[r * AncillaryOrderType.count..<(r + 1) * AncillaryOrderType.count].map(Int.init),
                openOutgoingRequests: outgoing[r], openIncomingRequests: incoming[r],
                overdueRequests: overdue[r], requestsToChase: chase[r],
                executedRequests: Int(executedCount[r]), medianDaysToExecute: Self.median(executedDays[r]),
                mostOverdueCountries: Array(top.prefix(5)),
                casesOpen: open[r], casesOpened: Int(openedCount[r]), casesFinalised: Int(finalisedCount[r]))
        }
    }

    /// The middle value, or the mean of the two middle values; nil for none. Months and days
    /// span a small range, so a count per value finds the middle in one pass instead of a sort.
    static func median<C: Collection<Int32>>(_ values: C) -> Double? {
        guard let lo = values.min(), let hi = values.max() else { return nil }
        let n = values.count
        let range = Int(hi) - Int(lo)
        guard range < 1 << 16 else {
            let v = values.sorted()
            return n % 2 == 1 ? Double(v[n / 2]) : (Double(v[n / 2 - 1]) + Double(v[n / 2])) / 2
        }
        var counts = [Int32](repeating: 0, count: range + 1)
        for v in values { counts[Int(v) - Int(lo)] += 1 }
        // The values at sorted positions (n - 1) / 2 and n / 2.
        func value(at position: Int) -> Int {
            var seen = 0
            for (k, c) in counts.enumerated() {
                seen += Int(c)
                if seen > position { return k + Int(lo) }
            }
            return Int(hi)
        }
        let a = value(at: (n - 1) / 2), b = n % 2 == 1 ? a : value(at: n / 2)
        return (Double(a) + Double(b)) / 2
    }
}
