import CaseCore

/// `:sort COLUMN [asc|desc]`: sorts the case list by any of its columns at once, where `s`
/// cycles through them one by one; on the MLA board, by one of the board's sorts. The column
/// names are the ones `casedesk list --sort` and views.toml use, so one spelling works in all three.
enum SortCommand {
    static let directions = ["asc", "desc"]

    static func run(_ state: inout AppState, _ argument: String) -> [Effect] {
        let words = argument.split(separator: " ").map(String.init)
        let label: String
        switch state.screen {
        case .cases:
            guard let (key, ascending) = parse(&state, words, names: CaseSortKey.allCases.map(\.rawValue)) else { return [] }
            state.cases.sort = CaseSortKey.allCases[key]
            state.cases.ascending = ascending
            state.resortCases()
            label = state.cases.sort.label.lowercased() + (ascending ? " ↑" : " ↓")
        case .board:
            guard let (key, ascending) = parse(&state, words, names: RequestSortKey.allCases.map(\.rawValue)) else { return [] }
            state.board.sort = RequestSortKey.allCases[key]
            state.board.ascending = ascending
            state.rebuildBoard()
            label = state.board.sort.label.lowercased() + (ascending ? " ↑" : " ↓")
        default:
            state.message = Message(text: ":sort sorts the case list (1) or the MLA board (2); this screen has its own order.", kind: .error)
            return []
        }
        state.message = Message(text: "Sorted by \(label).", kind: .info)
        return []
    }

    /// COLUMN (in any case) and the direction: the column's index in `names` and whether
    /// ascending; nil after saying what is wrong.
    private static func parse(_ state: inout AppState, _ words: [String], names: [String]) -> (Int, Bool)? {
        let known = names.joined(separator: " ")
        guard let column = words.first else {
            state.message = Message(text: "Which column? Usage: :sort COLUMN [asc|desc] (Tab completes: \(known)).", kind: .error)
            return nil
        }
        guard let key = names.firstIndex(where: { $0.lowercased() == column.lowercased() }) else {
            state.message = Message(text: "\"\(column)\" is not a column to sort by here (one of: \(known)).", kind: .error)
            return nil
        }
        guard words.count <= 2 else {
            state.message = Message(text: "Too many words after :sort; usage: :sort COLUMN [asc|desc].", kind: .error)
            return nil
        }
        guard words.count == 2 else { return (key, true) }
        switch words[1].lowercased() {
        case "asc", "ascending": return (key, true)
        case "desc", "descending": return (key, false)
        default:
            state.message = Message(text: "\"\(words[1])\" is not a direction: asc or desc.", kind: .error)
            return nil
        }
    }
}

extension AppState {
    /// What `:sort` completes on this screen.
    var sortColumnNames: [String] {
        screen == .board ? RequestSortKey.allCases.map(\.rawValue) : CaseSortKey.allCases.map(\.rawValue)
    }
}
