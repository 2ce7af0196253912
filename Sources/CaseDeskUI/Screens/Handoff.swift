import CaseCore
import TerminalUI

/// `y` and `o` on every screen that has them: what is copied or paged, and the message when
/// it cannot be. The terminal work itself is the run loop's (`copyToClipboard`, `showInPager`).
enum Handoff {
    static func copy(_ state: inout AppState, _ text: String?, what: String) -> [Effect] {
        guard let text else {
            state.message = Message(text: "Nothing selected to copy.", kind: .info)
            return []
        }
        switch state.clipboard {
        case .osc52:
            state.message = Message(text: "Copied the \(what) \(text) to the clipboard.", kind: .success)
            return [.copyToClipboard(text: text)]
        case .off(let why):
            state.message = Message(text: "Cannot copy \(text): \(why).", kind: .error)
            return []
        }
    }

    static func page(_ state: inout AppState, caseID: String?) -> [Effect] {
        guard let caseID else {
            state.message = Message(text: "Select a case first.", kind: .info)
            return []
        }
        return [.showInPager(caseID: caseID)]
    }
}
