import CaseCore
import TerminalUI
@testable import CaseDeskUI

/// What must hold of the state and its frame after any key: what `noKeySequenceCrashes`
/// checks after each of its keys. Each problem is said in words; none means all hold.
enum UIInvariants {
    static func problems(_ state: AppState) -> [String] {
        var out: [String] = []
        func inRange(_ what: String, _ i: Int, _ count: Int) {
            if i < 0 || (count == 0 ? i != 0 : i >= count) { out.append("\(what) \(i) of \(count)") }
        }
        // The selection of every screen is in range (0 on an empty list).
        inRange("case row", state.cases.list.selected, state.cases.rowCount)
        if state.cases.visible.contains(where: { $0 < 0 || $0 >= state.summaries.count }) { out.append("a visible row is no summary") }
        inRange("board row", state.board.position.selected, state.board.rows.count)
        inRange("agenda row", state.agenda.position.selected, state.agenda.rows.count)
        if let c = state.detail.loaded { inRange("detail request", state.detail.request, c.requests.count) }
        if state.dashboard.figures != nil { inRange("dashboard item", state.dashboard.selected, DashboardScreen.itemCount(state)) }
        // The focus is on a pane that is on screen.
        if state.screen == .cases, AppLayout.fits(state.size) {
            let layout = CasesLayout(size: state.size)
            let pane = switch state.cases.focus { case .list: layout.list; case .detail: layout.detail; case .requests: layout.requests }
            let screen = Rect(x: 0, y: 0, width: state.size.width, height: state.size.height)
            if pane.width <= 0 || pane.height <= 0 || pane.x + pane.width > screen.width || pane.y + pane.height > screen.height {
                out.append("focus on the \(state.cases.focus) pane, which is not on screen (\(pane))")
            }
        }
        // The frame is the terminal's size, every line fits, and wide characters are whole.
        let frame = CaseDeskApp.render(state, size: state.size)
        if frame.size != state.size { out.append("frame \(frame.size) for a \(state.size) terminal") }
        let lines = frame.text().split(separator: "\n", omittingEmptySubsequences: false)
        if lines.count > state.size.height { out.append("\(lines.count) lines on \(state.size.height) rows") }
        if let wide = lines.firstIndex(where: { TextWidth.of(String($0)) > state.size.width }) {
            out.append("line \(wide) is wider than \(state.size.width)")
        }
        for y in 0..<frame.size.height {
            for x in 0..<frame.size.width {
                let cell = frame[x: x, y: y]
                if cell.width == 2, x + 1 >= frame.size.width || !frame[x: x + 1, y: y].isContinuation {
                    out.append("half a wide character at \(x),\(y) (\(cell.grapheme))")
                }
                if cell.isContinuation, x == 0 || frame[x: x - 1, y: y].width != 2 {
                    out.append("a lone second half at \(x),\(y)")
                }
            }
        }
        return out
    }
}
