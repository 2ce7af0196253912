import CaseCore
import TerminalUI

extension CaseDeskApp {
    /// Draws the whole screen for a state at a size. Pure, and proportional to the screen, not
    /// to the store: every list draws only its visible rows.
    public static func render(_ state: AppState, size: Size) -> Buffer {
        var buffer = Buffer(size: size)
        guard AppLayout.fits(size) else {
            TooSmall(needed: AppLayout.minimum).render(into: &buffer, area: buffer.area, theme: state.theme)
            return buffer
        }
        let layout = AppLayout(size: size)
        AppChrome.header(state, into: &buffer, rect: layout.header)
        switch state.load {
        case .loading(let done, let total):
            AppChrome.progress(state, done: done, total: total, into: &buffer, rect: layout.body)
        case .failed(let message):
            var lines = [Line("Cannot open the store", .error)]
            lines += Line.wrapped(message, width: layout.body.width - 4)
            lines += [Line(), Line("r retries, q quits.", .muted)]
            TextLines.draw(lines, into: &buffer, area: layout.body.inset(by: 2), scroll: 0, theme: state.theme)
        case .loaded:
            AppChrome.context(state, into: &buffer, rect: layout.context)
            switch state.screen {
            case .cases: CasesView.render(state, into: &buffer)
            case .detail: DetailView.render(state, into: &buffer)
            case .board: BoardView.render(state, into: &buffer)
            case .dashboard: DashboardScreen.render(state, into: &buffer, area: layout.body)
            case .help: HelpScreen.render(state, into: &buffer)
            case .agenda: AgendaView.render(state, into: &buffer)
            case .people: PeopleView.render(state, into: &buffer)
            }
        }
        AppChrome.footer(state, into: &buffer, rect: layout.footer)
        if let overlay = state.overlay { OverlayView.render(state, overlay, into: &buffer, body: layout.body) }
        return buffer
    }
}
