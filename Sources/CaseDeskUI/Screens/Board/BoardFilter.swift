import CaseCore
import TerminalUI

/// `/` on the board: keys while the filter is typed, as on the case list, the board laid out
/// again on every change of the text.
extension AppState {
    mutating func boardFilterKey(_ key: Key) -> [Effect] {
        typedFilterKey(key, \.board.filter, editing: \.board.filterEditing, changed: { $0.layOutBoard() }) { state, up in
            BoardScreen.reduce(&state, up ? .up : .down)
        }
    }
}
