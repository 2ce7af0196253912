import Foundation

extension SummaryCache {
    /// A cache that lists exactly a store's files, checked and ready to read: its bytes, its
    /// parts, and the record of each entry in case id order.
    struct InOrder: @unchecked Sendable {
        let bytes: CacheBytes
        let layout: Layout
        /// Where each entry's record starts, in case id order.
        let records: [Int]

        var count: Int { records.count }
        func isSummary(_ k: Int) -> Bool { layout.isSummary(records[k]) }

        /// The result of the entry at position `k` of the id order; nil when it does not
        /// decode to a whole result of the kind its record says.
        func result(_ k: Int, root: String) -> CaseFileResult? {
            withExtendedLifetime(bytes) {
                guard let (start, end) = layout.result(records[k]) else { return nil }
                var r = BinaryReader(layout.raw, at: start, end: end)
                let result = SummaryCache.decodeResult(&r, root: root)
                return r.failed || !r.atEnd ? nil : result
            }
        }

        func summary(_ k: Int, names: inout DecodeNames) -> CaseSummary? {
            withExtendedLifetime(bytes) {
                guard let (start, end) = layout.result(records[k]) else { return nil }
                var r = BinaryReader(layout.raw, at: start, end: end)
                guard r.bool() else { return nil }
                let s = SummaryCache.decodeSummary(&r, names: &names)
                return r.failed || !r.atEnd ? nil : s
            }
        }
    }

    /// The cache when it lists exactly `files`, in their order, each with its size and time;
    /// nil as soon as anything differs (a file added, changed, removed, listed in another
    /// order, or not a regular file), or the cache is absent, foreign or damaged. One pass
    /// over the table, in place: nothing is built per entry but its place in the id order.
    static func inOrder(_ files: [PosixFile.Entry], from store: StoreFiles) -> InOrder? {
        guard let bytes = bytes(of: store) else { return nil }
        return withExtendedLifetime(bytes) { () -> InOrder? in
            guard let layout = Layout(bytes.raw), layout.count == files.count, layout.count > 0 else { return nil }
            let raw = layout.raw, count = layout.count
            for n in 0..<count {
                let at = layout.record(n)
                guard files[n].kind == .regular, let name = layout.name(at),
                      raw.i64(at + Layout.size) == Int64(files[n].size), raw.i64(at + Layout.mtime) == files[n].mtime,
                      layout.rowIsSound(at) else { return nil }
                var listed = files[n].name
                let same = listed.withUTF8 { u in u.count == name.count && (u.count == 0 || memcmp(u.baseAddress!, name.baseAddress!, u.count) == 0) }
                guard same else { return nil }
            }
            var records: [Int] = []
            records.reserveCapacity(count)
            var seen = [Bool](repeating: false, count: count)
            for k in 0..<count {
                guard let n = layout.ordered(k), !seen[n] else { return nil }  // the order is a permutation
                seen[n] = true
                records.append(layout.record(n))
            }
            return InOrder(bytes: bytes, layout: layout, records: records)
        }
    }
}

/// The summaries of a store opened with nothing changed since its summary cache was written,
/// handed out one at a time in case id order and never all kept: `casedesk list` of
/// 100,000 cases needs the cache's bytes, not 100,000 summaries (issue 16.4). Decoded a
/// window at a time on every core.
public final class SummaryStream {
    public let meta: StoreMeta
    /// The damaged case files, in id order (decoded before any summary is handed out).
    public private(set) var damaged: [DamagedCase]
    let cache: SummaryCache.InOrder
    let store: JSONDirectoryStore
    /// The positions in the id order of the entries that are summaries.
    let summaryStarts: [Int]

    init?(store: JSONDirectoryStore, meta: StoreMeta, cache: SummaryCache.InOrder) {
        self.store = store
        self.meta = meta
        self.cache = cache
        var damaged: [DamagedCase] = [], starts: [Int] = []
        for k in 0..<cache.count {
            if cache.isSummary(k) { starts.append(k); continue }
            guard case .damaged(let d)? = cache.result(k, root: store.files.root) else { return nil }
            damaged.append(d)
        }
        self.damaged = damaged
        summaryStarts = starts
    }

    public var count: Int { summaryStarts.count }

    /// Every summary in case id order. Should an entry not decode (a cache damaged in a way
    /// its tables did not show), the store is opened in full (which rebuilds the cache) and
    /// the summaries after the last one handed out come from there: each summary is handed
    /// out exactly once either way.
    public func forEach(window: Int = 4096, _ body: (CaseSummary) throws -> Void) throws {
        try forEachPositioned(window: window) { s, _ in try body(s) }
    }

    /// `forEach`, with each summary's position in the stream, by which `forEachRow(at:)`
    /// reads its list row again without decoding it (`casedesk list` keeps the positions of
    /// the rows its filter passed, not the rows). The summaries read from the store opened
    /// after an entry did not decode have none (nil).
    public func forEachPositioned(window: Int = 4096, _ body: (CaseSummary, Int?) throws -> Void) throws {
        var lastID: String? = nil
        var from = 0
        while from < summaryStarts.count {
            let to = min(summaryStarts.count, from + window)
            guard let decoded = decode(from..<to) else {
                let snapshot = try store.open { _, _ in }
                damaged = snapshot.damaged
                for s in snapshot.summaries where lastID.map({ s.id > $0 }) ?? true { try body(s, nil) }
                return
            }
            for (k, s) in decoded.enumerated() { try body(s, from + k) }
            lastID = decoded.last?.id
            from = to
        }
    }

    private func decode(_ range: Range<Int>) -> [CaseSummary]? {
        let cache = cache, starts = summaryStarts, lo = range.lowerBound
        let out = ResultSlots.fill(range.count, state: { DecodeNames(expected: 256) }) { k, names in
            cache.summary(starts[lo + k], names: &names)
        }
        guard !out.contains(where: { $0 == nil }) else { return nil }
        return out.map { $0! }
    }
}

extension JSONDirectoryStore {
    /// The store's summaries as a `SummaryStream` when its summary cache lists exactly its
    /// case files (nothing added, changed or removed since); nil otherwise, and then `open`
    /// reads what changed. Finishes an interrupted write first, as `open` does.
    public func openStream() throws -> SummaryStream? {
        let (meta, listed) = try streamListing()
        guard let cache = SummaryCache.inOrder(listed, from: files) else { return nil }
        return SummaryStream(store: self, meta: meta, cache: cache)
    }

    /// The metadata and the case files as listed now (each seen with a stat), an
    /// interrupted write finished first.
    func streamListing() throws -> (StoreMeta, [PosixFile.Entry]) {
        let meta = try readMeta()
        finishInterruptedWrites()
        let rootFD = try files.openRoot()
        defer { close(rootFD) }
        guard let casesFD = try PosixFile.openDirectory(rootFD, "cases", path: casesDir) else {
            throw StoreError.cannotRead(path: casesDir, reason: "the store has no cases directory")
        }
        defer { close(casesFD) }
        return (meta, try PosixFile.list(casesFD, path: casesDir) { CaseFileName.kind(of: $0) == .caseFile })
    }
}
