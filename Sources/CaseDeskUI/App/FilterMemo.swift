import CaseCore

/// The hits of the last queries typed into a `/` filter, so that a keystroke does not search
/// again what an earlier one searched (issue 16.3): erasing a character gives back the hits
/// that shorter query had, a query with the same words as a remembered one ("kes " after
/// "kes", "operation ope" after "operation") costs nothing, and a query that grew narrows the
/// hits of the narrowest remembered query it narrows, from where that query's words were found
/// (`SearchIndex.narrow`).
///
/// Invariant: each entry is exactly the items containing every one of its words, in the items
/// as they were when the memo was last cleared: whoever changes the items clears it.
struct FilterMemo: Sendable, Equatable {
    /// Most recently used last.
    private(set) var entries: [SearchIndex.Found] = []
    static let capacity = 16
    /// At most this many bytes of hits and positions are kept besides the newest entry
    /// (a common letter's hits with their positions are 800 KB at 100,000 cases).
    static let budget = 8 << 20

    mutating func clear() { entries.removeAll() }

    /// The items matching `query` (not empty). `narrow(words, base)` finds the items containing
    /// every one of `words`, among `base`'s items when given (`SearchIndex.narrow`).
    mutating func hits(for query: TextQuery,
                       narrow: (_ words: [[UInt8]], _ base: SearchIndex.Found?) -> SearchIndex.Found) -> SearchIndex.Found {
        let words = SearchIndex.essential(query.words)
        if let i = entries.lastIndex(where: { $0.words == words }) {
            let entry = entries.remove(at: i)
            entries.append(entry)
            return entry
        }
        let base = entries.filter { Self.narrows(words, $0.words) }.min { $0.count < $1.count }
        let found = narrow(words, base)
        entries.append(found)
        var bytes = 0, kept = 1
        for e in entries.dropLast().reversed() {
            bytes += e.count * 4 * (1 + e.words.count)
            if kept == Self.capacity || bytes > Self.budget { break }
            kept += 1
        }
        entries.removeFirst(entries.count - kept)
        return found
    }

    /// Whether everything `words` match is matched by `broader`: each of `broader` is inside one
    /// of `words` (typing on extends a word; adding a word only narrows).
    static func narrows(_ words: [[UInt8]], _ broader: [[UInt8]]) -> Bool {
        broader.allSatisfy { b in words.contains { SearchIndex.offset(of: b, in: $0) != nil } }
    }
}
