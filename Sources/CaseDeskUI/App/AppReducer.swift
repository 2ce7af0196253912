import CaseCore
import TerminalUI

extension CaseDeskApp {
    /// The only function that changes the state. Pure: the world is reached through the
    /// returned effects, whose answers come back as actions.
    public static func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
        var effects: [Effect] = []
        // Keys typed while a form is on its way wait for it (Typeahead).
        if case .event(let e) = action, state.holdTypeahead(e) {} else { effects = reduceAction(&state, action) }
        effects += state.releaseTypeahead()
        // The catalog's indexes too slow for one frame are built off the loop when the
        // summaries changed; a screen on show whose inputs changed is computed again.
        return effects + state.afterAction()
    }

    static func reduceAction(_ state: inout AppState, _ action: Action) -> [Effect] {
        switch action {
        case .event(let event): return state.handle(event)
        case .countWaitOver(let serial): return state.countWaitOver(serial: serial)
        case .loadProgress(let done, let total):
            if case .loading = state.load { state.load = .loading(done: done, total: total) }
            return []
        case .storeOpened(let snapshot): return state.install(snapshot)
        case .storeFailed(let message):
            if state.summaries.isEmpty { state.load = .failed(message) } else {
                state.load = .loaded
                state.message = Message(text: message, kind: .error)
            }
            return []
        case .caseLoaded(let c, let purpose): return state.caseLoaded(c, purpose)
        case .storeChanged(let change): return state.storeChanged(change)
        case .caseLoadFailed(let id, let message, let purpose):
            if purpose == .detail, state.detail.caseID == id { state.detail.error = message }
            if purpose == .edit(.begin) { state.editing.pendingBegin = nil }   // no form will open
            state.message = Message(text: message, kind: .error)
            if case .chase = purpose { state.giveBackSentPrompt(caseID: id, because: message) }
            if case .note = purpose { state.giveBackSentPrompt(caseID: id, because: message) }
            return []
        case .saved(let c, let purpose): return state.saved(c, purpose)
        case .saveFailed(let id, let message, let stale, let purpose):
            if case .edit(let edit) = purpose {
                return Editing.saveFailed(&state, id: id, message: message, stale: stale, purpose: edit)
            }
            state.message = Message(text: message, kind: .error)
            state.editing.boardBefore[id] = nil
            // Not saved for a reason other than someone else's save (the server is away): the
            // chase or note comes back as typed. After someone else's save the case is shown again.
            if !stale, case .chase = purpose { state.giveBackSentPrompt(caseID: id, because: message) }
            if !stale, case .note = purpose { state.giveBackSentPrompt(caseID: id, because: message) }
            if stale { state.sentPrompt = nil }
            // Someone else saved first: show their version so the user can decide again.
            return stale ? [.loadCase(id: id, purpose: .refresh)] : []
        case .deleted(let id, let purpose):
            state.removeCase(id: id)
            state.message = Message(text: "Case \(id) deleted.", kind: .success)
            if state.screen == .detail, state.detail.caseID == id { state.screen = .cases }
            if case .edit(let edit) = purpose { return Editing.deleted(&state, id: id, purpose: edit) }
            return []
        case .undoChecked(let probes, let redoing):
            return Editing.undoChecked(&state, probes, redoing: redoing)
        case .auditLoaded(let id, let log):
            if state.detail.caseID == id { state.detail.audit = log }
            Editing.auditLoaded(&state, caseID: id, log)   // Editing hook: who saved first, for its dialogs
            return []
        case .exported(let path, let count):
            state.message = Message(text: "Exported \(count) case\(count == 1 ? "" : "s") to \(path).", kind: .success)
            return []
        case .fileWritten(let path, let what):
            state.message = Message(text: "Wrote \(what) to \(path).", kind: .success)
            return []
        case .measuresBuilt(let ready):
            DashboardScreen.measuresBuilt(&state, ready)
            return []
        case .sortIndexBuilt(let index, let generation):
            let laidOut = state.catalog.board != nil
            state.catalog.sortRanksBuilt(index, generation: generation)
            // The board's order came with the ranks, before the deferred build: laid out now.
            if !laidOut, state.catalog.board != nil { state.layOutBoard() }
            return []
        case .deferredBuilt(let built):
            state.deferredBuilt(built)
            return []
        case .themeLoaded(let theme, let problems):
            state.theme = AppRoles.register(theme)
            state.themeName = theme.name
            state.message = problems.isEmpty
                ? Message(text: "Theme \(theme.name).", kind: .info)
                : Message(text: problems.joined(separator: "; "), kind: .error)
            return []
        case .editorFinished(let purpose, let result):
            return Editing.editorFinished(&state, purpose: purpose, result: result)
        case .failed(let message):
            state.message = Message(text: message, kind: .error)
            return []
        case .historyLoaded(let h): state.historyLoaded(h); return []
        case .historyFailed(let problem): state.historyFailed(problem); return []
        case .viewNamesRead(let names): state.viewNames = names; return []
        case .viewLoaded(let view, let names): return ViewCommand.loaded(&state, view, names: names)
        case .viewSaved(let view, let path, let names): return ViewCommand.saved(&state, view, path: path, names: names)
        case .boardViewLoaded(let view, let names): return BoardViewCommand.loaded(&state, view, names: names)
        case .boardViewSaved(let name, let path, let names): return BoardViewCommand.saved(&state, name: name, path: path, names: names)
        case .metaChanged(let change, let meta, let entry): PeopleScreen.changed(&state, change, meta: meta, entry: entry); return []
        case .metaChangeFailed(let change, let message): PeopleScreen.failed(&state, change, message: message); return []
        }
    }
}

extension AppState {
    mutating func handle(_ event: InputEvent) -> [Effect] {
        switch event {
        case .key(let key): return handleKey(key)
        case .paste(let text):
            switch overlay {
            case .commandLine(var input): input.insert(text); overlay = .commandLine(input)
            case .chaseNote(let t, var input): input.insert(text); overlay = .chaseNote(t, input)
            case .editing: Editing.paste(&self, text)   // Editing hook: into the focused form field
            case .people(let form): PeopleScreen.formPaste(&self, form, text)
            default:
                if find.input != nil {
                    findPaste(text)
                } else if screen == .cases, cases.filterEditing {
                    cases.filter.insert(text)
                    refilterCases()
                } else if screen == .board, board.filterEditing {
                    board.filter.insert(text)
                    layOutBoard()
                }
            }
            return []
        case .resize(let newSize):
            size = newSize
            cases.list.clamp(count: cases.rowCount, height: CasesLayout(size: size).listRows)
            return []
        case .mouse(let m): return mouse(m)
        }
    }

    mutating func handleKey(_ key: Key) -> [Effect] {
        // Ctrl-c quits whatever is on screen or bound: the way out must never depend on config.
        if key == .ctrl("c") || keys.global.command(for: key) == .forceQuit {
            quitting = true
            return [.quit]
        }
        message = nil
        if let overlay {
            switch overlay {
            case .commandLine(let input): return commandLineKey(input, key)
            case .chaseNote(let target, let input): return chaseNoteKey(target, input, key)
            case .quickFilter(let menu): return quickFilterKey(menu, key)
            case .problems(let d, let scroll): return problemsKey(d, scroll, key)
            case .messages(let scroll): return messagesKey(scroll, key)
            case .editing: return Editing.key(&self, key)
            case .people(let form): return PeopleScreen.formKey(&self, form, key)
            }
        }
        guard load == .loaded else {
            // While loading only the way out works; the list is not there to act on. After a
            // failed open, reload tries again.
            if let g = keys.global.command(for: key) {
                if g == .quit || g == .redraw { return global(g) }
                if g == .reload, case .failed = load {
                    load = .loading(done: 0, total: 0)
                    return [.openStore]
                }
            }
            return []
        }
        if find.input != nil { return findPromptKey(key) }
        let typing = (screen == .cases && cases.filterEditing) || (screen == .board && board.filterEditing)
        if !typing, let effects = countKey(key) { return effects }
        return dispatch(key)
    }

    /// A key to the screen's table, else the global one, with the count typed before it (CountPrefix).
    mutating func dispatch(_ key: Key) -> [Effect] {
        switch screen {
        case .cases:
            if cases.filterEditing { return filterKey(key) }
            if let c = keys.cases.command(for: key) { return counted(key, c, CasesScreen.reduce) }
        case .detail:
            if let c = keys.detail.command(for: key) { return counted(key, c, DetailScreen.reduce) }
        case .board:
            if board.filterEditing { return boardFilterKey(key) }
            if let c = keys.board.command(for: key) { return counted(key, c, BoardScreen.reduce) }
        case .dashboard:
            if let c = keys.dashboard.command(for: key) { return counted(key, c, DashboardScreen.reduce) }
        case .help:
            if let c = keys.help.command(for: key) { return counted(key, c, HelpScreen.reduce) }
        case .agenda:
            if let c = keys.agenda.command(for: key) { return counted(key, c, AgendaScreen.reduce) }
        case .people:
            if let c = keys.people.command(for: key) { return counted(key, c, PeopleScreen.reduce) }
        }
        if let g = keys.global.command(for: key) { return counted(key, g) { $0.global($1) } }
        count = CountPrefix(serial: count.serial)   // a key bound to nothing drops the count
        return []
    }

    mutating func global(_ command: GlobalCommand) -> [Effect] {
        switch command {
        case .quit:
            switch screen {
            case .cases:
                quitting = true
                return [.quit]
            case .detail, .help: screen = previousScreen
            case .board, .dashboard, .agenda, .people: screen = .cases
            }
        case .forceQuit:
            quitting = true
            return [.quit]
        case .help, .helpScreen:
            if screen != .help {
                help = HelpState(about: screen)
                previousScreen = screen
                screen = .help
            }
        case .commandLine:
            overlay = .commandLine(LineInput())
            // The views' names for Tab, read again each time: a team's shared file may have changed.
            return [.readViewNames]
        case .messages: showMessages()
        case .reload:
            message = Message(text: "Reloading \(storeName)…", kind: .info)
            if summaries.isEmpty { load = .loading(done: 0, total: 0) }
            return [.openStore]
        case .redraw: return [.redraw]
        case .cases: screen = .cases
        case .board: screen = .board
        case .dashboard: screen = .dashboard
        case .agenda:
            screen = .agenda
            agenda.builtFrom = nil
        case .people: PeopleScreen.show(&self)
        }
        return []
    }

    mutating func filterKey(_ key: Key) -> [Effect] {
        typedFilterKey(key, \.cases.filter, editing: \.cases.filterEditing, changed: { $0.refilterCases() }) { state, up in
            state.cases.list.move(by: up ? -1 : 1, count: state.cases.rowCount)
            state.cases.list.clamp(count: state.cases.rowCount, height: CasesLayout(size: state.size).listRows)
            return []
        }
    }

    mutating func problemsKey(_ d: DamagedCase, _ scroll: Int, _ key: Key) -> [Effect] {
        let last = max(0, d.problems.count - 1)
        switch keys.list.command(for: key) {
        case .close, .pick: overlay = nil
        case .down: overlay = .problems(d, scroll: min(scroll + 1, last))
        case .up: overlay = .problems(d, scroll: max(0, scroll - 1))
        case .pageDown, .toggle: overlay = .problems(d, scroll: min(scroll + 10, last))
        case .pageUp: overlay = .problems(d, scroll: max(0, scroll - 10))
        case .top: overlay = .problems(d, scroll: 0)
        case .bottom: overlay = .problems(d, scroll: last)
        case nil: break
        }
        return []
    }

    /// Opens the case detail screen on a case, reading its full file and audit trail.
    mutating func openCase(summaryIndex: Int, tab: DetailTab, request: Int = 0) -> [Effect] {
        let id = summaries[summaryIndex].id
        if screen != .detail { previousScreen = screen == .help ? .cases : screen }
        screen = .detail
        detail = DetailState(caseID: id, tab: tab)
        detail.request = request
        return [.loadCase(id: id, purpose: .detail), .loadAudit(caseID: id)]
    }
}
