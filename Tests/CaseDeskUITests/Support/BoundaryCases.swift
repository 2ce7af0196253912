import CaseCore
import CaseDemo
import Foundation

/// A small seeded generator (SplitMix64) for the property and fuzz tests: the same seed gives
/// the same cases on every machine, and a failure prints the seed to run it again.
struct SeededRandom: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func int(_ r: ClosedRange<Int>) -> Int { Int.random(in: r, using: &self) }
    mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &self) < p }
    mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }
}

/// Valid cases pushed to the edges of what validation accepts (issue 13.1): demo cases whose
/// dates are moved, in order, to the first or last days of the accepted window (or all onto
/// one of them), whose money, counts and revision take their largest and smallest accepted
/// values, whose names and text are hostile (controls, bidi, zero-width marks, wide and
/// combining characters, very long), and some with hundreds of defendants.
enum BoundaryCases {
    static let hostileText = [
        "\u{1B}]52;c;SGk=\u{7}\u{1B}[2J", "abc\u{202E}fed\u{200F}\u{200B}", "👨\u{200D}👩\u{200D}👧 中文字符 e\u{301}\u{302}\u{303}",
        String(repeating: "Long text without a break ", count: 400), String(repeating: "W", count: 5000), "", " ", "\t\n\r",
        "\u{9B}31m\u{85}", "ﷺ𒐫𒐫𒐫", String(repeating: "\u{301}", count: 50),
    ]

    static func make(index: Int, seed: UInt64) -> (Case, StoreMeta) {
        var rng = SeededRandom(seed: seed &+ UInt64(index) &* 0x9E37)
        let g = DemoGenerator(seed: seed, today: Fixture.today)
        var c = g.makeCase(index: index % 50)
        var meta = g.meta
        meta.chaseIntervalDays = rng.pick([1, 28, ValueRanges.chaseIntervalDays.upperBound])
        moveDates(&c, &rng)
        let pence = [0, 1, ValueRanges.maxPence - 1, ValueRanges.maxPence]
        for n in c.defendants.indices {
            if rng.chance(0.5) || c.defendants[n].confiscation == nil {
                c.defendants[n].confiscation = Confiscation(stage: rng.pick(ConfiscationStage.allCases),
                                                            restraintDate: c.opened, benefitPence: rng.pick(pence),
                                                            availablePence: rng.pick(pence), orderPence: rng.pick(pence),
                                                            orderDate: c.defendants[n].outcome?.date ?? c.opened,
                                                            recoveredPence: rng.pick(pence))
            }
            if rng.chance(0.5) { c.defendants[n].sentence = Sentence(custodialMonths: rng.pick([0, 1, ValueRanges.maxCount]), suspended: rng.chance(0.3)) }
            for k in c.defendants[n].charges.indices { c.defendants[n].charges[k].count = rng.pick([nil, 0, 1, ValueRanges.maxCount]) }
            if rng.chance(0.3) { c.defendants[n].name = rng.pick(hostileText) }
        }
        c.revision = rng.pick([0, 1, ValueRanges.maxRevision - 1, ValueRanges.maxRevision])
        if rng.chance(0.4) { c.title = rng.pick(hostileText) }
        if rng.chance(0.4) { c.summary = rng.pick(hostileText) }
        if rng.chance(0.3), !c.notes.isEmpty { c.notes[0].text = rng.pick(hostileText) }
        if rng.chance(0.15), let first = c.defendants.first {
            // Hundreds of defendants, each with the largest order.
            for k in 0..<rng.int(100...600) {
                var d = first
                d.id = "X\(k)"
                d.confiscation = Confiscation(stage: .orderMade, orderPence: ValueRanges.maxPence, orderDate: c.opened)
                c.defendants.append(d)
            }
        }
        return (c, meta)
    }

    /// Moves every date of `c` by one order-keeping map onto an edge of the window.
    static func moveDates(_ c: inout Case, _ rng: inout SeededRandom) {
        var all: [Day] = []
        mapDays(&c) { all.append($0); return $0 }
        guard let lo = all.min(), let hi = all.max() else { return }
        let first = ValueRanges.firstDay, last = ValueRanges.lastDay
        let map: (Day) -> Day
        switch rng.int(0...4) {
        case 0: map = { first.adding(days: lo.days(to: $0)) }
        case 1: map = { last.adding(days: -$0.days(to: hi)) }
        case 2: map = { _ in first }
        case 3: map = { _ in last }
        default: return
        }
        mapDays(&c, map)
    }

    /// Applies `f` to every date and timestamp (keeping its time of day) of `c`.
    static func mapDays(_ c: inout Case, _ f: (Day) -> Day) {
        func t(_ ts: Timestamp) -> Timestamp {
            let d = ts.day
            return Timestamp(seconds: Int64(f(d).ordinal) * 86_400 + (ts.seconds - Int64(d.ordinal) * 86_400))
        }
        c.opened = f(c.opened); c.finalised = c.finalised.map(f); c.updated = t(c.updated)
        for n in c.defendants.indices {
            c.defendants[n].dateOfBirth = c.defendants[n].dateOfBirth.map(f)
            if let d = c.defendants[n].outcome?.date { c.defendants[n].outcome?.date = f(d) }
            for k in c.defendants[n].ancillaryOrders.indices {
                c.defendants[n].ancillaryOrders[k].made = f(c.defendants[n].ancillaryOrders[k].made)
                c.defendants[n].ancillaryOrders[k].expires = c.defendants[n].ancillaryOrders[k].expires.map(f)
            }
            c.defendants[n].custodyTimeLimits = c.defendants[n].custodyTimeLimits.map { t in
                var t = t
                t.from = f(t.from); t.expires = t.expires.map(f); if let e = t.ended?.date { t.ended?.date = f(e) }
                t.extensions = t.extensions.map { var x = $0; x.applied = f(x.applied); x.heard = x.heard.map(f); x.newExpiry = x.newExpiry.map(f); return x }
                return t
            }
            if var cf = c.defendants[n].confiscation {
                cf.restraintDate = cf.restraintDate.map(f); cf.orderDate = cf.orderDate.map(f); cf.paymentDue = cf.paymentDue.map(f)
                c.defendants[n].confiscation = cf
            }
        }
        for n in c.hearings.indices { c.hearings[n].date = f(c.hearings[n].date) }
        for n in c.requests.indices {
            c.requests[n].sent = c.requests[n].sent.map(f); c.requests[n].due = c.requests[n].due.map(f)
            c.requests[n].lastChased = c.requests[n].lastChased.map(f)
            for k in c.requests[n].history.indices { c.requests[n].history[k].date = f(c.requests[n].history[k].date) }
            if let chases = c.requests[n].chases { c.requests[n].chases = chases.map { var ch = $0; ch.date = f(ch.date); return ch } }
        }
        for n in c.notes.indices { c.notes[n].at = t(c.notes[n].at) }
        c.tasks = c.tasks.map { var k = $0; k.created = f(k.created); k.due = k.due.map(f); if let d = k.done?.date { k.done?.date = f(d) }; return k }
    }

    /// Whether validation accepts `c`: the validator finds no error and its file decodes.
    static func accepted(_ c: Case, meta: StoreMeta) -> Bool {
        guard CaseValidator.problems(of: c, meta: meta).allSatisfy(\.isWarning) else { return false }
        do throws(CaseFileError) { _ = try CaseCodec.decode(data: CaseCodec.encode(c), fileName: c.id); return true } catch { return false }
    }
}
