/// `s`, `S`, `f` and `F` do the same to the case list and to the MLA board: cycle the sort,
/// reverse it, open the quick filters, clear them. Both screens send them here, so the two
/// lists cannot drift apart (a new list screen adds a target, not another copy of the switch).
enum ListFind: Sendable, Equatable {
    case sort, reverseSort, quickFilter, clearFilters
}

extension AppState {
    mutating func find(_ action: ListFind, on target: QuickFilterMenu.Target) {
        switch (action, target) {
        case (.sort, .cases):
            cases.sort = cases.sort.next
            resortCases()
        case (.sort, .board):
            board.sort = board.sort.next
            rebuildBoard()
        case (.reverseSort, .cases):
            cases.ascending.toggle()
            resortCases()
        case (.reverseSort, .board):
            board.ascending.toggle()
            rebuildBoard()
        case (.quickFilter, _): overlay = .quickFilter(QuickFilterMenu(target: target))
        case (.clearFilters, _): clearQuickFilters(target)
        }
    }
}
