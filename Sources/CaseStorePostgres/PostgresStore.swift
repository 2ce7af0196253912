import CaseCore
import Foundation
import PostgresNIO

/// The server store: the same `CaseStore` as the JSON directory, on PostgreSQL (see
/// docs/postgres.md). Each case is a row holding its document exactly as written, the
/// columns its summary needs and its summary in the summary cache's binary form, all
/// written by one transaction; the database enforces what the JSON store enforces by its
/// lock: a save or delete whose base revision is stale changes nothing, revisions only
/// grow, deleted cases go to `trash`, and every change adds an `audit` row.
public struct PostgresStore: CaseStore {
    let connector: PostgresConnector
    /// The clock for `updated` and audit entries; tests inject a fixed one.
    public var clock: @Sendable () -> Timestamp

    public var address: PostgresAddress { connector.address }

    public init(address: PostgresAddress, password: String?,
                clock: @escaping @Sendable () -> Timestamp = { Timestamp.now() }) throws {
        connector = try PostgresConnector(address: address, password: password)
        self.clock = clock
    }

    /// The store named by a `postgres://` address, its password from the environment or
    /// `~/.pgpass`. Nothing is contacted until the first call.
    public init(addressText: String, environment: [String: String] = ProcessInfo.processInfo.environment,
                clock: @escaping @Sendable () -> Timestamp = { Timestamp.now() }) throws {
        let address = try PostgresAddress(parsing: addressText, environment: environment)
        try self.init(address: address, password: address.password(environment: environment), clock: clock)
    }

    public var displayName: String {
        if let m = try? readMeta(), !m.name.isEmpty { return m.name }
        return address.database
    }

    func path(_ id: String) -> String { "\(address)/cases/\(id)" }

    // MARK: Schema

    /// Creates or upgrades the schema and, on a new database, stores `meta`. Returns the
    /// migrations applied (empty when the schema was current).
    @discardableResult
    public func initialize(meta: StoreMeta) throws -> [Int] {
        try connector.withConnection { s in
            let encoding = try s.query("SHOW server_encoding").rows.first?.decode(String.self) ?? "?"
            guard encoding == "UTF8" else {
                throw StoreError.notAStore(path: address.description, reason:
                    "the database's encoding is \(encoding); CaseDesk needs UTF8 (createdb -E UTF8 --template template0)")
            }
        }
        let applied = try PostgresSchema.migrate(connector)
        try connector.transaction { s in
            var m = meta
            m.schemaVersion = StoreMeta.currentSchemaVersion
            let text = String(decoding: CaseCodec.encode(m), as: UTF8.self)
            try s.query("INSERT INTO casedesk_meta (source) VALUES (\(text)) ON CONFLICT (only_row) DO NOTHING")
        }
        return applied
    }

    /// Refuses a database without the schema, or with a newer one, before anything is read
    /// or written.
    func checkSchema(_ s: PostgresConnector.Session) throws {
        let v = try PostgresSchema.version(s)
        if v == 0 {
            throw StoreError.notAStore(path: address.description, reason: "it has no CaseDesk tables; run 'casedesk db init' first")
        }
        if v > PostgresSchema.latest {
            throw StoreError.newerSchema(path: address.description, found: v, supported: PostgresSchema.latest)
        }
    }

    public func readMeta() throws -> StoreMeta {
        try connector.withConnection { s in try readMeta(s) }
    }

    func readMeta(_ s: PostgresConnector.Session) throws -> StoreMeta {
        try checkSchema(s)
        guard let text = try s.query("SELECT source FROM casedesk_meta").rows.first?.decode(String.self) else {
            throw StoreError.notAStore(path: address.description, reason: "it has no store metadata; run 'casedesk db init' first")
        }
        let file = "\(address)/meta"
        if let v = (try? JSONParser.parse(text))?.objectValue?["schemaVersion"]?.intValue, v > StoreMeta.currentSchemaVersion {
            throw StoreError.newerSchema(path: file, found: v, supported: StoreMeta.currentSchemaVersion)
        }
        do throws(CaseFileError) { return try CaseCodec.decodeMeta(data: Data(text.utf8), file: file) } catch {
            throw StoreError.unreadable(path: file, problems: error.problems)
        }
    }

    // MARK: Reading

    public func open(progress: @escaping @Sendable (Int, Int) -> Void) throws -> StoreSnapshot {
        try connector.withConnection { s in
            let meta = try readMeta(s)
            let rows = try PostgresSummaryReader(store: self).read(s, progress: progress)
            return StoreSnapshot(meta: meta, summaries: rows.summaries, damaged: rows.damaged)
        }
    }

    public func load(id: String) throws -> Case {
        guard Case.isValidID(id) else { throw StoreError.notFound(id: id) }
        guard let source = try connector.withConnection({ s in
            try checkSchema(s)
            return try s.query("SELECT source FROM cases WHERE id = \(id)").rows.first?.decode(String.self)
        }) else { throw StoreError.notFound(id: id) }
        return try decode(source, id: id)
    }

    func decode(_ source: String, id: String) throws -> Case {
        do throws(CaseFileError) { return try CaseCodec.decode(data: Data(source.utf8), fileName: id, file: path(id)) } catch {
            throw StoreError.unreadable(path: path(id), problems: error.problems)
        }
    }

    /// A revision of a case as the store keeps it: the live row, a revision saved over (the
    /// history table) or a deleted one (the trash); nil when none has it.
    public func keptRevision(id: String, revision: Int) throws -> (case: Case, file: String)? {
        guard Case.isValidID(id) else { return nil }
        let found = try connector.withConnection { s -> (String, String)? in
            try checkSchema(s)
            for table in ["cases", "history", "trash"] {
                let q = PostgresQuery(unsafeSQL: "SELECT source FROM \(table) WHERE id = $1 AND revision = $2",
                                      binds: { var b = PostgresBindings(); b.append(id); b.append(revision); return b }())
                if let source = try s.query(q).rows.first?.decode(String.self) { return (source, "\(address)/\(table)/\(id)/\(revision)") }
            }
            return nil
        }
        guard let (source, place) = found else { return nil }
        return (try decode(source, id: id), place)
    }

    public func revisionOnDisk(id: String) throws -> Int? {
        guard Case.isValidID(id) else { return nil }
        return try connector.withConnection { s in
            try checkSchema(s)
            return try s.query("SELECT revision FROM cases WHERE id = \(id)").rows.first?.decode(Int.self)
        }
    }

    public func audit(caseID: String?) throws -> AuditLog {
        try connector.withConnection { s in
            try checkSchema(s)
            let rows = if let caseID {
                try s.query("SELECT at, db_user, action, case_id, detail FROM audit WHERE case_id = \(caseID) ORDER BY seq").rows
            } else {
                try s.query("SELECT at, db_user, action, case_id, detail FROM audit ORDER BY seq").rows
            }
            var entries: [AuditEntry] = []
            for row in rows {
                let (at, user, action, id, detail) = try row.decode((Date, String, String, String, String).self)
                entries.append(AuditEntry(at: Timestamp(at), user: user, action: action, case: id, detail: detail))
            }
            return AuditLog(entries: entries, skipped: [])
        }
    }

    // MARK: Writing

    public func save(_ c: Case, baseRevision: Int?, user: String, action: String, keepOverwritten: Bool) throws -> Case {
        try connector.transaction { s in
            try validate(c, s)
            let old = try s.query("SELECT revision, source FROM cases WHERE id = \(c.id) FOR UPDATE").rows.first?
                .decode((Int, String).self)
            if let old { _ = try decode(old.1, id: c.id) }   // a damaged document is never written over
            // Only a new id needs the trash: a live row's revision is already the highest.
            let trashed = old == nil ? try trashedRevision(c.id, s) : nil
            let revision = try RevisionRule.next(id: c.id, base: baseRevision, live: old?.0, trashed: trashed)
            var kept = ""
            if keepOverwritten, let old {
                try s.query("""
                    INSERT INTO history (id, revision, kept, source, unit, people, sensitivity)
                    SELECT id, revision, \(clock().date), source, unit, people, sensitivity FROM cases WHERE id = \(c.id)
                    ON CONFLICT (id, revision) DO NOTHING
                    """)
                kept = "; revision \(old.0) kept in the history table"
            }
            let detail = ServerStoreSupport.auditDetail(from: old.map { Data($0.1.utf8) }, to: c) + kept
            return try write(c, revision: revision, base: old?.0, user: user, action: action, detail: detail, s)
        }
    }

    /// Saves a deleted case again under its id as revision `deletedRevision + 1`: refused if
    /// the id is in use or the trash holds a later revision (`RevisionRule.restored`).
    public func restore(_ c: Case, deletedRevision: Int, user: String, action: String) throws -> Case {
        try connector.transaction { s in
            try validate(c, s)
            let live = try s.query("SELECT revision FROM cases WHERE id = \(c.id) FOR UPDATE").rows.first?.decode(Int.self)
            let revision = try RevisionRule.restored(id: c.id, deletedRevision: deletedRevision, live: live,
                                                     trashed: try trashedRevision(c.id, s))
            return try write(c, revision: revision, base: nil, user: user, action: action,
                             detail: "restored revision \(deletedRevision) from the trash", s)
        }
    }

    private func validate(_ c: Case, _ s: PostgresConnector.Session) throws {
        let meta = try readMeta(s)
        let problems = CaseValidator.problems(of: c, meta: meta).filter { !$0.isWarning }
        guard problems.isEmpty else { throw StoreError.invalidCase(id: c.id, problems: problems) }
    }

    /// The highest revision of `id` in the trash. The trash is read whole by a definer's-rights
    /// function, so a revision hidden from this user by row-level security still counts.
    func trashedRevision(_ id: String, _ s: PostgresConnector.Session) throws -> Int? {
        try s.query("SELECT casedesk_trashed_revision(\(id))").rows.first?.decode(Int?.self)
    }

    /// Writes `c` as `revision` over the row at `base` (nil: a new row), with its audit row and
    /// the notification other machines listen for; inside the caller's transaction.
    private func write(_ c: Case, revision: Int, base: Int?, user: String, action: String, detail: String,
                       _ s: PostgresConnector.Session) throws -> Case {
        var saved = c
        saved.revision = revision
        saved.updated = clock()
        let row = PostgresCaseRow(saved)
        if let base {
            let result = try s.query("""
                UPDATE cases SET revision = \(saved.revision), updated = \(saved.updated.date), source = \(row.source),
                    title = \(saved.title), unit = \(saved.unit), lawyer = \(saved.lawyer), caseworker = \(saved.caseworker),
                    people = \(row.people), status = \(saved.status.rawValue), sensitivity = \(saved.sensitivity.rawValue),
                    summary = \(ByteBuffer(bytes: row.summary)), summary_format = \(row.summaryFormat)
                WHERE id = \(c.id) AND revision = \(base)
                """)
            guard result.metadata.rows == 1 else { throw StoreError.staleRevision(id: c.id, base: base, onDisk: nil) }
        } else if try s.query(row.insert()).metadata.rows != 1 {
            // Another machine added the same id since this transaction looked.
            let now = try s.query("SELECT revision FROM cases WHERE id = \(c.id)").rows.first?.decode(Int.self)
            throw StoreError.staleRevision(id: c.id, base: nil, onDisk: now)
        }
        try s.query("""
            INSERT INTO audit (at, db_user, claimed_user, action, case_id, detail)
            VALUES (\(saved.updated.date), '', \(user), \(action), \(c.id), \(detail))
            """)
        try s.query("SELECT pg_notify(\(channel), \("\(c.id) \(saved.revision)"))")
        return saved
    }

    /// Moves the case to the trash table (nothing is ever deleted outright) and records it
    /// in the audit.
    public func delete(id: String, baseRevision: Int, user: String) throws {
        guard Case.isValidID(id) else { throw StoreError.notFound(id: id) }
        try connector.transaction { s in
            try checkSchema(s)
            guard let old = try s.query("SELECT revision, source FROM cases WHERE id = \(id) FOR UPDATE").rows.first?
                .decode((Int, String).self) else { throw StoreError.notFound(id: id) }
            guard old.0 == baseRevision else { throw StoreError.staleRevision(id: id, base: baseRevision, onDisk: old.0) }
            _ = try decode(old.1, id: id)
            let now = clock()
            try s.query("""
                INSERT INTO trash (id, revision, deleted, source, unit, people, sensitivity)
                SELECT id, revision, \(now.date), source, unit, people, sensitivity FROM cases WHERE id = \(id)
                """)
            try s.query("DELETE FROM cases WHERE id = \(id) AND revision = \(baseRevision)")
            try s.query("""
                INSERT INTO audit (at, db_user, claimed_user, action, case_id, detail)
                VALUES (\(now.date), '', \(user), 'delete', \(id), \("moved to trash (revision \(old.0))"))
                """)
            try s.query("SELECT pg_notify(\(channel), \("\(id) deleted"))")
        }
    }
}

/// What a case row holds besides its id and revision.
struct PostgresCaseRow {
    let c: Case
    let source: String
    let people: [String]
    let summary: [UInt8]
    let summaryFormat: Int64

    init(_ c: Case) {
        self.c = c
        source = String(decoding: CaseCodec.encodeBytes(c), as: UTF8.self)
        var named: [String] = []
        for p in [c.lawyer, c.caseworker] + c.requests.map(\.liaison) { if let p, !named.contains(p) { named.append(p) } }
        people = named
        summary = ServerStoreSupport.encodeSummary(CaseSummary(c))
        summaryFormat = ServerStoreSupport.summaryFormat
    }

    /// Its document as given (an import keeps the file's own bytes).
    init(_ c: Case, source: String) {
        self.init(c)
        self = PostgresCaseRow(c: c, source: source, people: people, summary: summary, summaryFormat: summaryFormat)
    }

    private init(c: Case, source: String, people: [String], summary: [UInt8], summaryFormat: Int64) {
        self.c = c; self.source = source; self.people = people; self.summary = summary; self.summaryFormat = summaryFormat
    }

    func insert() -> PostgresQuery {
        """
        INSERT INTO cases (id, revision, updated, source, title, unit, lawyer, caseworker, people, status, sensitivity,
                           summary, summary_format)
        VALUES (\(c.id), \(c.revision), \(c.updated.date), \(source), \(c.title), \(c.unit), \(c.lawyer), \(c.caseworker),
                \(people), \(c.status.rawValue), \(c.sensitivity.rawValue), \(ByteBuffer(bytes: summary)), \(summaryFormat))
        ON CONFLICT (id) DO NOTHING
        """
    }
}
