import CaseCore

/// Laying out the board from the catalog's `RequestOrder` (every request grouped by status in
/// lifecycle order, each group sorted by the chosen key): flattened with a heading row per
/// non-empty group, after the catalog changed or the sort did. Never per frame.
extension AppState {
    var queryContext: QueryContext { QueryContext(today: today, chaseIntervalDays: chaseInterval) }

    /// The board in the order the user chose.
    mutating func rebuildBoard() {
        catalog.orderBoard(by: board.sort, ascending: board.ascending)
        layOutBoard()
    }

    /// The rows from the order, keeping the cursor on the request it was on.
    mutating func layOutBoard() {
        guard let order = catalog.board else { return }
        let keep = selectedBoardRequest
        var rows: [BoardRow] = []
        rows.reserveCapacity(order.count + RequestStatus.allCases.count)
        var counts: [RequestStatus: Int] = [:]
        for status in RequestStatus.allCases {
            let items = order.items(status)
            guard !items.isEmpty else { continue }
            counts[status] = items.count
            rows.append(.group(status, count: items.count))
            for item in items { rows.append(.request(caseIndex: Int(item.caseIndex), requestIndex: Int(item.requestIndex))) }
        }
        board.rows = rows
        board.counts = counts
        board.overdue = order.overdue
        board.toChase = order.toChase
        let s = summaries
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
