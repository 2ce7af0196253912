import CaseCore

/// Sorting and filtering of the case list, over summaries only, with CaseCore's CaseSort and
/// CaseFilter. Sorting happens when the sort or the summaries change; a filter keystroke
/// runs CaseFilter (which narrows the previous result when the query grew) and then keeps
/// the sorted order with one pass over a bitmap, so typing stays fast on 100,000 cases.
extension AppState {
    /// Re-sorts every summary, then re-filters.
    mutating func resortCases() {
        cases.order = CaseSort(cases.sort, ascending: cases.ascending)
            .apply(Array(summaries.indices), of: summaries, context: queryContext, meta: meta)
        cases.lastFilter = nil
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
        let keep = selectedCaseID
        let filter = cases.quick.caseFilter(text: cases.filter.text, me: me)
        if filter.isEmpty {
            cases.visible = cases.order
            cases.lastFilter = nil
        } else {
            let result = filter.apply(to: summaries, context: queryContext, narrowing: cases.lastFilter)
            var keepRow = [Bool](repeating: false, count: summaries.count)
            for i in result.indices { keepRow[i] = true }
            cases.visible = cases.order.filter { keepRow[$0] }
            cases.lastFilter = result
        }
        // Damaged cases have no summary: they match on their id only, and only with no quick filter.
        let query = TextQuery(cases.filter.text)
        cases.visibleDamaged = cases.quick.isEmpty
            ? damaged.indices.filter { query.matches(bytes: Array(SearchText.fold(damaged[$0].id).utf8)) }
            : []
        if let keep, let row = cases.visible.firstIndex(where: { summaries[$0].id == keep }) {
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
