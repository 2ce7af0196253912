/// A UK financial year: 1 April of `startYear` to 31 March of `startYear + 1`, written
/// `"2013-2014"`. 31 March belongs to the year that began the April before; 1 April starts a
/// new one.
public struct FinancialYear: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The calendar year in which this financial year begins (1 April).
    public let startYear: Int

    public init(startYear: Int) { self.startYear = startYear }

    /// The financial year that holds `day`.
    public init(containing day: Day) {
        let (y, m, _) = day.parts
        startYear = m >= 4 ? y : y - 1
    }

    public static func containing(_ day: Day) -> FinancialYear { FinancialYear(containing: day) }

    /// Parses exactly `YYYY-YYYY` where the second year is the first plus one; nil otherwise
    /// (so "2013-2015" and "2013-14" are refused rather than guessed at).
    public init?(parsing text: some StringProtocol) {
        let u = Array(text.utf8)
        guard u.count == 9, u[4] == UInt8(ascii: "-"),
              let a = FinancialYear.number(u[0..<4]), let b = FinancialYear.number(u[5..<9]),
              a >= 1, b == a + 1 else { return nil }
        startYear = a
    }

    static func number(_ bytes: ArraySlice<UInt8>) -> Int? {
        var v = 0
        for c in bytes {
            guard c >= 48, c <= 57 else { return nil }
            v = v * 10 + Int(c - 48)
        }
        return v
    }

    /// `"2013-2014"`.
    public var text: String { "\(startYear)-\(startYear + 1)" }
    public var description: String { text }

    /// 1 April of the start year.
    /// (Computed for any year, not only those `Day(year:month:day:)` parses, so that no period a
    /// report or a key press reaches — the year before 0001, the year after 9999 — can trap.)
    public var firstDay: Day { Day(ordinal: Int32(clamping: Day.daysFromCivil(startYear, 4, 1))) }
    /// 31 March of the following year.
    public var lastDay: Day { Day(ordinal: Int32(clamping: Day.daysFromCivil(startYear + 1, 3, 31))) }
    public var days: ClosedRange<Day> { firstDay...lastDay }

    public func contains(_ day: Day) -> Bool { days.contains(day) }

    public var previous: FinancialYear { FinancialYear(startYear: startYear - 1) }
    public var next: FinancialYear { FinancialYear(startYear: startYear + 1) }

    public static func < (a: FinancialYear, b: FinancialYear) -> Bool { a.startYear < b.startYear }

    /// Every financial year from the one holding the earliest date of `summaries` to the one
    /// holding the latest, with no gaps, so a trend across years shows a quiet year as an empty
    /// year rather than leaving it out. Dates considered: opened, finalised, outcomes,
    /// confiscation and ancillary orders, and requests sent or executed. Empty for no dates.
    public static func spanned(by summaries: [CaseSummary]) -> [FinancialYear] {
        var lo = Int32.max, hi = Int32.min
        func see(_ d: Day?) {
            guard let d else { return }
            if d.ordinal < lo { lo = d.ordinal }
            if d.ordinal > hi { hi = d.ordinal }
        }
        for s in summaries {
            see(s.opened); see(s.finalised)
            for d in s.defendants {
                see(d.outcomeDate)
                see(d.confiscation?.orderDate); see(d.confiscation?.restraintDate)
                for o in d.ancillaryOrders { see(o.made) }
            }
            for r in s.requests { see(r.sent); see(r.executed) }
        }
        guard lo <= hi else { return [] }
        let first = FinancialYear(containing: Day(ordinal: lo)).startYear
        let last = FinancialYear(containing: Day(ordinal: hi)).startYear
        return (first...last).map(FinancialYear.init(startYear:))
    }
}
