import CaseCore
import TerminalUI

/// Draws the MLA board: one table of every request, a heading row per status group.
enum BoardView {
    /// Data rows: the body inside its frame, below the column titles.
    static func tableRows(_ size: Size) -> Int { max(1, AppLayout(size: size).body.height - 3) }

    static func specs(_ state: AppState) -> [ColumnSpec] {
        let arrow = state.board.ascending ? "↑" : "↓"
        func t(_ title: String, _ s: RequestSortKey) -> String { state.board.sort == s ? title + arrow : title }
        return [
            ColumnSpec(title: "", width: 2, priority: 100),
            // The request id before the case when both do not fit: it tells two requests of one
            // case apart (and is what `y` copies); the case is on the row's detail.
            ColumnSpec(title: "Request", width: max(7, min(20, state.idWidth + 4)), priority: 95),
            ColumnSpec(title: "Case", width: max(4, min(16, state.idWidth)), priority: 70),
            ColumnSpec(title: "Kind", width: 5, priority: 90),
            ColumnSpec(title: "Dir", width: 3, priority: 40),
            ColumnSpec(title: t("Country", .country), width: 10, flexible: true, priority: 94),
            ColumnSpec(title: t("Due", .due), width: 10, priority: 93),
            ColumnSpec(title: t("Days", .daysOpen), width: 5, priority: 92, alignment: .right),
            ColumnSpec(title: t("Chased", .lastChased), width: 10, priority: 91),
            ColumnSpec(title: "Lawyer", width: 14, priority: 30),
            ColumnSpec(title: "Mark", width: 17, priority: 60),
        ]
    }

    static func render(_ state: AppState, into buffer: inout Buffer) {
        let t = state.theme
        let body = AppLayout(size: buffer.size).body
        let shown = state.board.counts.values.reduce(0, +)
        let count = state.board.isFiltered ? "\(Format.grouped(shown)) of \(Format.grouped(state.board.total))" : Format.grouped(shown)
        let inner = Frame.draw(&buffer, body, title: "MLA board", focused: true, theme: t,
                               right: "\(count) requests · sort \(state.board.sort.label.lowercased()) \(state.board.ascending ? "↑" : "↓")")
        guard inner.width > 0, inner.height > 1 else { return }
        let specs = specs(state)
        let cols = Columns.layout(specs, width: inner.width - 1)
        Columns.drawRow(&buffer, specs.map(\.title), layout: cols, specs: specs, origin: inner.x + 1, y: inner.y,
                        style: t[.tableHeader])
        if state.board.rows.isEmpty {
            let none = state.board.total == 0 ? "No international requests in this store."
                : "No request matches the filter (Esc clears it and the quick filters)."
            buffer.put(none, x: inner.x + 1, y: inner.y + 1, maxWidth: inner.width - 1, style: t[.muted])
            return
        }
        var pos = state.board.position
        pos.clamp(count: state.board.rows.count, height: inner.height - 1)
        for r in 0..<(inner.height - 1) {
            let row = pos.offset + r
            guard row < state.board.rows.count else { break }
            let y = inner.y + 1 + r
            switch state.board.rows[row] {
            case .group(let status, let count):
                buffer.put("\(status.label) (\(count))", x: inner.x, y: y, maxWidth: inner.width, style: t[.title])
            case .request(let ci, let ri):
                let s = state.summaries[ci], q = s.requests[ri]
                let selected = row == pos.selected
                if selected {
                    buffer.setStyle(t[.selection], in: Rect(x: inner.x, y: y, width: inner.width, height: 1))
                    buffer.put("›", x: inner.x, y: y, style: t[.selection])
                }
                // Both marks when both hold, as `casedesk requests` flags them (CaseCore's RequestFlags).
                let flags = RequestFlags(q, state.queryContext)
                let country = q.country + (Countries.name(of: q.country).map { " " + $0 } ?? "")
                let cells = [symbols(flags), q.id, s.id, q.kind.short, q.direction == .outgoing ? "out" : "in",
                             country, q.due?.iso ?? "–", q.daysOpen(today: state.today).map(String.init) ?? "–",
                             q.lastChased?.iso ?? "never", state.personName(s.lawyer), words(flags)]
                var styles: [Int: Style] = [:]
                if !flags.isEmpty { styles[0] = t[flags.contains(.overdue) ? .overdue : .toChase]; styles[10] = styles[0] }
                Columns.drawRow(&buffer, cells, layout: cols, specs: specs, origin: inner.x + 1, y: y,
                                style: selected ? t[.selection] : t[.text], cellStyles: styles)
                // What the filter matched, on request rows only (a group's title is not searched).
                MatchHighlight.filter(state.board.filter.text, in: &buffer,
                                      rect: Rect(x: inner.x + 1, y: y, width: inner.width - 1, height: 1), theme: t)
            }
        }
    }

    /// "!↻", "!", "↻" or nothing: the marks' symbols (RequestMark's), every one that holds.
    static func symbols(_ flags: RequestFlags) -> String {
        (flags.contains(.overdue) ? RequestMark.overdue.symbol : "") + (flags.contains(.toChase) ? RequestMark.toChase.symbol : "")
    }

    static func words(_ flags: RequestFlags) -> String {
        [flags.contains(.overdue) ? RequestMark.overdue.word : nil, flags.contains(.toChase) ? RequestMark.toChase.word : nil]
            .compactMap { $0 }.joined(separator: ", ")
    }

    /// The context line: the filter and quick filters when any is on (what hides requests),
    /// then the count of every group shown.
    static func context(_ state: AppState) -> [Span] {
        let b = state.board
        var spans: [Span] = []
        if b.filterEditing || !b.filter.text.isEmpty {
            spans.append(Span(text: " Filter: ", role: .muted))
            spans.append(Span(text: "/" + b.filter.text, role: b.filterEditing ? .input : .text))
        }
        if !b.quick.isEmpty {
            spans.append(Span(text: spans.isEmpty ? " Quick: " : "  Quick: ", role: .muted))
            spans.append(Span(text: b.quick.describe(), role: .text))
        }
        spans.append(Span(text: (spans.isEmpty ? " " : "  ") + counts(state), role: .text))
        return spans
    }

    /// "Draft 1 · Sent 12 · Ack 3 …": the count of every non-empty group, for the context line.
    static func counts(_ state: AppState) -> String {
        RequestStatus.allCases.compactMap { s in state.board.counts[s].map { "\(shortLabel(s)) \($0)" } }.joined(separator: " · ")
    }

    /// Status names short enough for eight groups on an 80-column line.
    static func shortLabel(_ s: RequestStatus) -> String {
        switch s {
        case .draft: "Draft"
        case .sent: "Sent"
        case .acknowledged: "Ack"
        case .inExecution: "In exec"
        case .partiallyExecuted: "Part exec"
        case .executed: "Executed"
        case .refused: "Refused"
        case .withdrawn: "Withdrawn"
        }
    }
}
