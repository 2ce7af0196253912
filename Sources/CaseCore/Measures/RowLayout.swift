/// The rows of one report: their keys, and for rows cut by time their days and the day their
/// open-state figures are taken ("as of"). Index `count` is the total row.
///
/// A cube layout (`init(cube:years:groupBy:today:)`) is a breakdown by quarter repeated for every
/// group: row `g * rowsPerGroup + t` is quarter `t` of group `g`, and there is no separate total
/// row. Only the ungrouped cube (`.none`) has the group `totalGroup`, every record once: a
/// grouped cube's total is the same, so it is read from there. See `MeasureCube`.
struct RowLayout {
    let groupBy: GroupBy
    /// The groups (in a cube) or the rows (otherwise).
    let rowKeys: [ReportRowKey]
    /// Their JSON spellings, by which a row is named from outside (a dashboard drill-down).
    let keys: [String]
    /// In a cube, time rows (quarters) per group; 0 otherwise.
    let rowsPerGroup: Int
    var isCube: Bool { rowsPerGroup > 0 }
    /// Walks time rows: a breakdown by year or quarter, or a cube.
    var isByTime: Bool { isCube || groupBy.isByTime }
    /// In a cube, the block of rows holding every record once; only the ungrouped cube has it.
    var totalGroup: Int { keys.count }
    var hasTotalGroup: Bool { isCube && groupBy == .none }
    /// In a cube, its cells: every quarter of every group.
    var cubeCells: Int { (keys.count + (hasTotalGroup ? 1 : 0)) * rowsPerGroup }
    /// First and last day of the period (inclusive); for `all`, everything that is a real day.
    let from: Int32
    let to: Int32
    /// Time rows only: first and last day of each row, clipped to the period.
    let starts: [Int32]
    let ends: [Int32]
    /// Time rows only: the day each row's open-state figures are taken: its last day, or
    /// today when the row has not ended yet.
    let asOf: [Int32]
    /// The day the total row's (and every non-time row's) open-state figures are taken.
    let totalAsOf: Int32

    var count: Int { keys.count }
    var total: Int { keys.count }

    /// The most financial years a cube spans: a mistyped year 2999 must not make a cube of
    /// millions of cells (reports then walk).
    static let maxCubeYears = 200

    /// The financial years a cube spans: from the earliest day the index holds (or today) to
    /// the latest (or today); nil when that is more than `maxCubeYears`.
    static func cubeYears(_ index: MeasureIndex, today: Day) -> ClosedRange<Int>? {
        let t = today.ordinal
        let lo = min(index.earliest ?? t, t), hi = max(index.latest ?? t, t)
        let a = FinancialYear(containing: Day(ordinal: lo)).startYear, b = FinancialYear(containing: Day(ordinal: hi)).startYear
        return b - a < maxCubeYears ? a...b : nil
    }

    /// A cube: every quarter of `years` × every group of `groupBy` (none: the total group only).
    init(cube index: MeasureIndex, years: ClosedRange<Int>, groupBy: GroupBy, today: Day) {
        precondition(!groupBy.isByTime, "a cube is cut by quarter already")
        self.groupBy = groupBy
        from = MeasureIndex.always; to = MeasureIndex.never - 1
        totalAsOf = today.ordinal
        var starts: [Int32] = [], ends: [Int32] = []
        for y in years {
            for q in Quarter.allCases {
                let d = q.days(in: FinancialYear(startYear: y))
                starts.append(d.lowerBound.ordinal); ends.append(d.upperBound.ordinal)
            }
        }
        self.starts = starts; self.ends = ends
        asOf = ends.map { min($0, today.ordinal) }
        rowsPerGroup = starts.count
        rowKeys = RowLayout.groupKeys(index, groupBy)
        keys = rowKeys.map(\.text)
    }

    static func groupKeys(_ index: MeasureIndex, _ groupBy: GroupBy) -> [ReportRowKey] {
        switch groupBy {
        case .none, .year, .quarter: []
        case .crimeType: CrimeType.allCases.map(ReportRowKey.crimeType)
        case .unit: index.units.map(ReportRowKey.unit)
        case .lawyer: index.lawyers.map { $0 == MeasureIndex.unassignedKey ? .unassignedLawyer : .lawyer($0) }
        case .country: index.countries.map { $0 == MeasureIndex.unknownCountryKey ? .noCountry : .country($0) }
        }
    }

    init(index: MeasureIndex, period: ReportPeriod, groupBy: GroupBy, today: Day) {
        self.groupBy = groupBy
        rowsPerGroup = 0
        let days = period.days
        let from = days?.lowerBound.ordinal ?? MeasureIndex.always
        let to = days?.upperBound.ordinal ?? (MeasureIndex.never - 1)
        let t = today.ordinal
        self.from = from; self.to = to
        totalAsOf = min(to, t)
        var keys: [ReportRowKey] = [], starts: [Int32] = [], ends: [Int32] = []
        func add(_ key: ReportRowKey, _ r: ClosedRange<Day>) {
            keys.append(key)
            starts.append(max(r.lowerBound.ordinal, from)); ends.append(min(r.upperBound.ordinal, to))
        }
        switch groupBy {
        case .none:
            keys = [.period(period)]
        case .year, .quarter:
            let years: [FinancialYear]
            switch period {
            case .all:
                if let a = index.firstDay, let b = index.lastDay {
                    years = (FinancialYear(containing: a).startYear...FinancialYear(containing: b).startYear)
                        .map(FinancialYear.init(startYear:))
                } else { years = [] }
            case .year(let y), .quarter(let y, _): years = [y]
            }
            for y in years {
                if groupBy == .year { add(.year(y), y.days); continue }
                for q in Quarter.allCases {
                    if case .quarter(_, let only) = period, only != q { continue }
                    add(.quarter(y, q), q.days(in: y))
                }
            }
        case .crimeType, .unit, .lawyer, .country: keys = RowLayout.groupKeys(index, groupBy)
        }
        rowKeys = keys; self.keys = keys.map(\.text); self.starts = starts; self.ends = ends
        asOf = ends.map { min($0, t) }
    }

    /// Whether an event on `day` falls in the period.
    @inline(__always) func inPeriod(_ day: Int32) -> Bool { day >= from && day <= to }

    /// Time rows: whether `day` falls in one of the rows (every day of a year or quarter
    /// period does; for `all`, the rows span the store's dates).
    @inline(__always) func inRows(_ day: Int32) -> Bool {
        guard let first = starts.first, let last = ends.last else { return false }
        return day >= first && day <= last
    }

    /// Time rows: the row holding `day`, which must be in the rows.
    @inline(__always) func timeRow(_ day: Int32) -> Int {
        var lo = 0, hi = starts.count
        while hi - lo > 1 {
            let mid = (lo + hi) / 2
            if starts[mid] <= day { lo = mid } else { hi = mid }
        }
        return lo
    }

    /// Time rows: the first row whose as-of day is on or after `day` (`count` if none). A thing
    /// that begins on `a` and ends on `b` is in force at the as-of days of rows
    /// `firstAsOf(a) ..< firstAsOf(b)`, because as-of days increase with the row.
    @inline(__always) func firstAsOf(_ day: Int32) -> Int {
        var lo = 0, hi = asOf.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if asOf[mid] < day { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Time rows during which something active on days a...b (inclusive) was active at any time.
    @inline(__always) func activeRows(from a: Int32, through b: Int32) -> Range<Int> {
        // first row whose end >= a ... last row whose start <= b
        var lo = 0, hi = ends.count
        while lo < hi { let m = (lo + hi) / 2; if ends[m] < a { lo = m + 1 } else { hi = m } }
        let first = lo
        lo = 0; hi = starts.count
        while lo < hi { let m = (lo + hi) / 2; if starts[m] <= b { lo = m + 1 } else { hi = m } }
        return first < lo ? first..<lo : first..<first
    }
}
