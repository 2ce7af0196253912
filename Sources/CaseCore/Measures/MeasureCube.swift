/// Every figure of one grouping counted once per quarter of every financial year the store
/// spans, so that a report for any period is a few sums over precomputed cells instead of a
/// walk over every record: the Dashboard's period and breakdown changes stay within one frame
/// on a division's store.
///
/// Cells are the rows of a cube `RowLayout`: row `g * rowsPerGroup + t` is group `g` (a crime
/// type, unit, lawyer or country; `totalGroup` is every record once) in quarter `t`. The cube is
/// filled by the same `MeasureWalk` as every report, so it counts by the very rules the walk
/// holds; a test checks that its reports equal the walk's for every period and grouping.
///
/// - Event figures (outcomes, sentences, orders, executed requests, opened, finalised) are
///   counted in the quarter of their day: a period's figure is the sum of its quarters.
/// - Open-state figures (open cases and requests, overdue, to chase) are taken as of each
///   quarter's last day, or today for a quarter not yet over; a period asks for the state of
///   its last quarter, which is its own as-of day.
/// - Confiscation stages count defendants whose case was active at any time in the period, so
///   they cannot be summed: each defendant is kept as its first and last active quarter, and
///   a period `qa...qb` counts those with first <= qb and last >= qa.
struct MeasureCube: Sendable {
    let layout: RowLayout
    let countryKeys: [String]
    /// Event figures per cell, and the open-state figures (already summed from differences).
    private(set) var cells: MeasureAccumulator
    private(set) var casesOpen: [Int], outgoing: [Int], incoming: [Int], overdue: [Int], toChase: [Int]
    /// Overdue requests per cell and country: `[cell * countries + country]`.
    private(set) var overdueByCountry: [Int]
    /// Per group and stage, how many defendants' first active quarter is <= t
    /// (`firstActiveUpTo`) and last active quarter is < t (`lastActiveBefore`):
    /// `[(group * stages + stage) * (rowsPerGroup + 1) + t]`.
    private(set) var firstActiveUpTo: [Int32]
    private(set) var lastActiveBefore: [Int32]

    var rowsPerGroup: Int { layout.rowsPerGroup }

    /// The cube of `groupBy` (none: the total group only) as of `today`; nil when the store's
    /// days span too many years for a cube (reports then walk).
    static func build(_ index: MeasureIndex, groupBy: GroupBy, today: Day) -> MeasureCube? {
        guard let years = RowLayout.cubeYears(index, today: today) else { return nil }
        let layout = RowLayout(cube: index, years: years, groupBy: groupBy, today: today)
        let cells = (layout.keys.count + 1) * layout.rowsPerGroup
        let builder = ParallelWalk.run(MeasureWalk(index: index, layout: layout),
                                       records: index.defendants.count + index.requests.count,
                                       make: { CubeBuilder(cells: cells, rowsPerGroup: layout.rowsPerGroup,
                                                           countryCount: index.countries.count) },
                                       merge: { $0.merge($1) })
        return MeasureCube(layout: layout, countryKeys: index.countries, builder: builder)
    }

    /// This cube with one case's figures taken out (`old`: the walk of its old records over this
    /// cube's layout) and put back (`new`): what a build over the changed summaries gives (a
    /// test checks it), at the cost of one case's records instead of every case's.
    func replacing(old: CubeBuilder, new: CubeBuilder) -> MeasureCube {
        var cube = self
        cube.add(MeasureCube(layout: layout, countryKeys: countryKeys, builder: old), sign: -1)
        cube.add(MeasureCube(layout: layout, countryKeys: countryKeys, builder: new), sign: 1)
        return cube
    }

    private mutating func add(_ d: MeasureCube, sign: Int) {
        func add<T: BinaryInteger>(_ a: inout [T], _ b: [T]) { for i in b.indices where b[i] != 0 { a[i] += T(sign) * b[i] } }
        add(&cells.outcomes, d.cells.outcomes); add(&cells.custodialCount, d.cells.custodialCount)
        add(&cells.custodialMonths, d.cells.custodialMonths); add(&cells.orders, d.cells.orders)
        func money(_ a: inout [Int64], _ b: [Int64]) {
            for i in b.indices where b[i] != 0 { a[i] = Money.sum(a[i], sign > 0 ? b[i] : -b[i]) }
        }
        money(&cells.orderedPence, d.cells.orderedPence); money(&cells.recovered, d.cells.recovered)
        add(&cells.restraints, d.cells.restraints); add(&cells.ancillary, d.cells.ancillary)
        add(&cells.executedCount, d.cells.executedCount); add(&cells.openedCount, d.cells.openedCount)
        add(&cells.finalisedCount, d.cells.finalisedCount)
        add(&casesOpen, d.casesOpen); add(&outgoing, d.outgoing); add(&incoming, d.incoming)
        add(&overdue, d.overdue); add(&toChase, d.toChase); add(&overdueByCountry, d.overdueByCountry)
        add(&firstActiveUpTo, d.firstActiveUpTo); add(&lastActiveBefore, d.lastActiveBefore)
        // The values behind the medians: one of each taken out, or put in.
        func values(_ a: inout [[Int32]], _ b: [[Int32]]) {
            for cell in b.indices where !b[cell].isEmpty {
                if sign > 0 { a[cell] += b[cell]; continue }
                for v in b[cell] { if let i = a[cell].firstIndex(of: v) { a[cell].remove(at: i) } }
            }
        }
        values(&cells.custodialValues, d.cells.custodialValues)
        values(&cells.executedDays, d.cells.executedDays)
    }

    private init(layout: RowLayout, countryKeys: [String], builder b: CubeBuilder) {
        self.layout = layout
        self.countryKeys = countryKeys
        var acc = b.cells
        func sum(_ d: inout [Int], width: Int = 1) -> [Int] {
            for i in stride(from: width, to: d.count, by: 1) { d[i] += d[i - width] }
            let out = d
            d = []      // the differences are not kept
            return out
        }
        // A range of rows never leaves its group's block, so one running sum over the whole
        // array gives every cell's state (a range's end may be the next block's first cell,
        // where its start is already counted).
        casesOpen = sum(&acc.caseOpenDiff); outgoing = sum(&acc.outgoingDiff); incoming = sum(&acc.incomingDiff)
        overdue = sum(&acc.overdueDiff); toChase = sum(&acc.chaseDiff)
        overdueByCountry = sum(&acc.overdueCountryDiff, width: acc.countryCount)
        acc.stageDiff = []
        cells = acc
        // Running counts within each (group, stage) block.
        let n = layout.rowsPerGroup
        var upTo = b.firstActive, before = b.lastActive
        for block in 0..<(upTo.count / (n + 1)) {
            let base = block * (n + 1)
            // first: count at t means "first == t"; make it "first <= t".
            for t in 1..<n { upTo[base + t] += upTo[base + t - 1] }
            // last: count at t + 1 means "last == t"; make slot t mean "last < t".
            for t in 1...n { before[base + t] += before[base + t - 1] }
        }
        firstActiveUpTo = upTo; lastActiveBefore = before
    }

    /// The quarters of `period`, nil when it lies outside the cube (a year before anything the
    /// store holds or after today's and its last date).
    func quarters(_ period: ReportPeriod) -> ClosedRange<Int>? {
        guard let days = period.days else { return 0...(rowsPerGroup - 1) }
        return quarters(from: days.lowerBound.ordinal, to: days.upperBound.ordinal)
    }

    func quarters(from: Int32, to: Int32) -> ClosedRange<Int>? {
        guard let a = layout.starts.firstIndex(of: from), let b = layout.ends.firstIndex(of: to), a <= b else { return nil }
        return a...b
    }

    /// The quarter whose as-of day is `day`: the state of the cube on that day (nil when no
    /// quarter ends on it and it is not today).
    func asOfQuarter(_ day: Int32) -> Int? {
        let t = layout.firstAsOf(day)
        return t < rowsPerGroup && layout.asOf[t] == day ? t : nil
    }

    /// The figures of group `g` (`layout.totalGroup` for every record once) over `quarters`,
    /// open-state figures in the state of quarter `asOf`.
    func row(group g: Int, quarters q: ClosedRange<Int>, asOf p: Int, key: ReportRowKey, label: String, asOfDay: Day) -> MeasureRow {
        let n = rowsPerGroup, base = g * n
        let cells = self.cells
        var outcomes = [Int](repeating: 0, count: OutcomeCategory.count)
        var ancillary = [Int](repeating: 0, count: AncillaryOrderType.count)
        var custodial = 0, months = 0, orders = 0, executed = 0, opened = 0, finalised = 0, restraints = 0
        var ordered: Int64 = 0, recovered: Int64 = 0
        var custodialValues: [Int32] = [], executedDays: [Int32] = []
        for cell in (base + q.lowerBound)...(base + q.upperBound) {
            for k in 0..<OutcomeCategory.count { outcomes[k] += cells.outcomes[cell * OutcomeCategory.count + k] }
            for k in 0..<AncillaryOrderType.count { ancillary[k] += cells.ancillary[cell * AncillaryOrderType.count + k] }
            custodial += cells.custodialCount[cell]; months += cells.custodialMonths[cell]
            orders += cells.orders[cell]; ordered = Money.sum(ordered, cells.orderedPence[cell])
            recovered = Money.sum(recovered, cells.recovered[cell])
            restraints += cells.restraints[cell]; executed += cells.executedCount[cell]
            opened += cells.openedCount[cell]; finalised += cells.finalisedCount[cell]
            custodialValues += cells.custodialValues[cell]
            executedDays += cells.executedDays[cell]
        }
        var stages = [Int](repeating: 0, count: ConfiscationStage.count)
        for s in 0..<ConfiscationStage.count {
            let block = (g * ConfiscationStage.count + s) * (n + 1)
            // Active at some time in qa...qb: first <= qb, less those whose last < qa (whose
            // first is then before qa as well).
            stages[s] = Int(firstActiveUpTo[block + q.upperBound] - lastActiveBefore[block + q.lowerBound])
        }
        let state = base + p, countries = cells.countryCount
        var top: [MeasureRow.CountryCount] = []
        for k in 0..<countries where overdueByCountry[state * countries + k] > 0 {
            top.append(.init(country: countryKeys[k], count: overdueByCountry[state * countries + k]))
        }
        top.sort { $0.count != $1.count ? $0.count > $1.count : $0.country < $1.country }
        return MeasureRow(
            rowKey: key, label: label, asOf: asOfDay, outcomeCounts: outcomes,
            custodialSentences: custodial, totalCustodialMonths: months,
            medianCustodialMonths: MeasureAccumulator.median(custodialValues),
            confiscationOrders: orders, confiscationOrderedPence: Int(ordered), recoveredPence: Int(recovered),
            restraintOrders: restraints, confiscationStageCounts: stages, ancillaryOrderCounts: ancillary,
            openOutgoingRequests: outgoing[state], openIncomingRequests: incoming[state],
            overdueRequests: overdue[state], requestsToChase: toChase[state],
            executedRequests: executed, medianDaysToExecute: MeasureAccumulator.median(executedDays),
            mostOverdueCountries: Array(top.prefix(5)),
            casesOpen: casesOpen[state], casesOpened: opened, casesFinalised: finalised)
    }
}

/// What the walk over a cube layout adds up: the accumulator's cells, except confiscation
/// stages, which are kept as each defendant's first and last active quarter.
struct CubeBuilder: MeasureSink {
    var cells: MeasureAccumulator
    let rowsPerGroup: Int
    /// `[(group * stages + stage) * (rowsPerGroup + 1) + t]`: defendants whose first active
    /// quarter is t, and (at t + 1) whose last active quarter is t.
    var firstActive: [Int32]
    var lastActive: [Int32]

    init(cells count: Int, rowsPerGroup: Int, countryCount: Int) {
        // The accumulator's stage differences are not used: one row keeps the array small.
        cells = MeasureAccumulator(rows: count, countryCount: countryCount, stageRows: 0)
        self.rowsPerGroup = rowsPerGroup
        let groups = count / rowsPerGroup
        firstActive = Array(repeating: 0, count: groups * ConfiscationStage.count * (rowsPerGroup + 1))
        lastActive = firstActive
    }

    mutating func merge(_ o: CubeBuilder) {
        cells.merge(o.cells)
        for i in firstActive.indices { firstActive[i] += o.firstActive[i]; lastActive[i] += o.lastActive[i] }
    }

    mutating func stage(_ rows: Range<Int>, _ slot: Int, _ c: Int32) {
        let n = rowsPerGroup, g = rows.lowerBound / n
        let block = (g * ConfiscationStage.count + slot) * (n + 1)
        firstActive[block + rows.lowerBound - g * n] += 1
        lastActive[block + rows.upperBound - g * n] += 1
    }

    mutating func outcome(_ r: Int, _ slot: Int, _ c: Int32) { cells.outcome(r, slot, c) }
    mutating func custodial(_ r: Int, _ months: Int32, _ c: Int32) { cells.custodial(r, months, c) }
    mutating func confiscationOrder(_ r: Int, _ p: Int64, _ rec: Int64, _ c: Int32) { cells.confiscationOrder(r, p, rec, c) }
    mutating func restraint(_ r: Int, _ c: Int32) { cells.restraint(r, c) }
    mutating func ancillary(_ r: Int, _ type: Int, _ c: Int32) { cells.ancillary(r, type, c) }
    mutating func executed(_ r: Int, _ days: Int32, _ c: Int32) { cells.executed(r, days, c) }
    mutating func opened(_ r: Int, _ c: Int32) { cells.opened(r, c) }
    mutating func finalised(_ r: Int, _ c: Int32) { cells.finalised(r, c) }
    mutating func caseOpen(_ r: Range<Int>, _ c: Int32) { cells.caseOpen(r, c) }
    mutating func requestOpen(_ r: Range<Int>, outgoing: Bool, _ c: Int32) { cells.requestOpen(r, outgoing: outgoing, c) }
    mutating func overdue(_ r: Range<Int>, country: Int32, _ c: Int32) { cells.overdue(r, country: country, c) }
    mutating func toChase(_ r: Range<Int>, _ c: Int32) { cells.toChase(r, c) }
}
