import CaseCore
import TerminalUI

/// `/` on the board: keys while the filter is typed, as on the case list (Enter keeps it, Esc
/// clears it, arrows move), the board laid out again on every change of the text.
extension AppState {
    mutating func boardFilterKey(_ key: Key) -> [Effect] {
        switch key {
        case .escape:
            board.filterEditing = false
            board.filter = LineInput()
            layOutBoard()
        case .enter:
            board.filterEditing = false
            return recordHistory(board.filter.text, .filter)
        case .ctrl("p"), .ctrl("n"):
            // Up/Down recall the `/` history, as on the case list; these move meanwhile.
            return BoardScreen.reduce(&self, key == .ctrl("p") ? .up : .down)
        case .up, .down:
            let before = board.filter.text
            var input = board.filter
            _ = recallHistory(&input, .filter, key)
            board.filter = input
            if board.filter.text != before { layOutBoard() }
        default:
            let before = board.filter.text
            _ = board.filter.edit(key)
            if board.filter.text != before { layOutBoard() }
        }
        return []
    }
}
