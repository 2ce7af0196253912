import Foundation

/// `STORE/.cache/summaries`: the summary (or the damage report) of every case file, keyed
/// by file name, size and modification time, so that reopening a large store parses only
/// the files that changed. Derived data only: a missing, corrupt or foreign cache is
/// ignored and rebuilt, and deleting it loses nothing.
///
/// Layout (version 6, `SummaryCache.Layout`): a header (`CDSUMCACHE`, version, a fingerprint
/// of how summaries are derived, entry count), then every entry's result in the binary form
/// of `SummaryCache+Summary` (one after the other, in the order the directory listed the
/// files), then one arena of strings, then a table of fixed-width records (one per entry, in
/// the same order: its name, size and time, where its result lies, and the fields a row of
/// `casedesk list` shows, as small numbers and references into the arena), then the entries
/// in case id order, then a trailer saying where each part starts. The table is read in
/// place, without building anything per entry (issue 16.2).
struct SummaryCache {
    static let magic = Array("CDSUMCACHE".utf8)
    /// 2: summaries of schema version 2. 3: the paths of damaged files are stored relative
    /// to the store, so a copied store never reports a path inside the store it was copied from.
    /// 4: the table of offsets and of the id order at the end. 5: the table of fixed-width
    /// records, with a list row's fields, and the arena of strings. 6: search texts without
    /// repeated parts (`SearchText.Parts`; a version-5 text still finds the same cases, but
    /// is kept whole until each case is read again).
    static let version: UInt64 = 6

    struct Entry {
        var name: String
        var size: Int
        var mtime: Int64
        var result: CaseFileResult
    }

    private var byName: [String: Entry]
    var count: Int { byName.count }

    init(entries: [Entry]) {
        byName = Dictionary(entries.map { ($0.name, $0) }, uniquingKeysWith: { _, b in b })
    }

    private init(byName: [String: Entry]) { self.byName = byName }

    func lookup(name: String, size: Int, mtime: Int64) -> CaseFileResult? {
        guard let e = byName[name], e.size == size, e.mtime == mtime else { return nil }
        return e.result
    }

    static let file = ".cache/summaries"

    /// The cache file mapped, nil when absent. A `.cache` that is a link is refused by
    /// `readMeta` before this is reached, and never followed here.
    static func bytes(of files: StoreFiles) -> CacheBytes? {
        CacheBytes.map(file, in: files, limit: StoreLimits.summaryCache)
    }

    /// The cache of the store, nil if absent or unusable.
    static func load(from files: StoreFiles) -> SummaryCache? {
        guard let bytes = bytes(of: files) else { return nil }
        return decode(bytes, root: files.root)
    }

    /// Best effort: a cache that cannot be written only makes the next open slower. Written
    /// in pieces of about 1 MB, so a 100,000-case cache never sits in memory whole.
    static func write(count: Int, entry: (Int) -> Entry, order: [Int], to files: StoreFiles) {
        do throws(StoreError) {
            try files.writeAtomically(file, create: true) { emit in
                encode(count: count, entry: entry, order: order, root: files.root, flush: emit)
            }
        } catch {}
    }

    // MARK: Format

    static func encode(_ entries: [Entry], root: String = "") -> [UInt8] {
        var all: [UInt8] = []
        let order = entries.indices.sorted { entries[$0].result.id < entries[$1].result.id }
        encode(count: entries.count, entry: { entries[$0] }, order: order, root: root, flush: { all += $0; $0.removeAll() })
        return all
    }

    /// `path` without the store's root, so the cache holds no absolute path of the store.
    static func relative(_ path: String, to root: String) -> String {
        root.isEmpty || !path.hasPrefix(root + "/") ? path : String(path.dropFirst(root.count + 1))
    }

    static func absolute(_ path: String, in root: String) -> String {
        root.isEmpty || path.hasPrefix("/") ? path : root + "/" + path
    }

    /// `order`: the indices of the entries sorted by case id.
    static func encode(count: Int, entry: (Int) -> Entry, order: [Int], root: String = "",
                       flush: (inout [UInt8]) -> Void) {
        var writer = Writer(count: count, root: root)
        for n in 0..<count { writer.add(entry(n), flush: flush) }
        writer.finish(order: order, flush: flush)
    }

    /// Writes a cache entry by entry, so that a store read for the first time never holds
    /// its summaries together: each result is written, then dropped. Only the table and the
    /// arena (about a quarter of the file) wait in memory for the end.
    struct Writer {
        private var w = BinaryWriter()
        private var table: Layout.TableWriter
        private var flushed = 0
        private let root: String

        /// `count`: how many entries will be added.
        init(count: Int, root: String) {
            self.root = root
            table = Layout.TableWriter(count: count)
            w.out.reserveCapacity(1 << 20 + 65536)
            w.out += magic
            w.fixed(version, bytes: 8)
            w.fixed(fingerprint, bytes: 8)
            w.fixed(UInt64(count), bytes: 8)
        }

        mutating func add(_ e: Entry, flush: (inout [UInt8]) -> Void) {
            let at = flushed + w.out.count
            encodeResult(e.result, root: root, &w)
            recorded(e, at: at, flush: flush)
        }

        /// `add`, with `encoded` the binary form of `e.result` (`SummaryCache.encoded`) made
        /// beforehand, on another thread.
        mutating func add(_ e: Entry, encoded: [UInt8], flush: (inout [UInt8]) -> Void) {
            let at = flushed + w.out.count
            w.out += encoded
            recorded(e, at: at, flush: flush)
        }

        /// `e`'s result written from `at` to the end of `out`: its table entry, and a flush
        /// once a megabyte waits.
        private mutating func recorded(_ e: Entry, at: Int, flush: (inout [UInt8]) -> Void) {
            table.add(e, result: at, length: flushed + w.out.count - at)
            if w.out.count >= 1 << 20 { flushed += w.out.count; flush(&w.out) }
        }

        /// `order`: the indices of the entries (in the order added) sorted by case id.
        mutating func finish(order: [Int], flush: (inout [UInt8]) -> Void) {
            let arenaAt = UInt64(flushed + w.out.count)
            flush(&w.out)
            let tableAt = arenaAt + UInt64(table.arena.out.count)
            flush(&table.arena.out)
            let orderAt = tableAt + UInt64(table.records.out.count)
            flush(&table.records.out)
            for n in order { w.fixed(UInt64(n), bytes: 4) }
            for v in [UInt64(Layout.headerSize), arenaAt, tableAt, orderAt, UInt64(order.count)] { w.fixed(v, bytes: 8) }
            flush(&w.out)
        }
    }

    /// The binary form of one result, as `Writer.add` writes it.
    static func encoded(_ result: CaseFileResult, root: String) -> [UInt8] {
        var w = BinaryWriter()
        w.out.reserveCapacity(1024)
        encodeResult(result, root: root, &w)
        return w.out
    }

    static func encodeResult(_ result: CaseFileResult, root: String, _ w: inout BinaryWriter) {
        switch result {
        case .summary(let s): w.bool(true); encode(s, &w)
        case .damaged(let d):
            w.bool(false); w.string(d.id); w.string(relative(d.path, to: root)); w.uint(UInt64(d.problems.count))
            for p in d.problems {
                w.string(p.file.map { relative($0, to: root) }); w.string(p.path); w.int(p.line); w.int(p.column); w.string(p.message); w.bool(p.isWarning)
            }
        }
    }

    static func decode(_ bytes: [UInt8], root: String = "") -> SummaryCache? { decode(CacheBytes(copying: bytes), root: root) }

    static func decode(_ bytes: CacheBytes, root: String = "") -> SummaryCache? {
        withExtendedLifetime(bytes) {
            let raw = bytes.raw
            guard let layout = Layout(raw) else { return nil }
            // Straight into the lookup table: no intermediate list of 100,000 entries.
            var entries: [String: Entry] = [:]
            entries.reserveCapacity(layout.count)
            var names = DecodeNames(expected: 1024)
            for n in 0..<layout.count {
                let at = layout.record(n)
                guard let name = layout.name(at), let (start, end) = layout.result(at) else { return nil }
                var r = BinaryReader(raw, at: start, end: end)
                let result = decodeResult(&r, root: root, names: &names)
                guard !r.failed, r.atEnd else { return nil }
                let key = String(decoding: name, as: UTF8.self)
                entries[key] = Entry(name: key, size: Int(raw.i64(at + Layout.size)), mtime: raw.i64(at + Layout.mtime), result: result)
            }
            return SummaryCache(byName: entries)
        }
    }

    /// The summary or damage report of one entry.
    static func decodeResult(_ r: inout BinaryReader, root: String) -> CaseFileResult {
        var names = DecodeNames.passThrough()
        return decodeResult(&r, root: root, names: &names)
    }

    /// The same, with the names of a run of entries remembered in `names`.
    static func decodeResult(_ r: inout BinaryReader, root: String, names: inout DecodeNames) -> CaseFileResult {
        if r.bool() { return .summary(decodeSummary(&r, names: &names)) }
        let id = r.string(), path = absolute(r.string(), in: root)
        var problems: [Problem] = []
        for _ in 0..<r.count() where !r.failed {
            problems.append(Problem(file: r.optString().map { absolute($0, in: root) }, path: r.string(), line: r.optInt(), column: r.optInt(),
                                    message: r.string(), isWarning: r.bool()))
        }
        return .damaged(DamagedCase(id: id, path: path, problems: problems))
    }
}
