import CaseCore

/// Building the board from CaseCore's `RequestOrder`: every request grouped by status
/// (lifecycle order), each group sorted by the chosen key, flattened with a heading row per
/// non-empty group. Built when the store is read and when the sort changes; after a save only
/// the saved case's requests are put back in place. Never per frame.
extension AppState {
    var queryContext: QueryContext { QueryContext(today: today, chaseIntervalDays: chaseInterval) }

    mutating func rebuildBoard() {
        board.order = RequestOrder(summaries, context: queryContext, sortBy: board.sort, ascending: board.ascending)
        layOutBoard()
    }

    /// After summary `index` changed from `old` (the other summaries and their indices as they
    /// were): a save costs the saved case's requests, not a new board.
    mutating func replaceInBoard(_ index: Int, old: CaseSummary) {
        guard var order = board.order, order.context == queryContext else { return rebuildBoard() }
        board.order = nil       // one owner while it is changed, so it is changed in place
        order.replace(caseIndex: index, old: old, new: summaries[index])
        board.order = order
        layOutBoard()
    }

    /// The rows from the order, keeping the cursor on the request it was on.
    private mutating func layOutBoard() {
        guard let order = board.order else { return }
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
