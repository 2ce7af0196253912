import CaseCore

/// What the indexes the case list does not draw from (the Agenda's, the board's search and
/// its order) are built from, off the loop after the store is read, so that the first screen
/// waits only for the list's own indexes (issue 17.5). The summaries as they were when asked
/// (a copy-on-write array: asking costs nothing), the store's people (the liaison's name in
/// the board's search) and the board's sort, numbered with the generation of the positions.
public struct DeferredRequest: Sendable, Equatable {
    public let summaries: [CaseSummary]
    public let context: QueryContext
    let meta: StoreMeta?
    let boardKey: RequestSortKey
    let boardAscending: Bool
    /// `Catalog.Deferred.generation` when asked: changes only when positions move.
    public let generation: Int

    /// Two requests are the same when they are for the same generation of the summaries.
    public static func == (a: DeferredRequest, b: DeferredRequest) -> Bool {
        a.generation == b.generation && a.context == b.context
    }

    /// The three indexes, side by side on two threads (the Agenda's is the largest): pure,
    /// safe on any thread.
    public func build() -> DeferredIndexes {
        let (agenda, rest) = SideBySide.run({ AgendaIndex(summaries, context: context) }, {
            (RequestSearch(summaries, meta: meta, context: context),
             RequestOrder(summaries, context: context, sortBy: boardKey, ascending: boardAscending))
        })
        return DeferredIndexes(agenda: agenda, requestSearch: rest.0, board: rest.1, generation: generation)
    }
}

/// A deferred build's answer, for the summaries of `generation`.
public struct DeferredIndexes: Sendable {
    let agenda: AgendaIndex
    let requestSearch: RequestSearch
    let board: RequestOrder
    public let generation: Int
}

extension Catalog {
    /// The deferred indexes' bookkeeping. Until a build lands, `agenda` and `requestSearch`
    /// are nil (the screens that need them say "building…"), and `board` is nil unless a view
    /// ordered it meanwhile. A save while one is under way is kept in `changes` and put into
    /// the answer in place when it lands, as a save puts itself into built indexes; a change
    /// that moves positions drops the answer, and another build is asked for.
    struct Deferred: Sendable {
        /// Counts changes that move positions (`rebuild`).
        private(set) var generation = 0
        /// The generation a `.buildDeferred` is under way for, if any (one at a time).
        private(set) var building: Int?
        /// Whether the indexes describe the summaries (false from `rebuild` until an answer lands).
        private(set) var ready = false
        /// Saves in place since the build under way was asked for: position, before, after.
        private(set) var changes: [(index: Int, old: CaseSummary, new: CaseSummary)] = []
        /// The store's people changed since the build under way was asked for.
        private(set) var metaChanged = false

        mutating func rebuilt() {
            generation += 1
            ready = false
            changes = []
            metaChanged = false
        }

        /// A save in place: kept for the answer, if one is under way and not yet landed.
        mutating func replaced(_ i: Int, old: CaseSummary, new: CaseSummary) {
            if !ready { changes.append((i, old, new)) }
        }

        mutating func metaChangedWhileBuilding() { if !ready { metaChanged = true } }

        /// The board's sort the build under way was asked with.
        private var board: (key: RequestSortKey, ascending: Bool)?

        /// A build to ask for, with the board's sort as it is: none while one is under way or
        /// the indexes are there.
        mutating func request(_ key: RequestSortKey, ascending: Bool) -> Int? {
            guard !ready, building == nil else { return nil }
            building = generation
            board = (key, ascending)
            changes = []
            metaChanged = false
            return generation
        }

        /// Whether the board's order by `key` comes with a build under way or about to be
        /// asked for (`builds()` after the action), so that ordering it now would be done twice.
        func brings(_ key: RequestSortKey, ascending: Bool) -> Bool {
            guard !ready else { return false }
            guard building != nil, let board else { return true }
            return board.key == key && board.ascending == ascending
        }

        /// An answer landed: whether it is for the positions as they are now (then the saves
        /// since are in `changes`, and the indexes are ready).
        mutating func landed(_ g: Int) -> Bool {
            building = nil
            guard g == generation else { return false }
            ready = true
            return true
        }

        mutating func clearChanges() { changes = []; metaChanged = false }
    }

    /// Whether the Agenda's index and the board's search describe the summaries.
    var deferredReady: Bool { deferred.ready }
}
