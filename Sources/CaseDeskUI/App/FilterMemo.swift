import CaseCore

/// The hits of the last queries typed into a `/` filter, so that a keystroke does not search
/// again what an earlier one searched (issue 16.3): erasing a character gives back the hits
/// that shorter query had, a query equal to a remembered one ("kes " after "kes") costs
/// nothing, and a query that grew searches only the hits of the narrowest remembered query
/// it narrows, and only for the words that query does not already guarantee.
///
/// Invariant: each entry's `hits` flag exactly the items containing every word of its query,
/// in the items as they were when the memo was last cleared: whoever changes the items clears it.
struct FilterMemo: Sendable, Equatable {
    struct Entry: Sendable, Equatable {
        let query: TextQuery
        let hits: [Bool]
        let count: Int
    }

    /// Most recently used last.
    private(set) var entries: [Entry] = []
    /// A flag per item each (100 KB at 100,000 cases): a word and back again is remembered.
    static let capacity = 16

    mutating func clear() { entries.removeAll() }

    /// The flags of the items matching `query` (not empty). `search(words, within)` flags the
    /// items containing every one of `words`, looking only at those flagged in `within` (every
    /// item when nil).
    mutating func hits(for query: TextQuery, search: (_ words: [[UInt8]], _ within: [Bool]?) -> [Bool]) -> [Bool] {
        if let i = entries.lastIndex(where: { $0.query == query }) {
            let entry = entries.remove(at: i)
            entries.append(entry)
            return entry.hits
        }
        let base = entries.filter { query.narrows($0.query) }.min { $0.count < $1.count }
        let words = query.words.filter { w in !(base?.query.words.contains { Self.contains($0, w) } ?? false) }
        let hits: [Bool]
        if let base, words.isEmpty { hits = base.hits } else { hits = search(words, base?.hits) }
        var count = 0
        for h in hits where h { count += 1 }
        entries.append(Entry(query: query, hits: hits, count: count))
        if entries.count > Self.capacity { entries.removeFirst() }
        return hits
    }

    /// Whether `needle` occurs in `word` (both folded, short: a word of a filter).
    static func contains(_ word: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= word.count else { return false }
        for start in 0...(word.count - needle.count) where word[start..<(start + needle.count)].elementsEqual(needle) {
            return true
        }
        return false
    }
}
