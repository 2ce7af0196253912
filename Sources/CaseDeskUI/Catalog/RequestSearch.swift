import CaseCore

/// The MLA board's search and facts: one item per request (request id, case id, country code and name,
/// authority, liaison id and name), folded as the case list's text is, in one `SearchIndex`,
/// so a `/` keystroke on the board is the same few `memchr` sweeps as on the case list.
///
/// Invariant: the requests of case `ci` are items `first[ci] ..< first[ci + 1]`, in the
/// case's order, for exactly the summaries of the catalog.
struct RequestSearch: Sendable, Equatable {
    private(set) var index = SearchIndex()
    private(set) var first: [Int] = [0]
    /// Per item, what the quick filters and marks read (`RequestFacts`, a few bytes each).
    private(set) var facts: [RequestFacts] = []
    /// Person id → name, for the liaison (from the store's people when it was read).
    private var names: [String: String] = [:]

    init() {}

    init(_ summaries: [CaseSummary], meta: StoreMeta?, context: QueryContext) {
        names = meta?.liaisonNames ?? [:]
        first.reserveCapacity(summaries.count + 1)
        var texts = SearchTexts()
        // Read in place: a summary is never copied (a retain of each of its fields). Each text
        // goes into the joined buffer as it is made: held apart first, the 95,000 texts of
        // the demo store at 100,000 cases were 12 MB more at the end of the build.
        summaries.withUnsafeBufferPointer { b in
            let requests = b.reduce(0) { $0 + $1.requests.count }
            texts.reserve(bytes: 0, texts: requests)
            facts.reserveCapacity(requests)
            for ci in b.indices {
                for ri in b[ci].requests.indices {
                    texts.append(text(b[ci].requests[ri], of: b[ci]))
                    facts.append(RequestFacts(b[ci].requests[ri], context))
                }
                first.append(texts.count)
            }
        }
        index = SearchIndex(texts.exactCapacity())
    }

    /// The item of request `ri` of case `ci`.
    func item(case ci: Int, request ri: Int) -> Int { first[ci] + ri }

    /// Case `ci`'s requests after a save (the other cases in place).
    mutating func replace(_ ci: Int, with s: CaseSummary, context: QueryContext) {
        let old = first[ci]..<first[ci + 1]
        facts.replaceSubrange(old, with: s.requests.map { RequestFacts($0, context) })
        index.replace(old, with: s.requests.indices.map { text(s.requests[$0], of: s) })
        let delta = s.requests.count - old.count
        if delta != 0 { for k in (ci + 1)..<first.count { first[k] += delta } }
    }

    /// Flags per item for `query`, only among `candidates` when given.
    func matching(_ query: TextQuery, candidates: [Int]?) -> [Bool] { index.matching(query, candidates: candidates) }

    private func text(_ r: RequestSummary, of s: CaseSummary) -> [UInt8] { r.searchText(of: s, names: names) }
}
