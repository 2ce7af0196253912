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
        case .find:
            state.beginFind()
            return []
        case .nextMatch, .prevMatch:
            state.findInText(forward: command == .nextMatch)
            return []
        }
        state.help.scroll = min(max(0, state.help.scroll), maxScroll)
        return []
    }

    static func contentArea(_ size: Size) -> Rect { AppLayout(size: size).body.inset(by: 1) }

    static func lines(_ state: AppState) -> [Line] {
        let width = contentArea(state.size).width
        var l: [Line] = []
        switch state.help.about {
        case .cases, .help: l += section(state.keys.cases, width: width)
        case .detail: l += section(state.keys.detail, width: width)
        case .board: l += section(state.keys.board, width: width)
        case .dashboard: l += section(state.keys.dashboard, width: width)
        case .agenda: l += section(state.keys.agenda, width: width)
        case .people: l += section(state.keys.people, width: width)
        }
        l.append(Line())
        l += section(state.keys.global, width: width)
        l.append(Line())
        l += section(state.keys.list, width: width)
        l.append(Line())
        l += LineCommand.helpLines(width: width)
        l.append(Line())
        l += Line.wrapped("A count before a move repeats it: 5j, 10k; 3G goes to row 3. Esc drops a count; a count before any other command is refused. A screen digit (1-6) before a key that takes no count is the screen, then the key.",
                          width: width, role: .muted)
        l += Line.wrapped("While typing a filter, a note or a command: Enter accepts, Esc cancels, Tab completes a command, Up/Down recall earlier ones (Ctrl-p/Ctrl-n move the list while filtering).",
                          width: width, role: .muted)
        l += Line.wrapped("Marks: ! overdue, ↻ to chase, ✗ damaged file; on the Agenda ‼ CTL expired, ! CTL at risk, * overdue. Keys can be changed in $XDG_CONFIG_HOME/casedesk/config (see docs/keys.md).",
                          width: width, role: .muted)
        return l
    }

    static func section<C: CommandSet>(_ map: KeyMap<C>, width: Int) -> [Line] {
        var l: [Line] = [Line(C.title, .title)]
        var groups: [String] = []
        for b in map.bindings where !groups.contains(b.command.group) { groups.append(b.command.group) }
        for g in groups {
            l.append(Line("  " + g, .muted))
            for b in map.bindings where b.command.group == g {
                let keys = b.keys.isEmpty ? "(none)" : b.keys.map(\.description).joined(separator: " ")
                let pieces = TextLayout.wrap(b.help, width: max(10, width - 23))
                l.append(Line(spans: [Span(text: "    " + TextLayout.pad(keys, to: 18, align: .left) + " ", role: .keyHint),
                                      Span(text: pieces.first ?? "", role: .text)]))
                for more in pieces.dropFirst() { l.append(Line(String(repeating: " ", count: 23) + more)) }
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
        case .agenda: "Help: Agenda"
        case .people: "Help: People and units"
        }
        let inner = Frame.draw(&buffer, body, title: title, focused: true, theme: state.theme)
        TextLines.draw(lines(state), into: &buffer, area: inner, frame: body, scroll: state.help.scroll, theme: state.theme)
        if let needle = state.find.needle { MatchHighlight.apply([needle], in: &buffer, rect: inner, theme: state.theme) }
    }
}
