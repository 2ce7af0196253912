import Foundation

extension SummaryCache {
    /// A cache that lists exactly a store's files, checked and ready to decode: its bytes and,
    /// in case id order, where each entry's result starts and whether it is a summary.
    struct InOrder {
        let bytes: [UInt8]
        let starts: [Int]
        let isSummary: [Bool]
    }

    /// The cache when it lists exactly `files`, in their order, each with its size and time;
    /// nil as soon as anything differs (a file added, changed, removed, listed in another
    /// order, or not a regular file), or the cache is absent, foreign or damaged.
    static func inOrder(_ files: [PosixFile.Entry], from store: StoreFiles) -> InOrder? {
        var buffer: [UInt8] = []
        guard (try? store.read(file, limit: StoreLimits.summaryCache, into: &buffer)) == true,
              let (table, count) = tableStart(buffer), count == files.count, count > 0 else { return nil }
        let bytes = buffer
        var r = BinaryReader(bytes, at: magic.count)
        guard r.uint() == version, r.uint() == fingerprint, r.count() == count, !r.failed else { return nil }
        // One pass over the directory's order: entry n names file n, with its size and time.
        var start = [Int](repeating: 0, count: count)
        for n in 0..<count {
            let at = Int(BinaryReader.fixed(bytes, at: table + 8 * n, bytes: 8))
            guard at >= magic.count, at < table, files[n].kind == .regular else { return nil }
            var e = BinaryReader(bytes, at: at)
            guard e.equalsString(files[n].name), e.int() == files[n].size, e.int64() == files[n].mtime,
                  !e.failed, e.i < table else { return nil }
            start[n] = e.i
        }
        var starts: [Int] = [], isSummary: [Bool] = []
        starts.reserveCapacity(count); isSummary.reserveCapacity(count)
        var seen = [Bool](repeating: false, count: count)
        let orderAt = table + 8 * count
        for k in 0..<count {
            let n = Int(BinaryReader.fixed(bytes, at: orderAt + 4 * k, bytes: 4))
            guard n < count, !seen[n] else { return nil }  // the order is a permutation
            seen[n] = true
            starts.append(start[n])
            isSummary.append(bytes[start[n]] == 1)
        }
        return InOrder(bytes: bytes, starts: starts, isSummary: isSummary)
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
    /// The entries (in id order) that are summaries.
    let summaryStarts: [Int]

    init?(store: JSONDirectoryStore, meta: StoreMeta, cache: SummaryCache.InOrder) {
        self.store = store
        self.meta = meta
        self.cache = cache
        var damaged: [DamagedCase] = [], starts: [Int] = []
        for (k, at) in cache.starts.enumerated() {
            if cache.isSummary[k] { starts.append(at); continue }
            var r = BinaryReader(cache.bytes, at: at)
            guard case .damaged(let d) = SummaryCache.decodeResult(&r, root: store.files.root), !r.failed else { return nil }
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
        var lastID: String? = nil
        var from = 0
        while from < summaryStarts.count {
            let to = min(summaryStarts.count, from + window)
            guard let decoded = decode(from..<to) else {
                let snapshot = try store.open { _, _ in }
                damaged = snapshot.damaged
                for s in snapshot.summaries where lastID.map({ s.id > $0 }) ?? true { try body(s) }
                return
            }
            for s in decoded { try body(s) }
            lastID = decoded.last?.id
            from = to
        }
    }

    private func decode(_ range: Range<Int>) -> [CaseSummary]? {
        var out = [CaseSummary?](repeating: nil, count: range.count)
        let bytes = cache.bytes, starts = summaryStarts, lo = range.lowerBound
        out.withUnsafeMutableBufferPointer { buf in
            let slots = ResultSlots(base: buf.baseAddress!)
            let chunk = 256
            DispatchQueue.concurrentPerform(iterations: (range.count + chunk - 1) / chunk) { k in
                for j in (k * chunk)..<min(range.count, (k + 1) * chunk) {
                    var r = BinaryReader(bytes, at: starts[lo + j])
                    guard r.bool() else { continue }
                    let s = SummaryCache.decodeSummary(&r)
                    if !r.failed { slots.base[j] = s }
                }
            }
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
        let meta = try readMeta()
        finishInterruptedWrites()
        let rootFD = try files.openRoot()
        defer { close(rootFD) }
        guard let casesFD = try PosixFile.openDirectory(rootFD, "cases", path: casesDir) else {
            throw StoreError.cannotRead(path: casesDir, reason: "the store has no cases directory")
        }
        defer { close(casesFD) }
        let listed = try PosixFile.list(casesFD, path: casesDir) { CaseFileName.kind(of: $0) == .caseFile }
        guard let cache = SummaryCache.inOrder(listed, from: files) else { return nil }
        return SummaryStream(store: self, meta: meta, cache: cache)
    }
}
