/// The summaries flattened into plain integer records, built once per snapshot so that each
/// dashboard change (period, breakdown) is a tight loop over integers: no strings, no
/// dictionaries, no allocation per defendant. Rebuild it whenever the summaries change.
///
/// Invariants: every index field refers into the arrays of this value; days are
/// `Day.ordinal`s, with `MeasureIndex.never` (Int32.max) for "no such day" and
/// `MeasureIndex.always` (Int32.min) for "since before any record".
public struct MeasureIndex: Sendable {
    static let never = Int32.max
    static let always = Int32.min

    struct CaseRecord {
        var unit: Int32
        /// Index into `lawyers`; `lawyers.count - 1`... see `unassignedLawyer`.
        var lawyer: Int32
        var crimeMask: UInt16
        var crimeCount: UInt8
        var opened: Int32
        /// The case counts as open on day E when `opened <= E < closed`.
        var closed: Int32
        /// The last day the case was active at any time: its finalisation day (a case finalised
        /// on a day was open that day, and one opened and finalised the same day was open on
        /// it), `never` while open. Never before `opened`.
        var lastActive: Int32
        /// Distinct request countries of the case: `caseCountries[countryStart..<countryEnd]`.
        var countryStart: Int32
        var countryEnd: Int32
    }

    struct DefendantRecord {
        var caseIndex: Int32
        var nationality: Int32
        var outcome: Int8          // OutcomeCategory.slot, -1 none
        var stage: Int8            // ConfiscationStage.slot, -1 no confiscation record
        var outcomeDate: Int32
        /// Immediate custody months (0 when none or suspended).
        var custodialMonths: Int32
        var orderDate: Int32
        var restraintDate: Int32
        var orderPence: Int64
        var recoveredPence: Int64
    }

    struct OrderRecord {
        var caseIndex: Int32
        var nationality: Int32
        var type: Int8
        var made: Int32
    }

    struct RequestRecord {
        var caseIndex: Int32
        var country: Int32
        var outgoing: Bool
        /// Open on day E when `openFrom <= E < closed`.
        var openFrom: Int32
        var closed: Int32
        /// Overdue from this day (the day after `due`); `never` without a due date.
        var overdueFrom: Int32
        /// To chase on day E when open and E is in [chaseA, chaseAEnd) or E >= chaseB.
        var chaseA: Int32
        var chaseAEnd: Int32
        var chaseB: Int32
        var executed: Int32
        var daysToExecute: Int32   // -1 unknown
    }

    public let caseIDs: [String]
    public let units: [String]
    /// Lawyer ids; the last entry is the `unassigned` group for cases with no lawyer.
    public let lawyers: [String]
    /// Country codes seen in requests or nationalities; the last entry is `unknown`.
    public let countries: [String]
    public let chaseIntervalDays: Int
    /// The first and last day of any record, for the years a trend spans.
    public let firstDay: Day?
    public let lastDay: Day?
    /// The first and last of every day any record holds, events or not (due dates, chases,
    /// status dates): a `MeasureCube` must span them so that open-state figures before its
    /// first quarter are all alike.
    let earliest: Int32?
    let latest: Int32?
    /// Cubes already built for this index (`cube(_:today:)`), shared by every copy.
    let cubes = CubeCache()

    let cases: [CaseRecord]
    let caseCountries: [Int32]
    let defendants: [DefendantRecord]
    let orders: [OrderRecord]
    let requests: [RequestRecord]

    public static let unassignedKey = "unassigned"
    public static let unknownCountryKey = "unknown"

    var unassignedLawyer: Int32 { Int32(lawyers.count - 1) }
    var unknownCountry: Int32 { Int32(countries.count - 1) }

    /// - Parameter chaseIntervalDays: the store's interval; to-chase figures depend on it.
    public init(_ summaries: [CaseSummary], chaseIntervalDays: Int = 28) {
        self.chaseIntervalDays = chaseIntervalDays
        var unitIx: [String: Int32] = [:], lawyerIx: [String: Int32] = [:], countryIx: [String: Int32] = [:]
        var units: [String] = [], lawyers: [String] = [], countries: [String] = []
        func index(_ key: String, _ map: inout [String: Int32], _ list: inout [String]) -> Int32 {
            if let i = map[key] { return i }
            let i = Int32(list.count)
            map[key] = i; list.append(key)
            return i
        }
        // Sorted keys give rows in a stable order whatever the order of the summaries.
        for k in Set(summaries.map(\.unit)).sorted() { _ = index(k, &unitIx, &units) }
        for k in Set(summaries.compactMap(\.lawyer)).sorted() { _ = index(k, &lawyerIx, &lawyers) }
        lawyers.append(MeasureIndex.unassignedKey)
        var seenCountries = Set<String>()
        for s in summaries {
            for r in s.requests { seenCountries.insert(r.country) }
            for d in s.defendants { if let n = d.nationality { seenCountries.insert(n) } }
        }
        for k in seenCountries.sorted() { _ = index(k, &countryIx, &countries) }
        countries.append(MeasureIndex.unknownCountryKey)
        let unknown = Int32(countries.count - 1), unassigned = Int32(lawyers.count - 1)

        var lo = Int32.max, hi = Int32.min, allLo = Int32.max, allHi = Int32.min
        func see(_ d: Day?) { if let o = d?.ordinal { lo = min(lo, o); hi = max(hi, o) } }
        func seeAny(_ d: Day?) { if let o = d?.ordinal { allLo = min(allLo, o); allHi = max(allHi, o) } }
        var cases: [CaseRecord] = [], defendants: [DefendantRecord] = [], orders: [OrderRecord] = []
        var requests: [RequestRecord] = [], caseCountries: [Int32] = []
        cases.reserveCapacity(summaries.count)
        let interval = Int32(clamping: chaseIntervalDays)
        for (ci, s) in summaries.enumerated() {
            let c = Int32(ci)
            var mask: UInt16 = 0
            for t in s.crimeTypes { mask |= 1 << UInt16(t.slot) }
            let closed: Int32 = s.finalised?.ordinal ?? (s.status == .finalised ? s.updated.day.ordinal : MeasureIndex.never)
            let start = Int32(caseCountries.count)
            for r in s.requests {
                let k = countryIx[r.country]!
                if !caseCountries[Int(start)...].contains(k) { caseCountries.append(k) }
            }
            let opened = s.opened.ordinal
            cases.append(CaseRecord(unit: unitIx[s.unit]!, lawyer: s.lawyer.map { lawyerIx[$0]! } ?? unassigned,
                                    crimeMask: mask, crimeCount: UInt8(mask.nonzeroBitCount), opened: opened,
                                    closed: closed, lastActive: closed == MeasureIndex.never ? closed : max(opened, closed),
                                    countryStart: start, countryEnd: Int32(caseCountries.count)))
            see(s.opened)
            if closed != MeasureIndex.never { see(Day(ordinal: closed)) }
            for d in s.defendants {
                let nat = d.nationality.map { countryIx[$0]! } ?? unknown
                let conf = d.confiscation
                defendants.append(DefendantRecord(
                    caseIndex: c, nationality: nat, outcome: Int8(d.outcome?.slot ?? -1),
                    stage: Int8(conf?.stage.slot ?? -1), outcomeDate: d.outcomeDate?.ordinal ?? MeasureIndex.never,
                    custodialMonths: Int32(clamping: (!d.suspended && (d.outcome?.isConviction ?? false)) ? max(0, d.custodialMonths ?? 0) : 0),
                    orderDate: conf?.orderDate?.ordinal ?? MeasureIndex.never,
                    restraintDate: conf?.restraintDate?.ordinal ?? MeasureIndex.never,
                    orderPence: Int64(conf?.orderPence ?? 0), recoveredPence: Int64(conf?.recoveredPence ?? 0)))
                see(d.outcomeDate); see(conf?.orderDate); see(conf?.restraintDate)
                for o in d.ancillaryOrders {
                    orders.append(OrderRecord(caseIndex: c, nationality: nat, type: Int8(o.type.slot), made: o.made.ordinal))
                    see(o.made)
                }
            }
            for r in s.requests {
                requests.append(MeasureIndex.record(r, case: c, country: countryIx[r.country]!, interval: interval))
                see(r.sent); see(r.executed)
                for d in [r.statusDate, r.due, r.lastChased, r.closedOn] { seeAny(d) }
            }
        }
        if lo <= hi { allLo = min(allLo, lo); allHi = max(allHi, hi) }
        earliest = allLo <= allHi ? allLo : nil
        latest = allLo <= allHi ? allHi : nil
        self.caseIDs = summaries.map(\.id)
        self.units = units; self.lawyers = lawyers; self.countries = countries
        self.cases = cases; self.caseCountries = caseCountries; self.defendants = defendants
        self.orders = orders; self.requests = requests
        firstDay = lo <= hi ? Day(ordinal: lo) : nil
        lastDay = lo <= hi ? Day(ordinal: hi) : nil
    }

    /// The timeliness rules of `RequestSummary` (isOpen, isOverdue, isToChase) as day
    /// intervals, so a figure "as of" any day is two comparisons. On `today` these agree with
    /// the `RequestSummary` predicates (a test checks it); for a past day they are
    /// reconstructed from the dates the summary keeps (see docs/measures.md).
    static func record(_ r: RequestSummary, case c: Int32, country: Int32, interval: Int32) -> RequestRecord {
        let openFrom = r.sent?.ordinal ?? r.statusDate?.ordinal ?? always
        let closed = r.isOpen ? never : (r.closedOn?.ordinal ?? always)
        let overdueFrom = r.due.map { $0.ordinal &+ 1 } ?? never
        // Chasing starts once a request has gone out: from `sent` (else the status date when
        // a sent-or-later request lacks one). Before the latest chase, count from sending;
        // after it, from the chase.
        var chaseA = never, chaseAEnd = never, chaseB = never
        if r.status != .draft, let base = r.sent ?? r.statusDate ?? r.lastChased {
            if let last = r.lastChased, last > base {
                chaseA = sat(base.ordinal, interval); chaseAEnd = last.ordinal
                chaseB = sat(last.ordinal, interval)
            } else {
                chaseB = sat((r.lastChased ?? base).ordinal, interval)
            }
        }
        return RequestRecord(caseIndex: c, country: country, outgoing: r.direction == .outgoing,
                             openFrom: openFrom, closed: closed, overdueFrom: overdueFrom,
                             chaseA: chaseA, chaseAEnd: chaseAEnd, chaseB: chaseB,
                             executed: r.status == .executed ? (r.executed ?? r.statusDate)?.ordinal ?? never : never,
                             daysToExecute: r.daysToExecute.map { Int32(clamping: $0) } ?? -1)
    }

    static func sat(_ a: Int32, _ b: Int32) -> Int32 { let (v, o) = a.addingReportingOverflow(b); return o ? never : v }
}

extension MeasureIndex.RequestRecord {
    @inline(__always) func isOpen(on e: Int32) -> Bool { openFrom <= e && e < closed }
    @inline(__always) func isOverdue(on e: Int32) -> Bool { isOpen(on: e) && e >= overdueFrom }
    @inline(__always) func isToChase(on e: Int32) -> Bool {
        isOpen(on: e) && ((e >= chaseA && e < chaseAEnd) || e >= chaseB)
    }
}

extension MeasureIndex.CaseRecord {
    @inline(__always) func isOpen(on e: Int32) -> Bool { opened <= e && e < closed }
}
