import CaseCore

/// The state's side of the catalog: the two ways a change of the summaries comes in, and the
/// views laid out again after one. `install(_:)` (App/AppState+Store.swift) is the first way.
extension AppState {
    /// A freshly read or saved case: its summary put in place, without re-sorting (the row
    /// stays where the user is looking until the next sort), or added at the end.
    mutating func replaceCase(_ c: Case) {
        followCatalog(catalog.replace(c))
    }

    /// A case deleted here or on another machine.
    mutating func removeCase(id: String) {
        guard catalog.remove(id: id) else { return }
        followCatalog(.all)
    }

    /// The views laid out again from the catalog after it changed. Positions moved (`.all`):
    /// the old visible rows mean nothing, the cursor keeps its row, which is now the next case.
    mutating func followCatalog(_ change: Catalog.Change) {
        switch change {
        case .none: return
        case .all:
            cases.visible = []
            board.rows = []
            // The old hits describe the old text and the old positions.
            cases.memo.clear()
            resortCases()
        case .inPlace:
            cases.memo.clear()
            refilterCases()
        }
        layOutBoard()
    }

    /// The Agenda's index, the board's search and order built off the loop: the views that
    /// were waiting for them ("building…") laid out.
    mutating func deferredBuilt(_ built: DeferredIndexes) {
        catalog.deferredBuilt(built)
        guard catalog.deferredReady else { return }
        agenda.builtFrom = nil      // laid out again when shown (`AgendaScreen.refresh`)
        board.lastQuery = nil
        layOutBoard()
    }

    /// After every action: the catalog's builds off the loop once the store is read, and the
    /// figures of a screen on show whose inputs changed.
    mutating func afterAction() -> [Effect] {
        guard load == .loaded else { return [] }
        let effects = catalog.builds()
        AgendaScreen.refresh(&self)
        PeopleScreen.refresh(&self)
        DashboardScreen.refresh(&self)
        return effects
    }

    /// The quick filters as CaseCore's filter (nil with none on).
    var quickFilter: CaseFilter? { cases.quick.isEmpty ? nil : cases.quick.caseFilter(me: me) }
}
