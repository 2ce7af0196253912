/// The values a store accepts, so that whatever `check` passes every command can compute with:
/// no date arithmetic leaves the calendar and no sum over a division's cases overflows
/// (issue 13.1; decision in docs/decisions.md). The decoder (`DecodeContext`) holds every date,
/// timestamp, amount and count of a file to these; `CaseValidator` holds a value built by a
/// form to the same, with the same words.
public enum ValueRanges {
    /// Dates and timestamps: 1900-01-01 to 2199-12-31. Wide enough for any date of birth and
    /// any real deadline; narrow enough that a year, quarter or deadline around it is a real date.
    public static let firstDay = Day(ordinal: Int32(Day.daysFromCivil(1900, 1, 1)))
    public static let lastDay = Day(ordinal: Int32(Day.daysFromCivil(2199, 12, 31)))
    public static var days: ClosedRange<Day> { firstDay...lastDay }
    /// Money: up to 10^13 pence (£100 billion) an amount, so 100,000 cases' amounts sum to
    /// at most 10^18, inside a 64-bit integer. (Sums saturate beyond that rather than trap.)
    public static let maxPence = 10_000_000_000_000
    /// Counts and months (a charge's count, custodial months): up to a million.
    public static let maxCount = 1_000_000
    /// A case's revision: up to 10^12, far more saves than a case can have, far from overflow.
    public static let maxRevision = 1_000_000_000_000
    /// store.json's chase interval: 1 day to 10 years.
    public static let chaseIntervalDays = 1...3650

    static func dayProblem(_ d: Day) -> String? {
        days.contains(d) ? nil : "\(d.iso) is outside the dates CaseDesk accepts (\(firstDay.iso) to \(lastDay.iso))"
    }

    static func timestampProblem(_ t: Timestamp) -> String? {
        days.contains(t.day) ? nil : "\(t.iso) is outside the dates CaseDesk accepts (\(firstDay.iso) to \(lastDay.iso))"
    }

    static func tooLarge(_ text: String, maximum: Int) -> String {
        "\(text) is more than \(maximum), the most CaseDesk accepts here"
    }

    /// Every date, amount and count of a case value out of range, at its JSON path. The
    /// decoder finds the same problems in a file as it reads each value.
    static func problems(of c: Case) -> [Problem] {
        var out: [Problem] = []
        func day(_ d: Day?, _ path: @autoclosure () -> String) {
            if let d, let m = dayProblem(d) { out.append(Problem(path: path(), message: m)) }
        }
        func number(_ v: Int?, _ maximum: Int, _ path: @autoclosure () -> String) {
            if let v, v > maximum { out.append(Problem(path: path(), message: tooLarge(String(v), maximum: maximum))) }
        }
        day(c.opened, "$.opened"); day(c.finalised, "$.finalised")
        if let m = timestampProblem(c.updated) { out.append(Problem(path: "$.updated", message: m)) }
        number(c.revision, maxRevision, "$.revision")
        for (n, d) in c.defendants.enumerated() {
            func p() -> String { "$.defendants[\(n)]" }
            day(d.dateOfBirth, "\(p()).dateOfBirth")
            for (k, ch) in d.charges.enumerated() { number(ch.count, maxCount, "\(p()).charges[\(k)].count") }
            day(d.outcome?.date, "\(p()).outcome.date")
            number(d.sentence?.custodialMonths, maxCount, "\(p()).sentence.custodialMonths")
            for (k, o) in d.ancillaryOrders.enumerated() {
                day(o.made, "\(p()).ancillaryOrders[\(k)].made"); day(o.expires, "\(p()).ancillaryOrders[\(k)].expires")
            }
            for (k, t) in d.custodyTimeLimits.enumerated() {
                func q() -> String { "\(p()).custodyTimeLimits[\(k)]" }
                day(t.from, "\(q()).from"); day(t.expires, "\(q()).expires"); day(t.ended?.date, "\(q()).ended.date")
                for (e, x) in t.extensions.enumerated() {
                    day(x.applied, "\(q()).extensions[\(e)].applied"); day(x.heard, "\(q()).extensions[\(e)].heard")
                    day(x.newExpiry, "\(q()).extensions[\(e)].newExpiry")
                }
            }
            if let cf = d.confiscation {
                day(cf.restraintDate, "\(p()).confiscation.restraintDate"); day(cf.orderDate, "\(p()).confiscation.orderDate")
                day(cf.paymentDue, "\(p()).confiscation.paymentDue")
                for (key, v) in [("benefitPence", cf.benefitPence), ("availablePence", cf.availablePence),
                                 ("orderPence", cf.orderPence), ("recoveredPence", cf.recoveredPence)] {
                    number(v, maxPence, "\(p()).confiscation.\(key)")
                }
            }
        }
        for (n, h) in c.hearings.enumerated() { day(h.date, "$.hearings[\(n)].date") }
        for (n, r) in c.requests.enumerated() {
            func p() -> String { "$.requests[\(n)]" }
            day(r.sent, "\(p()).sent"); day(r.due, "\(p()).due"); day(r.lastChased, "\(p()).lastChased")
            for (k, h) in r.history.enumerated() { day(h.date, "\(p()).history[\(k)].date") }
            for (k, ch) in (r.chases ?? []).enumerated() { day(ch.date, "\(p()).chases[\(k)].date") }
        }
        for (n, t) in c.tasks.enumerated() {
            day(t.created, "$.tasks[\(n)].created"); day(t.due, "$.tasks[\(n)].due"); day(t.done?.date, "$.tasks[\(n)].done.date")
        }
        for (n, note) in c.notes.enumerated() {
            if let m = timestampProblem(note.at) { out.append(Problem(path: "$.notes[\(n)].at", message: m)) }
        }
        return out
    }
}
