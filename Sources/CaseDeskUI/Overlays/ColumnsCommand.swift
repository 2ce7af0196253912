import CaseCore
import Tabular

/// `:columns KEY,KEY…`: the case list's columns, in order (issue 18.3: a saved view holds
/// "filter, sort and columns"). The names are `casedesk list --columns`' and views.toml's
/// (`CaseSortKey`), read by the same `ColumnChoice`, so one spelling works in the three;
/// `:view save` saves them and `:view NAME` puts them back. `:columns` alone says which are
/// shown and which there are; `:columns all` shows every column again.
enum ColumnsCommand {
    static let allWord = "all"
    static var names: [String] { CaseSortKey.allCases.map(\.rawValue) }

    static func run(_ state: inout AppState, _ argument: String) -> [Effect] {
        guard state.screen == .cases else {
            state.message = Message(text: ":columns chooses the columns of the case list: show it first (1).", kind: .error)
            return []
        }
        let words = argument.split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init)
        if words.isEmpty {
            let shown = CasesView.shownColumns(state).map { CasesView.columnKeys[$0].rawValue }
            state.message = Message(text: "Columns: \(shown.joined(separator: ","))\(state.cases.columns == nil ? " (all)" : ""); "
                                    + ":columns KEY,KEY… chooses (Tab completes), :columns all shows every one.", kind: .info)
            return []
        }
        if words.count == 1, words[0].lowercased() == allWord {
            state.cases.columns = nil
            state.message = Message(text: "Every column is shown.", kind: .info)
            return []
        }
        do {
            let keys = try ColumnChoice.indices(words, keys: names, option: ":columns").map { CaseSortKey.allCases[$0] }
            state.cases.columns = keys
            state.message = Message(text: "Columns: \(keys.map(\.rawValue).joined(separator: ",")) (:view save NAME keeps them).", kind: .info)
        } catch {
            state.message = Message(text: error.description, kind: .error)
        }
        return []
    }

    /// Tab on `:columns id,ti`: the names that start with the last word, less those already
    /// chosen; `all` as the first word.
    static func complete(_ word: String) -> (head: String, candidates: [String]) {
        let cut = word.lastIndex(where: { $0 == "," || $0 == " " }).map { word.index(after: $0) } ?? word.startIndex
        let head = String(word[..<cut]), last = String(word[cut...]).lowercased()
        let chosen = Set(head.split(whereSeparator: { $0 == "," || $0 == " " }).map { $0.lowercased() })
        let offered = (head.isEmpty ? [allWord] : []) + names.filter { !chosen.contains($0.lowercased()) }
        return (head, offered.filter { $0.lowercased().hasPrefix(last) })
    }
}
