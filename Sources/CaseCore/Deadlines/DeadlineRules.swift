/// Calendar arithmetic for statutory deadlines (months and years, not days), and the rules
/// shared by every dated item: when it is overdue and very overdue.
public enum DeadlineRules {
    /// More than this many days after its date, an item is very overdue (domain.md).
    public static let veryOverdueAfterDays = 28
    /// A running CTL that expires within this many days, with no extension applied for, is at risk.
    public static let atRiskWithinDays = 28
    /// Reviews of a running CTL fall every this many days from its start.
    public static let ctlReviewEveryDays = 28
    /// Confiscation: the order is due within 2 years of conviction (POCA 2002 s.14).
    public static let confiscationOrderYears = 2

    /// `months` calendar months after `day`; a day that the target month lacks becomes its
    /// last day (31 August + 6 months = 28 or 29 February).
    public static func addingMonths(_ months: Int, to day: Day) -> Day {
        let (y, m, d) = day.parts
        let total = y * 12 + (m - 1) + months
        let year = total / 12, month = total % 12 + 1
        return Day(year: year, month: month, day: min(d, Day.daysIn(month: month, year: year))) ?? day
    }

    public static func addingYears(_ years: Int, to day: Day) -> Day { addingMonths(12 * years, to: day) }

    /// How far past its date an item is on `today`.
    public static func lateness(of date: Day, today: Day) -> Lateness {
        let late = date.days(to: today)
        if late > veryOverdueAfterDays { return .veryOverdue }
        if late > 0 { return .overdue }
        return late == 0 ? .today : .upcoming
    }

    public enum Lateness: Sendable, Equatable { case veryOverdue, overdue, today, upcoming }
}
