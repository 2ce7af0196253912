import CaseCore
import TerminalUI

/// Draws the Cases screen: list, detail of the selected case, and its requests. Only the rows
/// on screen are built, so drawing costs the same for 40 cases or 100,000.
enum CasesView {
    static func render(_ state: AppState, into buffer: inout Buffer) {
        let layout = CasesLayout(size: buffer.size)
        renderList(state, into: &buffer, rect: layout.list)
        renderDetail(state, into: &buffer, rect: layout.detail)
        renderRequests(state, into: &buffer, rect: layout.requests)
    }

    static func listSpecs(_ state: AppState) -> [ColumnSpec] {
        let arrow = state.cases.ascending ? "↑" : "↓"
        func t(_ title: String, _ key: CaseSortKey) -> String { state.cases.sort == key ? title + arrow : title }
        // A column sorted on is never the one dropped for room.
        func p(_ base: Int, _ key: CaseSortKey) -> Int { state.cases.sort == key ? 97 : base }
        return [
            ColumnSpec(title: t("", .flags), width: state.cases.sort == .flags ? 2 : 1, priority: 100),
            ColumnSpec(title: t("ID", .id), width: max(4, min(20, state.idWidth)), priority: 99),
            ColumnSpec(title: t("Title", .title), width: 18, flexible: true, priority: 98),
            ColumnSpec(title: t("Crime", .crimeTypes), width: 11, priority: p(40, .crimeTypes)),
            ColumnSpec(title: t("Unit", .unit), width: 8, priority: p(30, .unit)),
            ColumnSpec(title: t("Lawyer", .lawyer), width: 12, priority: p(60, .lawyer)),
            ColumnSpec(title: t("Status", .status), width: 15, priority: p(90, .status)),
            ColumnSpec(title: t("Def", .defendants), width: 4, priority: p(50, .defendants), alignment: .right),
            ColumnSpec(title: t("Hearing", .nextHearing), width: 10, priority: p(80, .nextHearing)),
            ColumnSpec(title: t("Deadline", .nextDeadline), width: 10, priority: p(70, .nextDeadline)),
            ColumnSpec(title: t("Opened", .opened), width: 10, priority: p(20, .opened)),
            ColumnSpec(title: t("Updated", .updated), width: 10, priority: p(10, .updated)),
        ]
    }

    /// The keys of `listSpecs`' columns, in their order.
    static let columnKeys: [CaseSortKey] = [.flags, .id, .title, .crimeTypes, .unit, .lawyer, .status, .defendants,
                                            .nextHearing, .nextDeadline, .opened, .updated]

    /// Which of `listSpecs`' columns are shown, in order: a saved view's columns, else all.
    static func shownColumns(_ state: AppState) -> [Int] {
        state.cases.columns.map { $0.compactMap { columnKeys.firstIndex(of: $0) } } ?? Array(columnKeys.indices)
    }

    static func renderList(_ state: AppState, into buffer: inout Buffer, rect: Rect) {
        let t = state.theme
        let shown = shownColumns(state)
        let all = listSpecs(state)
        // Column 0 is the cursor gutter: the selected row is marked by "›" as well as by its style.
        guard let table = FramedTable(&buffer, rect, title: "Cases", focused: state.cases.focus == .list,
                                      specs: shown.map { all[$0] }, theme: t) else { return }
        func pick(_ cells: [String], _ styles: [Int: Style]) -> ([String], [Int: Style]) {
            var picked: [Int: Style] = [:]
            for (k, v) in styles { if let i = shown.firstIndex(of: k) { picked[i] = v } }
            return (shown.map { $0 < cells.count ? cells[$0] : "" }, picked)
        }
        if state.cases.rowCount == 0 {
            table.empty(state.summaries.isEmpty && state.damaged.isEmpty ? "This store has no cases yet."
                : "No case matches the filter (Esc clears it).", into: &buffer)
            return
        }
        let pos = state.cases.list
        for (row, y) in table.rows(from: pos.offset, count: state.cases.rowCount) {
            let selected = row == pos.selected
            if row < state.cases.visible.count {
                let s = state.summaries[state.cases.visible[row]]
                let mark = s.requestMark(today: state.today, chaseInterval: state.chaseInterval)
                let cells = [
                    mark?.symbol ?? "", s.id, s.title, s.crimeTypes.map(\.short).joined(separator: ", "), s.unit,
                    state.personName(s.lawyer), s.status.label, String(s.defendants.count),
                    s.nextHearing(today: state.today)?.date.iso ?? "–",
                    DeadlineList.nextDate(of: s, today: state.today, chaseIntervalDays: state.chaseInterval)?.iso ?? "–",
                    s.opened.iso, state.clock.day(of: s.updated).iso,
                ]
                var styles: [Int: Style] = [:]
                if let mark { styles[0] = t[mark == .overdue ? .overdue : .toChase] }
                let (c, st) = pick(cells, styles)
                table.row(c, y: y, selected: selected, style: t[.text], cellStyles: st, into: &buffer)
            } else {
                let d = state.damaged[state.cases.visibleDamaged[row - state.cases.visible.count]]
                let cells = ["✗", d.id, "damaged: " + (d.problems.first?.message ?? "unreadable"), "", "", "", "damaged"]
                let (c, st) = pick(cells, [0: t[.error], 2: t[.error], 6: t[.error]])
                table.row(c, y: y, selected: selected, style: t[.text], cellStyles: st, into: &buffer)
            }
        }
        // What the filter matched, in the rows shown (a match in a column not shown marks nothing).
        MatchHighlight.filter(state.cases.filter.text, in: &buffer, rect: table.rowsArea, theme: t)
    }

    static func renderDetail(_ state: AppState, into buffer: inout Buffer, rect: Rect) {
        let focused = state.cases.focus == .detail
        guard let i = state.selectedSummaryIndex else {
            let inner = Frame.draw(&buffer, rect, title: "Detail", focused: focused, theme: state.theme)
            if let d = state.selectedDamaged {
                var lines = [Line("Damaged case file", .error)] + Line.wrapped(d.path, width: inner.width, role: .muted)
                for p in d.problems { lines += Line.wrapped(p.description, width: inner.width) }
                lines.append(Line("Enter shows the problems.", .muted))
                TextLines.draw(lines, into: &buffer, area: inner, scroll: 0, theme: state.theme)
            }
            return
        }
        let s = state.summaries[i]
        let markingRole: Role = s.sensitivity == .officialSensitive ? .markingSensitive : .marking
        let inner = Frame.draw(&buffer, rect, title: "Detail", focused: focused, theme: state.theme,
                               right: s.sensitivity.label, rightStyle: state.theme[markingRole])
        TextLines.draw(detailLines(state, i, width: inner.width), into: &buffer, area: inner, frame: rect,
                       scroll: state.cases.detailScroll, theme: state.theme)
    }

    /// The detail pane's text for a summary (the full case is read only when opened).
    static func detailLines(_ state: AppState, _ i: Int, width: Int) -> [Line] {
        let s = state.summaries[i]
        var lines: [Line] = []
        lines.append(Line(s.sensitivity.label, s.sensitivity == .officialSensitive ? .markingSensitive : .marking))
        lines += Line.wrapped(s.title, width: width, role: .title)
        lines.append(Line(s.id + (s.urn.map { " · URN " + $0 } ?? ""), .muted))
        lines += Line.field("Status", s.status.label, width: width)
        lines += Line.field("Unit", s.unit + (state.meta?.unit(s.unit).map { " " + $0.name } ?? ""), width: width)
        lines += Line.field("Lawyer", state.personName(s.lawyer), width: width)
        lines += Line.field("Crime", s.crimeTypes.map(\.label).joined(separator: ", "), width: width)
        lines += Line.field("Opened", s.opened.iso + (s.finalised.map { " · finalised " + $0.iso } ?? ""), width: width)
        if let h = s.nextHearing(today: state.today) {
            lines += Line.field("Next hearing", "\(h.date.iso) \(h.type.label), \(h.court)", width: width)
        } else {
            lines += Line.field("Next hearing", "none listed", width: width)
        }
        lines.append(Line("Defendants (\(s.defendants.count))", .title))
        for d in s.defendants {
            var text = "\(d.name) · \(d.custody.label)"
            if let o = d.outcome { text += " · \(o.label)" }
            lines += Line.wrapped(text, width: width, indent: "  ")
        }
        let marks = s.requests.compactMap { $0.mark(today: state.today, chaseInterval: state.chaseInterval) }
        let overdue = marks.filter { $0 == .overdue }.count, chase = marks.filter { $0 == .toChase }.count
        var req = "\(s.requests.count)"
        if overdue > 0 { req += " · ! \(overdue) overdue" }
        if chase > 0 { req += " · ↻ \(chase) to chase" }
        lines.append(.field("Requests", req))
        lines.append(.field("Notes", "\(s.noteCount)"))
        return lines
    }

    static let requestSpecs: [ColumnSpec] = [
        ColumnSpec(title: "", width: 1, priority: 100),
        ColumnSpec(title: "Kind", width: 5, priority: 90),
        ColumnSpec(title: "Ctry", width: 4, priority: 95),
        ColumnSpec(title: "Status", width: 8, flexible: true, priority: 85),
        ColumnSpec(title: "Due", width: 10, priority: 80),
        ColumnSpec(title: "Days", width: 4, priority: 70, alignment: .right),
        ColumnSpec(title: "Mark", width: 8, priority: 10),
    ]

    static func renderRequests(_ state: AppState, into buffer: inout Buffer, rect: Rect) {
        let focused = state.cases.focus == .requests
        let s = state.selectedSummaryIndex.map { state.summaries[$0] }
        let title = s.map { "Requests (\($0.requests.count))" } ?? "Requests"
        let t = state.theme
        guard let s, !s.requests.isEmpty else {
            // No column titles over nothing: the pane says there are no requests on its first line.
            let inner = Frame.draw(&buffer, rect, title: title, focused: focused, theme: t)
            if s != nil, inner.width > 0, inner.height > 0 {
                buffer.put("No international requests.", x: inner.x + 1, y: inner.y, maxWidth: inner.width - 1, style: t[.muted])
            }
            return
        }
        guard let table = FramedTable(&buffer, rect, title: title, focused: focused, specs: requestSpecs, theme: t) else { return }
        var pos = state.cases.requests
        pos.clamp(count: s.requests.count, height: table.height)
        for (row, y) in table.rows(from: pos.offset, count: s.requests.count) {
            let q = s.requests[row]
            let mark = q.mark(today: state.today, chaseInterval: state.chaseInterval)
            let cells = [mark?.symbol ?? "", q.kind.short, q.country, q.status.label, q.due?.iso ?? "–",
                         q.daysOpen(today: state.today).map(String.init) ?? "–", mark?.word ?? ""]
            var styles: [Int: Style] = [:]
            if let mark { styles[0] = t[mark == .overdue ? .overdue : .toChase]; styles[6] = styles[0] }
            table.row(cells, y: y, selected: focused && row == pos.selected, style: t[.text], cellStyles: styles,
                      into: &buffer)
        }
    }
}
