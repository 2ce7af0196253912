import CaseCore

/// The two marks a request can carry on screen. Meaning never depends on colour alone, so each
/// mark has a symbol as well as a theme role.
enum RequestMark: Sendable, Equatable {
    case overdue, toChase

    var symbol: String { self == .overdue ? "!" : "↻" }
    var word: String { self == .overdue ? "overdue" : "to chase" }
}

// Stand-ins for the CaseCore queries helper's RequestSummary.isOverdue/isToChase/daysOpen:
// the rules are the ones of domain.md; the UI reads them only through `mark` and `age`, so
// switching to the shared functions is a change in this file alone.
extension RequestSummary {
    /// Overdue wins over to-chase: it is the stronger reason to act.
    func mark(today: Day, chaseInterval: Int) -> RequestMark? {
        guard status.isOpen else { return nil }
        if let due, today > due { return .overdue }
        if status != .draft, let since = lastChased ?? sent, since.days(to: today) >= chaseInterval { return .toChase }
        return nil
    }

    /// Days from `sent` to today (or to the day it closed); nil for a draft never sent.
    func age(today: Day) -> Int? {
        guard let sent else { return nil }
        let end = status.isOpen ? today : (statusDate ?? today)
        return max(0, sent.days(to: end))
    }
}

extension CaseSummary {
    /// The strongest mark among the case's requests.
    func requestMark(today: Day, chaseInterval: Int) -> RequestMark? {
        var best: RequestMark?
        for r in requests {
            switch r.mark(today: today, chaseInterval: chaseInterval) {
            case .overdue: return .overdue
            case .toChase: best = .toChase
            case nil: break
            }
        }
        return best
    }

    /// The earliest hearing on or after today (hearings are sorted by date).
    func nextHearing(today: Day) -> HearingSummary? {
        hearings.first { $0.date >= today }
    }
}
