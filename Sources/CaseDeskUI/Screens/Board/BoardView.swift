import CaseCore
import TerminalUI

/// Draws the MLA board: one table of every request, a heading row per status group.
enum BoardView {
    /// Data rows: the body inside its frame, below the column titles.
    static func tableRows(_ size: Size) -> Int { FramedTable.dataRows(in: AppLayout(size: size).body) }

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
        let shown = state.board.counts.values.reduce(0, +)
        let count = state.board.isFiltered ? "\(Format.grouped(shown)) of \(Format.grouped(state.board.total))" : Format.grouped(shown)
        guard let table = FramedTable(&buffer, AppLayout(size: buffer.size).body, title: "MLA board",
                                      right: "\(count) requests · sort \(state.board.sort.label.lowercased()) \(state.board.ascending ? "↑" : "↓")",
                                      specs: specs(state), theme: t) else { return }
        if state.board.rows.isEmpty, state.catalog.board == nil || (state.catalog.requestSearch == nil && state.board.isFiltered) {
            table.empty("Building the board…", into: &buffer)
            return
        }
        if state.board.rows.isEmpty {
            table.empty(state.board.total == 0 ? "No international requests in this store."
                : "No request matches the filter (Esc clears it and the quick filters).", into: &buffer)
            return
        }
        var pos = state.board.position
        pos.clamp(count: state.board.rows.count, height: table.height)
        for (row, y) in table.rows(from: pos.offset, count: state.board.rows.count) {
            switch state.board.rows[row] {
            case .group(let status, let count):
                table.heading("\(status.label) (\(count))", y: y, into: &buffer)
            case .request(let ci, let ri):
                let s = state.summaries[ci], q = s.requests[ri]
                // Both marks when both hold, as `casedesk requests` flags them (CaseCore's RequestFlags).
                let flags = RequestFlags(q, state.queryContext)
                let country = q.country + (Countries.name(of: q.country).map { " " + $0 } ?? "")
                let cells = [symbols(flags), q.id, s.id, q.kind.short, q.direction == .outgoing ? "out" : "in",
                             country, q.due?.iso ?? "–", q.daysOpen(today: state.today).map(String.init) ?? "–",
                             q.lastChased?.iso ?? "never", state.personName(s.lawyer), words(flags)]
                var styles: [Int: Style] = [:]
                if !flags.isEmpty { styles[0] = t[flags.contains(.overdue) ? .overdue : .toChase]; styles[10] = styles[0] }
                table.row(cells, y: y, selected: row == pos.selected, style: t[.text], cellStyles: styles, into: &buffer)
                // What the filter matched, on request rows only (a group's title is not searched).
                MatchHighlight.filter(state.board.filter.text, in: &buffer, rect: table.line(y), theme: t)
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
