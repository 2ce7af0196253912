import TerminalUI

/// A click on the Dashboard (issue 18.7), as on the other screens: it selects what is under the
/// pointer through the Dashboard's own commands (`up`/`down` for a figure line, a table row or
/// a listed case; `left`/`right` for a column or a figure of a line with several), so it does
/// what the keys would and Enter then lists or opens it. Positions come from `DashboardLayout`,
/// the geometry render draws with, so a click lands where the eye sees the figure.
extension AppState {
    mutating func dashboardClick(x: Int, y: Int) -> [Effect] {
        DashboardScreen.refresh(&self)
        guard let figures = dashboard.figures else { return [] }
        if let drill = dashboard.drill {
            let body = DashboardLayout.body(size)
            guard let row = Self.row(at: y, in: body, position: ListPosition(selected: drill.selected, offset: drill.offset),
                                     count: drill.summaryIndices.count) else { return [] }
            return steps(toward: row, at: { $0.dashboard.drill?.selected ?? row }) { DashboardScreen.reduce(&$0, $1 ? .down : .up) }
        }
        if figures.breakdown == .none { return overviewClick(x: x, y: y) }
        return tableClick(x: x, y: y, rows: figures.report.rows.count + 1)
    }

    /// The overview: the figure line under the pointer, and on a line with several figures side
    /// by side (caseload per unit) the figure clicked.
    private mutating func overviewClick(x: Int, y: Int) -> [Effect] {
        let flow = DashboardLayout.overview(self, size: size)
        let scroll = max(0, min(dashboard.scroll, flow.contentHeight - flow.height))
        let line = scroll + y - flow.area.y
        guard y >= flow.area.y, y < flow.area.y + flow.height,
              let column = flow.columns.indices.first(where: { x >= flow.x(ofColumn: $0) && x < flow.x(ofColumn: $0) + flow.columnWidth }),
              let target = flow.selectable.firstIndex(where: { $0.column == column && $0.line == line }) else { return [] }
        var effects = steps(toward: target, at: { $0.dashboard.selected }) { DashboardScreen.reduce(&$0, $1 ? .down : .up) }
        guard let item = flow.item(flow.selectable[target].slot), item.cells.count > 1,
              let cell = Self.cell(at: x, of: item.cells, rectX: flow.x(ofColumn: column), width: flow.columnWidth) else { return effects }
        effects += steps(toward: cell, at: { min($0.dashboard.cell, item.cells.count - 1) }) { DashboardScreen.reduce(&$0, $1 ? .right : .left) }
        return effects
    }

    /// Which of a line's figures is at `x`, placed as `DashboardView.drawCells` places them.
    static func cell(at x: Int, of cells: [String], rectX: Int, width: Int) -> Int? {
        let block = cells.reduce(0) { $0 + TextWidth.of($1) } + cells.count - 1
        var cx = max(rectX + 1, rectX + width - block)
        for (i, text) in cells.enumerated() {
            let w = TextWidth.of(text)
            if x >= cx, x < cx + w { return i }
            cx += w + 1
        }
        return nil
    }

    /// A breakdown: a click on a column's heading chooses that column (the figure Enter lists);
    /// on a row, it selects the row, and the column too when it falls on a figure.
    private mutating func tableClick(x: Int, y: Int, rows count: Int) -> [Effect] {
        let layout = DashboardLayout.breakdown(self, size: size)
        let table = layout.table
        guard table.holds(x, y) else { return [] }
        let figureX = table.x + 2 + layout.keyWidth + 1
        let window = DashboardColumn.window(width: max(0, table.x + table.width - figureX), selected: dashboard.column)
        let column = window.first { x >= figureX + $0.x && x < figureX + $0.x + DashboardColumn.all[$0.index].width }?.index
        var effects: [Effect] = []
        if y > table.y {
            let offset = max(0, min(dashboard.scroll, count - layout.tableRows))
            let row = offset + y - table.y - 1
            guard row < count else { return [] }
            effects += steps(toward: row, at: { $0.dashboard.selected }) { DashboardScreen.reduce(&$0, $1 ? .down : .up) }
        }
        if let column {
            effects += steps(toward: column, at: { $0.dashboard.column }) { DashboardScreen.reduce(&$0, $1 ? .right : .left) }
        }
        return effects
    }
}
