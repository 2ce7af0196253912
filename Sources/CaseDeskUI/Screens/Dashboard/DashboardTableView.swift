import CaseCore
import TerminalUI

/// A breakdown: one row per crime type, unit, lawyer or country, then Total; the selected
/// column (the figure Enter lists) is underlined and named under the table.
enum DashboardTableView {
    static func render(_ state: AppState, _ figures: DashboardFigures, into buffer: inout Buffer) {
        let t = state.theme
        let layout = DashboardLayout.breakdown(state, size: buffer.size)
        let table = layout.table
        let report = figures.report
        let keyWidth = layout.keyWidth
        let figureX = table.x + 2 + keyWidth + 1
        let window = DashboardColumn.window(width: max(0, table.x + table.width - figureX), selected: state.dashboard.column)
        let hiddenLeft = (window.first?.index ?? 0) > 0
        let hiddenRight = (window.last?.index ?? 0) < DashboardColumn.all.count - 1

        // Heading row.
        buffer.fill(Rect(x: table.x, y: table.y, width: table.width, height: 1), style: t[.tableHeader])
        let heading = (hiddenLeft ? "‹ " : "") + figures.breakdown.heading + (report.rowsOverlap ? "*" : "")
        buffer.put(TextLayout.truncate(heading, to: keyWidth), x: table.x + 2, y: table.y, style: t[.tableHeader])
        for (i, x) in window {
            let c = DashboardColumn.all[i]
            var s = t[.tableHeader]
            if i == state.dashboard.column { s = s.patched(with: Style(attributes: [.underline, .bold])) }
            buffer.put(TextLayout.pad(c.heading, to: c.width, align: .right), x: figureX + x, y: table.y, style: s)
        }
        if hiddenRight { buffer.put("›", x: table.x + table.width - 1, y: table.y, style: t[.tableHeader]) }

        // Rows, then Total; the Total row is bold so it reads as a sum without colour.
        let count = report.rows.count + 1
        let idsLead = Self.idsLead(report, keyWidth: keyWidth)
        let visible = layout.tableRows
        let offset = max(0, min(state.dashboard.scroll, count - visible))
        if report.rows.isEmpty {
            buffer.put("No figures for any \(figures.breakdown.heading.lowercased()) in this period.", x: table.x + 2,
                       y: table.y + 1, maxWidth: table.width - 2, style: t[.muted])
        }
        for r in 0..<min(visible, count - offset) {
            let index = offset + r
            let isTotal = index == report.rows.count
            if isTotal && report.rows.isEmpty { continue }
            let row = isTotal ? report.total : report.rows[index]
            let y = table.y + 1 + r
            let selected = index == state.dashboard.selected
            var style = isTotal ? t[.text].patched(with: Style(attributes: .bold)) : t[.text]
            if selected {
                style = style.patched(with: t[.selection])
                buffer.setStyle(t[.selection], in: Rect(x: table.x, y: y, width: table.width, height: 1))
                buffer.put("▶", x: table.x, y: y, style: style)
            }
            let label = isTotal ? "Total" : Self.label(row, idsLead: idsLead)
            buffer.put(TextLayout.truncate(Sanitizer.visible(label), to: keyWidth), x: table.x + 2, y: y, style: style)
            for (i, x) in window {
                let c = DashboardColumn.all[i]
                var s = style
                if i == state.dashboard.column, selected { s = s.patched(with: Style(attributes: .underline)) }
                let text = c.text(row, previous: figures.previous(of: row, isTotal: isTotal))
                buffer.put(TextLayout.pad(TextLayout.truncate(text, to: c.width), to: c.width, align: .right),
                           x: figureX + x, y: y, style: s)
            }
        }
        TextLines.draw(layout.captions, into: &buffer, area: layout.caption, scroll: 0, theme: t)

        // The selected row's sections, when the terminal has the room.
        if let area = layout.sections, area.height > 0 {
            let isTotal = state.dashboard.selected >= report.rows.count
            let row = isTotal ? report.total : report.rows[state.dashboard.selected]
            let n = DashboardLayout.columnCount(width: area.width)
            let flow = DashboardLayout.Flow(DashboardSections.row(figures.rowHeadline(row, isTotal: isTotal),
                                                                  groupBy: figures.breakdown, isTotal: isTotal),
                                            area: area, columns: n)
            DashboardView.drawFlow(flow, into: &buffer, scroll: 0, selected: nil, theme: t)
        }
    }

    /// Units' names share their first words ("Complex Casework Unit, …") and would all be cut
    /// to the same text: when one does not fit, every unit row leads with its code, in whose
    /// order the rows are.
    static func idsLead(_ report: Report, keyWidth: Int) -> Bool {
        report.groupBy == .unit && report.rows.contains { TextWidth.of($0.label) > keyWidth }
    }

    static func label(_ row: MeasureRow, idsLead: Bool) -> String {
        idsLead && row.key != row.label ? row.key + " " + row.label : row.label
    }
}
