import CaseCore

/// Sorting and filtering of the case list over summaries only. Sorting happens when the sort
/// changes; each filter keystroke only filters the sorted order (or, when the query grew, the
/// rows already visible), so typing stays fast on 100,000 cases.
extension AppState {
    /// Re-sorts every summary, then re-filters.
    mutating func resortCases() {
        cases.order = CaseListQuery.order(summaries, by: cases.sort, ascending: cases.ascending,
                                          today: today, name: { personName($0) })
        cases.appliedQuery = ""
        refilterCases(narrowing: false)
    }

    /// Recomputes `visible` for the current filter and quick filters, keeping the selected
    /// case selected when it is still visible.
    mutating func refilterCases(narrowing: Bool = true) {
        let keep = selectedCaseID
        let query = SearchText.fold(cases.filter.text).trimmingCharacters(in: .whitespaces)
        let words = query.split(separator: " ").map { Array($0.utf8) }
        let source = narrowing && !cases.appliedQuery.isEmpty && query.hasPrefix(cases.appliedQuery)
            ? cases.visible : cases.order
        let mine = CaseListQuery.mine(user: user, people: meta?.people ?? [])
        let q = cases.quick
        let today = self.today, interval = chaseInterval
        let s = summaries
        cases.visible = source.filter { i in
            let c = s[i]
            return CaseListQuery.passes(c, quick: q, mine: mine, today: today, interval: interval)
                && words.allSatisfy { CaseListQuery.contains(c.searchText, $0) }
        }
        cases.appliedQuery = query
        // Damaged cases have no summary: they match on their id only, and not quick filters.
        cases.visibleDamaged = q.isEmpty
            ? damaged.indices.filter { i in words.allSatisfy { CaseListQuery.contains(Array(SearchText.fold(damaged[i].id).utf8), $0) } }
            : []
        if let keep, let row = cases.visible.firstIndex(where: { summaries[$0].id == keep }) {
            cases.list.selected = row
        }
        cases.list.clamp(count: cases.rowCount, height: max(1, size.height - 6))
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

enum CaseListQuery {
    static func order(_ summaries: [CaseSummary], by column: CaseSortColumn, ascending: Bool,
                      today: Day, name: (String?) -> String) -> [Int] {
        var idx = Array(summaries.indices)
        // Ties fall back to id so the order is the same on every run.
        func by<K: Comparable>(_ key: (CaseSummary) -> K) {
            let keys = summaries.map(key)
            idx.sort { a, b in
                keys[a] != keys[b] ? (keys[a] < keys[b]) == ascending : (summaries[a].id < summaries[b].id) == ascending
            }
        }
        switch column {
        case .id: by { $0.id }
        case .title: by { SearchText.fold($0.title) }
        case .status: by { $0.status.position }
        case .unit: by { $0.unit }
        case .lawyer: by { name($0.lawyer) }
        // Cases with no next hearing go last whichever the direction: they need no action.
        case .nextHearing:
            let far = Int32.max
            by { $0.nextHearing(today: today).map { $0.date.ordinal } ?? (ascending ? far : Int32.min) }
        case .opened: by { $0.opened.ordinal }
        }
        return idx
    }

    /// The person ids that are "me": the user's login matched against people's ids and names.
    static func mine(user: String, people: [Person]) -> Set<String> {
        let u = user.lowercased()
        var ids: Set<String> = [user]
        for p in people where p.id.lowercased() == u || p.name.lowercased() == u { ids.insert(p.id) }
        return ids
    }

    static func passes(_ c: CaseSummary, quick q: QuickFilters, mine: Set<String>, today: Day, interval: Int) -> Bool {
        if let s = q.status, c.status != s { return false }
        if let t = q.crimeType, !c.crimeTypes.contains(t) { return false }
        if let u = q.unit, c.unit != u { return false }
        if let l = q.lawyer, c.lawyer != l { return false }
        if q.mine, !(c.lawyer.map(mine.contains) ?? false), !(c.caseworker.map(mine.contains) ?? false) { return false }
        if q.overdue, c.requestMark(today: today, chaseInterval: interval) != .overdue { return false }
        return true
    }

    /// Whether `needle` occurs in `hay` (both already folded UTF-8).
    static func contains(_ hay: [UInt8], _ needle: [UInt8]) -> Bool {
        let n = needle.count
        if n == 0 { return true }
        if n > hay.count { return false }
        return hay.withUnsafeBufferPointer { h in
            needle.withUnsafeBufferPointer { nd in
                let first = nd[0]
                var i = 0
                let last = h.count - n
                while i <= last {
                    if h[i] == first {
                        var j = 1
                        while j < n, h[i + j] == nd[j] { j += 1 }
                        if j == n { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }
}
