import CaseCore
import TerminalUI

/// The history of `:` and `/` for this session: what the history file held at start plus what
/// was typed since (CaseCore's `InputHistory`), and whether a problem with the file was said.
struct LineHistory: Sendable, Equatable {
    var entries = InputHistory()
    /// The file's problem is said once a session, not on every Enter.
    var problemShown = false
}

extension AppState {
    /// Keeps `text` as the newest entry of `kind`, here and (through the effect) in the file.
    mutating func recordHistory(_ text: String, _ kind: InputHistory.Kind) -> [Effect] {
        guard !text.trimmingCharacters(in: .whitespaces).isEmpty else { return [] }
        history.entries.add(text, kind)
        return [.saveHistory(text, kind)]
    }

    /// Up/Down in a line being typed: the previous or next entry of `kind`. True when the key
    /// was Up or Down (handled, even with nothing further to recall).
    mutating func recallHistory(_ input: inout LineInput, _ kind: InputHistory.Kind, _ key: Key) -> Bool {
        let older: Bool
        switch key {
        case .up: older = true
        case .down: older = false
        default: return false
        }
        _ = input.recall(history.entries.entries(kind), older: older)
        return true
    }

    /// The answer of `.loadHistory`: the file's entries, then anything typed while it was read.
    mutating func historyLoaded(_ loaded: InputHistory) {
        history.entries = loaded.merging(history.entries)
    }

    /// The history file could not be read or written: said once; what was typed stays for
    /// this session (Up still recalls it).
    mutating func historyFailed(_ problem: String) {
        guard !history.problemShown else { return }
        history.problemShown = true
        message = Message(text: "History is kept for this session only: \(problem)", kind: .error)
    }
}
