import CaseCore
import TerminalUI

/// Everything that can happen to the program: input from the terminal, and the answers to
/// effects. `reduce` is the only place that turns them into a new state.
public enum Action: Sendable {
    case event(InputEvent)
    case loadProgress(done: Int, total: Int)
    case storeOpened(StoreSnapshot)
    case storeFailed(message: String)
    case caseLoaded(Case, purpose: LoadPurpose)
    case caseLoadFailed(id: String, message: String, purpose: LoadPurpose)
    case saved(Case, purpose: SavePurpose)
    /// `stale` is true when someone else saved the case first (StoreError.staleRevision).
    case saveFailed(id: String, message: String, stale: Bool, purpose: SavePurpose)
    case deleted(id: String, purpose: SavePurpose)
    /// The answer of `.checkUndo`.
    case undoChecked([UndoProbe], redoing: Bool)
    case auditLoaded(caseID: String, AuditLog)
    case exported(path: String, count: Int)
    case themeLoaded(Theme, problems: [String])
    /// The answer of `.writeFile`.
    case fileWritten(path: String, what: String)
    case editorFinished(purpose: EditorPurpose, result: EditorResult)
    /// The answer of `.buildMeasures`.
    case measuresBuilt(MeasuresReady)
    /// The answer of `.buildSortIndex`.
    case sortIndexBuilt(SortIndexes, generation: Int)
    /// The answer of `.buildDeferred`.
    case deferredBuilt(DeferredIndexes)
    /// Another machine saved or deleted a case, or the server went away or came back (a
    /// `LiveCaseStore`, e.g. PostgreSQL).
    case storeChanged(StoreChange)
    /// The answers of the history and views effects (Runtime/UIFiles.swift).
    case historyLoaded(InputHistory)
    case historyFailed(String)
    case viewNamesRead([String])
    case viewLoaded(SavedView, names: [String])
    case viewSaved(SavedView, path: String, names: [String])
    case boardViewLoaded(SavedBoardView, names: [String])
    case boardViewSaved(name: String, path: String, names: [String])
    /// The answer of `.waitForCount`: a digit typed alone has waited long enough.
    case countWaitOver(serial: Int)
    /// The answers of `.changeMeta`: the store's description after the change and its audit
    /// line, or why the store refused it (`MetaChange.Refusal`) or could not make it.
    case metaChanged(MetaChange, meta: StoreMeta, entry: AuditEntry)
    case metaChangeFailed(MetaChange, message: String)
    /// A failure with nothing more specific to do than tell the user.
    case failed(message: String)
}
