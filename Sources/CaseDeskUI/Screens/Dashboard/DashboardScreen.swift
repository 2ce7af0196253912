import CaseCore
import TerminalUI

/// PLACEHOLDER for screen 3, owned by the dashboard helper. The app calls exactly these two
/// functions; see docs/ui-architecture.md.
enum DashboardScreen {
    /// Called for a key the global table did not take while the Dashboard is on screen.
    static func reduce(_ state: inout AppState, _ command: DashboardCommand) -> [Effect] {
        switch command {
        case .back:
            state.screen = .cases
            return []
        }
    }

    /// Draws the Dashboard's body into `area` (the header and footer are drawn by the app).
    static func render(_ state: AppState, into buffer: inout Buffer, area: Rect) {
        let t = state.theme
        buffer.put("Dashboard", x: area.x + 1, y: area.y, maxWidth: area.width - 2, style: t[.title])
        buffer.put("\(Format.grouped(state.summaries.count)) cases in this store. The measures of domain.md appear here.",
                   x: area.x + 1, y: area.y + 2, maxWidth: area.width - 2, style: t[.muted])
    }
}
