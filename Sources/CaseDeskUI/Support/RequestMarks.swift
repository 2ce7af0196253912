import CaseCore

/// The two marks a request can carry on screen. Meaning never depends on colour alone, so each
/// mark has a symbol as well as a theme role.
enum RequestMark: Sendable, Equatable {
    case overdue, toChase

    var symbol: String { self == .overdue ? "!" : "↻" }
    var word: String { self == .overdue ? "overdue" : "to chase" }

    /// Overdue wins over to-chase: it is the stronger reason to act.
    init?(overdue: Bool, toChase: Bool) {
        if overdue { self = .overdue } else if toChase { self = .toChase } else { return nil }
    }
}

// The rules themselves are CaseCore's (RequestSummary+Timeliness); these only pick the mark.
extension RequestSummary {
    func mark(today: Day, chaseInterval: Int) -> RequestMark? {
        RequestMark(overdue: isOverdue(today: today), toChase: isToChase(today: today, interval: chaseInterval))
    }
}

extension CaseSummary {
    /// The strongest mark among the case's requests.
    func requestMark(today: Day, chaseInterval: Int) -> RequestMark? {
        RequestMark(overdue: hasOverdueRequest(today: today), toChase: hasRequestToChase(today: today, interval: chaseInterval))
    }
}

extension RequestKind {
    /// At most five columns, for narrow panes and the board's Kind column ("Extr" for
    /// extradition, "TCA" for the TCA arrest warrant, the only TCA kind).
    var short: String {
        switch self {
        case .extradition: "Extr"
        case .tcaArrestWarrant: "TCA"
        default: label
        }
    }
}
