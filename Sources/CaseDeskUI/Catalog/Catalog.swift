import CaseCore

/// The summaries of the store and every index derived from them, in one value with exactly
/// two ways in: `install` a snapshot (a store read, a reload) and `replace`/`remove` one case
/// (a save, a read, a deletion, a change another machine made). Every index is changed by
/// those two paths and nowhere else, so a new view adds its index here, in `install` and in
/// `replace`/`remove`, and a save cannot forget it.
///
/// Indexes a view parameterises (the board's order, the quick filters' pass, the agenda's
/// filter) are rebuilt when the view changes its parameter (`orderBoard`, `passQuick`,
/// `agendaRows`, a pass over the agenda index); they change nothing else. Indexes too slow for one frame (the case list's
/// sort ranks, the Dashboard's measures) and those the case list does not draw from (the
/// Agenda's, the board's search and order: issue 17.5, the first screen waits for the list's
/// own) are built off the loop: `builds()` asks for them and the answer comes back through
/// `sortRanksBuilt` / `measuresBuilt` / `deferredBuilt`, dropped when positions moved under it
/// (a save in place is put into the answer).
///
/// Invariant: every index describes exactly `summaries` (position `i` of every index is
/// summary `i`), except the off-the-loop ones while `stale`/building, which say so (nil, or
/// `stale`).
struct Catalog: Sendable {
    private(set) var summaries: [CaseSummary] = []
    /// Case files that could not be read; listed after the cases, never written over.
    private(set) var damaged: [DamagedCase] = []
    /// Today and the chase interval: what "overdue" and "to chase" are counted against.
    private(set) var context: QueryContext
    /// Counts every change of the summaries; a view laid out from them remembers it.
    private(set) var generation = 0
    /// Case id → position in `summaries`: constant time, the detail screen asks every frame.
    private var byID = CaseIDTable()
    /// The longest case id (damaged ones too), so an id column fits them all.
    private(set) var idWidth = 4
    /// Every summary's search text in one buffer, for the filter. The only copy when the
    /// snapshot came with its texts apart (`SearchTexts`): the summaries' own `searchText` is
    /// then empty, and the catalog reads a case's text from here, never from its summary.
    private(set) var search = SearchIndex()
    /// The case list's sort ranks (off the loop).
    private(set) var ranks = SortRanks()
    /// Which summaries pass the quick filters (nil with none on).
    private(set) var quickFilter: CaseFilter?
    private(set) var quickPass: [Bool]?
    /// Every request, grouped by status and sorted by the board's key.
    private(set) var board: RequestOrder?
    private var boardKey: RequestSortKey = .attention
    /// Every request's search text, for the board's `/` (off the loop: nil until built).
    private(set) var requestSearch: RequestSearch?
    /// The store's people as last read (the liaison's name in the board's search).
    private var meta: StoreMeta?
    private var boardAscending = true
    /// The Dashboard's measure index and cubes (off the loop).
    private(set) var measures = Measures()
    /// The Agenda's items of every case in its order (replaced per case on a save; off the
    /// loop: nil until built).
    private(set) var agenda: AgendaIndex?
    /// When the Agenda's index, the board's search and its order were asked for and landed.
    private(set) var deferred = Deferred()

    init(context: QueryContext) { self.context = context }

    // MARK: The two ways in

    /// A store read or reloaded: every index is rebuilt from `snapshot`.
    mutating func install(_ snapshot: StoreSnapshot, context: QueryContext, quick: CaseFilter?) {
        self.context = context
        summaries = snapshot.summaries
        damaged = snapshot.damaged
        meta = snapshot.meta
        quickFilter = quick
        search = SearchIndex()   // the old one goes before the new one is made
        search = snapshot.searchTexts.map(SearchIndex.init) ?? SearchIndex(summaries)
        rebuild()
    }

    /// What a change of one case did, for the views that follow the catalog.
    enum Change: Equatable {
        /// Nothing: the same revision and summary were there already.
        case none
        /// Summary `index` changed in place; every other position is as it was.
        case inPlace(index: Int, old: CaseSummary)
        /// A case was added or removed: positions moved, every index was rebuilt.
        case all
    }

    /// A case read or saved: its summary put in place (no position moves), or added at the end.
    @discardableResult
    mutating func replace(_ c: Case) -> Change {
        // Its text goes into the search index only, as the texts of the others did.
        var new = CaseSummary(c)
        let text = new.searchText
        new.searchText = []
        guard let i = byID.index(of: c.id, in: summaries) else {
            summaries.append(new)
            search.append(text)
            rebuild()
            return .all
        }
        var old = summaries[i]
        old.searchText = []     // none when the store's texts came apart; else compared by the index's
        guard old.revision != c.revision || old != new || !search.text(i).elementsEqual(text) else { return .none }
        summaries[i] = new
        generation += 1
        search.replace(i, with: text)
        requestSearch?.replace(i, with: new, context: context)
        deferred.replaced(i, old: old, new: new)
        // With built orders the board is one of them (or derived from one): not shared while they change.
        let follows = ranks.boardOrders != nil
        if follows { board = nil }
        ranks.replace(i, from: old, to: new)
        if let f = quickFilter { quickPass?[i] = f.matches(new, context) }
        if follows, let ready = ranks.boardOrder(boardKey, ascending: boardAscending, context: context) {
            board = ready
        } else if var order = board, order.context == context {
            board = nil     // one owner while it changes, so it changes in place
            order.replace(caseIndex: i, old: old, new: new)
            board = order
        } else if board != nil || deferred.ready {
            orderBoard(by: boardKey, ascending: boardAscending)
        }   // else the deferred build brings it, with this save put in
        measures.replaced(i, old: old, new: new, generation: generation)
        agenda?.replace(i, old: old, new: new) { summaries[$0] }
        return .inPlace(index: i, old: old)
    }

    /// The store's people or units changed (the People screen): the index that holds their
    /// names (the board's search by liaison) is built again; the summaries did not change.
    mutating func metaChanged(_ meta: StoreMeta) {
        self.meta = meta
        if requestSearch != nil { requestSearch = RequestSearch(summaries, meta: meta, context: context) }
        deferred.metaChangedWhileBuilding()
    }

    /// A case deleted (here or on another machine); false when it was not there.
    @discardableResult
    mutating func remove(id: String) -> Bool {
        guard byID.index(of: id, in: summaries) != nil else { return false }
        for i in summaries.indices.reversed() where summaries[i].id == id {
            summaries.remove(at: i)
            search.remove(i)
        }
        rebuild()
        return true
    }

    /// The case list's indexes from the summaries as they are (positions moved; `search` is
    /// in step already); the others are dropped and asked for again off the loop (`builds()`).
    private mutating func rebuild() {
        generation += 1
        // Dropped first: the old ones go before the new ones are made.
        agenda = nil; requestSearch = nil; board = nil
        deferred.rebuilt()
        ranks.dropped()
        measures.rebuilt(generation: generation)
        let summaries = self.summaries, damaged = self.damaged, context = self.context, quick = quickFilter
        // Each index is a pass over every summary and needs none of the others: the positions
        // (the largest) are made beside the rest, so the loop waits for the longer of the two.
        byID = CaseIDTable()
        let (positions, rest) = SideBySide.run({ Self.positions(summaries) }, {
            (idWidth: Self.idWidth(summaries, damaged), quickPass: quick.map { Self.pass($0, summaries, context) })
        })
        byID = positions
        (idWidth, quickPass) = rest
        FreeMemory.giveBack(after: summaries.count)
    }

    /// Case id → position (the first, should an id be there twice), read in place.
    private static func positions(_ summaries: [CaseSummary]) -> CaseIDTable { CaseIDTable(summaries) }

    private static func idWidth(_ summaries: [CaseSummary], _ damaged: [DamagedCase]) -> Int {
        var width = 4
        // An id has no more characters than UTF-8 bytes (a count that costs nothing): only
        // an id that might be wider is counted by characters (a pass over its graphemes).
        summaries.withUnsafeBufferPointer { b in
            for i in b.indices where b[i].id.utf8.count > width { width = max(width, b[i].id.count) }
        }
        for d in damaged { width = max(width, d.id.count) }
        return width
    }

    private static func pass(_ filter: CaseFilter, _ summaries: [CaseSummary], _ context: QueryContext) -> [Bool] {
        var pass = [Bool](repeating: false, count: summaries.count)
        for i in filter.apply(to: summaries, context: context).indices { pass[i] = true }
        return pass
    }

    // MARK: Reading

    func index(id: String) -> Int? { byID.index(of: id, in: summaries) }

    // MARK: Parameters a view chooses

    /// The board sorted by `key`: nil while the deferred build under way (or about to be
    /// asked for) brings that order.
    mutating func orderBoard(by key: RequestSortKey, ascending: Bool) {
        boardKey = key; boardAscending = ascending
        if let ready = ranks.boardOrder(key, ascending: ascending, context: context) {
            board = ready
        } else if deferred.brings(key, ascending: ascending) {
            board = nil
        } else {
            board = RequestOrder(summaries, context: context, sortBy: key, ascending: ascending)
        }
    }

    /// The quick filters' pass for `filter` (nil: none on).
    mutating func passQuick(_ filter: CaseFilter?) {
        quickFilter = filter
        quickPass = filter.map { Self.pass($0, summaries, context) }
    }

    /// The case list's sort ranks with `key`'s ranks made (the first sort by a column makes
    /// them; after that a sort is a sort of integers); nil until built.
    mutating func ranks(for key: CaseSortKey) -> CaseSortIndex? {
        ranks.prepared(key, summaries: summaries)
    }

    /// The Agenda's rows for `filter`: a pass over the index's entries, no item copied.
    func agendaRows(_ filter: AgendaFilter) -> AgendaRows {
        guard let agenda else { return AgendaRows() }
        return AgendaRows(agenda, filter: filter)
    }

    /// The Agenda's items for `filter`, in order (what the rows show).
    func agendaItems(_ filter: AgendaFilter) -> [DeadlineItem] { agendaRows(filter).items(in: summaries) }

    /// The row of `item` in `rows` (laid out from this catalog), if it is shown.
    func agendaRow(of item: DeadlineItem, in rows: AgendaRows) -> Int? {
        index(id: item.caseID).flatMap { rows.row(of: item, caseIndex: $0, in: summaries) }
    }
}

// MARK: Builds off the loop

/// The indexes the catalog builds off the loop: asked for after every action, one build of
/// each at a time, each answer numbered with the generation it was built from.
extension Catalog {
    /// The builds to start now (after every action, once the store is read), in the order
    /// they run (one at a time): the sort ranks first, whose sorts of 100,000 titles and ids
    /// need the most room while they run (13 MB), so that room comes before the other indexes
    /// are held rather than on top of them (the UI's peak memory, issue 16.4), and a first
    /// sort by a column is ready soonest; then the Agenda's and the board's; the Dashboard's last.
    mutating func builds() -> [Effect] {
        var effects: [Effect] = []
        if let request = ranks.request(summaries, context: context) { effects.append(.buildSortIndex(request)) }
        if let g = deferred.request(boardKey, ascending: boardAscending) {
            effects.append(.buildDeferred(DeferredRequest(summaries: summaries, context: context, meta: meta, boardKey: boardKey,
                                                          boardAscending: boardAscending, generation: g)))
        }
        if let request = measures.request(summaries, context: context) { effects.append(.buildMeasures(request)) }
        return effects
    }

    mutating func sortRanksBuilt(_ indexes: SortIndexes, generation: Int) {
        ranks.built(indexes, generation: generation, count: summaries.count)
        // The same order as the one shown (both of these summaries), now shared with the ranks.
        if let ready = ranks.boardOrder(boardKey, ascending: boardAscending, context: context) { board = ready }
        FreeMemory.giveBack(after: summaries.count)
    }

    /// A deferred build: kept if the positions are as it had them, with the saves made since
    /// put in place; else dropped (and asked for again by `builds()`).
    mutating func deferredBuilt(_ built: DeferredIndexes) {
        guard deferred.landed(built.generation) else { return }
        var agenda = built.agenda, search = built.requestSearch, order = built.board
        let ownOrder = board == nil && order.context == context
        // The index has each case as the build read it until its changes are put in: the
        // first change's old summary, then each change's new one (the summaries now are the last).
        var asIndexed: [Int: CaseSummary] = [:]
        for c in deferred.changes where asIndexed[c.index] == nil { asIndexed[c.index] = c.old }
        for c in deferred.changes {
            agenda.replace(c.index, old: c.old, new: c.new) { asIndexed[$0] ?? summaries[$0] }
            asIndexed[c.index] = c.new
            search.replace(c.index, with: c.new, context: context)
            if ownOrder { order.replace(caseIndex: c.index, old: c.old, new: c.new) }
        }
        if deferred.metaChanged { search = RequestSearch(summaries, meta: meta, context: context) }
        deferred.clearChanges()
        self.agenda = agenda
        requestSearch = search
        if board == nil {
            if ownOrder, order.sortBy == boardKey, order.ascending == boardAscending { board = order }
            else { orderBoard(by: boardKey, ascending: boardAscending) }
        }
        FreeMemory.giveBack(after: summaries.count)
    }

    /// A measures build: installed even when overtaken (see `Measures.built`).
    mutating func measuresBuilt(_ ready: MeasuresReady) {
        measures.built(ready)
        FreeMemory.giveBack(after: summaries.count)
    }
}
