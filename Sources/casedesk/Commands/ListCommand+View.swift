import ArgumentParser
import CaseCore

/// `list --view NAME` and `--save-view NAME`: a saved view (views.toml, docs/views.md) gives
/// the filter, sort and columns; each option given on the command line replaces that part.
extension ListCommand {
    struct Settings {
        var filter: CaseFilter
        var sort: CaseSort
        var columns: [CaseSortKey]
    }

    /// The saved view `--view` names, or an empty one.
    func baseView() throws -> SavedView {
        guard let view else { return SavedView(name: "") }
        let path = ViewsFile.defaultPath()
        let file = try ViewsFile.load(path: path)
        if file.boardView(named: view) != nil {
            throw CLIError("\"\(view)\" is a view of the MLA board (screen = \"board\"), not of the case list; list it with 'casedesk requests --view \(ViewName.shell(view))'", at: path)
        }
        guard let found = file.view(named: view) else {
            let names = file.views.map(\.name)
            throw CLIError("there is no view \"\(view)\"" + (names.isEmpty ? "; the file has no views" : "; views: " + names.joined(separator: ", ")),
                           at: path)
        }
        return found
    }

    /// The order: the view's, with --sort and --reverse replacing it.
    func sortSetting(_ base: SavedView) throws -> CaseSort {
        var sort = base.sort ?? CaseSort()
        if let key = try sortKey() { sort.key = key }
        if reverse { sort.ascending = false }
        return sort
    }

    func listSettings(meta: StoreMeta, store: String, base: SavedView) throws -> Settings {
        let path = ViewsFile.defaultPath()
        var filter = base.filter(user: options.userName())
        if !text.isEmpty { filter.text = text }
        if !status.isEmpty { filter.statuses = try VocabularyArgument.parse(status, option: "status") }
        if !crime.isEmpty { filter.crimeTypes = try VocabularyArgument.parse(crime, option: "crime") }
        if !unit.isEmpty { filter.units = VocabularyArgument.words(unit) }
        if !lawyer.isEmpty { filter.lawyers = try VocabularyArgument.people(lawyer, option: "lawyer", meta: meta, store: store) }
        if mine { filter.mine = options.userName() }
        if overdue { filter.overdueOnly = true }
        if chase { filter.toChaseOnly = true }
        let sort = try sortSetting(base)
        let columns = try columnKeys() ?? base.columns
        if let saveView {
            let sorted = sort != CaseSort() ? sort : nil
            let saved = SavedView(name: saveView, filter: filter, sort: sorted, columns: columns)
            try ViewsFile.save(saved, path: path)
            ByteOutput.standardError.line("casedesk: saved the view \"\(saveView)\" (\(path)).")
        }
        return Settings(filter: filter, sort: sort, columns: columns ?? CaseListRow.defaultKeys)
    }
}
