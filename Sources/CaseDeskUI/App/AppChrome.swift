import CaseCore
import TerminalUI

/// The parts every screen shares: header, context line, footer, progress.
enum AppChrome {
    /// The screens in the header, right-aligned, each drawn as " LABEL ".
    static let tabs: [(label: String, screen: Screen, command: GlobalCommand)] = [
        ("1 Cases", .cases, .cases), ("2 MLA board", .board, .board), ("3 Dashboard", .dashboard, .dashboard),
        ("4 Help", .help, .helpScreen), ("5 Agenda", .agenda, .agenda), ("6 People", .people, .people),
    ]
    static let tabsWidth = tabs.reduce(0) { $0 + TextWidth.of($1.label) + 2 }

    /// The screen whose header tab is at column `x` (a mouse click), for a header `width` wide.
    static func tab(at x: Int, width: Int) -> GlobalCommand? {
        var left = width - tabsWidth
        for tab in tabs {
            let w = TextWidth.of(tab.label) + 2
            if x >= left, x < left + w { return tab.command }
            left += w
        }
        return nil
    }

    static func header(_ state: AppState, into buffer: inout Buffer, rect: Rect) {
        let t = state.theme
        buffer.fill(rect, style: t[.header])
        let tabsWidth = Self.tabsWidth
        let active: Screen = state.screen == .detail ? state.previousScreen : state.screen
        var x = rect.x + rect.width - tabsWidth
        for (label, screen, _) in tabs {
            let style = screen == active ? t[.header].patched(with: t[.tabActive]) : t[.header]
            x += buffer.put(" " + label + " ", x: x, y: rect.y, style: style)
        }
        let room = rect.width - tabsWidth - 2
        // A lost server is said whatever the store's name: the name gives way to the notice (its
        // longest form that fits), and goes altogether where less than " CaseDesk…" would be
        // left of it (at 80 columns beside six tabs). A long store name ends in an ellipsis so
        // the cut is visible, not mistaken for the name.
        let name = " CaseDesk · "
        let notices = [" · ✗ server unreachable, retrying (read-only)", " ✗ server unreachable", " ✗ unreachable"]
        let offline = state.storeUnreachable == nil ? ""
            : notices.first { TextWidth.of($0) + 1 <= room } ?? notices[notices.count - 1]
        let titleRoom = room - TextWidth.of(offline)
        let title = offline.isEmpty || titleRoom >= TextWidth.of(" CaseDesk…")
            ? TextLayout.truncate(name + state.storeName, to: max(0, titleRoom)) : ""
        buffer.put(TextLayout.truncate(title + offline, to: max(0, room)), x: rect.x, y: rect.y, maxWidth: max(0, room),
                   style: t[.header].patched(with: Style(attributes: .bold)))
    }

    static func context(_ state: AppState, into buffer: inout Buffer, rect: Rect) {
        let t = state.theme
        var right = ""
        var spans: [Span] = []
        switch state.screen {
        case .cases:
            let c = state.cases
            spans.append(Span(text: " Filter: ", role: .muted))
            if c.filterEditing {
                spans.append(Span(text: "/" + c.filter.text, role: .input))
            } else {
                spans.append(Span(text: c.filter.text.isEmpty ? "none" : "/" + c.filter.text, role: .text))
            }
            spans.append(Span(text: "  Sort: ", role: .muted))
            spans.append(Span(text: c.sort.label.lowercased() + (c.ascending ? " ↑" : " ↓"), role: .text))
            if !c.quick.isEmpty {
                spans.append(Span(text: "  Quick: ", role: .muted))
                spans.append(Span(text: c.quick.describe { state.personName($0) }, role: .text))
            }
            right = "\(Format.grouped(c.visible.count)) of \(Format.grouped(state.summaries.count)) cases"
            if !state.damaged.isEmpty { right += " · ✗ \(state.damaged.count) damaged" }
        case .detail:
            if let id = state.detail.caseID, let i = state.summaryIndex(id: id) {
                let s = state.summaries[i]
                let marking = state.detail.loaded?.sensitivity ?? s.sensitivity
                spans.append(Span(text: " " + marking.label + " ", role: marking == .officialSensitive ? .markingSensitive : .marking))
                spans.append(Span(text: " " + s.title, role: .title))
                right = s.status.label
            }
        case .board:
            spans = BoardView.context(state)
            right = "! \(state.board.overdue) overdue  ↻ \(state.board.toChase) to chase"
        case .agenda:
            (spans, right) = AgendaView.context(state)
        case .people:
            (spans, right) = PeopleView.context(state)
        case .dashboard:
            // The Dashboard's period and breakdown (DashboardScreen.context).
            (spans, right) = DashboardScreen.context(state)
        case .help:
            spans.append(Span(text: " Keys in force (defaults unless changed in the config file)", role: .muted))
        }
        let rightWidth = TextWidth.of(right)
        let leftRoom = max(0, rect.width - rightWidth - 2)
        TextLines.draw([Line(spans: fit(spans, leftRoom))], into: &buffer, area: Rect(x: rect.x, y: rect.y, width: leftRoom, height: 1),
                       scroll: 0, theme: t)
        if let typed = typedFilter(state) {
            // The cursor: a reversed cell where the next character goes.
            let prefix = " Filter: /" + String(typed.text.prefix(typed.cursor))
            let cx = rect.x + TextWidth.of(prefix)
            if cx < rect.x + leftRoom { buffer.setStyle(Style(attributes: .reverse), in: Rect(x: cx, y: rect.y, width: 1, height: 1)) }
        }
        if rightWidth > 0, rightWidth < rect.width {
            buffer.put(right, x: rect.x + rect.width - rightWidth - 1, y: rect.y, style: t[.text].patched(with: Style(attributes: .bold)))
        }
    }

    /// The `/` filter being typed on the screen on show, if any (its line starts " Filter: /").
    static func typedFilter(_ state: AppState) -> LineInput? {
        if state.screen == .cases, state.cases.filterEditing { return state.cases.filter }
        if state.screen == .board, state.board.filterEditing { return state.board.filter }
        return nil
    }

    /// The spans cut to `width` columns, the cut one ending in "…", so a clipped line says so.
    static func fit(_ spans: [Span], _ width: Int) -> [Span] {
        var out: [Span] = []
        var used = 0
        for span in spans {
            let w = TextWidth.of(span.text)
            if used + w <= width {
                out.append(span)
                used += w
            } else {
                out.append(Span(text: TextLayout.truncate(span.text, to: max(0, width - used)), role: span.role))
                break
            }
        }
        return out
    }

    static func footer(_ state: AppState, into buffer: inout Buffer, rect: Rect) {
        let t = state.theme
        buffer.fill(rect, style: t[.footer])
        switch state.overlay {
        case .commandLine(let input):
            inputLine(":", input, into: &buffer, rect: rect, theme: t)
            // Completion candidates go on the line above, since the footer holds the input.
            messageAbove(state, rect: rect, into: &buffer)
            return
        case .chaseNote(let target, let input):
            let prompt = target.isNote ? "Note on \(target.requestID) (Enter adds it to the case's notes, Esc cancels): "
                                       : "Chase \(target.requestID), note (optional; Enter saves, Esc cancels): "
            inputLine(prompt, input, into: &buffer, rect: rect, theme: t)
            // Why a chase came back unsaved (giveBackSentPrompt).
            messageAbove(state, rect: rect, into: &buffer)
            return
        case .quickFilter, .problems, .messages, .editing, .people:
            // A box has the keys while it is open and lists them on its last line; the screen's
            // keys under it would not work, so the footer names none (only a message, if any).
            if let m = state.message { messageLine(m, into: &buffer, rect: rect, theme: t) }
            return
        case nil: break
        }
        if let input = state.find.input {
            inputLine("/", input, into: &buffer, rect: rect, theme: t)
            messageAbove(state, rect: rect, into: &buffer)
            return
        }
        if let n = state.count.value {
            // The count as it is typed, as vim's showcmd shows it, and what it will do.
            let used = buffer.put(" \(n) ", x: rect.x, y: rect.y, style: t[.footer].patched(with: t[.keyHint]).bold)
            // A digit that is also a screen says what it does alone, so the wait is no mystery.
            let text = state.count.pendingKey.flatMap(state.boundCommand).map {
                " alone: \($0.help), or a count: \(n)j \(n)k \(n)G; Esc drops it"
            } ?? " count: a move repeats (\(n)j \(n)k \(n)n), g or G goes to row \(n); Esc drops it"
            buffer.putFitted(text,
                             x: rect.x + used, y: rect.y, width: max(0, rect.width - used), style: t[.footer])
            return
        }
        if let m = state.message {
            messageLine(m, into: &buffer, rect: rect, theme: t)
            return
        }
        var x = rect.x + 1
        for (key, label) in hints(state) {
            let needed = TextWidth.of(key) + 1 + TextWidth.of(label) + 2
            guard x + needed <= rect.x + rect.width else { break }
            x += buffer.put(key, x: x, y: rect.y, style: t[.footer].patched(with: t[.keyHint]))
            x += buffer.put(" " + label + "  ", x: x, y: rect.y, style: t[.footer])
        }
    }

    private static func messageLine(_ m: Message, into buffer: inout Buffer, rect: Rect, theme t: Theme) {
        let role: Role = switch m.kind {
        case .info: .footer
        case .success: .success
        case .error: .error
        }
        // Cut with "…" when too long; `M` or :messages shows it whole.
        buffer.putFitted(" " + m.text, x: rect.x, y: rect.y, width: rect.width, style: t[.footer].patched(with: t[role]))
    }

    /// The message on the line above the footer, while the footer holds an input line.
    private static func messageAbove(_ state: AppState, rect: Rect, into buffer: inout Buffer) {
        guard let m = state.message, rect.y > 0 else { return }
        let t = state.theme
        let above = Rect(x: rect.x, y: rect.y - 1, width: rect.width, height: 1)
        buffer.fill(above, style: t[.footer])
        buffer.putFitted(" " + m.text, x: above.x, y: above.y, width: above.width,
                         style: t[.footer].patched(with: t[m.kind == .error ? .error : .muted]))
    }

    private static func inputLine(_ prompt: String, _ input: LineInput, into buffer: inout Buffer, rect: Rect, theme t: Theme) {
        let used = buffer.put(prompt, x: rect.x, y: rect.y, maxWidth: rect.width, style: t[.footer].patched(with: Style(attributes: .bold)))
        buffer.put(input.text, x: rect.x + used, y: rect.y, maxWidth: max(0, rect.width - used), style: t[.input])
        let cx = rect.x + used + TextWidth.of(String(input.text.prefix(input.cursor)))
        if cx < rect.x + rect.width { buffer.setStyle(Style(attributes: .reverse), in: Rect(x: cx, y: rect.y, width: 1, height: 1)) }
    }

    /// The footer's key hints: the commands of the screen (and focused pane) with a hint,
    /// then help and quit, each shown with its first key in force.
    static func hints(_ state: AppState) -> [(String, String)] {
        func from<C: CommandSet>(_ map: KeyMap<C>, _ keep: (C) -> Bool = { _ in true }) -> [(String, String)] {
            map.bindings.compactMap { b in
                guard let hint = b.command.hint, keep(b.command), let key = b.keys.first else { return nil }
                return (key.short, hint)
            }
        }
        if state.load != .loaded { return from(state.keys.global) { $0 == .quit } }
        if typedFilter(state) != nil {
            return [("type", "to filter"), ("Enter", "keep"), ("Esc", "clear"), ("↑↓", "history"), ("^p ^n", "move")]
        }
        // A chase or an advance the selected request does not allow is left out (DisabledCommands).
        let canChase = state.requestActionDisabled(chase: true) == nil
        let canAdvance = state.requestActionDisabled(chase: false) == nil
        let screen: [(String, String)] = switch state.screen {
        case .cases:
            from(state.keys.cases) { $0.panes.contains(state.cases.focus) && ($0 != .chase || canChase) && ($0 != .advance || canAdvance) }
        case .detail:
            from(state.keys.detail) {
                ($0 != .chase || canChase) && ($0 != .advance || canAdvance) && ($0 != .taskDone || state.detail.tab == .overview)
            }
        case .board: from(state.keys.board) { ($0 != .chase || canChase) && ($0 != .advance || canAdvance) }
        case .dashboard: from(state.keys.dashboard)
        case .help: from(state.keys.help)
        case .agenda: from(state.keys.agenda)
        case .people: from(state.keys.people)
        }
        // Help first so it is never the hint that falls off a narrow footer; quit last. `q`
        // quits only from the home screen; elsewhere it goes back (ux.md), and says so unless
        // the screen already shows a key for going back.
        var last = from(state.keys.global) { $0 != .help }
        if state.screen != .cases, let q = last.firstIndex(where: { $0.1 == GlobalCommand.quit.hint }) {
            if screen.contains(where: { $0.1 == "back" }) { last.remove(at: q) } else { last[q].1 = "back" }
        }
        return from(state.keys.global) { $0 == .help } + screen + last
    }

    static func progress(_ state: AppState, done: Int, total: Int, into buffer: inout Buffer, rect: Rect) {
        let t = state.theme
        let width = min(60, rect.width - 4)
        let x = rect.x + (rect.width - width) / 2
        let y = rect.y + max(0, rect.height / 2 - 2)
        buffer.put("Reading \(state.storeName)…", x: x, y: y, maxWidth: width, style: t[.title])
        let fraction = total > 0 ? Double(done) / Double(total) : 0
        ProgressBar(ratio: fraction).render(into: &buffer, area: Rect(x: x, y: y + 1, width: width, height: 1), theme: t)
        let counts = total > 0 ? "\(Format.grouped(done)) of \(Format.grouped(total)) case files" : "Listing case files…"
        buffer.put(counts, x: x, y: y + 2, maxWidth: width, style: t[.muted])
    }
}
