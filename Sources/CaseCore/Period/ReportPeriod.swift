/// The period a report or the dashboard covers: every date, one financial year, or one
/// quarter of one financial year.
public enum ReportPeriod: Sendable, Hashable, CustomStringConvertible {
    case all
    case year(FinancialYear)
    case quarter(FinancialYear, Quarter)

    /// Accepts `all`, `2013-2014`, `2013-2014 Q3` and `2013-2014-Q3` (`q` in either case).
    public init?(parsing raw: some StringProtocol) {
        let text = raw.trimmingWhitespace
        if text.lowercased() == "all" { self = .all; return }
        let u = Array(text.utf8)
        if u.count == 9, let y = FinancialYear(parsing: text) { self = .year(y); return }
        guard u.count == 12, u[9] == UInt8(ascii: " ") || u[9] == UInt8(ascii: "-"),
              let y = FinancialYear(parsing: String(decoding: u[0..<9], as: UTF8.self)),
              let q = Quarter(parsing: String(decoding: u[10..<12], as: UTF8.self)) else { return nil }
        self = .quarter(y, q)
    }

    /// What `init(parsing:)` accepts, for an error message.
    public static let expectedSpelling = "all, a financial year such as 2013-2014, or a quarter such as 2013-2014 Q3"

    /// `all`, `2013-2014` or `2013-2014 Q3`: the spelling written in reports and accepted back.
    public var text: String {
        switch self {
        case .all: "all"
        case .year(let y): y.text
        case .quarter(let y, let q): "\(y.text) \(q.text)"
        }
    }
    public var description: String { text }

    /// A heading for a screen: `All years`, `2013-2014`, `2013-2014 Q3 (Oct–Dec)`.
    public var label: String {
        switch self {
        case .all: "All years"
        case .year(let y): y.text
        case .quarter(let y, let q): "\(y.text) \(q.text) (\(q.months))"
        }
    }

    /// The days covered; nil for `all` (no bounds).
    public var days: ClosedRange<Day>? {
        switch self {
        case .all: nil
        case .year(let y): y.days
        case .quarter(let y, let q): q.days(in: y)
        }
    }

    /// The last day covered, nil for `all`.
    public var lastDay: Day? { days?.upperBound }

    public func contains(_ day: Day) -> Bool { days?.contains(day) ?? true }
    public func contains(_ day: Day?) -> Bool { day.map(contains) ?? false }

    /// The period before (the `[` key): the year before, or the quarter before (Q1 steps back
    /// to Q4 of the previous year). `all` has none.
    public var previous: ReportPeriod? {
        switch self {
        case .all: nil
        case .year(let y): .year(y.previous)
        case .quarter(let y, .q1): .quarter(y.previous, .q4)
        case .quarter(let y, let q): .quarter(y, Quarter(rawValue: q.rawValue - 1)!)
        }
    }

    /// The period after (the `]` key).
    public var next: ReportPeriod? {
        switch self {
        case .all: nil
        case .year(let y): .year(y.next)
        case .quarter(let y, .q4): .quarter(y.next, .q1)
        case .quarter(let y, let q): .quarter(y, Quarter(rawValue: q.rawValue + 1)!)
        }
    }

    /// The period holding `day` at the same granularity as `self` (for "this year" defaults).
    public static func year(containing day: Day) -> ReportPeriod { .year(FinancialYear(containing: day)) }
    public static func quarter(containing day: Day) -> ReportPeriod {
        .quarter(FinancialYear(containing: day), Quarter(containing: day))
    }
}

extension StringProtocol {
    var trimmingWhitespace: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
