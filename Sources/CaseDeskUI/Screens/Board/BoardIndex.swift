import CaseCore

/// Laying out the board from the catalog's `RequestOrder` (every request grouped by status in
/// lifecycle order, each group sorted by the chosen key): flattened with a heading row per
/// non-empty group, keeping the requests that pass the `/` filter and the quick filters, after
/// the catalog, the sort or a filter changed. Never per frame.
///
/// A filter keystroke searches the catalog's `RequestSearch` (only the previous hits when the
/// query grew) and makes one pass over the order's small integer records, so typing stays
/// fast on 100,000 cases.
extension AppState {
    var queryContext: QueryContext { QueryContext(today: today, chaseIntervalDays: chaseInterval) }

    /// The board in the order the user chose.
    mutating func rebuildBoard() {
        catalog.orderBoard(by: board.sort, ascending: board.ascending)
        layOutBoard()
    }

    /// Which requests match the `/` text (flags per `RequestSearch` item), nil with no text.
    private mutating func boardTextHits(_ search: RequestSearch) -> [Bool]? {
        let query = TextQuery(board.filter.text)
        guard !query.isEmpty else {
            board.lastQuery = nil
            board.lastTextHits = []
            return nil
        }
        let narrows = board.lastQuery.map { query.narrows($0) } ?? false
        let hits = search.matching(query, candidates: narrows ? board.lastTextHits : nil)
        board.lastTextHits = hits.indices.filter { hits[$0] }
        board.lastQuery = query
        return hits
    }

    /// The rows from the order, keeping the cursor on the request it was on. None while the
    /// order, or the search a filter needs, is being built off the loop (the view says so):
    /// laid out again when it lands (`deferredBuilt`).
    mutating func layOutBoard() {
        guard let order = catalog.board, let search = catalog.requestSearch ?? (board.isFiltered ? nil : RequestSearch()) else {
            board.rows = []
            return
        }
        // By position, not id: the summaries are the ones the selection was made in (a change
        // that moves positions empties the rows first), and integers keep a keystroke cheap.
        let keep = BoardScreen.selectedRow(self).flatMap { $0.isRequest ? $0 : nil }
        let hits = boardTextHits(search)
        let quick = board.quick.isEmpty ? nil : RequestFilter.Compiled(board.quick.requestFilter(me: me))
        let filtered = hits != nil || quick != nil
        let facts = search.facts
        var rows: [BoardRow] = []
        rows.reserveCapacity((filtered ? 64 : order.count) + RequestStatus.allCases.count)
        var counts: [RequestStatus: Int] = [:]
        var overdue = 0, toChase = 0
        summaries.withUnsafeBufferPointer { s in
            for status in RequestStatus.allCases {
                let items = order.items(status)
                guard !items.isEmpty else { continue }
                let heading = rows.count
                var n = 0
                for item in items {
                    let ci = Int(item.caseIndex), ri = Int(item.requestIndex)
                    if filtered {
                        let k = search.item(case: ci, request: ri)
                        if let hits, !hits[k] { continue }
                        if let quick, !quick.matches(facts[k], isMine: { me in
                            s[ci].involves(person: me) || s[ci].requests[ri].liaison == me
                        }) { continue }
                        if facts[k].flags.contains(.overdue) { overdue += 1 }
                        if facts[k].flags.contains(.toChase) { toChase += 1 }
                    }
                    if n == 0 { rows.append(.group(status, count: 0)) }
                    rows.append(.request(caseIndex: ci, requestIndex: ri))
                    n += 1
                }
                if n > 0 {
                    rows[heading] = .group(status, count: n)
                    counts[status] = n
                }
            }
        }
        board.rows = rows
        board.counts = counts
        board.total = order.count
        board.overdue = filtered ? overdue : order.overdue
        board.toChase = filtered ? toChase : order.toChase
        if let ref = board.keepRequest, let i = rows.firstIndex(where: {
            if case .request(let ci, let ri) = $0 { return summaries[ci].id == ref.caseID && summaries[ci].requests[ri].id == ref.requestID }
            return false
        }) {
            board.position.selected = i
        } else if let keep, let i = rows.firstIndex(of: keep) {
            board.position.selected = i
        } else {
            board.position.selected = min(board.position.selected, max(0, rows.count - 1))
            if board.position.selected < rows.count, !rows[board.position.selected].isRequest,
               board.position.selected + 1 < rows.count {
                board.position.selected += 1
            }
        }
        board.keepRequest = nil
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
