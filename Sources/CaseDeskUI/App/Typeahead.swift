import TerminalUI

/// Keys that arrive while a form or dialog is on its way (its case is being read) or while a
/// form's save is waiting for the store. Keys come in one read when pasted or typed over SSH,
/// faster than the store answers: run as they came, the first letters of "aHello" would be
/// commands on the screen underneath (`r` reloads, `d` deletes, `l` changes tab) and lost to
/// the form. They are held here, in order, and given to the form or dialog once it is open:
/// a burst ends exactly as slow typing would.
///
/// Invariant: `events` is empty whenever `AppState.typeaheadWait` is nil after a reduce.
struct Typeahead: Sendable, Equatable {
    enum Wait: Sendable, Equatable {
        /// A form or dialog was asked for and its case is being read.
        case opening
        /// A form's save (or a deletion) is waiting for the store's answer.
        case saving
        /// An undo or redo is asking the store where its cases are: the keys answer its
        /// question if it asks one, else they run as commands once it has chosen its step.
        /// (Not while the step is saved: nothing can be answered then, and keys must never
        /// wait on a save that is not a form's.)
        case undoing
    }
    var events: [InputEvent] = []
    /// What the first held event waited for.
    var wait = Wait.opening
}

extension AppState {
    /// What keys must wait for now, if anything.
    var typeaheadWait: Typeahead.Wait? {
        if editing.pendingBegin != nil { return .opening }
        if editing.inFlight != nil { return .saving }
        if editing.undoChecking { return .undoing }
        return nil
    }

    /// Holds `event` while something is awaited. Ctrl-c (the way out must never wait) and a
    /// resize (the layout must follow the terminal) go through.
    mutating func holdTypeahead(_ event: InputEvent) -> Bool {
        guard let wait = typeaheadWait else { return false }
        switch event {
        case .resize: return false
        case .key(let k) where k == .ctrl("c") || keys.global.command(for: k) == .forceQuit: return false
        default: break
        }
        if typeahead.events.isEmpty { typeahead.wait = wait }
        typeahead.events.append(event)
        return true
    }

    /// Once nothing is awaited, the held events go, in order, to what is now on screen, as if
    /// typed then; if they reach another wait the rest are held again. When a form was being
    /// opened and none opened (the case could not be read, there was nothing to edit, `E`
    /// went to the editor), they were meant for it: they are dropped, never run as commands.
    mutating func releaseTypeahead() -> [Effect] {
        guard typeaheadWait == nil, !typeahead.events.isEmpty else { return [] }
        let held = typeahead
        typeahead = Typeahead()
        if held.wait == .opening, overlay == nil {
            let n = held.events.count
            let note = "\(n) key\(n == 1 ? "" : "s") typed while it opened \(n == 1 ? "was" : "were") not run as commands."
            message = Message(text: message.map { $0.text + " " + note } ?? note, kind: message?.kind ?? .info)
            return []
        }
        var effects: [Effect] = []
        for (i, event) in held.events.enumerated() {
            if let wait = typeaheadWait {
                typeahead = Typeahead(events: Array(held.events[i...]), wait: wait)
                break
            }
            effects += handle(event)
        }
        return effects
    }
}
