import CaseCore
import TerminalUI

/// The cases behind a figure: id, title, status, unit, lawyer; Enter opens one.
enum DashboardDrillView {
    static func specs(_ state: AppState) -> [ColumnSpec] {
        [
            ColumnSpec(title: "Case", width: max(4, min(16, state.idWidth)), priority: 100),
            ColumnSpec(title: "Title", width: 16, flexible: true, priority: 90),
            ColumnSpec(title: "Status", width: 17, priority: 70),
            ColumnSpec(title: "Unit", width: 8, priority: 60),
            ColumnSpec(title: "Lawyer", width: 14, priority: 50),
        ]
    }

    static func render(_ state: AppState, _ drill: DashboardDrill, into buffer: inout Buffer, area: Rect) {
        let t = state.theme
        let n = drill.summaryIndices.count
        let inner = Frame.draw(&buffer, area, title: drill.title, focused: true, theme: t,
                               right: Format.count(n, "case") + " · Enter opens · Esc back")
        guard inner.width > 1, inner.height > 1 else { return }
        let specs = specs(state)
        let cols = Columns.layout(specs, width: inner.width - 1)
        Columns.drawRow(&buffer, specs.map(\.title), layout: cols, specs: specs, origin: inner.x + 1, y: inner.y,
                        style: t[.tableHeader])
        let rows = inner.height - 1
        let offset = max(0, min(drill.offset, n - rows))
        for r in 0..<min(rows, n - offset) {
            let k = offset + r
            let i = drill.summaryIndices[k]
            guard i < state.summaries.count else { continue }
            let s = state.summaries[i]
            let y = inner.y + 1 + r
            let selected = k == drill.selected
            if selected {
                buffer.setStyle(t[.selection], in: Rect(x: inner.x, y: y, width: inner.width, height: 1))
                buffer.put("›", x: inner.x, y: y, style: t[.selection])
            }
            let cells = [s.id, s.title, s.status.label, s.unit, state.personName(s.lawyer)]
            Columns.drawRow(&buffer, cells, layout: cols, specs: specs, origin: inner.x + 1, y: y,
                            style: selected ? t[.selection] : t[.text])
        }
    }
}
