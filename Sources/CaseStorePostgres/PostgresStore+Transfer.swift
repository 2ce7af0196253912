import CaseCore
import Foundation
import PostgresNIO

/// Moving a JSON store directory into a PostgreSQL store and back out, keeping every case
/// document byte for byte (the file's own text is the row's `source`).
extension PostgresStore {
    public struct ImportResult: Sendable {
        public var imported = 0
        /// Already on the server (an import run again after an interruption).
        public var present = 0
        /// Files that could not be read or are not valid cases: left where they are.
        public var refused: [(id: String, reason: String)] = []
    }

    /// Copies every case of the store directory `dir` in batches of `batch` cases, one
    /// transaction each with one audit row per case. Cases already on the server are left
    /// as they are, so an interrupted import is finished by running it again. The server
    /// is initialised with the directory's store.json if it has no schema yet.
    public func importCases(from dir: URL, user: String, batch: Int = 500,
                            progress: @escaping @Sendable (Int, Int) -> Void = { _, _ in }) throws -> ImportResult {
        let source = JSONDirectoryStore(directory: dir)
        let meta = try source.readMeta()
        try initialize(meta: meta)
        let serverMeta = try readMeta()
        let casesDir = source.directory.appendingPathComponent("cases")
        let names = try FileManager.default.contentsOfDirectory(atPath: casesDir.path)
            .filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted()
        var result = ImportResult()
        progress(0, names.count)
        let now = clock()
        var start = 0
        while start < names.count {
            let part = Array(names[start..<min(names.count, start + batch)])
            let decoded = Self.readFiles(part, in: casesDir.path)
            var rows: [PostgresCaseRow] = []
            for d in decoded {
                switch d {
                case .success(let (c, text)):
                    let problems = CaseValidator.problems(of: c, meta: serverMeta).filter { !$0.isWarning }
                    if problems.isEmpty { rows.append(PostgresCaseRow(c, source: text)) } else {
                        result.refused.append((c.id, problems.map(\.description).joined(separator: "; ")))
                    }
                case .failure(let f): result.refused.append((f.id, f.reason))
                }
            }
            let inserted = try insert(rows, user: user, at: now, detail: "imported from \(source.directory.path)")
            result.imported += inserted
            result.present += rows.count - inserted
            start += part.count
            progress(start, names.count)
        }
        return result
    }

    struct FileFailure: Error { var id: String; var reason: String }

    /// Reads and decodes a batch of case files on all cores.
    static func readFiles(_ names: [String], in dir: String) -> [Result<(Case, String), FileFailure>] {
        let out = Mutex([Result<(Case, String), FileFailure>](repeating: .failure(FileFailure(id: "", reason: "")), count: names.count))
        DispatchQueue.concurrentPerform(iterations: names.count) { i in
            let id = String(names[i].dropLast(5)), path = dir + "/" + names[i]
            let r: Result<(Case, String), FileFailure>
            if let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) {
                do throws(CaseFileError) {
                    r = .success((try CaseCodec.decode(data: data, fileName: id, file: path), text))
                } catch {
                    r = .failure(FileFailure(id: id, reason: error.problems.map(\.description).joined(separator: "; ")))
                }
            } else {
                r = .failure(FileFailure(id: id, reason: "\(path) cannot be read as UTF-8 text"))
            }
            out.withLock { $0[i] = r }
        }
        return out.withLock { $0 }
    }

    /// Inserts the rows not yet present, with an audit row each, in one transaction;
    /// returns how many were new.
    func insert(_ rows: [PostgresCaseRow], user: String, at: Timestamp, detail: String) throws -> Int {
        guard !rows.isEmpty else { return 0 }
        return try connector.transaction { s in
            try checkSchema(s)
            var inserted: [String] = []
            // 13 parameters a row: 500 rows stay far below the protocol's 65,535.
            var binds = PostgresBindings(capacity: rows.count * 13)
            var values: [String] = []
            for (n, r) in rows.enumerated() {
                let c = r.c
                binds.append(c.id); binds.append(c.revision); binds.append(c.updated.date); binds.append(r.source)
                binds.append(c.title); binds.append(c.unit); binds.append(c.lawyer); binds.append(c.caseworker)
                binds.append(r.people); binds.append(c.status.rawValue); binds.append(c.sensitivity.rawValue)
                binds.append(ByteBuffer(bytes: r.summary)); binds.append(r.summaryFormat)
                values.append("(" + (1...13).map { "$\(n * 13 + $0)" }.joined(separator: ", ") + ")")
            }
            let sql = """
                INSERT INTO cases (id, revision, updated, source, title, unit, lawyer, caseworker, people, status, sensitivity,
                                   summary, summary_format)
                VALUES \(values.joined(separator: ", "))
                ON CONFLICT (id) DO NOTHING RETURNING id
                """
            for row in try s.query(PostgresQuery(unsafeSQL: sql, binds: binds)).rows { inserted.append(try row.decode(String.self)) }
            guard !inserted.isEmpty else { return 0 }
            try s.query("""
                INSERT INTO audit (at, db_user, claimed_user, action, case_id, detail)
                SELECT \(at.date), '', \(user), 'import', id, \(detail) FROM unnest(\(inserted)) AS id
                """)
            return inserted.count
        }
    }

    /// Writes the server's cases to a new store directory: store.json from the server's
    /// metadata, each case file its document's exact text, audit.jsonl from the audit table.
    /// Returns how many cases were written.
    public func exportCases(to dir: URL, progress: @escaping @Sendable (Int, Int) -> Void = { _, _ in }) throws -> Int {
        let meta = try readMeta()
        let target = try JSONDirectoryStore.create(at: dir, meta: meta, clock: clock)
        let casesDir = target.directory.appendingPathComponent("cases").path
        let total = try connector.withConnection { s in try s.query("SELECT count(*) FROM cases").rows.first?.decode(Int.self) ?? 0 }
        let written = Mutex(0)
        let failure = Mutex<String?>(nil)
        try connector.withConnection { s in
            try s.stream("SELECT id, source FROM cases ORDER BY id") { row in
                let (id, source) = try row.decode((String, String).self)
                let path = casesDir + "/" + id + ".json"
                guard Case.isValidID(id), FileManager.default.createFile(atPath: path, contents: Data(source.utf8),
                                                                      attributes: [.posixPermissions: 0o600]) else {
                    failure.withLock { $0 = $0 ?? "cannot write \(path)" }
                    return
                }
                let n = written.withLock { $0 += 1; return $0 }
                if n % 1000 == 0 { progress(n, total) }
            }
        }
        if let f = failure.withLock({ $0 }) { throw StoreError.io(path: casesDir, reason: f) }
        var lines = Data()
        for e in try audit(caseID: nil).entries { lines.append(CaseCodec.encodeLine(e)); lines.append(0x0A) }
        let auditPath = target.directory.appendingPathComponent("audit.jsonl")
        do { try lines.write(to: auditPath, options: .atomic) } catch {
            throw StoreError.io(path: auditPath.path, reason: "\(error)")
        }
        _ = chmod(auditPath.path, 0o600)
        let n = written.withLock { $0 }
        progress(n, total)
        return n
    }
}
