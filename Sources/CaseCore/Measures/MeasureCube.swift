/// Every figure of one grouping counted once per quarter of every financial year the store
/// spans, so that a report for any period is a few sums over precomputed cells instead of a
/// walk over every record: the Dashboard's period and breakdown changes stay within one frame
/// on a division's store.
///
/// Cells are the rows of a cube `RowLayout`: row `g * rowsPerGroup + t` is group `g` (a crime
/// type, unit, lawyer or country; in the ungrouped cube, `totalGroup`: every record once) in quarter `t`. The cube is
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
    /// Event figures per cell (the values behind the medians apart), and the open-state figures
    /// (already summed from differences).
    private(set) var cells: MeasureAccumulator
    private(set) var casesOpen: [Int32], outgoing: [Int32], incoming: [Int32], overdue: [Int32], toChase: [Int32]
    /// The values behind the medians.
    private(set) var custodialValues: CellValues, executedDays: CellValues
    /// Overdue requests per cell and country, only the countries with some: a cell holds a few
    /// of the store's countries, and a dense table (cells × countries) was most of a cube.
    private(set) var overdueByCountry: CellLists<CountryCount>
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
        let cells = layout.cubeCells
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

    private mutating func add(_ d: MeasureCube, sign: Int32) {
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
        add(&overdue, d.overdue); add(&toChase, d.toChase)
        add(&firstActiveUpTo, d.firstActiveUpTo); add(&lastActiveBefore, d.lastActiveBefore)
        overdueByCountry = overdueByCountry.changing(by: d.overdueByCountry) { list, change in
            for e in change {
                let k = list.firstIndex { $0.country == e.country } ?? { list.append(.init(country: e.country, count: 0)); return list.count - 1 }()
                list[k].count += sign * e.count
                if list[k].count == 0 { list.remove(at: k) }
            }
        }
        // The values behind the medians: one of each taken out, or put in.
        let values = { (list: inout [Int32], change: [Int32]) in
            if sign > 0 { list += change; return }
            for v in change { if let i = list.firstIndex(of: v) { list.remove(at: i) } }
        }
        custodialValues = custodialValues.changing(by: d.custodialValues, values)
        executedDays = executedDays.changing(by: d.executedDays, values)
    }

    private init(layout: RowLayout, countryKeys: [String], builder b: CubeBuilder) {
        self.layout = layout
        self.countryKeys = countryKeys
        var acc = b.cells
        func sum(_ d: inout [Int32]) -> [Int32] {
            for i in 1..<d.count { d[i] += d[i - 1] }
            d.removeLast()      // the row past the last: every range has ended there
            let out = d
            d = []      // the differences are not kept
            return out
        }
        // A range of rows never leaves its group's block, so one running sum over the whole
        // array gives every cell's state (a range's end may be the next block's first cell,
        // where its start is already counted).
        casesOpen = sum(&acc.caseOpenDiff); outgoing = sum(&acc.outgoingDiff); incoming = sum(&acc.incomingDiff)
        overdue = sum(&acc.overdueDiff); toChase = sum(&acc.chaseDiff)
        // The same running sum per country, keeping the countries with some overdue.
        let countries = acc.countryCount, cellCount = acc.rows
        var running = [Int32](repeating: 0, count: countries)
        overdueByCountry = CellLists(cells: cellCount) { cell, list in
            for k in 0..<countries {
                running[k] += acc.overdueCountryDiff[cell * countries + k]
                if running[k] != 0 { list.append(CountryCount(country: UInt16(k), count: running[k])) }
            }
        }
        acc.overdueCountryDiff = []; acc.stageDiff = []
        custodialValues = CellValues(acc.custodialValues); acc.custodialValues = []
        executedDays = CellValues(acc.executedDays); acc.executedDays = []
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
        let range = (base + q.lowerBound)...(base + q.upperBound)
        for cell in range {
            for k in 0..<OutcomeCategory.count { outcomes[k] += Int(cells.outcomes[cell * OutcomeCategory.count + k]) }
            for k in 0..<AncillaryOrderType.count { ancillary[k] += Int(cells.ancillary[cell * AncillaryOrderType.count + k]) }
            custodial += Int(cells.custodialCount[cell]); months += cells.custodialMonths[cell]
            orders += Int(cells.orders[cell]); ordered = Money.sum(ordered, cells.orderedPence[cell])
            recovered = Money.sum(recovered, cells.recovered[cell])
            restraints += Int(cells.restraints[cell]); executed += Int(cells.executedCount[cell])
            opened += Int(cells.openedCount[cell]); finalised += Int(cells.finalisedCount[cell])
        }
        var stages = [Int](repeating: 0, count: ConfiscationStage.count)
        for s in 0..<ConfiscationStage.count {
            let block = (g * ConfiscationStage.count + s) * (n + 1)
            // Active at some time in qa...qb: first <= qb, less those whose last < qa (whose
            // first is then before qa as well).
            stages[s] = Int(firstActiveUpTo[block + q.upperBound] - lastActiveBefore[block + q.lowerBound])
        }
        let state = base + p
        var top: [MeasureRow.CountryCount] = []
        for e in overdueByCountry[state...state] where e.count > 0 {
            top.append(.init(country: countryKeys[Int(e.country)], count: Int(e.count)))
        }
        top.sort { $0.count != $1.count ? $0.count > $1.count : $0.country < $1.country }
        return MeasureRow(
            rowKey: key, label: label, asOf: asOfDay, outcomeCounts: outcomes,
            custodialSentences: custodial, totalCustodialMonths: months,
            medianCustodialMonths: custodialValues.median(range),
            confiscationOrders: orders, confiscationOrderedPence: Int(ordered), recoveredPence: Int(recovered),
            restraintOrders: restraints, confiscationStageCounts: stages, ancillaryOrderCounts: ancillary,
            openOutgoingRequests: Int(outgoing[state]), openIncomingRequests: Int(incoming[state]),
            overdueRequests: Int(overdue[state]), requestsToChase: Int(toChase[state]),
            executedRequests: executed, medianDaysToExecute: executedDays.median(range),
            mostOverdueCountries: Array(top.prefix(5)),
            casesOpen: Int(casesOpen[state]), casesOpened: opened, casesFinalised: finalised)
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

/// A list of values per cell, every cell's in one array (`values[starts[cell]..<starts[cell + 1]]`):
/// a cube has tens of thousands of cells, mostly with few values or none, and an array per
/// cell cost its header and spare capacity each. The cells of a range are contiguous, so a
/// range of quarters reads as one slice.
struct CellLists<Element: Sendable>: Sendable {
    private(set) var starts: [Int32]
    private(set) var values: [Element]

    /// Cells `0..<cells`, each cell's values appended to its list by `fill` in order.
    init(cells: Int, _ fill: (Int, inout [Element]) -> Void) {
        starts = [0]
        starts.reserveCapacity(cells + 1)
        var values: [Element] = []
        for cell in 0..<cells {
            fill(cell, &values)
            starts.append(Int32(values.count))
        }
        self.values = values
    }

    init(_ lists: [[Element]]) {
        self.init(cells: lists.count) { cell, out in
            if cell == 0 { out.reserveCapacity(lists.reduce(0) { $0 + $1.count }) }
            out += lists[cell]
        }
    }

    var cellCount: Int { starts.count - 1 }

    /// The values of the cells in `cells`, in cell order.
    subscript(cells: ClosedRange<Int>) -> ArraySlice<Element> {
        values[Int(starts[cells.lowerBound])..<Int(starts[cells.upperBound + 1])]
    }

    /// These lists with each cell that `delta` has values for changed by `change` (given the
    /// cell's values and `delta`'s).
    func changing<D>(by delta: CellLists<D>, _ change: (inout [Element], ArraySlice<D>) -> Void) -> CellLists<Element> {
        CellLists(cells: cellCount) { cell, out in
            let d = delta[cell...cell]
            if d.isEmpty { out += self[cell...cell]; return }
            var list = Array(self[cell...cell])
            change(&list, d)
            out += list
        }
    }
}

/// The values behind a median (custody months, days to execute), per cell, every cell's in one
/// array as offsets from the smallest value in the narrowest unsigned type their span fits: a
/// cube holds each value once for every group it counts in, and months span a byte, days two.
struct CellValues: Sendable {
    private enum Width { case byte, half, word }
    private let starts: [Int32]
    private let base: Int32
    private let width: Width
    // One of these holds the values (`width`); the others are empty.
    private let bytes: [UInt8], halves: [UInt16], words: [Int32]

    init(_ lists: [[Int32]]) { self.init(cells: lists.count) { cell, out in out += lists[cell] } }

    /// Cells `0..<cells`, each cell's values appended to its list by `fill` in order.
    init(cells: Int, _ fill: (Int, inout [Int32]) -> Void) {
        var starts: [Int32] = [0], all: [Int32] = []
        starts.reserveCapacity(cells + 1)
        for cell in 0..<cells {
            fill(cell, &all)
            starts.append(Int32(all.count))
        }
        self.starts = starts
        let lo = all.min() ?? 0, span = Int(all.max() ?? 0) - Int(lo)
        var (bytes, halves, words): ([UInt8], [UInt16], [Int32]) = ([], [], [])
        if span <= Int(UInt8.max) {
            (base, width) = (lo, .byte)
            bytes = all.map { UInt8($0 - lo) }
        } else if span <= Int(UInt16.max) {
            (base, width) = (lo, .half)
            halves = all.map { UInt16(Int($0) - Int(lo)) }
        } else {
            (base, width) = (0, .word)
            words = all
        }
        (self.bytes, self.halves, self.words) = (bytes, halves, words)
    }

    var cellCount: Int { starts.count - 1 }

    /// Appends the values of `cell` to `out`.
    func append(_ cell: Int, to out: inout [Int32]) {
        let r = Int(starts[cell])..<Int(starts[cell + 1])
        switch width {
        case .byte: for v in bytes[r] { out.append(base + Int32(v)) }
        case .half: for v in halves[r] { out.append(Int32(Int(base) + Int(v))) }
        case .word: out += words[r]
        }
    }

    /// The median of the values of the cells in `cells` (`MeasureAccumulator.median`).
    func median(_ cells: ClosedRange<Int>) -> Double? {
        let r = Int(starts[cells.lowerBound])..<Int(starts[cells.upperBound + 1])
        let base = self.base
        switch width {
        // Widened into an array first: the median's passes over a plain array are several
        // times faster than over a lazily widened slice.
        case .byte: return MeasureAccumulator.median(bytes[r].map { base + Int32($0) })
        case .half: return MeasureAccumulator.median(halves[r].map { Int32(Int(base) + Int($0)) })
        case .word: return MeasureAccumulator.median(words[r])
        }
    }

    /// These values with each cell that `delta` has values for changed by `change` (given the
    /// cell's values and `delta`'s).
    func changing(by delta: CellValues, _ change: (inout [Int32], [Int32]) -> Void) -> CellValues {
        CellValues(cells: cellCount) { cell, out in
            guard delta.starts[cell] != delta.starts[cell + 1] else { append(cell, to: &out); return }
            var list: [Int32] = [], d: [Int32] = []
            append(cell, to: &list)
            delta.append(cell, to: &d)
            change(&list, d)
            out += list
        }
    }
}

/// Overdue requests of one country in one cell.
struct CountryCount: Sendable {
    var country: UInt16
    var count: Int32
}
