import CaseCore
import Foundation
import TerminalUI

/// `E`: the whole case as JSON in `$EDITOR`. Nothing is saved until the text is a valid case
/// with the same id; on a problem the user may reopen the editor on the same text or discard.
extension Editing {
    /// Hands the terminal to the editor on `text` (the case's own file text when nil).
    static func openEditor(_ state: inout AppState, on base: Case, text: String?) -> [Effect] {
        state.overlay = nil
        state.editing.editorBase = base
        let t = text ?? String(decoding: CaseCodec.encode(base), as: UTF8.self)
        return [.runEditor(text: t, purpose: .caseJSON)]
    }

    static func editorFinished(_ state: inout AppState, purpose: EditorPurpose, result: EditorResult) -> [Effect] {
        guard purpose == .caseJSON, let base = state.editing.editorBase else { return [] }
        switch result {
        case .failed(let why):
            state.editing.editorBase = nil
            state.message = Message(text: "The editor could not run (\(why)); nothing was saved.", kind: .error)
            return []
        case .finished(_, let status) where status != 0:
            state.editing.editorBase = nil
            state.message = Message(text: "The editor exited with status \(status); nothing was saved.", kind: .info)
            return []
        case .finished(let text, _):
            return check(&state, text: text, base: base)
        }
    }

    /// Reads the text as a case of `base`'s id; saves it when it is valid and different.
    static func check(_ state: inout AppState, text: String, base: Case) -> [Effect] {
        let decoded: Case
        do {
            decoded = try CaseCodec.decode(data: Data(text.utf8), fileName: base.id, file: "\(base.id).json")
        } catch {
            state.overlay = .editing(.editorProblems(EditorSession(base: base, text: text, problems: error.problems)))
            return []
        }
        var mine = decoded
        // The store owns these two: whatever the text says, the save sets them.
        mine.revision = base.revision
        mine.updated = base.updated
        let problems = blockingProblems(mine, state)
        if !problems.isEmpty {
            state.overlay = .editing(.editorProblems(EditorSession(base: base, text: text, problems: problems)))
            return []
        }
        state.editing.editorBase = nil
        if mine == base {
            state.message = Message(text: "No change; nothing saved.", kind: .info)
            return []
        }
        let fields = FieldChange.between(base.toJSON(), mine.toJSON()).map(\.path)
        let what = "Edited as JSON: " + (fields.count > 4 ? fields.prefix(4).joined(separator: ", ") + ", …" : fields.joined(separator: ", "))
        state.editing.inFlight = SaveInFlight(before: base, mine: mine, editorText: text, what: what)
        return [.save(mine, baseRevision: base.revision, action: "update", purpose: .edit(.form))]
    }

    static let editorChoices = ["Reopen the editor on the same text", "Discard (nothing is saved)"]

    static func editorProblemsKey(_ state: inout AppState, _ e: inout EditorSession, _ key: Key) -> [Effect] {
        switch key {
        case .pageDown, .ctrl("d"), .char("J"):
            e.scroll = min(e.scroll + 5, max(0, e.problems.count - 1))
            state.overlay = .editing(.editorProblems(e))
            return []
        case .pageUp, .ctrl("u"), .char("K"):
            e.scroll = max(0, e.scroll - 5)
            state.overlay = .editing(.editorProblems(e))
            return []
        default: break
        }
        let widget = Dialog(title: "", message: "", kind: .choice(editorChoices), state: e.dialog)
        switch e.dialog.handle(key, for: widget) {
        case .chosen(0)?: return openEditor(&state, on: e.base, text: e.text)
        case .chosen?, .cancelled?:
            state.overlay = nil
            state.editing.editorBase = nil
            state.message = Message(text: "Discarded; \(e.base.id) is unchanged.", kind: .info)
        case nil: state.overlay = .editing(.editorProblems(e))
        }
        return []
    }
}
