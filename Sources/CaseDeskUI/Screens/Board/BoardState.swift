import CaseCore

/// The MLA board: every request of every case, grouped by status. `rows` refer to summaries by
/// index, so building the board copies no request.
struct BoardState: Sendable, Equatable {
    /// Overdue and to chase first (decisions.md): the board opens on what needs acting on.
    var sort: RequestSortKey = .attention
    var ascending = true
    /// `/`: request id, case, country code and name, authority, liaison.
    var filter = LineInput()
    /// True while `/` is being typed: printable keys go to the filter.
    var filterEditing = false
    /// The last text query and the requests it matched (items of the catalog's
    /// `RequestSearch`), so a query that only narrows it searches those alone; nil after the
    /// summaries changed.
    var lastQuery: TextQuery?
    var lastTextHits: [Int] = []
    var quick = BoardFilters()
    var rows: [BoardRow] = []
    /// Per status, the requests shown (after the filters).
    var counts: [RequestStatus: Int] = [:]
    /// Every request of the store, filtered or not.
    var total = 0
    var overdue = 0
    var toChase = 0
    var position = ListPosition()
    /// The request the cursor was on when the store was read again: found by id once the
    /// board is laid out from the new summaries (its order may come off the loop, later).
    var keepRequest: RequestRef?

    /// Whether a filter or quick filter hides some requests.
    var isFiltered: Bool { !TextQuery(filter.text).isEmpty || !quick.isEmpty }
}

/// A request by case id and request id, valid across a reload.
struct RequestRef: Sendable, Equatable {
    let caseID: String
    let requestID: String
}

/// The board's `f` filters: the values of one set combine with OR, the filters with AND.
struct BoardFilters: Sendable, Equatable {
    var kinds: Set<RequestKind> = []
    var directions: Set<RequestDirection> = []
    var countries: Set<String> = []
    var mine = false
    var overdue = false
    var toChase = false
    var urgent = false

    var isEmpty: Bool { self == BoardFilters() }

    /// CaseCore's filter; `me` is the person id "mine" stands for.
    func requestFilter(me: String) -> RequestFilter {
        var f = RequestFilter()
        f.kinds = kinds; f.directions = directions; f.countries = countries
        f.mine = mine ? me : nil
        f.overdueOnly = overdue; f.toChaseOnly = toChase; f.urgentOnly = urgent
        return f
    }

    /// "FR or ES, EAW, outgoing, overdue" for the context line.
    func describe() -> String {
        var parts: [String] = []
        if !countries.isEmpty { parts.append(countries.sorted().joined(separator: " or ")) }
        if !kinds.isEmpty { parts.append(kinds.sorted().map(\.label).joined(separator: " or ")) }
        if !directions.isEmpty { parts.append(directions.sorted().map { $0.label.lowercased() }.joined(separator: " or ")) }
        if mine { parts.append("mine") }
        if overdue { parts.append("overdue") }
        if toChase { parts.append("to chase") }
        if urgent { parts.append("urgent") }
        return parts.joined(separator: ", ")
    }
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
