import CaseCore

/// The Cases screen: which rows are visible (indices into `AppState.summaries`), the filter,
/// the sort and the selection. The list never holds copies of summaries.
struct CasesState: Sendable, Equatable {
    var focus: CasesPane = .list
    var filter = LineInput()
    /// True while `/` is being typed: printable keys go to the filter.
    var filterEditing = false
    /// The last text queries and the summaries they matched, so a query that narrows one
    /// searches its hits alone and erasing a character searches nothing; cleared when the
    /// summaries change.
    var memo = FilterMemo()
    var quick = QuickFilters()
    var sort: CaseSortKey = .id
    var ascending = true
    /// The columns shown, in order (a saved view's, `:view`); nil: every column.
    var columns: [CaseSortKey]?
    /// Every summary index, in sort order (with the catalog's sort ranks once built).
    var order: [Int] = []
    /// The indices that pass the filter and quick filters, in sort order.
    var visible: [Int] = []
    /// Indices into `AppState.damaged` that pass the filter: listed after the cases.
    var visibleDamaged: [Int] = []
    var list = ListPosition()
    var requests = ListPosition()
    var detailScroll = 0

    var rowCount: Int { visible.count + visibleDamaged.count }
}

/// A selection and scroll offset in a list of rows.
struct ListPosition: Sendable, Equatable {
    var selected = 0
    var offset = 0

    /// Keeps `selected` inside `0..<count` and on screen in a window of `height` rows.
    mutating func clamp(count: Int, height: Int) {
        selected = count == 0 ? 0 : min(max(0, selected), count - 1)
        let h = max(1, height)
        if selected < offset { offset = selected }
        if selected >= offset + h { offset = selected - h + 1 }
        offset = max(0, min(offset, max(0, count - h)))
    }

    mutating func move(by delta: Int, count: Int) {
        selected = count == 0 ? 0 : min(max(0, selected + delta), count - 1)
    }

    /// Selects the nearest row from `from` in direction `step` that `isRow` accepts, skipping
    /// the group headings of the board, the Agenda and the People screen; past the end it looks
    /// back the other way, so a page jump still lands on a row, and it stays put when there is
    /// none. The heading above the first row is kept in view.
    mutating func selectNearest(from: Int, step: Int, count: Int, height: Int, isRow: (Int) -> Bool) {
        guard count > 0 else { return }
        let start = min(max(0, from), count - 1)
        var i = start
        while i >= 0, i < count, !isRow(i) { i += step }
        if i < 0 || i >= count {
            i = start
            while i >= 0, i < count, !isRow(i) { i -= step }
        }
        guard i >= 0, i < count else { return }
        selected = i
        clamp(count: count, height: height)
        if i == 1 { offset = 0 }
    }
}

/// The `f` filters of the case list. Each is empty/false when off; they combine with AND, the
/// values of one set with OR (two crime types: a case of either). "Open (not finalised)" is
/// the statuses `CaseStatus.open`, so a saved view (CaseCore's `SavedView`, lists of values)
/// holds every combination as it is.
struct QuickFilters: Sendable, Equatable {
    var statuses: Set<CaseStatus> = []
    var crimeTypes: Set<CrimeType> = []
    var units: Set<String> = []
    var lawyers: Set<String> = []
    var mine = false
    var overdue = false
    var ctlAlarm = false
    var noNextAction = false

    var isEmpty: Bool { self == QuickFilters() }

    /// The CaseCore filter for these quick filters; `me` is the person id "mine" stands for.
    func caseFilter(me: String) -> CaseFilter {
        var f = CaseFilter(text: "", statuses: statuses, crimeTypes: crimeTypes, units: units, lawyers: lawyers,
                           mine: mine ? me : nil, overdueOnly: overdue)
        f.ctlAlarmOnly = ctlAlarm
        f.noNextActionOnly = noNextAction
        return f
    }

    /// "open, Drugs or Fraud, OCD-LON or CCU-MER, overdue" for the header.
    func describe(personName: (String) -> String) -> String {
        var parts: [String] = []
        if statuses == CaseStatus.open {
            parts.append("open")
        } else if !statuses.isEmpty {
            parts.append("status " + statuses.sorted().map(\.label).joined(separator: " or "))
        }
        if !crimeTypes.isEmpty { parts.append(crimeTypes.sorted().map(\.short).joined(separator: " or ")) }
        if !units.isEmpty { parts.append(units.sorted().joined(separator: " or ")) }
        if !lawyers.isEmpty { parts.append(lawyers.sorted().map(personName).joined(separator: " or ")) }
        if mine { parts.append("mine") }
        if overdue { parts.append("overdue") }
        if ctlAlarm { parts.append("CTL at risk") }
        if noNextAction { parts.append("no next action") }
        return parts.joined(separator: ", ")
    }
}
