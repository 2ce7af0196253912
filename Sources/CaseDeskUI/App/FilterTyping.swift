import TerminalUI

extension AppState {
    /// The keys of a `/` filter while it is typed, the same on every screen that has one:
    /// Enter keeps the text (and records it in the history), Esc clears it, Up/Down recall
    /// the history (as in vim and a shell), Ctrl-p/Ctrl-n move the selection meanwhile, and
    /// anything else edits the text. `changed` runs whenever the text changed.
    mutating func typedFilterKey(_ key: Key, _ input: WritableKeyPath<AppState, LineInput>,
                                 editing: WritableKeyPath<AppState, Bool>, changed: (inout AppState) -> Void,
                                 move: (inout AppState, _ up: Bool) -> [Effect]) -> [Effect] {
        let before = self[keyPath: input].text
        switch key {
        case .escape:
            self[keyPath: editing] = false
            self[keyPath: input] = LineInput()
            changed(&self)
            return []
        case .enter:
            self[keyPath: editing] = false
            return recordHistory(before, .filter)
        case .ctrl("p"), .ctrl("n"):
            return move(&self, key == .ctrl("p"))
        case .up, .down:
            var line = self[keyPath: input]
            _ = recallHistory(&line, .filter, key)
            self[keyPath: input] = line
        default:
            _ = self[keyPath: input].edit(key)
        }
        if self[keyPath: input].text != before { changed(&self) }
        return []
    }
}
