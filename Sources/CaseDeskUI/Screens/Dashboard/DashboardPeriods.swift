import Foundation
import CaseCore

/// How `p` and `:period` choose the dashboard's period.
enum DashboardPeriods {
    /// `p`: a financial year → one of its quarters → all years → the year holding today.
    /// The quarter is today's when the year holds today, else the year's last (a past year)
    /// or first (a future one), so `p` from a year stays inside that year.
    static func cycled(_ p: ReportPeriod, today: Day) -> ReportPeriod {
        switch p {
        case .year(let y):
            if y.contains(today) { return .quarter(y, Quarter(containing: today)) }
            return .quarter(y, y.lastDay < today ? .q4 : .q1)
        case .quarter: return .all
        case .all: return .year(containing: today)
        }
    }

    /// `:period TEXT`: the period, or a message naming what is accepted.
    static func parse(_ text: String) -> Result<ReportPeriod, PeriodError> {
        let t = text.trimmingCharacters(in: .whitespaces)
        guard !t.isEmpty else { return .failure(PeriodError(text: "Which period? Usage: :period 2013-2014, :period 2013-2014 Q3 or :period all.")) }
        guard let p = ReportPeriod(parsing: t) else {
            return .failure(PeriodError(text: "Cannot read the period \"\(t)\": expected \(ReportPeriod.expectedSpelling)."))
        }
        return .success(p)
    }

    struct PeriodError: Error, Equatable { var text: String }
}
