import CaseCore
import Foundation
import PostgresNIO

extension PostgresStore {
    public struct SummaryRefresh: Sendable, Equatable {
        /// Rows whose stored summary was written again in this program's format.
        public var rewritten = 0
        /// Rows whose document cannot be read: left as they are (open shows them as damaged).
        public var unreadable: [String] = []
    }

    /// Writes again every stored summary that is not in this program's format (rows written
    /// by another version of casedesk), so that an open after an upgrade reads summaries
    /// rather than decoding every document again until each case is next saved. Batches of
    /// `batch` rows, one transaction each; a row saved meanwhile is left alone (it was written
    /// in the new format by that save). The documents, revisions and audit are not touched:
    /// the summary is derived from the document, like the summary cache of a directory.
    @discardableResult
    public func refreshSummaries(batch: Int = 500, progress: @escaping @Sendable (Int, Int) -> Void = { _, _ in })
        throws -> SummaryRefresh {
        let format = ServerStoreSupport.summaryFormat
        let total = try connector.withConnection { s in
            try checkSchema(s)
            return try s.query("SELECT count(*) FROM cases WHERE summary_format <> \(format)").rows.first?.decode(Int.self) ?? 0
        }
        var result = SummaryRefresh()
        guard total > 0 else { return result }
        progress(0, total)
        var after = ""
        var seen = 0
        while true {
            let done: Bool = try connector.transaction { s in
                let rows = try s.query("""
                    SELECT id, revision, source FROM cases WHERE summary_format <> \(format) AND id > \(after)
                    ORDER BY id LIMIT \(batch)
                    """).rows.map { try $0.decode((String, Int, String).self) }
                guard let last = rows.last else { return true }
                after = last.0
                seen += rows.count
                // Decoding is the work; on all cores, as an import reads its files.
                let summaries = Mutex([[UInt8]?](repeating: nil, count: rows.count))
                DispatchQueue.concurrentPerform(iterations: rows.count) { i in
                    let (id, revision, source) = rows[i]
                    guard let c = try? decode(source, id: id), c.revision == revision else { return }
                    let summary = PostgresCaseRow(c, source: source).summary
                    summaries.withLock { $0[i] = summary }
                }
                var binds = PostgresBindings(capacity: rows.count * 3)
                var values: [String] = []
                for ((id, revision, _), summary) in zip(rows, summaries.withLock { $0 }) {
                    guard let summary else {
                        result.unreadable.append(id)
                        continue
                    }
                    let n = values.count * 3
                    binds.append(id); binds.append(revision); binds.append(ByteBuffer(bytes: summary))
                    values.append("($\(n + 1), $\(n + 2)::bigint, $\(n + 3)::bytea)")
                }
                guard !values.isEmpty else { return false }
                let updated = try s.query(PostgresQuery(unsafeSQL: """
                    UPDATE cases c SET summary = v.summary, summary_format = \(format)
                    FROM (VALUES \(values.joined(separator: ", "))) AS v(id, revision, summary)
                    WHERE c.id = v.id AND c.revision = v.revision AND c.summary_format <> \(format)
                    """, binds: binds))
                result.rewritten += updated.metadata.rows ?? 0
                return false
            }
            progress(min(seen, total), total)
            if done { break }
        }
        return result
    }
}
