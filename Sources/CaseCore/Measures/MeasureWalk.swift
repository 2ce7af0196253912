/// What the walk reports. Event figures arrive one row at a time; figures that hold over a
/// stretch of days (open cases and requests, confiscation stages) arrive as a range of rows.
/// The accumulator adds them up; the drill-down collects the cases behind one figure. Both see
/// exactly the same calls, so the cases listed behind a figure are the ones it counted.
protocol MeasureSink {
    mutating func outcome(_ row: Int, _ slot: Int, _ c: Int32)
    mutating func custodial(_ row: Int, _ months: Int32, _ c: Int32)
    mutating func confiscationOrder(_ row: Int, _ pence: Int64, _ recovered: Int64, _ c: Int32)
    mutating func restraint(_ row: Int, _ c: Int32)
    mutating func ancillary(_ row: Int, _ type: Int, _ c: Int32)
    mutating func executed(_ row: Int, _ days: Int32, _ c: Int32)
    mutating func opened(_ row: Int, _ c: Int32)
    mutating func finalised(_ row: Int, _ c: Int32)
    mutating func stage(_ rows: Range<Int>, _ slot: Int, _ c: Int32)
    mutating func caseOpen(_ rows: Range<Int>, _ c: Int32)
    mutating func requestOpen(_ rows: Range<Int>, outgoing: Bool, _ c: Int32)
    mutating func overdue(_ rows: Range<Int>, country: Int32, _ c: Int32)
    mutating func toChase(_ rows: Range<Int>, _ c: Int32)
}

/// The one pass over a `MeasureIndex` that decides, for every defendant, order, request and
/// case, which figures of which rows it counts in. Every measure's rule lives here, once.
///
/// Three layouts: rows by group (the total row apart), rows by time (year or quarter, the
/// total apart), and a cube (time rows repeated per group, the total a group of its own, no
/// total row): the cube is walked like rows by time, each time-row call made once per group
/// the record is in (`forEachBlock`).
final class MeasureWalk: Sendable {
    // A class: the walk's closures capture it, and copying a struct of a dozen arrays for
    // each record cost more than the counting.
    let index: MeasureIndex
    let layout: RowLayout

    init(index: MeasureIndex, layout: RowLayout) { self.index = index; self.layout = layout }

    /// Walks part `part` of `parts` equal slices of every record array, so that several
    /// sinks can walk a large index on several cores and be merged; one part is the whole walk.
    func run<S: MeasureSink>(_ sink: inout S, part: Int = 0, of parts: Int = 1) {
        let byTime = layout.isByTime
        // A cube has no total row: its total group gets the time-row calls instead.
        let totals = !layout.isCube
        let total = layout.total
        let cases = index.cases
        func slice(_ n: Int) -> Range<Int> { (n * part / parts)..<(n * (part + 1) / parts) }

        // Defendants: outcomes, sentences, confiscation. Each defendant with a confiscation
        // record (`stage >= 0`) has the next one in `confiscations`.
        let defendants = slice(index.defendants.count)
        var next = index.confiscations(before: defendants.lowerBound)
        for d in index.defendants[defendants] {
            let c = d.caseIndex
            let cr = cases[Int(c)]
            if d.outcome >= 0, layout.inPeriod(d.outcomeDate) {
                let slot = Int(d.outcome)
                if totals {
                    sink.outcome(total, slot, c)
                    if d.custodialMonths > 0 { sink.custodial(total, d.custodialMonths, c) }
                }
                forEachRow(date: d.outcomeDate, cr, country: d.nationality, byTime) { r in
                    sink.outcome(r, slot, c)
                    if d.custodialMonths > 0 { sink.custodial(r, d.custodialMonths, c) }
                }
            }
            guard d.stage >= 0 else { continue }
            let k = index.confiscations[next]
            next += 1
            if layout.inPeriod(k.orderDate) {
                if totals { sink.confiscationOrder(total, k.orderPence, k.recoveredPence, c) }
                forEachRow(date: k.orderDate, cr, country: d.nationality, byTime) { r in
                    sink.confiscationOrder(r, k.orderPence, k.recoveredPence, c)
                }
            }
            if layout.inPeriod(k.restraintDate) {
                if totals { sink.restraint(total, c) }
                forEachRow(date: k.restraintDate, cr, country: d.nationality, byTime) { r in sink.restraint(r, c) }
            }
            // Confiscation pipeline: the current stage of each defendant whose case was active
            // at some time in the period (from the day it opened to the day it was finalised).
            if cr.opened <= layout.to, cr.lastActive >= layout.from {
                let slot = Int(d.stage)
                if totals { sink.stage(total..<total + 1, slot, c) }
                if byTime {
                    let rows = layout.activeRows(from: cr.opened, through: cr.lastActive)
                    if !rows.isEmpty {
                        forEachBlock(.defendant(cr, country: d.nationality)) { o in
                            sink.stage(rows.lowerBound + o..<rows.upperBound + o, slot, c)
                        }
                    }
                } else {
                    forEachGroup(cr, country: d.nationality) { r in sink.stage(r..<r + 1, slot, c) }
                }
            }
        }

        for o in index.orders[slice(index.orders.count)] where layout.inPeriod(o.made) {
            let type = Int(o.type)
            if totals { sink.ancillary(total, type, o.caseIndex) }
            forEachRow(date: o.made, cases[Int(o.caseIndex)], country: o.nationality, byTime) { r in
                sink.ancillary(r, type, o.caseIndex)
            }
        }

        // Requests: executed in the period (timeliness), and open state as of the as-of day.
        let e = layout.totalAsOf
        let interval = Int32(clamping: index.chaseIntervalDays)
        for q in index.requests[slice(index.requests.count)] {
            let c = q.caseIndex
            if q.executed != MeasureIndex.never, q.daysToExecute >= 0, layout.inPeriod(q.executed) {
                if totals { sink.executed(total, q.daysToExecute, c) }
                if byTime {
                    if layout.inRows(q.executed) {
                        let t = layout.timeRow(q.executed)
                        forEachBlock(.request(q)) { o in sink.executed(t + o, q.daysToExecute, c) }
                    }
                } else {
                    forEachRequestGroup(q) { r in sink.executed(r, q.daysToExecute, c) }
                }
            }
            if totals, q.isOpen(on: e) {
                sink.requestOpen(total..<total + 1, outgoing: q.outgoing, c)
                if q.isOverdue(on: e) { sink.overdue(total..<total + 1, country: Int32(q.country), c) }
                if q.isToChase(on: e, interval: interval) { sink.toChase(total..<total + 1, c) }
                if !byTime {
                    forEachRequestGroup(q) { r in
                        sink.requestOpen(r..<r + 1, outgoing: q.outgoing, c)
                        if q.isOverdue(on: e) { sink.overdue(r..<r + 1, country: Int32(q.country), c) }
                        if q.isToChase(on: e, interval: interval) { sink.toChase(r..<r + 1, c) }
                    }
                }
            }
            if byTime {
                let end = layout.firstAsOf(q.closed)
                let open = span(layout.firstAsOf(q.openFrom), end)
                if !open.isEmpty {
                    let od = span(layout.firstAsOf(max(q.openFrom, q.overdueFrom)), end)
                    var a = 0..<0
                    let chaseA = q.chaseA(interval), chaseAEnd = q.chaseAEnd
                    if chaseA < chaseAEnd {
                        a = span(layout.firstAsOf(max(q.openFrom, chaseA)), min(end, layout.firstAsOf(chaseAEnd)))
                    }
                    let b = span(layout.firstAsOf(max(q.openFrom, q.chaseB(interval))), end)
                    forEachBlock(.request(q)) { o in
                        sink.requestOpen(shift(open, o), outgoing: q.outgoing, c)
                        if !od.isEmpty { sink.overdue(shift(od, o), country: Int32(q.country), c) }
                        if !a.isEmpty { sink.toChase(shift(a, o), c) }
                        if !b.isEmpty { sink.toChase(shift(b, o), c) }
                    }
                }
            }
        }

        // Caseload.
        for ci in slice(cases.count) {
            let cr = cases[ci], c = Int32(ci)
            if layout.inPeriod(cr.opened) {
                if totals { sink.opened(total, c) }
                forEachCaseRow(date: cr.opened, cr, byTime) { r in sink.opened(r, c) }
            }
            if cr.closed != MeasureIndex.never, layout.inPeriod(cr.closed) {
                if totals { sink.finalised(total, c) }
                forEachCaseRow(date: cr.closed, cr, byTime) { r in sink.finalised(r, c) }
            }
            if totals, cr.isOpen(on: e) {
                sink.caseOpen(total..<total + 1, c)
                if !byTime { forEachCaseGroup(cr) { r in sink.caseOpen(r..<r + 1, c) } }
            }
            if byTime {
                let rows = span(layout.firstAsOf(cr.opened), layout.firstAsOf(cr.closed))
                if !rows.isEmpty { forEachBlock(.case(cr)) { o in sink.caseOpen(shift(rows, o), c) } }
            }
        }
    }

    @inline(__always) func shift(_ r: Range<Int>, _ o: Int) -> Range<Int> { r.lowerBound + o..<r.upperBound + o }

    /// Time rows: the offset of each block of rows a record's time-row calls go to. By year or
    /// quarter, the one block (0); in a cube, the block of each group the record is in
    /// (`groups` lists them) and the total group's.
    @inline(__always)
    func forEachBlock(_ record: Record, _ body: (Int) -> Void) {
        guard layout.isCube else { body(0); return }
        let n = layout.rowsPerGroup
        switch record {
        case .defendant(let cr, let country): forEachGroup(cr, country: country) { g in body(g * n) }
        case .case(let cr): forEachCaseGroup(cr) { g in body(g * n) }
        case .request(let q): forEachRequestGroup(q) { g in body(g * n) }
        }
        if layout.hasTotalGroup { body(layout.totalGroup * n) }
    }

    /// Whose groups a figure counts in: a defendant's or order's (country: nationality), a
    /// case's, or a request's (country: its own).
    enum Record {
        case defendant(MeasureIndex.CaseRecord, country: UInt16)
        case `case`(MeasureIndex.CaseRecord)
        case request(MeasureIndex.RequestRecord)
    }

    /// `a..<b`, empty when `b <= a` (something that closed before it opened).
    @inline(__always) func span(_ a: Int, _ b: Int) -> Range<Int> { a < b ? a..<b : a..<a }

    /// Rows of a defendant-level event: its time row, or its groups (country = nationality).
    @inline(__always)
    func forEachRow(date: Int32, _ cr: MeasureIndex.CaseRecord, country: UInt16, _ byTime: Bool, _ body: (Int) -> Void) {
        if byTime {
            guard layout.inRows(date) else { return }
            let t = layout.timeRow(date)
            forEachBlock(.defendant(cr, country: country)) { o in body(t + o) }
        } else {
            forEachGroup(cr, country: country, body)
        }
    }

    @inline(__always)
    func forEachGroup(_ cr: MeasureIndex.CaseRecord, country: UInt16, _ body: (Int) -> Void) {
        switch layout.groupBy {
        case .country: body(Int(country))
        default: forEachCaseGroup(cr, body)
        }
    }

    /// Rows of a case-level event: its time row, or the case's groups.
    @inline(__always)
    func forEachCaseRow(date: Int32, _ cr: MeasureIndex.CaseRecord, _ byTime: Bool, _ body: (Int) -> Void) {
        if byTime {
            guard layout.inRows(date) else { return }
            let t = layout.timeRow(date)
            forEachBlock(.case(cr)) { o in body(t + o) }
        } else {
            forEachCaseGroup(cr, body)
        }
    }

    /// The groups a case belongs to (country: the distinct countries of its requests, or
    /// `unknown` when it has none).
    @inline(__always)
    func forEachCaseGroup(_ cr: MeasureIndex.CaseRecord, _ body: (Int) -> Void) {
        switch layout.groupBy {
        // The one row of an ungrouped report is the total: Measures copies it, so nothing is
        // counted twice.
        case .none: break
        case .unit: body(Int(cr.unit))
        case .lawyer: body(Int(cr.lawyer))
        case .crimeType:
            var m = cr.crimeMask
            while m != 0 {
                body(m.trailingZeroBitCount)
                m &= m - 1
            }
        case .country:
            if cr.countryStart == cr.countryEnd { body(Int(index.unknownCountry)) }
            for i in Int(cr.countryStart)..<Int(cr.countryEnd) { body(Int(index.caseCountries[i])) }
        case .year, .quarter: break
        }
    }

    /// The groups of a request: its own country, or its case's groups.
    @inline(__always)
    func forEachRequestGroup(_ q: MeasureIndex.RequestRecord, _ body: (Int) -> Void) {
        if layout.groupBy == .country { body(Int(q.country)) } else { forEachCaseGroup(index.cases[Int(q.caseIndex)], body) }
    }
}
