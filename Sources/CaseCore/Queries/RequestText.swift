extension RequestSummary {
    /// What the MLA board's text filter searches in a request, folded as the case list's text
    /// is: the request id, the case id, the country code and name, the authority, the liaison's
    /// id and name. One rule for the board's `/`, a board view's `filter` and `casedesk
    /// requests --text`; `names` maps person ids to names (the store's people).
    public func searchText(of s: CaseSummary, names: [String: String]) -> [UInt8] {
        var parts = [id, s.id, country, Countries.name(of: country) ?? ""]
        if let authority { parts.append(authority) }
        if let liaison { parts.append(liaison); if let n = names[liaison] { parts.append(n) } }
        return Array(SearchText.fold(parts.joined(separator: "\n")).utf8)
    }
}

extension StoreMeta {
    /// Person id → name, as the board's text filter reads a liaison (the first of an id given twice).
    public var liaisonNames: [String: String] {
        Dictionary(people.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
    }
}

extension SavedBoardView {
    /// The view's quick filters as CaseCore's `RequestFilter`; "mine" is `me`, whoever opens it.
    public func requestFilter(me: String) -> RequestFilter {
        var f = RequestFilter()
        f.kinds = Set(kinds); f.directions = Set(directions); f.countries = Set(countries)
        f.mine = mine ? me : nil
        f.overdueOnly = overdueOnly; f.toChaseOnly = toChaseOnly; f.urgentOnly = urgentOnly
        return f
    }
}
