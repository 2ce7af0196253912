import CaseCore

/// Work the reducer asks the runtime to do: disk, clock, $EDITOR, the terminal. Each effect is
/// answered by actions (see `EffectRunner`), so the reducer never touches the world.
public enum Effect: Sendable, Equatable {
    /// Read the store into summaries, posting `.loadProgress` then `.storeOpened` or `.storeFailed`.
    case openStore
    /// Read one full case; answered by `.caseLoaded(case, purpose)` or `.caseLoadFailed`.
    case loadCase(id: String, purpose: LoadPurpose)
    /// Save a case if the revision on disk is still `baseRevision`; answered by `.saved` or `.saveFailed`.
    case save(Case, baseRevision: Int?, action: String, purpose: SavePurpose)
    /// Delete a case if the revision on disk is still `baseRevision`; answered by `.deleted` or `.saveFailed`.
    case delete(id: String, baseRevision: Int, purpose: SavePurpose)
    /// `.save` that first keeps the revision it writes over in the store's history (someone
    /// else's change the user chose to replace, in whole or field by field).
    case saveKeeping(Case, baseRevision: Int, action: String, purpose: SavePurpose)
    /// Save a deleted case again as revision `deletedRevision + 1`; answered by `.saved` or `.saveFailed`.
    case restore(Case, deletedRevision: Int, action: String, purpose: SavePurpose)
    /// Read the revision on disk of each case of the undo (or redo) stack, and who changed the
    /// ones that moved; answered by `.undoChecked`.
    case checkUndo([UndoProbe], redoing: Bool)
    /// Read the audit trail of one case; answered by `.auditLoaded`.
    case loadAudit(caseID: String)
    /// Write the named cases as one JSON document (CaseCore's `BundleWriter`, to a private
    /// `ExportFile`); an existing file only when `overwrite` (`:export!`). Answered by
    /// `.exported` or `.failed`.
    case export(path: String, caseIDs: [String], overwrite: Bool)
    /// Write `contents` to the file at `path` (a private `ExportFile`; an existing file only
    /// when `overwrite`); answered by `.fileWritten` or `.failed`. Used by the Dashboard's
    /// `:export` (`what` says what was written).
    case writeFile(path: String, contents: String, what: String, overwrite: Bool)
    /// Write one case as markdown (`CaseSheet`, names from `meta`) to a private `ExportFile`
    /// (an existing file only when `overwrite`, `:export!`); answered by `.fileWritten` or `.failed`.
    case exportSheet(path: String, caseID: String, meta: StoreMeta?, today: Day, overwrite: Bool)
    /// Load a theme by name; answered by `.themeLoaded`.
    case loadTheme(name: String)
    /// Hand the terminal to $EDITOR on `text` (in a private 0600 temp file), then take it back;
    /// answered by `.editorFinished` with the edited text.
    /// Used by Editing (`E`).
    case runEditor(text: String, purpose: EditorPurpose)
    /// Build the Dashboard's measure index and cubes from a copy of the summaries, off the
    /// loop (about half a second for 100,000 cases); answered by `.measuresBuilt`.
    case buildMeasures(MeasuresRequest)
    /// Rank the case list's ids and titles off the loop, so every sort after it sorts integers;
    /// answered by `.sortIndexBuilt`.
    case buildSortIndex(SortIndexRequest)
    /// Build the indexes the case list does not draw from (the Agenda's, the board's search
    /// and order) off the loop, after the first screen; answered by `.deferredBuilt`.
    case buildDeferred(DeferredRequest)
    /// Hand the terminal to $PAGER on the whole case as text (`o`), then take it back;
    /// answered by `.failed` only when something went wrong.
    case showInPager(caseID: String)
    /// Put `text` on the terminal's clipboard (OSC 52; `y`). Not answered.
    case copyToClipboard(text: String)
    /// Read the history of `:` and `/` (Runtime/UIFiles.swift); answered by `.historyLoaded`
    /// or `.historyFailed`.
    case loadHistory
    /// Add one entry to the history file; answered only by `.historyFailed`.
    case saveHistory(String, InputHistory.Kind)
    /// Read the saved views' names (views.toml) for `:view` completion; answered by `.viewNamesRead`.
    case readViewNames
    /// Read the saved view `name`; answered by `.viewLoaded` or `.failed`.
    case loadView(name: String)
    /// Save `view` into views.toml (the other views and comments kept); answered by `.viewSaved` or `.failed`.
    case saveView(SavedView)
    /// Save the board's view into views.toml, as `.saveView`; answered by `.boardViewSaved` or `.failed`.
    case saveBoardView(SavedBoardView)
    /// Wait `AppState.countWaitMilliseconds` (`options.counttimeout`), then answer `.countWaitOver(serial)`: a digit that
    /// is a command alone and the start of a count (`2` the board, `25j`) waits for a second key.
    case waitForCount(serial: Int)
    /// Make one change to the store's people or units (`CaseStore.change`: checked under the
    /// store's lock, written with its audit line); answered by `.metaChanged` or `.metaChangeFailed`.
    case changeMeta(MetaChange)
    /// Repaint every cell (Ctrl-l): the terminal may have been scribbled on.
    case redraw
    /// Leave the program, restoring the terminal.
    case quit
}

/// Why a case is being loaded, so the answer goes where it was wanted.
public enum LoadPurpose: Sendable, Equatable {
    /// Show it in the case detail screen.
    case detail
    /// Refresh its summary (and the detail screen if it shows it), e.g. after a refused save.
    case refresh
    /// Record a chase on one of its requests, then save.
    case chase(requestID: String, note: String?)
    /// Move one of its requests to its next status, then save.
    case advance(requestID: String)
    /// Add a note on one of its requests (to the case's notes), then save.
    case note(requestID: String, text: String)
    /// An edit's read (owned by Editing).
    case edit(EditLoad)
    /// Mark one of its tasks done (or reopen it: `done` false), then save (`x`).
    case task(taskID: String, done: Bool)
}

/// Why a case is being saved: what to tell the user and which screen to update afterwards.
public enum SavePurpose: Sendable, Equatable {
    case chase(requestID: String)
    case advance(requestID: String, to: RequestStatus)
    case note(requestID: String)
    case task(taskID: String, done: Bool)
    /// Saves and deletions started by Editing.
    case edit(EditSave)
}

/// Why Editing reads a case.
public enum EditLoad: Sendable, Equatable {
    /// `a`/`e`/`d`/`E`: the form or dialog opens on the case as it is on disk.
    case begin
    /// A save was refused because someone saved first: their version, to compare.
    case conflict
}

/// Why Editing saves or deletes a case: where the answer goes.
public enum EditSave: Sendable, Equatable {
    /// A form, a merge or `E`'s JSON saved (an undo step is recorded).
    case form
    /// `d` on the whole case, Yes.
    case deleteCase
    /// `u` (false) or Ctrl-r (true) taking a step.
    case undo(redoing: Bool)
}

/// What `$EDITOR` is run on, so its answer goes where it was wanted.
public enum EditorPurpose: Sendable, Equatable {
    /// `E`: the whole case as JSON.
    case caseJSON
}
