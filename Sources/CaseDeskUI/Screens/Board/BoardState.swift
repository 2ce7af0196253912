import CaseCore

/// The MLA board: every request of every case, grouped by status. `rows` refer to summaries by
/// index, so building the board copies no request.
struct BoardState: Sendable, Equatable {
    var sort: BoardSort = .due
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

/// The orders the board offers (`s` cycles them).
enum BoardSort: String, Sendable, Equatable, CaseIterable {
    case due, country, daysOpen, lastChased

    var label: String {
        switch self {
        case .due: "due date"
        case .country: "country"
        case .daysOpen: "days open"
        case .lastChased: "last chased"
        }
    }

    var next: BoardSort {
        let all = Self.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }
}
