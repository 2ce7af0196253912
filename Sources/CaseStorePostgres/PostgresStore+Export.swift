import CaseCore
import Dispatch
import Foundation
import PostgresNIO

/// What `casedesk export` and the UI's `:export` need of the server: every id, and whole
/// cases many at a time (one query per batch of the bundle, not one per case).
extension PostgresStore: ManyCaseLoading {
    /// The id of every case this user may see, in id order.
    public func caseIDs() throws -> [String] {
        try connector.withConnection { s in
            try checkSchema(s)
            return try s.query("SELECT id FROM cases ORDER BY id").rows.map { try $0.decode(String.self) }
        }
    }

    public func load(ids: [String]) -> [Result<Case, LoadFailure>] {
        let valid = ids.filter(Case.isValidID)
        let fetched: [String: String]
        do {
            fetched = try connector.withConnection { s in
                try checkSchema(s)
                var sources: [String: String] = [:]
                for row in try s.query("SELECT id, source FROM cases WHERE id = ANY(\(valid))").rows {
                    let (id, source) = try row.decode((String, String).self)
                    sources[id] = source
                }
                return sources
            }
        } catch {
            return ids.map { _ in .failure(LoadFailure(error)) }
        }
        // The documents are decoded on every core, as the directory store reads its files.
        let out = Mutex([Result<Case, LoadFailure>](repeating: .failure(LoadFailure(StoreError.notFound(id: ""))), count: ids.count))
        DispatchQueue.concurrentPerform(iterations: ids.count) { n in
            let id = ids[n]
            let r: Result<Case, LoadFailure>
            if let source = fetched[id] {
                do { r = .success(try decode(source, id: id)) } catch { r = .failure(LoadFailure(error)) }
            } else {
                r = .failure(LoadFailure(StoreError.notFound(id: id)))
            }
            out.withLock { $0[n] = r }
        }
        return out.withLock { $0 }
    }
}
