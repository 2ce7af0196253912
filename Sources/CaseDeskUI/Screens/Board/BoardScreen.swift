import CaseCore

/// What the keys of the MLA board do.
enum BoardScreen {
    static func reduce(_ state: inout AppState, _ command: BoardCommand) -> [Effect] {
        let rows = state.board.rows
        let page = BoardView.tableRows(state.size)
        switch command {
        case .up, .down:
            moveToRequest(&state, from: state.board.position.selected + (command == .down ? 1 : -1), step: command == .down ? 1 : -1)
        case .top: moveToRequest(&state, from: 0, step: 1)
        case .bottom: moveToRequest(&state, from: rows.count - 1, step: -1)
        case .pageUp: moveToRequest(&state, from: state.board.position.selected - page, step: -1)
        case .pageDown: moveToRequest(&state, from: state.board.position.selected + page, step: 1)
        case .open:
            if case .request(let ci, let ri)? = selectedRow(state) {
                return state.openCase(summaryIndex: ci, tab: .requests, request: ri)
            }
        case .back:
            if state.board.isFiltered {
                state.board.filter = LineInput()
                state.board.quick = BoardFilters()
                state.layOutBoard()
            } else {
                state.screen = .cases
            }
        case .filter: state.board.filterEditing = true
        case .nextMatch, .prevMatch: nextRequest(&state, step: command == .nextMatch ? 1 : -1)
        case .sort: state.find(.sort, on: .board)
        case .reverseSort: state.find(.reverseSort, on: .board)
        case .quickFilter: state.find(.quickFilter, on: .board)
        case .clearFilters: state.find(.clearFilters, on: .board)
        case .chase:
            if case .request(let ci, let ri)? = selectedRow(state) { state.beginChase(caseIndex: ci, requestIndex: ri) }
        case .advance:
            if case .request(let ci, let ri)? = selectedRow(state) { return state.beginAdvance(caseIndex: ci, requestIndex: ri) }
        case .note:
            if case .request(let ci, let ri)? = selectedRow(state) { state.beginRequestNote(caseIndex: ci, requestIndex: ri) }
        case .undo: return Editing.undo(&state)
        case .redo: return Editing.redo(&state)
        case .copyID:
            if case .request(let ci, let ri)? = selectedRow(state) {
                return Handoff.copy(&state, state.summaries[ci].requests[ri].id, what: "request id")
            }
        case .pager:
            if case .request(let ci, _)? = selectedRow(state) { return Handoff.page(&state, caseID: state.summaries[ci].id) }
        }
        return []
    }

    static func selectedRow(_ state: AppState) -> BoardRow? {
        let i = state.board.position.selected
        return i >= 0 && i < state.board.rows.count ? state.board.rows[i] : nil
    }

    /// n/N: every request shown matches the filter, so the next match is the next request
    /// row, past the group titles, wrapping at the ends as less does (the case list's rule).
    private static func nextRequest(_ state: inout AppState, step: Int) {
        let rows = state.board.rows
        guard !rows.isEmpty else { return }
        var i = state.board.position.selected
        for _ in 0..<rows.count {
            i = (i + step + rows.count) % rows.count
            if rows[i].isRequest { break }
        }
        guard rows[i].isRequest else { return }
        state.board.position.selected = i
        state.board.position.clamp(count: rows.count, height: BoardView.tableRows(state.size))
        if i == 1 { state.board.position.offset = 0 }
    }

    /// Moves to the nearest request row from `from` in direction `step`, skipping group
    /// headings; stays put when there is none that way.
    private static func moveToRequest(_ state: inout AppState, from: Int, step: Int) {
        let rows = state.board.rows
        state.board.position.selectNearest(from: from, step: step, count: rows.count,
                                           height: BoardView.tableRows(state.size)) { rows[$0].isRequest }
    }
}
