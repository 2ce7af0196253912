import CaseCore
import TerminalUI

/// The editing commands the screens hand over (a e d E u Ctrl-r).
enum EditCommand: Sendable, Equatable {
    case add, edit, delete, editJSON, undo, redo
}

/// What an edit command applies to: the screen knows, Editing decides what to do.
struct EditTarget: Sendable, Equatable {
    var caseID: String?
    /// The detail tab the user is on, nil on the Cases screen.
    var tab: DetailTab?
    /// The selected item of that tab (request, defendant...), when there is one.
    var item: Int?
}

/// Entry points of Editing. PLACEHOLDER owned by the editing helper: each function is already
/// called from the right place (see docs/ui-architecture.md); only its body changes.
enum Editing {
    static func begin(_ state: inout AppState, _ command: EditCommand, target: EditTarget) -> [Effect] {
        state.message = Message(text: "Editing is not available in this build yet.", kind: .info)
        return []
    }

    /// Keys while `Overlay.editing` is up.
    static func key(_ state: inout AppState, _ key: Key) -> [Effect] {
        if key == .escape { state.overlay = nil }
        return []
    }

    static func caseLoaded(_ state: inout AppState, _ c: Case, tag: String) -> [Effect] { [] }
    static func saved(_ state: inout AppState, _ c: Case, tag: String) -> [Effect] { [] }
    /// `stale`: someone else saved the case first. Hook for the conflict dialog.
    static func saveFailed(_ state: inout AppState, id: String, message: String, stale: Bool, tag: String) -> [Effect] {
        state.message = Message(text: message, kind: .error)
        return []
    }
    static func editorFinished(_ state: inout AppState, tag: String, exitStatus: Int32) -> [Effect] { [] }

    static func render(_ state: AppState, _ overlay: EditingOverlay, into buffer: inout Buffer, area: Rect) {}
}
