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
        case .up, .down:
            return BoardScreen.reduce(&self, key == .up ? .up : .down)
        default:
            let before = board.filter.text
            _ = board.filter.edit(key)
            if board.filter.text != before { layOutBoard() }
        }
        return []
    }
}
