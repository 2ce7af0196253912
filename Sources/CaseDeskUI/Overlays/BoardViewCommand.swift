import CaseCore

/// `:view save NAME` and `:view NAME` on the MLA board (issue 18.3): the board's `/` text,
/// quick filters (`f`) and sort as a board view in views.toml (CaseCore's `SavedBoardView`,
/// `screen = "board"`), restored onto the board.
enum BoardViewCommand {
    /// The board now, as a board view named `name`.
    static func view(_ state: AppState, named name: String) -> SavedBoardView {
        var v = SavedBoardView(name: name)
        let q = state.board.quick
        v.text = state.board.filter.text
        v.kinds = q.kinds.sorted(); v.directions = q.directions.sorted(); v.countries = q.countries.sorted()
        v.mine = q.mine; v.overdueOnly = q.overdue; v.toChaseOnly = q.toChase; v.urgentOnly = q.urgent
        // The board's default order (attention first, ascending) is no sort setting.
        if state.board.sort != BoardState().sort || state.board.ascending != BoardState().ascending {
            v.sort = state.board.sort
            v.ascending = state.board.ascending
        }
        return v
    }

    /// The answer of `.loadView` for a board view: the board as the view has it, on show.
    static func loaded(_ state: inout AppState, _ view: SavedBoardView, names: [String]) -> [Effect] {
        state.viewNames = names
        if state.screen != .board { state.previousScreen = .board }
        state.screen = .board
        state.board.filterEditing = false
        state.board.filter = LineInput(view.text)
        var q = BoardFilters()
        q.kinds = Set(view.kinds); q.directions = Set(view.directions); q.countries = Set(view.countries)
        q.mine = view.mine; q.overdue = view.overdueOnly; q.toChase = view.toChaseOnly; q.urgent = view.urgentOnly
        state.board.quick = q
        state.board.sort = view.sort ?? BoardState().sort
        state.board.ascending = view.sort == nil ? BoardState().ascending : view.ascending
        state.board.position = ListPosition()
        state.rebuildBoard()
        let what = view.filterSummary.isEmpty ? "every request" : view.filterSummary
        let shown = state.board.rows.filter(\.isRequest).count
        state.message = Message(text: "View \"\(view.name)\" on the board: \(what); \(Format.grouped(shown)) of \(Format.grouped(state.board.total)) requests.",
                                kind: .info)
        return []
    }

    /// The answer of `.saveBoardView`.
    static func saved(_ state: inout AppState, name: String, path: String, names: [String]) -> [Effect] {
        state.viewNames = names
        state.message = Message(text: "Saved the board's view \"\(name)\" to \(path) (:view \(name) restores it).", kind: .success)
        return []
    }
}
