import CaseCore

/// The MLA board: every request of every case, grouped by status. `rows` refer to summaries by
/// index, so building the board copies no request.
struct BoardState: Sendable, Equatable {
    var sort: RequestSortKey = .due
    var ascending = true
    var rows: [BoardRow] = []
    var counts: [RequestStatus: Int] = [:]
    var overdue = 0
    var toChase = 0
    var position = ListPosition()
}

enum BoardRow: Sendable, Equatable {
    case group(RequestStatus, count: Int)
    case request(caseIndex: Int, requestIndex: Int)

    var isRequest: Bool { if case .request = self { true } else { false } }
}

extension RequestSortKey {
    /// The key after this one, wrapping (the `s` key).
    var next: RequestSortKey {
        let all = Self.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }
}
