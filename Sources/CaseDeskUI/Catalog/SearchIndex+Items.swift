/// What the catalog asks of the search index now that it holds the only copy of the case
/// list's search text (the summaries' own is taken out when the store is read: `SearchTexts`).
extension SearchIndex {
    /// Item `i`'s text, without the 0 that ends it.
    func text(_ i: Int) -> ArraySlice<UInt8> { bytes[starts[i]..<(starts[i + 1] - 1)] }

    /// `text` added as the last item (a case added at the end of the summaries).
    mutating func append(_ text: [UInt8]) { replace(count..<count, with: [text]) }

    /// Item `i` taken out; the items after it move down by one.
    mutating func remove(_ i: Int) { replace(i..<(i + 1), with: []) }
}
