import CaseCore
import TerminalUI

/// The Dashboard's line commands and its context line.
extension DashboardScreen {
    /// `:period 2013-2014`, `:period 2013-2014 Q3`, `:period all`: sets the period and shows
    /// the Dashboard (the command means "look at this period").
    static func periodCommand(_ state: inout AppState, _ argument: String) -> [Effect] {
        switch DashboardPeriods.parse(argument) {
        case .failure(let e):
            state.message = Message(text: e.text, kind: .error)
        case .success(let p):
            state.screen = .dashboard
            state.dashboard.period = p
            state.dashboard.drill = nil
            // Without an index yet, the figures come with it (`measuresBuilt`).
            if state.catalog.measures.index != nil { recompute(&state) }
        }
        return []
    }

    /// Line 2: " Period 2013-2014 Q3 (Oct–Dec) · Breakdown crime type" and, at the right,
    /// what the rows count.
    static func context(_ state: AppState) -> ([Span], String) {
        let b = state.dashboard.breakdown
        let spans = [
            Span(text: " Period ", role: .muted), Span(text: period(state).label, role: .title),
            Span(text: "  Breakdown ", role: .muted), Span(text: b == .none ? "none" : b.heading.lowercased(), role: .text),
        ]
        // After a save the figures on screen are the previous build's until the new one lands.
        let updating = state.catalog.measures.stale && state.catalog.measures.index != nil ? "updating… · " : ""
        return (spans, updating + "outcomes per defendant · \(Format.grouped(state.summaries.count)) cases")
    }
}
