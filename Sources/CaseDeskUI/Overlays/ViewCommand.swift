import CaseCore

/// `:view NAME` and `:view save NAME`: the case list's filter, quick filters, sort and columns
/// under a name, in views.toml — the file and the model (CaseCore's SavedView, ViewsFile)
/// `casedesk list --view NAME` uses, so a view saved here lists the same cases there.
enum ViewCommand {
    static let saveWord = "save"

    static func run(_ state: inout AppState, _ argument: String) -> [Effect] {
        if argument == saveWord || argument.hasPrefix(saveWord + " ") {
            let name = argument.dropFirst(saveWord.count).trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else {
                state.message = Message(text: "Which name? Usage: :view save NAME (saves the case list's or the board's filter, sort and columns).", kind: .error)
                return []
            }
            guard SavedView.isValidName(name) else {
                state.message = Message(text: "\"\(name)\" is not a view name (1-64 characters, no control characters).", kind: .error)
                return []
            }
            if state.screen == .board { return [.saveBoardView(BoardViewCommand.view(state, named: name))] }
            guard state.screen == .cases else {
                state.message = Message(text: ":view save saves the filter, sort and columns of the case list (1) or the MLA board (2): show one of them first.", kind: .error)
                return []
            }
            return [.saveView(state.savedView(named: name))]
        }
        guard !argument.isEmpty else {
            let names = state.viewNames.isEmpty ? "" : " (views: " + state.viewNames.joined(separator: ", ") + ")"
            state.message = Message(text: "Which view? Usage: :view NAME\(names) or :view save NAME.", kind: .error)
            return []
        }
        return [.loadView(name: argument)]
    }

    /// The answer of `.loadView`: the case list as the view has it, on show.
    static func loaded(_ state: inout AppState, _ view: SavedView, names: [String]) -> [Effect] {
        state.viewNames = names
        let (quick, left) = QuickFilters.from(view)
        if state.screen != .cases { state.previousScreen = .cases }
        state.screen = .cases
        state.cases.focus = .list
        state.cases.filterEditing = false
        state.cases.filter = LineInput(view.text)
        state.cases.quick = quick
        state.cases.sort = view.sort?.key ?? .id
        state.cases.ascending = view.sort?.ascending ?? true
        state.cases.columns = view.columns
        state.requickCases()
        state.resortCases()
        // A view starts at its first row, not on whichever case was selected before.
        state.cases.list = ListPosition()
        state.cases.requests = ListPosition()
        state.cases.detailScroll = 0
        let what = view.filterSummary.isEmpty ? "every case" : view.filterSummary
        let count = "\(Format.grouped(state.cases.visible.count)) of \(Format.grouped(state.summaries.count)) cases"
        if left.isEmpty {
            state.message = Message(text: "View \"\(view.name)\": \(what); \(count).", kind: .info)
        } else {
            // Never a silent difference from `casedesk list --view`: say what the list cannot show.
            state.message = Message(text: "View \"\(view.name)\": the case list cannot show \(left.joined(separator: ", ")); shown without it; \(count).",
                                    kind: .error)
        }
        return []
    }

    /// The answer of `.saveView`.
    static func saved(_ state: inout AppState, _ view: SavedView, path: String, names: [String]) -> [Effect] {
        state.viewNames = names
        state.message = Message(text: "Saved the view \"\(view.name)\" to \(path) (casedesk list --view lists it too).", kind: .success)
        return []
    }
}

extension AppState {
    /// The case list now, as a view named `name`: its text filter and quick filters, its sort
    /// and its columns (nil while the default columns are shown).
    func savedView(named name: String) -> SavedView {
        var filter = cases.quick.caseFilter(me: me)
        filter.text = cases.filter.text
        // As `casedesk list --save-view`: the default order (id ascending) is no sort setting.
        let sort = CaseSort(cases.sort, ascending: cases.ascending)
        return SavedView(name: name, filter: filter, sort: sort == CaseSort() ? nil : sort, columns: cases.columns)
    }
}

extension QuickFilters {
    /// The quick filters of a view, and what of the view they cannot hold (said to the user).
    static func from(_ view: SavedView) -> (QuickFilters, [String]) {
        var q = QuickFilters()
        q.statuses = Set(view.statuses)
        q.crimeTypes = Set(view.crimeTypes)
        q.units = Set(view.units)
        q.lawyers = Set(view.lawyers)
        q.mine = view.mine
        q.overdue = view.overdueOnly
        q.ctlAlarm = view.ctlAlarmOnly
        q.noNextAction = view.noNextActionOnly
        // The list has no "to chase" quick filter (the board has); `casedesk list --chase` has.
        return (q, view.toChaseOnly ? ["\"to chase\""] : [])
    }
}
