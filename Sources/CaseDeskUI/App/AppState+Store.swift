import CaseCore

/// How answers from the store change the state.
extension AppState {
    mutating func install(_ snapshot: StoreSnapshot) -> [Effect] {
        let wasLoaded = load == .loaded
        // Remembered by id: the indices of the old summaries mean nothing in the new ones.
        let keepCase = selectedCaseID
        board.keepRequest = selectedBoardRequest.map { RequestRef(caseID: $0.0, requestID: $0.1) } ?? board.keepRequest
        // Editing hook: which cases another process changed, said in the "Reloaded" message.
        let changes = wasLoaded ? ChangeNotice.onReload(before: summaries, after: snapshot.summaries) : ""
        meta = snapshot.meta
        if !snapshot.meta.name.isEmpty { storeName = snapshot.meta.name }
        load = .loaded
        catalog.install(snapshot, context: queryContext, quick: quickFilter)
        followCatalog(.all)
        if let keepCase, let row = cases.visible.firstIndex(where: { summaries[$0].id == keepCase }) {
            cases.list.selected = row
            cases.list.clamp(count: cases.rowCount, height: CasesLayout(size: size).listRows)
        }
        if wasLoaded {
            let broken = damaged.isEmpty ? "" : "; \(damaged.count) damaged file\(damaged.count == 1 ? "" : "s") listed with ✗"
            message = Message(text: "Reloaded: \(Format.grouped(summaries.count)) cases\(changes)\(broken).", kind: damaged.isEmpty ? .success : .error)
        } else if !damaged.isEmpty {
            let text = "\(damaged.count) case file\(damaged.count == 1 ? "" : "s") could not be read: listed as ✗ damaged at the end of the list."
            // A problem already on the line (the key config at start) is kept, not replaced.
            message = Message(text: message.map { $0.text + "; " + text } ?? text, kind: .error)
        }
        if screen == .detail, let id = detail.caseID {
            return [.loadCase(id: id, purpose: .detail), .loadAudit(caseID: id)]
        }
        return []
    }

    mutating func caseLoaded(_ c: Case, _ purpose: LoadPurpose) -> [Effect] {
        switch purpose {
        case .detail:
            // Editing hook: a case another process saved since the list was read is said to have changed.
            if detail.caseID == c.id, let notice = ChangeNotice.onOpen(self, c) { message = Message(text: notice, kind: .info) }
            replaceCase(c)
            if detail.caseID == c.id {
                detail.loaded = c
                detail.error = nil
                detail.request = min(detail.request, max(0, c.requests.count - 1))
            }
            return []
        case .refresh:
            replaceCase(c)
            if detail.caseID == c.id { detail.loaded = c }
            return detail.caseID == c.id ? [.loadAudit(caseID: c.id)] : []
        case .chase(let requestID, let note):
            guard let changed = RequestLifecycle.chase(c, requestID: requestID, on: today, by: user, note: note) else {
                message = Message(text: "Request \(requestID) of \(c.id) is no longer open; nothing was saved.", kind: .error)
                replaceCase(c)
                return []
            }
            editing.boardBefore[c.id] = c
            return [.save(changed, baseRevision: c.revision, action: "chase", purpose: .chase(requestID: requestID))]
        case .advance(let requestID):
            let moved: (Case, RequestStatus)?
            do { moved = try RequestLifecycle.advance(c, requestID: requestID, on: today) } catch {
                message = Message(text: "\(requestID) of \(c.id): \(error.message); nothing was saved.", kind: .error)
                replaceCase(c)
                return []
            }
            guard let (changed, next) = moved else {
                message = Message(text: "Request \(requestID) of \(c.id) has no next status; nothing was saved.", kind: .error)
                replaceCase(c)
                return []
            }
            editing.boardBefore[c.id] = c
            return [.save(changed, baseRevision: c.revision, action: "advance", purpose: .advance(requestID: requestID, to: next))]
        case .note(let requestID, let text):
            guard let changed = RequestLifecycle.note(c, requestID: requestID, text: text, at: editing.clock(), by: user) else {
                message = Message(text: "Request \(requestID) is no longer in \(c.id); the note was not added.", kind: .error)
                replaceCase(c)
                return []
            }
            editing.boardBefore[c.id] = c
            return [.save(changed, baseRevision: c.revision, action: "note", purpose: .note(requestID: requestID))]
        case .edit(let edit):
            return Editing.caseLoaded(&self, c, purpose: edit)
        case .task(let taskID, let done):
            return markTask(c, taskID: taskID, done: done)
        }
    }

    /// Marks a task of `c` (as read from disk) done or reopens it, and saves over its revision.
    mutating func markTask(_ c: Case, taskID: String, done: Bool) -> [Effect] {
        guard let changed = TaskChange.mark(c, taskID: taskID, done: done, today: today, by: user) else {
            message = Message(text: "Task \(taskID) of \(c.id) is no longer \(done ? "open" : "done"); nothing was saved.", kind: .error)
            replaceCase(c)
            return []
        }
        editing.boardBefore[c.id] = c
        return [.save(changed, baseRevision: c.revision, action: done ? "task done" : "task reopened",
                      purpose: .task(taskID: taskID, done: done))]
    }

    mutating func saved(_ c: Case, _ purpose: SavePurpose) -> [Effect] {
        replaceCase(c)
        if sentPrompt?.target.caseID == c.id { sentPrompt = nil }
        var effects: [Effect] = []
        if detail.caseID == c.id {
            detail.loaded = c
            effects.append(.loadAudit(caseID: c.id))
        }
        // Editing hook: a chase, an advance or a note is a step of undo like any other change.
        func step(_ what: String) {
            guard let before = editing.boardBefore.removeValue(forKey: c.id) else { return }
            Editing.record(&self, UndoStep(caseID: c.id, what: what, before: before, after: c,
                                           revisionBefore: before.revision, revisionAfter: c.revision))
        }
        switch purpose {
        case .chase(let requestID):
            step("Chase of \(requestID)")
            message = Message(text: "Chase of \(requestID) recorded (\(today.iso)).", kind: .success)
        case .advance(let requestID, let to):
            step("\(requestID) moved to \(to.label.lowercased())")
            message = Message(text: "\(requestID) is now \(to.label.lowercased()) (\(today.iso)).", kind: .success)
        case .note(let requestID):
            step("Note on \(requestID)")
            message = Message(text: "Note on \(requestID) added to \(c.id)'s notes (revision \(c.revision)).", kind: .success)
        case .task(let taskID, true):
            step("Task \(taskID) done")
            message = Message(text: "Task \(taskID) of \(c.id) done (\(today.iso)); u undoes it.", kind: .success)
        case .task(let taskID, false):
            step("Task \(taskID) reopened")
            message = Message(text: "Task \(taskID) of \(c.id) reopened; u undoes it.", kind: .success)
        case .edit(let edit):
            effects += Editing.saved(&self, c, purpose: edit)
        }
        return effects
    }
}
