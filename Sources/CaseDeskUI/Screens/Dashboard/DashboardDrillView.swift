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
        guard let table = FramedTable(&buffer, area, title: drill.title, right: Format.count(n, "case") + " · Enter opens · Esc back",
                                      specs: specs(state), theme: t) else { return }
        for (k, y) in table.rows(from: max(0, min(drill.offset, n - table.height)), count: n) {
            let i = drill.summaryIndices[k]
            guard i < state.summaries.count else { continue }
            let s = state.summaries[i]
            table.row([s.id, s.title, s.status.label, s.unit, state.personName(s.lawyer)], y: y,
                      selected: k == drill.selected, style: t[.text], into: &buffer)
        }
    }
}
