import CaseCore

/// What the keys of the Agenda do, and how its rows are built from the summaries.
enum AgendaScreen {
    static func reduce(_ state: inout AppState, _ command: AgendaCommand) -> [Effect] {
        let page = AgendaView.tableRows(state.size)
        switch command {
        case .up, .down: move(&state, from: state.agenda.position.selected + (command == .down ? 1 : -1), step: command == .down ? 1 : -1)
        case .top: move(&state, from: 0, step: 1)
        case .bottom: move(&state, from: state.agenda.rows.count - 1, step: -1)
        case .pageUp: move(&state, from: state.agenda.position.selected - page, step: -1)
        case .pageDown: move(&state, from: state.agenda.position.selected + page, step: 1)
        case .open:
            guard let item = selected(state), let i = state.summaryIndex(id: item.caseID) else { return [] }
            let (tab, request) = place(item, in: state.summaries[i])
            return state.openCase(summaryIndex: i, tab: tab, request: request)
        case .back: state.screen = .cases
        case .done:
            guard let item = selected(state) else { return [] }
            guard item.kind == .task, let task = item.task else {
                state.message = Message(text: "x marks a task done; the selected item is a \(item.kind.label.lowercased()).", kind: .error)
                return []
            }
            state.message = Message(text: "Marking \(task) of \(item.caseID) done…", kind: .info)
            return [.loadCase(id: item.caseID, purpose: .task(taskID: task, done: true))]
        case .add:
            guard let item = selected(state) else {
                state.message = Message(text: "Select an item: a adds a task to its case.", kind: .info)
                return []
            }
            return Editing.begin(&state, .add, target: EditTarget(caseID: item.caseID, tab: .overview, item: nil,
                                                                 part: .task(id: nil)))
        case .range:
            let now = [state.agenda.from?.iso ?? "-", state.agenda.to?.iso ?? "-"].joined(separator: " ")
            state.overlay = .commandLine(LineInput("range " + (state.agenda.from == nil && state.agenda.to == nil ? "" : now)))
        case .mine:
            state.agenda.mineOnly.toggle()
            rebuild(&state)
        case .kind:
            state.agenda.kind = cycle(DeadlineKind.allCases, after: state.agenda.kind)
            rebuild(&state)
        case .unit:
            state.agenda.unit = cycle(state.meta?.units.map(\.id) ?? [], after: state.agenda.unit)
            rebuild(&state)
        case .lawyer:
            let lawyers = state.meta?.people.filter { $0.role == .prosecutor }.map(\.id) ?? []
            state.agenda.lawyer = cycle(lawyers, after: state.agenda.lawyer)
            rebuild(&state)
        case .clearFilters:
            state.agenda.mineOnly = false
            state.agenda.kind = nil; state.agenda.unit = nil; state.agenda.lawyer = nil
            state.agenda.from = nil; state.agenda.to = nil
            rebuild(&state)
        case .undo: return Editing.undo(&state)
        case .redo: return Editing.redo(&state)
        }
        return []
    }

    /// `:range FROM TO`: the Agenda's date range, each end a date in any `DateExpression`
    /// spelling (2026-12-01, today, +14d) or `-` for open; `:range` alone clears it.
    static func rangeCommand(_ state: inout AppState, _ argument: String) -> [Effect] {
        let words = argument.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        guard words.count <= 2 else {
            state.message = Message(text: "Usage: :range FROM TO (dates, today, +14d; - for an open end; nothing clears).", kind: .error)
            return []
        }
        var ends: [Day?] = []
        for w in words {
            if w == "-" || w == ".." { ends.append(nil); continue }
            guard let d = DateExpression.parse(w, today: state.today) else {
                state.message = Message(text: ":range: \"\(w)\" is not a date: use \(DateExpression.hint).", kind: .error)
                return []
            }
            ends.append(d)
        }
        let from = ends.first ?? nil, to = ends.count > 1 ? ends[1] : nil
        if let from, let to, to < from {
            state.message = Message(text: ":range: \(to.iso) is before \(from.iso).", kind: .error)
            return []
        }
        state.agenda.from = from; state.agenda.to = to
        state.screen = .agenda
        rebuild(&state)
        let shown = from == nil && to == nil ? "every date" : "\(from?.iso ?? "…") to \(to?.iso ?? "…")"
        state.message = Message(text: "Agenda: \(shown), \(state.agenda.counts.items) items.", kind: .info)
        return []
    }

    /// All, then each value in turn, then all again.
    static func cycle<T: Equatable>(_ values: [T], after current: T?) -> T? {
        guard let current, let i = values.firstIndex(of: current) else { return values.first }
        return i + 1 < values.count ? values[i + 1] : nil
    }

    /// The detail tab that holds an item (and the request's index on the Requests tab).
    static func place(_ item: DeadlineItem, in s: CaseSummary) -> (DetailTab, Int) {
        switch item.kind {
        case .custodyTimeLimit, .ctlReview, .confiscationOrderDue, .paymentDue, .orderExpiry: return (.defendants, 0)
        case .hearing: return (.hearings, 0)
        case .requestDue, .chaseDue:
            return (.requests, s.requests.firstIndex { $0.id == item.request } ?? 0)
        case .task: return (.overview, 0)
        }
    }

    static func selected(_ state: AppState) -> DeadlineItem? {
        let i = state.agenda.position.selected
        return i >= 0 && i < state.agenda.rows.count ? state.agenda.rows.item(i, in: state.catalog.summaries) : nil
    }

    static func filter(_ state: AppState) -> AgendaFilter {
        AgendaFilter(mine: state.agenda.mineOnly ? state.me : nil, units: state.agenda.unit.map { [$0] } ?? [],
                     lawyers: state.agenda.lawyer.map { [$0] } ?? [], kinds: state.agenda.kind.map { [$0] } ?? [],
                     from: state.agenda.from, to: state.agenda.to)
    }

    /// Lays out the rows from the catalog's agenda index, keeping the selected item where it still is.
    static func rebuild(_ state: inout AppState) {
        let keep = selected(state)
        let rows = state.catalog.agendaRows(filter(state))
        state.agenda.rows = rows
        state.agenda.counts = rows.counts
        state.agenda.builtFrom = state.catalog.generation
        let again = keep.flatMap { state.catalog.agendaRow(of: $0, in: rows) }
        move(&state, from: again ?? min(state.agenda.position.selected, rows.count - 1), step: 1)
    }

    /// Shown: laid out again when the catalog changed (called after every action).
    static func refresh(_ state: inout AppState) {
        if state.screen == .agenda, state.agenda.builtFrom != state.catalog.generation, state.load == .loaded { rebuild(&state) }
    }

    /// Moves to the nearest item row from `from` in direction `step`, skipping group headings.
    static func move(_ state: inout AppState, from: Int, step: Int) {
        let rows = state.agenda.rows
        guard !rows.isEmpty else { state.agenda.position = ListPosition(); return }
        state.agenda.position.selectNearest(from: from, step: step, count: rows.count,
                                            height: AgendaView.tableRows(state.size)) { rows.isItem($0) }
    }
}
