import TerminalUI

/// The mouse (issue 18.7): the wheel scrolls the pane under the pointer, a click selects a row
/// (case list and its Requests pane, MLA board, Agenda, People; on the Dashboard a figure, a
/// table row or column, a listed case: DashboardMouse) or a tab (the screens in the header,
/// the case's tabs). Each goes through the screens' own commands (`CasesScreen.reduce(.down)`,
/// ...), so a click does what the keys would and the keyboard stays the way; `--no-mouse` or
/// `options.mouse = off` leave the mouse to the terminal, for selecting text.
extension AppState {
    mutating func mouse(_ m: MouseEvent) -> [Effect] {
        let wheel: Int? = switch m.kind { case .wheelUp: -1; case .wheelDown: 1; case .press: nil }
        // A pop-up (menu, form, command line) keeps the keys: the wheel moves in it as the arrows do.
        guard overlay == nil, load == .loaded, !cases.filterEditing, AppLayout.fits(size) else {
            if let wheel { return handleKey(wheel < 0 ? .up : .down) }
            return []
        }
        message = nil
        if wheel == nil, m.y == 0, let command = AppChrome.tab(at: m.x, width: size.width) { return global(command) }
        let body = AppLayout(size: size).body
        guard body.holds(m.x, m.y) else { return [] }
        switch screen {
        case .cases: return casesMouse(m, wheel)
        case .detail:
            if let wheel { return DetailScreen.reduce(&self, wheel < 0 ? .up : .down) }
            guard m.y == body.y + 1, let tab = DetailView.tab(at: m.x, body: body) else { return [] }
            return steps(toward: tab.rawValue, at: { $0.detail.tab.rawValue }) { DetailScreen.reduce(&$0, $1 ? .nextTab : .prevTab) }
        case .board:
            if let wheel { return BoardScreen.reduce(&self, wheel < 0 ? .up : .down) }
            guard let row = Self.row(at: m.y, in: body, position: board.position, count: board.rows.count),
                  case .request = board.rows[row] else { return [] }
            return steps(toward: row, at: { $0.board.position.selected }) { BoardScreen.reduce(&$0, $1 ? .down : .up) }
        case .agenda:
            if let wheel { return AgendaScreen.reduce(&self, wheel < 0 ? .up : .down) }
            guard let row = Self.row(at: m.y, in: body, position: agenda.position, count: agenda.rows.count),
                  agenda.rows.isItem(row) else { return [] }
            return steps(toward: row, at: { $0.agenda.position.selected }) { AgendaScreen.reduce(&$0, $1 ? .down : .up) }
        case .people:
            if let wheel { return PeopleScreen.reduce(&self, wheel < 0 ? .up : .down) }
            guard let row = Self.row(at: m.y, in: body, position: people.position, count: people.rows.count),
                  people.rows[row].subject != nil else { return [] }
            return steps(toward: row, at: { $0.people.position.selected }) { PeopleScreen.reduce(&$0, $1 ? .down : .up) }
        case .dashboard:
            if let wheel { return DashboardScreen.reduce(&self, wheel < 0 ? .up : .down) }
            return dashboardClick(x: m.x, y: m.y)
        case .help:
            if let wheel { return HelpScreen.reduce(&self, wheel < 0 ? .up : .down) }
        }
        return []
    }

    /// On the Cases screen the wheel works in the pane under the pointer, leaving the focus
    /// where it was; a click focuses the pane and selects the row clicked in the list or Requests.
    private mutating func casesMouse(_ m: MouseEvent, _ wheel: Int?) -> [Effect] {
        let layout = CasesLayout(size: size)
        let panes: [(CasesPane, Rect)] = [(.list, layout.list), (.detail, layout.detail), (.requests, layout.requests)]
        guard let (pane, rect) = panes.first(where: { $0.1.holds(m.x, m.y) }) else { return [] }
        if let wheel {
            let focus = cases.focus
            cases.focus = pane
            defer { cases.focus = focus }
            return CasesScreen.reduce(&self, wheel < 0 ? .up : .down)
        }
        cases.focus = pane
        switch pane {
        case .list:
            guard let row = Self.row(at: m.y, in: rect, position: cases.list, count: cases.rowCount) else { return [] }
            return steps(toward: row, at: { $0.cases.list.selected }) { CasesScreen.reduce(&$0, $1 ? .down : .up) }
        case .requests:
            let count = selectedSummaryIndex.map { summaries[$0].requests.count } ?? 0
            guard let row = Self.row(at: m.y, in: rect, position: cases.requests, count: count) else { return [] }
            return steps(toward: row, at: { $0.cases.requests.selected }) { CasesScreen.reduce(&$0, $1 ? .down : .up) }
        case .detail: return []
        }
    }

    /// The row drawn at screen row `y` of a framed table in `rect` (a border, the column titles,
    /// then the rows from the position's offset, clamped as the views clamp it), nil off the rows.
    static func row(at y: Int, in rect: Rect, position: ListPosition, count: Int) -> Int? {
        var p = position
        p.clamp(count: count, height: rect.height - 3)
        let r = y - (rect.y + 2)
        guard r >= 0, r < rect.height - 3, p.offset + r < count else { return nil }
        return p.offset + r
    }

    /// Moves one step at a time toward `target` (`forward` true: down or next) through the
    /// screen's own command, so each step does what the key does; stops when a step moves
    /// nothing (a row the command skips, such as a group title).
    mutating func steps(toward target: Int, at current: (AppState) -> Int,
                                _ step: (inout AppState, Bool) -> [Effect]) -> [Effect] {
        var effects: [Effect] = []
        while current(self) != target {
            let before = current(self)
            effects += step(&self, target > before)
            if current(self) == before { break }
        }
        return effects
    }
}

extension Rect {
    func holds(_ px: Int, _ py: Int) -> Bool { px >= x && px < x + width && py >= y && py < y + height }
}
