import CaseCore

/// Building the board from CaseCore's RequestBoard: every request grouped by status
/// (lifecycle order), each group sorted by the chosen key, flattened with a heading row per
/// non-empty group. Runs when the store is read, after a save and when the sort changes,
/// never per frame.
extension AppState {
    var queryContext: QueryContext { QueryContext(today: today, chaseIntervalDays: chaseInterval) }

    mutating func rebuildBoard() {
        let keep = selectedBoardRequest
        let built = RequestBoard(summaries, context: queryContext, sortBy: board.sort, ascending: board.ascending)
        var rows: [BoardRow] = []
        var counts: [RequestStatus: Int] = [:]
        for g in built.groups where !g.rows.isEmpty {
            counts[g.status] = g.rows.count
            rows.append(.group(g.status, count: g.rows.count))
            rows += g.rows.map { BoardRow.request(caseIndex: $0.caseIndex, requestIndex: $0.requestIndex) }
        }
        board.rows = rows
        board.counts = counts
        board.overdue = built.overdueCount
        board.toChase = built.toChaseCount
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
