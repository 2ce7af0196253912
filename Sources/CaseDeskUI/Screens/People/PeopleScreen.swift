import CaseCore

/// What the keys of the People and units screen do, how its rows are laid out, and what a
/// change to the people or units does to the rest of the program once the store made it.
enum PeopleScreen {
    static func reduce(_ state: inout AppState, _ command: PeopleCommand) -> [Effect] {
        let page = PeopleView.tableRows(state.size)
        let at = state.people.position.selected
        switch command {
        case .up, .down: move(&state, from: at + (command == .down ? 1 : -1), step: command == .down ? 1 : -1)
        case .top: move(&state, from: 0, step: 1)
        case .bottom: move(&state, from: state.people.rows.count - 1, step: -1)
        case .pageUp: move(&state, from: at - page, step: -1)
        case .pageDown: move(&state, from: at + page, step: 1)
        case .back: state.screen = .cases
        case .addPerson: state.overlay = .people(PeopleForm(.addPerson))
        case .addUnit: state.overlay = .people(PeopleForm(.addUnit))
        case .rename, .retire:
            guard let subject = selected(state) else {
                state.message = Message(text: "Select a person or unit first.", kind: .info)
                return []
            }
            if command == .retire, let day = subject.retired {
                state.message = Message(text: "\(subject.id) was retired on \(day.iso) already.", kind: .error)
                return []
            }
            state.overlay = .people(PeopleForm(command == .rename ? .rename(subject) : .retire(subject)))
        }
        return []
    }

    static func selected(_ state: AppState) -> PeopleSubject? {
        let i = state.people.position.selected
        return i >= 0 && i < state.people.rows.count ? state.people.rows[i].subject : nil
    }

    /// The screen shown (`6`, `:people`): laid out now, on what the store last said.
    static func show(_ state: inout AppState) {
        state.screen = .people
        state.people.builtFrom = nil
        refresh(&state)
    }

    /// Shown: laid out again when the people, the units or the cases changed (after every action).
    static func refresh(_ state: inout AppState) {
        guard state.screen == .people, state.load == .loaded else { return }
        let source = PeopleSource(meta: state.meta, generation: state.catalog.generation)
        if state.people.builtFrom != source { rebuild(&state, from: source) }
    }

    static func rebuild(_ state: inout AppState, from source: PeopleSource) {
        let keep = selected(state)?.id
        let meta = source.meta ?? StoreMeta(name: state.storeName)
        // A person's units: those of the cases they are lawyer or caseworker on.
        var unitsOf: [String: Set<String>] = [:], casesIn: [String: Int] = [:]
        for s in state.summaries {
            casesIn[s.unit, default: 0] += 1
            for id in [s.lawyer, s.caseworker].compactMap({ $0 }) { unitsOf[id, default: []].insert(s.unit) }
        }
        var rows: [PeopleRow] = [.group("People", count: meta.people.count)]
        rows += meta.people.map { .person($0, units: (unitsOf[$0.id] ?? []).sorted()) }
        rows.append(.group("Units", count: meta.units.count))
        rows += meta.units.map { .unit($0, cases: casesIn[$0.id] ?? 0) }
        state.people.rows = rows
        state.people.builtFrom = source
        let again = keep.flatMap { id in rows.firstIndex { $0.subject?.id == id } }
        move(&state, from: again ?? state.people.position.selected, step: 1)
    }

    /// Moves to the nearest person or unit from `from` in direction `step`, skipping headings.
    static func move(_ state: inout AppState, from: Int, step: Int) {
        let rows = state.people.rows
        guard !rows.isEmpty else { state.people.position = ListPosition(); return }
        state.people.position.selectNearest(from: from, step: step, count: rows.count,
                                            height: tableRowsFor(state)) { rows[$0].subject != nil }
    }

    private static func tableRowsFor(_ state: AppState) -> Int { PeopleView.tableRows(state.size) }

    // MARK: The store's answer

    /// The store made `change` (under its lock, with its audit line): every place that reads
    /// the people or units reads the new description at once, as after a reload.
    static func changed(_ state: inout AppState, _ change: MetaChange, meta: StoreMeta, entry: AuditEntry) {
        state.meta = meta
        state.catalog.metaChanged(meta)
        // The Dashboard's breakdowns name people and units: computed again with the new names.
        state.dashboard.cache.removeAll()
        if state.dashboard.figures != nil { DashboardScreen.recompute(&state) }
        if case .people(let form)? = state.overlay, form.saving { state.overlay = nil }
        state.message = Message(text: change.said(after: meta) + " Audit: \(entry.action) by \(entry.user).", kind: .success)
        refresh(&state)
        if case .addPerson(let p) = change { select(&state, id: p.id) }
        if case .addUnit(let u) = change { select(&state, id: u.id) }
    }

    /// The store refused the change, or could not be reached: the form stays as typed, saying why.
    static func failed(_ state: inout AppState, _ change: MetaChange, message: String) {
        if case .people(var form)? = state.overlay, form.saving {
            form.saving = false
            form.problem = message
            state.overlay = .people(form)
        }
        state.message = Message(text: "Not saved: \(message)", kind: .error)
    }

    static func select(_ state: inout AppState, id: String) {
        guard let i = state.people.rows.firstIndex(where: { $0.subject?.id == id }) else { return }
        move(&state, from: i, step: 1)
    }
}
