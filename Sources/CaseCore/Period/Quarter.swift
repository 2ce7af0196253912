/// A quarter of a UK financial year: Q1 April–June, Q2 July–September, Q3 October–December,
/// Q4 January–March (which falls in the calendar year after the financial year began).
public enum Quarter: Int, Sendable, Hashable, Comparable, CaseIterable, CustomStringConvertible {
    case q1 = 1, q2, q3, q4

    /// The quarter that holds `day`.
    public init(containing day: Day) {
        self = Quarter.of(month: day.month)
    }

    static func of(month: Int) -> Quarter {
        switch month {
        case 4...6: .q1
        case 7...9: .q2
        case 10...12: .q3
        default: .q4
        }
    }

    /// Accepts `Q3` or `q3`.
    public init?(parsing text: some StringProtocol) {
        let u = Array(text.utf8)
        guard u.count == 2, u[0] == UInt8(ascii: "Q") || u[0] == UInt8(ascii: "q"),
              u[1] >= UInt8(ascii: "1"), u[1] <= UInt8(ascii: "4") else { return nil }
        self.init(rawValue: Int(u[1] - UInt8(ascii: "0")))
    }

    /// `"Q3"`.
    public var text: String { "Q\(rawValue)" }
    public var description: String { text }
    /// `"Oct–Dec"`, for a dashboard heading.
    public var months: String {
        switch self {
        case .q1: "Apr–Jun"
        case .q2: "Jul–Sep"
        case .q3: "Oct–Dec"
        case .q4: "Jan–Mar"
        }
    }

    public static func < (a: Quarter, b: Quarter) -> Bool { a.rawValue < b.rawValue }

    /// The days of this quarter in financial year `year`.
    public func days(in year: FinancialYear) -> ClosedRange<Day> {
        let y = self == .q4 ? year.startYear + 1 : year.startYear
        let firstMonth = [4, 7, 10, 1][rawValue - 1]
        let lastMonth = firstMonth + 2
        // Any year, as FinancialYear's days: no period can trap.
        return Day(ordinal: Int32(clamping: Day.daysFromCivil(y, firstMonth, 1)))
            ... Day(ordinal: Int32(clamping: Day.daysFromCivil(y, lastMonth, Day.daysIn(month: lastMonth, year: y))))
    }
}
