import CaseCore

/// Building the board: every request grouped by status (lifecycle order), each group sorted by
/// the chosen key. Runs when the store is read, after a save and when the sort changes, never
/// per frame.
extension AppState {
    mutating func rebuildBoard() {
        let keep = selectedBoardRequest
        let statuses = RequestStatus.allCases
        var groups: [[(Int, Int)]] = Array(repeating: [], count: statuses.count)
        for (ci, s) in summaries.enumerated() {
            for (ri, r) in s.requests.enumerated() { groups[r.status.position].append((ci, ri)) }
        }
        let asc = board.ascending, today = self.today, s = summaries
        func key(_ ref: (Int, Int)) -> RequestSummary { s[ref.0].requests[ref.1] }
        // Missing values (no due date, never sent, never chased) sort after every value.
        func cmp<K: Comparable>(_ a: K?, _ b: K?) -> Bool? {
            switch (a, b) {
            case let (x?, y?): x == y ? nil : (x < y) == asc
            case (nil, nil): nil
            case (nil, _): false
            case (_, nil): true
            }
        }
        var overdue = 0, toChase = 0
        let interval = chaseInterval
        for g in groups {
            for ref in g {
                switch key(ref).mark(today: today, chaseInterval: interval) {
                case .overdue: overdue += 1
                case .toChase: toChase += 1
                case nil: break
                }
            }
        }
        board.overdue = overdue
        board.toChase = toChase
        var rows: [BoardRow] = []
        var counts: [RequestStatus: Int] = [:]
        for (gi, var group) in groups.enumerated() where !group.isEmpty {
            group.sort { a, b in
                let ra = key(a), rb = key(b)
                let primary: Bool?
                switch board.sort {
                case .due: primary = cmp(ra.due, rb.due)
                case .country: primary = cmp(ra.country, rb.country)
                case .daysOpen: primary = cmp(ra.age(today: today), rb.age(today: today))
                case .lastChased: primary = cmp(ra.lastChased ?? ra.sent, rb.lastChased ?? rb.sent)
                }
                if let primary { return primary }
                return (s[a.0].id, ra.id) < (s[b.0].id, rb.id)
            }
            counts[statuses[gi]] = group.count
            rows.append(.group(statuses[gi], count: group.count))
            rows += group.map { BoardRow.request(caseIndex: $0.0, requestIndex: $0.1) }
        }
        board.rows = rows
        board.counts = counts
        if let keep, let i = rows.firstIndex(where: {
            if case .request(let ci, let ri) = $0 { return s[ci].id == keep.0 && s[ci].requests[ri].id == keep.1 }
            return false
        }) {
            board.position.selected = i
        } else {
            board.position.selected = min(board.position.selected, max(0, rows.count - 1))
            if board.position.selected < rows.count, !rows[board.position.selected].isRequest,
               board.position.selected + 1 < rows.count {
                board.position.selected += 1
            }
        }
        board.position.clamp(count: rows.count, height: BoardView.tableRows(size))
    }

    /// (case id, request id) under the board's cursor.
    var selectedBoardRequest: (String, String)? {
        guard board.position.selected < board.rows.count,
              case .request(let ci, let ri) = board.rows[board.position.selected],
              ci < summaries.count, ri < summaries[ci].requests.count else { return nil }
        return (summaries[ci].id, summaries[ci].requests[ri].id)
    }
}
