import CaseCore
import Dispatch
import Foundation
import PostgresNIO

/// Reads every case's summary in one streamed query: the stored binary summary where it is
/// of this program's format and of the row's revision, else the document, decoded again
/// (a row written by an older program, or changed by hand with psql).
///
/// Why it is shaped this way (100,000 rows, docs/postgres.md "Figures"): the event loop only
/// puts each row, as it arrived, into a chunk; each full chunk is decoded on another core while
/// later rows are still arriving, into memory the result is moved out of, not copied. Slicing
/// the cells, making Strings and copying summaries on the event loop, then decoding and
/// copying them again afterwards, cost more than the server took to send the rows.
struct PostgresSummaryReader {
    let store: PostgresStore
    static let chunkSize = 2048

    func read(_ s: PostgresConnector.Session, progress: @escaping @Sendable (Int, Int) -> Void)
        throws -> (summaries: [CaseSummary], damaged: [DamagedCase]) {
        let total = try estimatedCount(s)
        progress(0, total)
        let format = ServerStoreSupport.summaryFormat
        let gathering = Gathering(reader: self, total: total, progress: progress)
        try s.stream("""
            SELECT id, revision, CASE WHEN summary_format = \(format) THEN summary END,
                   CASE WHEN summary_format = \(format) THEN NULL ELSE source END
            FROM cases ORDER BY id
            """) { row in gathering.add(row) }
        let chunks = gathering.finish()
        var damaged: [DamagedCase] = []
        var stale: [String] = []
        for c in chunks {
            damaged += c.damaged
            stale += c.stale
        }
        var summaries = Chunk.moveAll(chunks)
        // Stored summaries that did not match their row: read those documents and decode them.
        if !stale.isEmpty {
            var found = Set<String>()
            for row in try s.query("SELECT id, source FROM cases WHERE id = ANY(\(stale))").rows {
                let (id, source) = try row.decode((String, String).self)
                found.insert(id)
                switch decodeDocument(id: id, source: source) {
                case .summary(let sum): summaries.append(sum)
                case .damaged(let d): damaged.append(d)
                case .stale: break
                }
            }
            for id in stale where !found.contains(id) {
                damaged.append(DamagedCase(id: id, path: store.path(id),
                                           problems: [Problem(file: store.path(id), message: "the case vanished while the store was read")]))
            }
            summaries.sort { $0.id < $1.id }
        }
        progress(total, total)
        return (summaries, damaged)
    }

    /// The number of rows for the progress bar: the planner's estimate, which costs nothing
    /// (`count(*)` reads the whole table, and under row-level security checks every row); an
    /// exact count only for a table never analysed. The bar is a guide; the rows are exact.
    private func estimatedCount(_ s: PostgresConnector.Session) throws -> Int {
        let estimate = try s.query("SELECT reltuples::bigint FROM pg_class WHERE oid = 'cases'::regclass")
            .rows.first?.decode(Int.self) ?? -1
        if estimate > 0 { return estimate }
        return try s.query("SELECT count(*) FROM cases").rows.first?.decode(Int.self) ?? 0
    }

    /// One row's summary: the stored one when it is whole and of this row, else its document.
    enum Decoded {
        case summary(CaseSummary)
        case damaged(DamagedCase)
        /// A stored summary of this format that is not of its row: its document is read after.
        case stale(String)
    }

    func decode(_ row: PostgresRow) -> Decoded {
        var cells = row.makeIterator()
        guard let idBytes = cells.next()?.bytes, let revisionCell = cells.next(), let summaryCell = cells.next(),
              let sourceCell = cells.next() else { return .stale("") }
        let id = String(buffer: idBytes)
        if let bytes = summaryCell.bytes {
            guard let revision = try? revisionCell.decode(Int.self),
                  let sum = bytes.withUnsafeReadableBytes({ ServerStoreSupport.decodeSummary($0) }),
                  sum.id == id, sum.revision == revision else { return .stale(id) }
            return .summary(sum)
        }
        guard let source = sourceCell.bytes.map({ String(buffer: $0) }) else { return .stale(id) }
        return decodeDocument(id: id, source: source)
    }

    /// A summary from the document (never `.stale`).
    func decodeDocument(id: String, source: String) -> Decoded {
        do {
            return .summary(CaseSummary(try store.decode(source, id: id)))
        } catch StoreError.unreadable(_, let problems) {
            return .damaged(DamagedCase(id: id, path: store.path(id), problems: problems))
        } catch {
            return .damaged(DamagedCase(id: id, path: store.path(id), problems: [Problem(file: store.path(id), message: "\(error)")]))
        }
    }
}

/// The rows of one stream, cut into chunks that are decoded on other cores as they fill.
/// `add` runs on the event loop, one row after another, so the open chunk needs no lock;
/// `finish` runs on the caller's thread after the stream has ended.
final class Gathering: @unchecked Sendable {
    private let reader: PostgresSummaryReader
    private let total: Int
    private let progress: @Sendable (Int, Int) -> Void
    private var open: [PostgresRow] = []
    private var chunks: [Chunk] = []
    private let group = DispatchGroup()
    private let decoded = Mutex(0)

    init(reader: PostgresSummaryReader, total: Int, progress: @escaping @Sendable (Int, Int) -> Void) {
        self.reader = reader; self.total = total; self.progress = progress
        open.reserveCapacity(PostgresSummaryReader.chunkSize)
    }

    func add(_ row: PostgresRow) {
        open.append(row)
        if open.count == PostgresSummaryReader.chunkSize { dispatch() }
    }

    private func dispatch() {
        let rows = open
        open = []
        open.reserveCapacity(PostgresSummaryReader.chunkSize)
        let chunk = Chunk(capacity: rows.count)
        chunks.append(chunk)
        let reader = self.reader, decoded = self.decoded, progress = self.progress, total = self.total
        DispatchQueue.global().async(group: group) {
            chunk.fill(rows, reader)
            let n = decoded.withLock { $0 += rows.count; return $0 }
            progress(min(n, total), max(n, total))
        }
    }

    /// Every chunk, decoded, in the order of the rows.
    func finish() -> [Chunk] {
        if !open.isEmpty { dispatch() }
        group.wait()
        return chunks
    }
}

/// The summaries of one chunk of rows, in row order, in memory of its own so that they can be
/// moved into the result rather than copied (a summary holds a dozen arrays and strings: a copy
/// is a retain of each, and dropping the chunk a release of each).
final class Chunk: @unchecked Sendable {
    private let base: UnsafeMutablePointer<CaseSummary>
    private(set) var count = 0
    private(set) var damaged: [DamagedCase] = []
    private(set) var stale: [String] = []

    init(capacity: Int) { base = .allocate(capacity: capacity) }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    func fill(_ rows: [PostgresRow], _ reader: PostgresSummaryReader) {
        for row in rows {
            switch reader.decode(row) {
            case .summary(let s): (base + count).initialize(to: s); count += 1
            case .damaged(let d): damaged.append(d)
            case .stale(let id): stale.append(id)
            }
        }
    }

    /// The summaries of all chunks, in order, moved out of them.
    static func moveAll(_ chunks: [Chunk]) -> [CaseSummary] {
        let n = chunks.reduce(0) { $0 + $1.count }
        return [CaseSummary](unsafeUninitializedCapacity: n) { buffer, initialized in
            for c in chunks {
                (buffer.baseAddress! + initialized).moveInitialize(from: c.base, count: c.count)
                initialized += c.count
                c.count = 0
            }
        }
    }
}
