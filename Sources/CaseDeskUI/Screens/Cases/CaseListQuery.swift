import CaseCore

/// Sorting and filtering of the case list, over summaries only. Sorting (CaseCore's CaseSort)
/// happens when the sort or the summaries change; the quick filters (CaseCore's CaseFilter)
/// when they change; a filter keystroke only searches the `SearchIndex` (narrowing the
/// previous hits when the query grew) and keeps the sorted order with one pass over a
/// bitmap, so typing stays fast on 100,000 cases.
extension AppState {
    /// Re-sorts every summary, then re-filters.
    mutating func resortCases() {
        let sort = CaseSort(cases.sort, ascending: cases.ascending)
        if let index = catalog.ranks(for: sort.key) {
            cases.order = sort.apply(Array(summaries.indices), of: summaries, context: queryContext, meta: meta, index: index)
        } else {
            // Opening a store, or the ranks not built yet: read the strings.
            cases.order = sort.apply(Array(summaries.indices), of: summaries, context: queryContext, meta: meta)
        }
        refilterCases()
    }

    /// Recomputes which summaries pass the quick filters, then re-filters. Call when the
    /// quick filters or the summaries change.
    mutating func requickCases() {
        catalog.passQuick(quickFilter)
        refilterCases()
    }

    /// The person id "mine" means: the user's login matched against the people of the store
    /// by id or name, else the login itself.
    var me: String {
        let u = user.lowercased()
        return meta?.people.first { $0.id.lowercased() == u || $0.name.lowercased() == u }?.id ?? user
    }

    /// Recomputes `visible` for the current filter and quick filters, keeping the selected
    /// case selected when it is still visible.
    mutating func refilterCases() {
        // By index, not id: the summaries are the same ones the selection was made in (callers
        // that replace summaries clear `visible` first), and comparing integers keeps a
        // keystroke cheap on 100,000 rows.
        let keep = selectedSummaryIndex
        let query = TextQuery(cases.filter.text)
        var textHits: [Bool]?
        if !query.isEmpty {
            let search = catalog.search
            textHits = cases.memo.hits(for: query) { words, base in search.narrow(to: words, from: base) }.flags(total: search.count)
        }
        let quick = catalog.quickPass
        switch (textHits, quick) {
        case (nil, nil): cases.visible = cases.order
        case let (t?, nil): cases.visible = cases.order.filter { t[$0] }
        case let (nil, q?): cases.visible = cases.order.filter { q[$0] }
        case let (t?, q?): cases.visible = cases.order.filter { t[$0] && q[$0] }
        }
        // Damaged cases have no summary: they match on their id only, and only with no quick filter.
        cases.visibleDamaged = cases.quick.isEmpty
            ? damaged.indices.filter { query.matches(bytes: Array(SearchText.fold(damaged[$0].id).utf8)) }
            : []
        if let keep, let row = cases.visible.firstIndex(of: keep) {
            cases.list.selected = row
        }
        cases.list.clamp(count: cases.rowCount, height: CasesLayout(size: size).listRows)
        cases.requests = ListPosition()
        cases.detailScroll = 0
    }

    /// The summary under the list cursor, nil when the cursor is on a damaged row or nothing.
    var selectedSummaryIndex: Int? {
        let row = cases.list.selected
        return row < cases.visible.count ? cases.visible[row] : nil
    }

    var selectedCaseID: String? { selectedSummaryIndex.map { summaries[$0].id } }

    var selectedDamaged: DamagedCase? {
        let row = cases.list.selected - cases.visible.count
        return row >= 0 && row < cases.visibleDamaged.count ? damaged[cases.visibleDamaged[row]] : nil
    }
}
