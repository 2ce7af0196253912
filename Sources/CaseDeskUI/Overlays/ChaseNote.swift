import CaseCore
import TerminalUI

extension AppState {
    /// Opens the one-line note prompt of a chase on a request.
    mutating func beginChase(caseIndex: Int, requestIndex: Int) {
        let s = summaries[caseIndex]
        guard requestIndex < s.requests.count else { return }
        let r = s.requests[requestIndex]
        if let why = RequestLifecycle.cannotChase(r.status) {
            message = Message(text: "Request \(r.id) is \(why).", kind: .error)
            return
        }
        overlay = .chaseNote(ChaseTarget(caseID: s.id, requestID: r.id), LineInput())
    }

    /// Opens the one-line prompt of a note on a request (`a` on the board); any request, open or
    /// closed, can have a note.
    mutating func beginRequestNote(caseIndex: Int, requestIndex: Int) {
        let s = summaries[caseIndex]
        guard requestIndex < s.requests.count else { return }
        overlay = .chaseNote(ChaseTarget(caseID: s.id, requestID: s.requests[requestIndex].id, isNote: true), LineInput())
    }

    /// Keys while the chase note (or request note) prompt is up.
    mutating func chaseNoteKey(_ target: ChaseTarget, _ input: LineInput, _ key: Key) -> [Effect] {
        var input = input
        switch key {
        case .escape:
            overlay = nil
            message = Message(text: target.isNote ? "Note not added." : "Chase not recorded.", kind: .info)
            return []
        case .enter:
            let note = input.text.trimmingCharacters(in: .whitespaces)
            if target.isNote {
                overlay = nil
                guard !note.isEmpty else {
                    message = Message(text: "Note not added: it was empty.", kind: .info)
                    return []
                }
                message = Message(text: "Adding the note on \(target.requestID)…", kind: .info)
                sentPrompt = SentPrompt(target: target, input: input)
                return [.loadCase(id: target.caseID, purpose: .note(requestID: target.requestID, text: note))]
            }
            overlay = nil
            message = Message(text: "Saving the chase of \(target.requestID)…", kind: .info)
            sentPrompt = SentPrompt(target: target, input: input)
            return [.loadCase(id: target.caseID, purpose: .chase(requestID: target.requestID, note: note.isEmpty ? nil : note))]
        default:
            _ = input.edit(key)
            overlay = .chaseNote(target, input)
            return []
        }
    }

    /// `>` on a request: load its case and move it on (see CaseCore's `RequestLifecycle`).
    mutating func beginAdvance(caseIndex: Int, requestIndex: Int) -> [Effect] {
        let s = summaries[caseIndex]
        guard requestIndex < s.requests.count else { return [] }
        let r = s.requests[requestIndex]
        guard let next = r.status.next else {
            message = Message(text: "Request \(r.id) is \(RequestLifecycle.cannotAdvance(r.status) ?? "closed").", kind: .error)
            return []
        }
        // Ending a request (executed, refused, withdrawn) is asked first.
        guard next.isOpen else {
            overlay = .editing(.confirmAdvance(AdvanceConfirm(caseID: s.id, requestID: r.id, to: next)))
            return []
        }
        message = Message(text: "Moving \(r.id) to \(next.label.lowercased())…", kind: .info)
        return [.loadCase(id: s.id, purpose: .advance(requestID: r.id))]
    }
}

/// A chase or request note sent to the store: what was typed, kept until the store answers.
struct SentPrompt: Sendable, Equatable {
    var target: ChaseTarget
    var input: LineInput
}

extension AppState {
    /// The chase or note on `caseID` could not be read or saved (the server is away, the disk
    /// is full): its prompt comes back with what was typed and why, so Enter tries again and
    /// nothing typed is lost. Only when nothing else is on screen over it.
    mutating func giveBackSentPrompt(caseID: String, because reason: String) {
        guard let sent = sentPrompt, sent.target.caseID == caseID else { return }
        sentPrompt = nil
        guard overlay == nil else { return }
        overlay = .chaseNote(sent.target, sent.input)
        // What to do first: the reason may be long (a server address) and is cut on screen.
        let what = sent.target.isNote ? "note" : "chase"
        message = Message(text: "Not saved, the \(what) is kept (Enter tries again, Esc drops it): \(reason)", kind: .error)
    }
}
