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

    // The records are many (a division's store: ~100,000 cases, ~250,000 defendants, ~100,000
    // requests), so each keeps only what the walk reads, in the narrowest type its domain
    // allows, widest fields first so that no padding is added. Countries are numbered in
    // `UInt16`: a country is a code of two upper-case letters (`CaseChecks.countryProblem`), so
    // there are at most 26 * 26 of them and `unknown`.

    struct CaseRecord: Equatable {
        var opened: Int32
        /// The case counts as open on day E when `opened <= E < closed`.
        var closed: Int32
        var unit: Int32
        /// Index into `lawyers`; `unassignedLawyer` for a case with no lawyer.
        var lawyer: Int32
        /// Distinct request countries of the case: `caseCountries[countryStart..<countryEnd]`.
        var countryStart: Int32
        var countryCount: UInt16
        var crimeMask: UInt16

        var countryEnd: Int32 { countryStart + Int32(countryCount) }
        /// The last day the case was active at any time: its finalisation day (a case finalised
        /// on a day was open that day, and one opened and finalised the same day was open on
        /// it), `never` while open. Never before `opened`.
        @inline(__always) var lastActive: Int32 { closed == MeasureIndex.never ? closed : max(opened, closed) }
    }

    /// Many defendants have no confiscation record: theirs (`stage >= 0`) are kept apart in
    /// `confiscations`, one per such defendant in the same order, so a defendant's is the one
    /// after those of the defendants before it (`confiscations(before:)`).
    struct DefendantRecord: Equatable {
        var caseIndex: Int32
        var outcomeDate: Int32
        /// Immediate custody months (0 when none or suspended).
        var custodialMonths: Int32
        var nationality: UInt16
        var outcome: Int8          // OutcomeCategory.slot, -1 none
        var stage: Int8            // ConfiscationStage.slot, -1 no confiscation record
    }

    /// The confiscation of a defendant whose `stage >= 0`.
    struct ConfiscationRecord: Equatable {
        var orderPence: Int64
        var recoveredPence: Int64
        var orderDate: Int32
        var restraintDate: Int32
    }

    /// How many of the defendants before defendant `d` have a confiscation record: the index of
    /// the first confiscation of `d` and those after it.
    func confiscations(before d: Int) -> Int {
        defendants[..<d].reduce(0) { $0 + ($1.stage >= 0 ? 1 : 0) }
    }

    struct OrderRecord: Equatable {
        var caseIndex: Int32
        var made: Int32
        var nationality: UInt16
        var type: Int8
    }

    struct RequestRecord: Equatable {
        var caseIndex: Int32
        /// Open on day E when `openFrom <= E < closed`.
        var openFrom: Int32
        var closed: Int32
        /// Overdue from this day (the day after `due`); `never` without a due date.
        var overdueFrom: Int32
        /// To chase on day E when open and E is in [chaseA, chaseAEnd) or E >= chaseB; kept as
        /// the two days they follow from (`chaseA(_:)`, `chaseAEnd`, `chaseB(_:)`): a chase
        /// between sending (`chaseBase`, `never` when there is none) and the latest chase
        /// (`chaseLast`, else the day chasing counts from; `never` when it never starts).
        var chaseBase: Int32
        var chaseLast: Int32
        var executed: Int32
        var country: UInt16
        var outgoing: Bool
        /// Whether it was sent and executed on known days (`RequestSummary.daysToExecute`): its
        /// days to execute are then `executed - openFrom`, which are those days.
        var timed: Bool

        /// `RequestSummary.daysToExecute`, -1 when unknown.
        @inline(__always) var daysToExecute: Int32 { timed ? Int32(clamping: Int(executed) - Int(openFrom)) : -1 }
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
    let days: DaySpan
    /// Cubes already built for this index (`cube(_:today:)`), shared by every copy.
    let cubes = CubeCache()

    let cases: [CaseRecord]
    let caseCountries: [UInt16]
    let defendants: [DefendantRecord]
    let confiscations: [ConfiscationRecord]
    let orders: [OrderRecord]
    let requests: [RequestRecord]

    public static let unassignedKey = "unassigned"
    public static let unknownCountryKey = "unknown"

    var unassignedLawyer: Int32 { Int32(lawyers.count - 1) }
    var unknownCountry: UInt16 { UInt16(countries.count - 1) }

    /// - Parameter chaseIntervalDays: the store's interval; to-chase figures depend on it.
    public init(_ summaries: [CaseSummary], chaseIntervalDays: Int = 28) {
        var builder = Builder(chaseIntervalDays: chaseIntervalDays, capacity: summaries.count)
        // Each record array made the size it ends: grown by doubling, one held up to twice its
        // records, and three times while it was copied to grow (the UI's peak, issue 16.4).
        var defendants = 0, orders = 0, requests = 0
        summaries.withUnsafeBufferPointer { b in
            for i in b.indices {
                defendants += b[i].defendants.count
                requests += b[i].requests.count
                for d in b[i].defendants { orders += d.ancillaryOrders.count }
            }
        }
        builder.reserve(defendants: defendants, orders: orders, requests: requests)
        summaries.withUnsafeBufferPointer { b in for i in b.indices { builder.add(b[i]) } }
        self.init(built: consume builder)
    }

    init(caseIDs: [String], units: [String], lawyers: [String], countries: [String], chaseIntervalDays: Int,
         days: DaySpan, cases: [CaseRecord], caseCountries: [UInt16], defendants: [DefendantRecord],
         confiscations: [ConfiscationRecord], orders: [OrderRecord], requests: [RequestRecord]) {
        self.caseIDs = caseIDs; self.units = units; self.lawyers = lawyers; self.countries = countries
        self.chaseIntervalDays = chaseIntervalDays
        self.days = days
        self.cases = cases; self.caseCountries = caseCountries; self.defendants = defendants
        self.confiscations = confiscations
        self.orders = orders; self.requests = requests
        firstDay = days.eventFirst.map(Day.init(ordinal:))
        lastDay = days.eventLast.map(Day.init(ordinal:))
        earliest = days.first
        latest = days.last
    }

    /// The group numbers of an index: which unit, lawyer and country is which row.
    struct GroupNumbers {
        var unit: [String: Int32], lawyer: [String: Int32], country: [String: UInt16]
        var unknown: UInt16, unassigned: Int32
    }

    /// The first and last day of the events (`firstDay`, `lastDay`: the years a trend spans)
    /// and of every day the records hold (`earliest`, `latest`: what a cube must span).
    struct DaySpan {
        private(set) var eventLo = Int32.max, eventHi = Int32.min, lo = Int32.max, hi = Int32.min
        mutating func event(_ d: Day?) { if let o = d?.ordinal { eventLo = min(eventLo, o); eventHi = max(eventHi, o); any(d) } }
        mutating func any(_ d: Day?) { if let o = d?.ordinal { lo = min(lo, o); hi = max(hi, o) } }
        mutating func merge(_ o: DaySpan) {
            eventLo = min(eventLo, o.eventLo); eventHi = max(eventHi, o.eventHi); lo = min(lo, o.lo); hi = max(hi, o.hi)
        }
        var eventFirst: Int32? { eventLo <= eventHi ? eventLo : nil }
        var eventLast: Int32? { eventLo <= eventHi ? eventHi : nil }
        var first: Int32? { lo <= hi ? lo : nil }
        var last: Int32? { lo <= hi ? hi : nil }
        /// Whether this span stays as it is when one case's days `old` are taken out and `new`
        /// put in: `new` lies within it, and every end `old` reaches `new` reaches too (another
        /// case might hold that end as well, but only a full build can tell).
        func keeps(replacing old: DaySpan, with new: DaySpan) -> Bool {
            func keeps(_ lo: Int32, _ hi: Int32, _ oldLo: Int32, _ oldHi: Int32, _ newLo: Int32, _ newHi: Int32) -> Bool {
                let within = newLo > newHi || (newLo >= lo && newHi <= hi)
                return within && (oldLo > oldHi || ((oldLo != lo || newLo == lo) && (oldHi != hi || newHi == hi)))
            }
            return keeps(eventLo, eventHi, old.eventLo, old.eventHi, new.eventLo, new.eventHi)
                && keeps(lo, hi, old.lo, old.hi, new.lo, new.hi)
        }
    }

    /// One summary's records under `numbers`; `record`'s countries are `countries` (its
    /// `countryStart` is the caller's to set). Nil when the summary names a unit,
    /// lawyer or country `numbers` does not have.
    struct CaseRecords {
        var record: CaseRecord
        var countries: [UInt16] = []
        var defendants: [DefendantRecord] = []
        var confiscations: [ConfiscationRecord] = []
        var orders: [OrderRecord] = []
        var requests: [RequestRecord] = []
        var days = DaySpan()
    }

    static func records(_ s: CaseSummary, caseIndex c: Int32, _ numbers: GroupNumbers) -> CaseRecords? {
        guard let unit = numbers.unit[s.unit] else { return nil }
        var lawyer = numbers.unassigned
        if let l = s.lawyer { guard let n = numbers.lawyer[l] else { return nil }; lawyer = n }
        var countries: [UInt16] = []
        for r in s.requests {
            guard let k = numbers.country[r.country] else { return nil }
            if !countries.contains(k) { countries.append(k) }
        }
        var mask: UInt16 = 0
        for t in s.crimeTypes { mask |= 1 << UInt16(t.slot) }
        let closed: Int32 = s.finalised?.ordinal ?? (s.status == .finalised ? s.updated.day.ordinal : MeasureIndex.never)
        let opened = s.opened.ordinal
        var out = CaseRecords(record: CaseRecord(opened: opened, closed: closed, unit: unit, lawyer: lawyer,
                                                 countryStart: 0, countryCount: UInt16(countries.count), crimeMask: mask),
                              countries: countries)
        out.days.event(s.opened)
        if closed != MeasureIndex.never { out.days.event(Day(ordinal: closed)) }
        for d in s.defendants {
            var nat = numbers.unknown
            if let n = d.nationality { guard let k = numbers.country[n] else { return nil }; nat = k }
            let conf = d.confiscation
            if let conf {
                out.confiscations.append(ConfiscationRecord(
                    orderPence: Int64(conf.orderPence ?? 0), recoveredPence: Int64(conf.recoveredPence ?? 0),
                    orderDate: conf.orderDate?.ordinal ?? MeasureIndex.never,
                    restraintDate: conf.restraintDate?.ordinal ?? MeasureIndex.never))
            }
            out.defendants.append(DefendantRecord(
                caseIndex: c, outcomeDate: d.outcomeDate?.ordinal ?? MeasureIndex.never,
                custodialMonths: Int32(clamping: (!d.suspended && (d.outcome?.isConviction ?? false)) ? max(0, d.custodialMonths ?? 0) : 0),
                nationality: nat, outcome: Int8(d.outcome?.slot ?? -1), stage: Int8(conf?.stage.slot ?? -1)))
            out.days.event(d.outcomeDate); out.days.event(conf?.orderDate); out.days.event(conf?.restraintDate)
            for o in d.ancillaryOrders {
                out.orders.append(OrderRecord(caseIndex: c, made: o.made.ordinal, nationality: nat, type: Int8(o.type.slot)))
                out.days.event(o.made)
            }
        }
        for r in s.requests {
            out.requests.append(MeasureIndex.record(r, case: c, country: numbers.country[r.country]!))
            out.days.event(r.sent); out.days.event(r.executed)
            out.days.any(r.statusDate); out.days.any(r.due); out.days.any(r.lastChased); out.days.any(r.closedOn)
        }
        return out
    }

    /// The timeliness rules of `RequestSummary` (isOpen, isOverdue, isToChase) as day
    /// intervals, so a figure "as of" any day is two comparisons. On `today` these agree with
    /// the `RequestSummary` predicates (a test checks it); for a past day they are
    /// reconstructed from the dates the summary keeps (see docs/measures.md).
    static func record(_ r: RequestSummary, case c: Int32, country: UInt16) -> RequestRecord {
        let openFrom = r.sent?.ordinal ?? r.statusDate?.ordinal ?? always
        let closed = r.isOpen ? never : (r.closedOn?.ordinal ?? always)
        let overdueFrom = r.due.map { $0.ordinal &+ 1 } ?? never
        // Chasing starts once a request has gone out: from `sent` (else the status date when
        // a sent-or-later request lacks one). Before the latest chase, count from sending;
        // after it, from the chase.
        var chaseBase = never, chaseLast = never
        if r.status != .draft, let base = r.sent ?? r.statusDate ?? r.lastChased {
            if let last = r.lastChased, last > base {
                chaseBase = base.ordinal; chaseLast = last.ordinal
            } else {
                chaseLast = (r.lastChased ?? base).ordinal
            }
        }
        return RequestRecord(caseIndex: c, openFrom: openFrom, closed: closed, overdueFrom: overdueFrom,
                             chaseBase: chaseBase, chaseLast: chaseLast,
                             executed: r.status == .executed ? (r.executed ?? r.statusDate)?.ordinal ?? never : never,
                             country: country, outgoing: r.direction == .outgoing, timed: r.daysToExecute != nil)
    }

    static func sat(_ a: Int32, _ b: Int32) -> Int32 { let (v, o) = a.addingReportingOverflow(b); return o ? never : v }
}

extension MeasureIndex.RequestRecord {
    @inline(__always) func isOpen(on e: Int32) -> Bool { openFrom <= e && e < closed }
    @inline(__always) func isOverdue(on e: Int32) -> Bool { isOpen(on: e) && e >= overdueFrom }
    /// With the store's chase interval: to chase from an interval after sending until the
    /// latest chase, and from an interval after that chase (or after sending, without one).
    @inline(__always) func chaseA(_ interval: Int32) -> Int32 {
        chaseBase == MeasureIndex.never ? MeasureIndex.never : MeasureIndex.sat(chaseBase, interval)
    }
    @inline(__always) var chaseAEnd: Int32 { chaseBase == MeasureIndex.never ? MeasureIndex.never : chaseLast }
    @inline(__always) func chaseB(_ interval: Int32) -> Int32 {
        chaseLast == MeasureIndex.never ? MeasureIndex.never : MeasureIndex.sat(chaseLast, interval)
    }
    @inline(__always) func isToChase(on e: Int32, interval: Int32) -> Bool {
        isOpen(on: e) && ((e >= chaseA(interval) && e < chaseAEnd) || e >= chaseB(interval))
    }
}

extension MeasureIndex.CaseRecord {
    @inline(__always) func isOpen(on e: Int32) -> Bool { opened <= e && e < closed }
}
