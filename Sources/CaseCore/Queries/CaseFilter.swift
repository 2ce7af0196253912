/// The filters of the case list: text as typed, and the quick filters of the `f` menu. An
/// empty set means "any"; every criterion that is set must hold (they are and-ed).
public struct CaseFilter: Sendable, Equatable {
    /// Words matched against id, URN, title, defendant names, offences and countries, case-
    /// and accent-insensitively; every word must occur.
    public var text: String
    public var statuses: Set<CaseStatus>
    /// A case matches when it has at least one of these crime types.
    public var crimeTypes: Set<CrimeType>
    /// Unit ids.
    public var units: Set<String>
    /// Person ids of the case lawyer.
    public var lawyers: Set<String>
    /// "Mine": a person id who is the lawyer or the caseworker of the case.
    public var mine: String?
    /// Only cases with an overdue request.
    public var overdueOnly: Bool
    /// Only cases with a request to chase.
    public var toChaseOnly: Bool
    /// Schema version 2: only cases with a running CTL at risk or expired.
    public var ctlAlarmOnly = false
    /// Schema version 2: only open cases without a next action (`DeadlineList`).
    public var noNextActionOnly = false

    public init(text: String = "", statuses: Set<CaseStatus> = [], crimeTypes: Set<CrimeType> = [],
                units: Set<String> = [], lawyers: Set<String> = [], mine: String? = nil,
                overdueOnly: Bool = false, toChaseOnly: Bool = false) {
        self.text = text; self.statuses = statuses; self.crimeTypes = crimeTypes; self.units = units
        self.lawyers = lawyers; self.mine = mine; self.overdueOnly = overdueOnly; self.toChaseOnly = toChaseOnly
    }

    /// No criterion at all: every case matches.
    public var isEmpty: Bool { TextQuery(text).isEmpty && withText("") == CaseFilter() }

    func withText(_ t: String) -> CaseFilter { var f = self; f.text = t; return f }

    /// Whether one summary passes. Convenient for one case; to filter many, use `apply`,
    /// which folds the text once.
    public func matches(_ summary: CaseSummary, _ context: QueryContext) -> Bool {
        Compiled(self).matches(summary, context)
    }

    /// The indices (into `summaries`, ascending) of the summaries that pass.
    ///
    /// When `previous` was computed over the same `summaries` with the same context and every
    /// criterion but the text, and the new text only narrows the old one (a key typed at the
    /// end of the query), only the previous result is searched: each keystroke gets cheaper.
    /// The caller drops `previous` whenever the summaries change (reload, save).
    public func apply(to summaries: [CaseSummary], context: QueryContext,
                      narrowing previous: FilterResult? = nil) -> FilterResult {
        let compiled = Compiled(self)
        var candidates: [Int]? = nil
        if let previous, previous.summaryCount == summaries.count, previous.context == context,
           previous.filter.withText("") == withText(""), compiled.text.narrows(previous.query) {
            candidates = previous.indices
        }
        var out: [Int] = []
        out.reserveCapacity(candidates?.count ?? summaries.count)
        // Typing in the filter box is the hot path: with only text set, test the bytes alone.
        let textOnly = withText("") == CaseFilter()
        summaries.withUnsafeBufferPointer { buf in
            func test(_ i: Int) -> Bool {
                textOnly ? compiled.text.matches(bytes: buf[i].searchText) : compiled.matches(buf, i, context)
            }
            if let candidates {
                for i in candidates where test(i) { out.append(i) }
            } else {
                for i in buf.indices where test(i) { out.append(i) }
            }
        }
        return FilterResult(filter: self, query: compiled.text, context: context,
                            summaryCount: summaries.count, indices: out, narrowed: candidates != nil)
    }

    /// The filter with its text folded once, for use in a loop.
    struct Compiled {
        let filter: CaseFilter
        let text: TextQuery
        init(_ f: CaseFilter) { filter = f; text = TextQuery(f.text) }

        func matches(_ s: CaseSummary, _ context: QueryContext) -> Bool {
            withUnsafePointer(to: s) { matches(UnsafeBufferPointer(start: $0, count: 1), 0, context) }
        }

        /// Reads the fields in place (`buf[i].status`), never copying a whole summary.
        func matches(_ buf: UnsafeBufferPointer<CaseSummary>, _ i: Int, _ context: QueryContext) -> Bool {
            let f = filter
            if !f.statuses.isEmpty, !f.statuses.contains(buf[i].status) { return false }
            if !f.crimeTypes.isEmpty, !buf[i].crimeTypes.contains(where: { f.crimeTypes.contains($0) }) { return false }
            if !f.units.isEmpty, !f.units.contains(buf[i].unit) { return false }
            if !f.lawyers.isEmpty { guard let l = buf[i].lawyer, f.lawyers.contains(l) else { return false } }
            if let me = f.mine, !buf[i].involves(person: me) { return false }
            if f.overdueOnly, !buf[i].hasOverdueRequest(today: context.today) { return false }
            if f.toChaseOnly, !buf[i].hasRequestToChase(today: context.today, interval: context.chaseIntervalDays) {
                return false
            }
            if f.ctlAlarmOnly, !buf[i].hasCTLAlarm(today: context.today) { return false }
            if f.noNextActionOnly, !DeadlineList.isWithoutNextAction(buf[i], today: context.today) { return false }
            return text.matches(bytes: buf[i].searchText)
        }
    }
}

/// The outcome of `CaseFilter.apply`: the matching indices and what they were computed from,
/// so the next keystroke can narrow them.
public struct FilterResult: Sendable, Equatable {
    public let filter: CaseFilter
    public let query: TextQuery
    public let context: QueryContext
    /// How many summaries the indices refer to; a different count means a different store.
    public let summaryCount: Int
    /// Ascending indices into the summaries that were filtered.
    public let indices: [Int]
    /// Whether this result was computed from a previous one (for tests and the benchmark).
    public let narrowed: Bool
}
