import CaseCore
import Foundation
import PostgresNIO

/// Reads every case's summary in one streamed query: the stored binary summary where it is
/// of this program's format and of the row's revision, else the document, decoded again
/// (a row written by an older program, or changed by hand with psql). Rows are gathered on
/// the event loop as they arrive and decoded afterwards on all cores.
struct PostgresSummaryReader {
    let store: PostgresStore

    struct Raw: Sendable {
        var id: String
        var revision: Int
        var summary: ByteBuffer?
        var source: String?
    }

    enum Result: Sendable {
        case summary(CaseSummary)
        case damaged([Problem])
        case needsDocument
    }

    func read(_ s: PostgresConnector.Session, progress: @escaping @Sendable (Int, Int) -> Void)
        throws -> (summaries: [CaseSummary], damaged: [DamagedCase]) {
        let total = try s.query("SELECT count(*) FROM cases").rows.first?.decode(Int.self) ?? 0
        progress(0, total)
        let gathered = Mutex<[Raw]>([])
        gathered.withLock { $0.reserveCapacity(total) }
        let step = max(1, total / 100)
        let format = ServerStoreSupport.summaryFormat
        try s.stream("""
            SELECT id, revision, CASE WHEN summary_format = \(format) THEN summary END,
                   CASE WHEN summary_format = \(format) THEN NULL ELSE source END
            FROM cases ORDER BY id
            """) { row in
            let (id, revision, summary, source) = try row.decode((String, Int, ByteBuffer?, String?).self)
            let n = gathered.withLock { list in
                list.append(Raw(id: id, revision: revision, summary: summary, source: source)); return list.count
            }
            // Half the bar for the rows arriving, half for decoding them.
            if n % step == 0 { progress(n / 2, total) }
        }
        var raws = gathered.withLock { list in let all = list; list = []; return all }
        var results = decodeAll(raws, total: total, progress: progress)
        // Stored summaries that did not match their row: read those documents and decode them.
        let stale = results.indices.filter { if case .needsDocument = results[$0] { true } else { false } }
        if !stale.isEmpty {
            let ids = stale.map { raws[$0].id }
            var sources: [String: String] = [:]
            for row in try s.query("SELECT id, source FROM cases WHERE id = ANY(\(ids))").rows {
                let (id, source) = try row.decode((String, String).self)
                sources[id] = source
            }
            for i in stale {
                raws[i].summary = nil
                raws[i].source = sources[raws[i].id]
                results[i] = decode(raws[i])
            }
        }
        progress(total, total)
        var summaries: [CaseSummary] = []
        var damaged: [DamagedCase] = []
        summaries.reserveCapacity(raws.count)
        for (i, r) in results.enumerated() {
            switch r {
            case .summary(let sum): summaries.append(sum)
            case .damaged(let p): damaged.append(DamagedCase(id: raws[i].id, path: store.path(raws[i].id), problems: p))
            case .needsDocument:
                damaged.append(DamagedCase(id: raws[i].id, path: store.path(raws[i].id),
                                           problems: [Problem(file: store.path(raws[i].id), message: "the case vanished while the store was read")]))
            }
        }
        return (summaries, damaged)
    }

    private func decodeAll(_ raws: [Raw], total: Int, progress: @escaping @Sendable (Int, Int) -> Void) -> [Result] {
        let results = Mutex([Result](repeating: .needsDocument, count: raws.count))
        let count = raws.count
        let chunk = 2048
        DispatchQueue.concurrentPerform(iterations: (count + chunk - 1) / chunk) { k in
            let range = (k * chunk)..<min(count, k * chunk + chunk)
            let part = range.map { decode(raws[$0]) }
            results.withLock { all in for (i, r) in zip(range, part) { all[i] = r } }
            progress(count / 2 + range.upperBound / 2, total)
        }
        return results.withLock { $0 }
    }

    private func decode(_ r: Raw) -> Result {
        if let b = r.summary {
            if let sum = ServerStoreSupport.decodeSummary(Array(b.readableBytesView)), sum.id == r.id, sum.revision == r.revision {
                return .summary(sum)
            }
            return .needsDocument
        }
        guard let source = r.source else { return .needsDocument }
        do {
            let c = try store.decode(source, id: r.id)
            return .summary(CaseSummary(c))
        } catch StoreError.unreadable(_, let problems) {
            return .damaged(problems)
        } catch {
            return .damaged([Problem(file: store.path(r.id), message: "\(error)")])
        }
    }
}
