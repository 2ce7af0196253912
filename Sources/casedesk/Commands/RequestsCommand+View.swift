import ArgumentParser
import CaseCore

/// `requests --view NAME`: a saved view of the MLA board (views.toml, `screen = "board"`,
/// docs/views.md) gives the text filter, quick filters and sort, which the options replace or
/// add to as `list --view` does for the case list. The filters are CaseCore's
/// (`RequestFilter`, `RequestSummary.searchText`), the board's own.
extension RequestsCommand {
    /// The board view `--view` names, or an empty one.
    func baseView() throws -> SavedBoardView {
        guard let view else { return SavedBoardView(name: "") }
        let path = ViewsFile.defaultPath()
        let file = try ViewsFile.load(path: path)
        if let found = file.boardView(named: view) { return found }
        if file.view(named: view) != nil {
            throw CLIError("\"\(view)\" is a view of the case list, not of the MLA board; list it with 'casedesk list --view \(ViewName.shell(view))'", at: path)
        }
        let names = file.boardViews.map(\.name)
        throw CLIError("there is no board view \"\(view)\"" + (names.isEmpty ? "; the file has no board views" : "; board views: " + names.joined(separator: ", ")),
                       at: path)
    }

    /// The view's quick filters with the options given here: a list option replaces the view's
    /// values, a flag adds to them.
    func requestFilter(base: SavedBoardView, me: String) throws -> RequestFilter {
        var f = base.requestFilter(me: me)
        if !kind.isEmpty { f.kinds = try VocabularyArgument.parse(kind, option: "kind") }
        if !direction.isEmpty { f.directions = try VocabularyArgument.parse(direction, option: "direction") }
        if !country.isEmpty {
            do { f.countries = Set(try Countries.parse(VocabularyArgument.words(country).sorted())) } catch {
                throw ValidationError("--country \(error.message) (e.g. ES, FR, DE).")
            }
        }
        if mine { f.mine = me }
        if overdue { f.overdueOnly = true }
        if chase { f.toChaseOnly = true }
        if urgent { f.urgentOnly = true }
        return f
    }

    /// The order: --sort, else the view's, else the board's (attention) with a view and due
    /// without; the view's direction unless --reverse (as `list --view` keeps it).
    func order(base: SavedBoardView) throws -> (RequestSortKey, Bool) {
        let key = try sortKey() ?? base.sort ?? (view != nil ? .attention : .due)
        let ascending = (base.sort == nil || base.ascending) && !reverse
        return (key, ascending)
    }
}

/// A view's name as typed in a shell: quoted when it holds anything but letters, digits, - and _.
enum ViewName {
    static func shell(_ name: String) -> String {
        name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" } ? name : "\"" + name + "\""
    }
}
