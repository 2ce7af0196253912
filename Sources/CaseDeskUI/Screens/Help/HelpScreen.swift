import TerminalUI

/// The help screen: the keys in force for the screen `?` was pressed on, then the keys that
/// work everywhere, read from the same tables that dispatch keys.
enum HelpScreen {
    static func reduce(_ state: inout AppState, _ command: HelpCommand) -> [Effect] {
        let area = contentArea(state.size)
        let total = lines(state).count
        let maxScroll = max(0, total - area.height)
        switch command {
        case .up: state.help.scroll -= 1
        case .down: state.help.scroll += 1
        case .top: state.help.scroll = 0
        case .bottom: state.help.scroll = maxScroll
        case .pageUp: state.help.scroll -= area.height
        case .pageDown: state.help.scroll += area.height
        case .back: state.screen = state.previousScreen
        }
        state.help.scroll = min(max(0, state.help.scroll), maxScroll)
        return []
    }

    static func contentArea(_ size: Size) -> Rect { AppLayout(size: size).body.inset(by: 1) }

    static func lines(_ state: AppState) -> [Line] {
        var l: [Line] = []
        switch state.help.about {
        case .cases, .help: l += section(state.keys.cases)
        case .detail: l += section(state.keys.detail)
        case .board: l += section(state.keys.board)
        case .dashboard: l += section(state.keys.dashboard)
        }
        l.append(Line())
        l += section(state.keys.global)
        l.append(Line())
        l.append(Line("While typing a filter, a note or a command: Enter accepts, Esc cancels, Tab completes a command.", .muted))
        l.append(Line("Marks: ! overdue, ↻ to chase, ✗ damaged file. Keys can be changed in $XDG_CONFIG_HOME/casedesk/config.", .muted))
        return l
    }

    static func section<C: CommandSet>(_ map: KeyMap<C>) -> [Line] {
        var l: [Line] = [Line(C.title, .title)]
        var groups: [String] = []
        for b in map.bindings where !groups.contains(b.command.group) { groups.append(b.command.group) }
        for g in groups {
            l.append(Line("  " + g, .muted))
            for b in map.bindings where b.command.group == g {
                let keys = b.keys.map(\.description).joined(separator: " ")
                l.append(Line(spans: [Span(text: "    " + TextLayout.pad(keys, to: 18, align: .left) + " ", role: .keyHint),
                                      Span(text: b.help, role: .text)]))
            }
        }
        return l
    }

    static func render(_ state: AppState, into buffer: inout Buffer) {
        let body = AppLayout(size: buffer.size).body
        let title: String = switch state.help.about {
        case .cases, .help: "Help: Cases"
        case .detail: "Help: Case detail"
        case .board: "Help: MLA board"
        case .dashboard: "Help: Dashboard"
        }
        let inner = Frame.draw(&buffer, body, title: title, focused: true, theme: state.theme)
        TextLines.draw(lines(state), into: &buffer, area: inner, scroll: state.help.scroll, theme: state.theme)
    }
}
