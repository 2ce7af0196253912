import Foundation
import PostgresNIO
import Testing
@testable import CaseCore
@testable import CaseStorePostgres

/// The stores the conformance suite runs against: always the JSON directory, and
/// PostgreSQL when `CASEDESK_TEST_PG` names a server the tests may use (`.ci/run` starts a
/// throwaway one). Each test gets a new store: a temp directory, or a new schema.
enum StoreKind: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case json, postgres
    var testDescription: String { rawValue }

    static var available: [StoreKind] { PGTestServer.address == nil ? [.json] : [.json, .postgres] }

    func make() throws -> StoreUnderTest {
        switch self {
        case .json: return try StoreUnderTest.json()
        case .postgres: return try StoreUnderTest.postgres()
        }
    }
}

/// A store under test and the few things a test does behind its back.
struct StoreUnderTest: Sendable {
    let store: any CaseStore
    /// Another instance on the same store, as another process would have.
    let second: @Sendable () throws -> any CaseStore
    /// Puts a document as it is, as an older program or a person with an editor (or psql) would.
    let putDocument: @Sendable (_ id: String, _ bytes: Data) throws -> Void
    /// The stored bytes of a case's document.
    let document: @Sendable (_ id: String) throws -> Data?
    /// Marks the store as written by a newer program.
    let makeSchemaNewer: @Sendable () throws -> StoreError
    /// The ids in the trash.
    let trashed: @Sendable () throws -> [String]
    /// Who the audit names for a change made with `--user claimed`.
    let auditUser: @Sendable (_ claimed: String) -> String
    /// Where a damaged case is said to be.
    let path: @Sendable (_ id: String) -> String
    let remove: @Sendable () -> Void

    static func json() throws -> StoreUnderTest {
        let s = try Fixtures.newStore()
        let cases = s.directory.path + "/cases/"
        return StoreUnderTest(
            store: s,
            second: { JSONDirectoryStore(directory: s.directory, clock: Fixtures.fixedClock) },
            putDocument: { id, bytes in try bytes.write(to: URL(fileURLWithPath: cases + id + ".json")) },
            document: { id in FileManager.default.contents(atPath: cases + id + ".json") },
            makeSchemaNewer: {
                var json = Fixtures.meta.toJSON().objectValue!
                let newer = StoreMeta.currentSchemaVersion + 1
                json["schemaVersion"] = .number("\(newer)")
                json["units"] = .string("a shape this program does not know")
                let metaPath = s.directory.path + "/store.json"
                try Data(JSONWriter.pretty(.object(json))).write(to: URL(fileURLWithPath: metaPath))
                return StoreError.newerSchema(path: metaPath, found: newer, supported: StoreMeta.currentSchemaVersion)
            },
            trashed: {
                ((try? FileManager.default.contentsOfDirectory(atPath: s.directory.path + "/trash")) ?? [])
                    .map { String($0.prefix(while: { $0 != "." })) }.sorted()
            },
            auditUser: { $0 },
            path: { cases + $0 + ".json" },
            remove: { Fixtures.remove(s) })
    }

    static func postgres() throws -> StoreUnderTest {
        guard let server = PGTestServer.address else { throw PGTestServer.NotConfigured() }
        let schema = "t_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        let admin = try PostgresStore(address: server, password: nil)
        try admin.connector.withConnection { try $0.execute("CREATE SCHEMA \(schema)") }
        let address = server.with(schema: schema)
        let s = try PostgresStore(address: address, password: nil, clock: Fixtures.fixedClock)
        do { try s.initialize(meta: Fixtures.meta) } catch {
            _ = try? admin.connector.withConnection { try $0.execute("DROP SCHEMA \(schema) CASCADE") }
            throw error
        }
        let sql: @Sendable (PostgresQuery) throws -> [PostgresRow] = { q in try s.connector.withConnection { Array(try $0.query(q).rows) } }
        return StoreUnderTest(
            store: s,
            second: { try PostgresStore(address: address, password: nil, clock: Fixtures.fixedClock) },
            putDocument: { id, bytes in
                let text = String(decoding: bytes, as: UTF8.self)
                let revision = (try? JSONParser.parse(bytes))?.objectValue?["revision"]?.intValue ?? 1
                // A stale summary (format 0): the store must derive it again from the document.
                _ = try sql("""
                    INSERT INTO cases (id, revision, updated, source, title, unit, people, status, sensitivity, summary, summary_format)
                    VALUES (\(id), \(revision), now(), \(text), '', '', '{}', '', '', '', 0)
                    ON CONFLICT (id) DO UPDATE SET source = excluded.source, revision = excluded.revision, summary_format = 0
                    """)
            },
            document: { id in
                try sql("SELECT source FROM cases WHERE id = \(id)").first.map { Data(try $0.decode(String.self).utf8) }
            },
            makeSchemaNewer: {
                _ = try sql("INSERT INTO casedesk_schema (version) VALUES (\(PostgresSchema.latest + 1))")
                return StoreError.newerSchema(path: address.description, found: PostgresSchema.latest + 1, supported: PostgresSchema.latest)
            },
            trashed: { try sql("SELECT id FROM trash ORDER BY id").map { try $0.decode(String.self) } },
            auditUser: { _ in address.user },
            path: { s.path($0) },
            remove: { _ = try? admin.connector.withConnection { try $0.execute("DROP SCHEMA \(schema) CASCADE") } })
    }
}

/// The server the tests may use, from `CASEDESK_TEST_PG` (a postgres:// address of a role
/// that may create schemas and roles, on a throwaway cluster).
enum PGTestServer {
    struct NotConfigured: Error {}
    static let address: PostgresAddress? = {
        guard let text = ProcessInfo.processInfo.environment["CASEDESK_TEST_PG"], !text.isEmpty else { return nil }
        return try? PostgresAddress(parsing: text)
    }()
    static let skipReason: Comment =
        "PostgreSQL store suite skipped: CASEDESK_TEST_PG is not set (bash .ci/run starts a throwaway server and sets it)"
}

/// Says once, in the test output, that the server half of the conformance suite did not run.
@Suite struct PostgresAvailability {
    @Test(.enabled(if: PGTestServer.address != nil, PGTestServer.skipReason))
    func serverIsReachable() throws {
        let t = try StoreUnderTest.postgres()
        defer { t.remove() }
        #expect(try t.store.open { _, _ in }.summaries.isEmpty)
    }
}
