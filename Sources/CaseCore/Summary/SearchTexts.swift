/// Every summary's search text in one buffer, in the summaries' order: summary `i`'s text is
/// `bytes[starts[i] ..< starts[i + 1] - 1]`, followed by a 0 (which no folded text holds).
/// The UI's filter searches this layout (`SearchIndex`); taken out of the summaries it comes
/// from (`takeApart`), it lets 100,000 cases hold their text once instead of twice, in each
/// summary and in the index (issue 16.4: ~30 MB at 100,000 generated cases).
public struct SearchTexts: Sendable, Equatable {
    public private(set) var bytes: [UInt8] = []
    public private(set) var starts: [Int] = [0]

    public init() {}

    /// Texts already laid out (`bytes` with each text's 0, `starts` from 0 to `bytes.count`).
    init(bytes: [UInt8], starts: [Int]) {
        precondition(starts.first == 0 && starts.last == bytes.count, "texts laid out wrongly")
        self.bytes = bytes
        self.starts = starts
    }

    public init<Texts: Collection>(_ texts: Texts) where Texts.Element == [UInt8] {
        reserve(bytes: texts.reduce(0) { $0 + $1.count }, texts: texts.count)
        for t in texts { append(t) }
    }

    public var count: Int { starts.count - 1 }

    /// The texts in storage of exactly their size (`Array.exactCapacity`), for texts appended
    /// one by one without knowing their total.
    public func exactCapacity() -> SearchTexts {
        var t = self
        t.bytes = bytes.exactCapacity()
        t.starts = starts.exactCapacity()
        return t
    }

    /// Room for `texts` more texts of `bytes` bytes in all (without their ending 0s).
    public mutating func reserve(bytes total: Int, texts: Int) {
        bytes.reserveCapacity(bytes.count + total + texts)
        starts.reserveCapacity(starts.count + texts)
    }

    // Two concrete appends, not one generic: a generic one called from another module is not
    // specialised and would copy the bytes one by one.
    public mutating func append(_ text: [UInt8]) {
        text.withUnsafeBufferPointer { append($0) }
    }

    mutating func append(_ text: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: text)
        bytes.append(0)
        starts.append(bytes.count)
    }

    /// The texts of `summaries`, moved out of them: each summary's `searchText` is left empty
    /// (its array freed), read in place without copying any summary.
    public static func takeApart(_ summaries: inout [CaseSummary]) -> SearchTexts {
        var texts = SearchTexts()
        summaries.withUnsafeMutableBufferPointer { b in
            var total = 0
            for i in b.indices { total += b[i].searchText.count }
            texts.reserve(bytes: total, texts: b.count)
            for i in b.indices {
                texts.append(b[i].searchText)
                b[i].searchText = []
            }
        }
        return texts
    }
}

extension StoreSnapshot {
    /// The summaries' search texts moved into `searchTexts` (what the UI's catalog keeps):
    /// done once, on the thread that read the store, before the snapshot is handed over.
    public mutating func takeSearchTextApart() {
        guard searchTexts == nil else { return }
        searchTexts = SearchTexts.takeApart(&summaries)
    }
}
