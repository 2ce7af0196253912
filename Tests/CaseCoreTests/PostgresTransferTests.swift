import Foundation
import PostgresNIO
import Testing
@testable import CaseCore
@testable import CaseStorePostgres

/// A store directory copied into PostgreSQL (`casedesk import --from DIR`) and written back
/// out: documents byte for byte, an audit row per imported case, files that are not valid
/// cases refused by name, and an import run again (after an interruption) carrying on
/// without touching what is already there.
@Suite(.enabled(if: PGTestServer.address != nil, PGTestServer.skipReason))
struct PostgresTransferTests {
    /// A store directory of `n` cases saved through the JSON store (so each file is what that
    /// store writes), plus a damaged file.
    static func directory(cases n: Int) throws -> JSONDirectoryStore {
        let dir = try Fixtures.newStore()
        for i in 1...n {
            var c = Fixtures.sampleCase(String(format: "IMP-%03d", i))
            c.title = "Operation \(i)"
            _ = try dir.save(c, baseRevision: nil, user: "ann", action: "create")
        }
        try Data("{\"id\": \"BROKEN-1\", \"title\": ".utf8)
            .write(to: dir.directory.appendingPathComponent("cases/BROKEN-1.json"))
        return dir
    }

    static func count(_ s: PostgresStore, _ sql: String) throws -> Int {
        try s.connector.withConnection { try $0.query(PostgresQuery(unsafeSQL: sql)).rows.first!.decode(Int.self) }
    }

    @Test func anImportRunAgainCarriesOnAndTheRoundTripIsByteForByte() throws {
        let dir = try Self.directory(cases: 7)
        defer { Fixtures.remove(dir) }
        let t = try StoreKind.postgres.make()
        defer { t.remove() }
        let store = t.store as! PostgresStore
        let casesDir = dir.directory.appendingPathComponent("cases")

        // An interrupted import: only the first three files had gone in.
        let partial = try Fixtures.newStore()
        defer { Fixtures.remove(partial) }
        for name in ["IMP-001.json", "IMP-002.json", "IMP-003.json"] {
            try FileManager.default.copyItem(at: casesDir.appendingPathComponent(name),
                                             to: partial.directory.appendingPathComponent("cases/" + name))
        }
        let first = try store.importCases(from: partial.directory, user: "ann", batch: 2)
        #expect(first.imported == 3 && first.present == 0 && first.refused.isEmpty)

        let progress = Mutex<[Int]>([])
        let again = try store.importCases(from: dir.directory, user: "ann", batch: 2) { done, _ in
            progress.withLock { $0.append(done) }
        }
        #expect(again.imported == 4)
        #expect(again.present == 3)
        #expect(again.refused.map(\.id) == ["BROKEN-1"])
        #expect(progress.withLock { $0 }.last == 8)
        #expect(try Self.count(store, "SELECT count(*) FROM cases") == 7)
        // One audit row per case that went in, none for those already there.
        #expect(try Self.count(store, "SELECT count(*) FROM audit WHERE action = 'import'") == 7)
        #expect(try Self.count(store, "SELECT count(DISTINCT case_id) FROM audit WHERE action = 'import'") == 7)

        // A third run changes nothing.
        let third = try store.importCases(from: dir.directory, user: "ann")
        #expect(third.imported == 0 && third.present == 7)
        #expect(try Self.count(store, "SELECT count(*) FROM audit") == 7)

        let out = Fixtures.tempDir()
        defer { try? FileManager.default.removeItem(at: out) }
        #expect(try store.exportCases(to: out) == 7)
        for i in 1...7 {
            let name = String(format: "cases/IMP-%03d.json", i)
            let original = try Data(contentsOf: dir.directory.appendingPathComponent(name))
            #expect(try Data(contentsOf: out.appendingPathComponent(name)) == original)
            #expect(try t.document(String(name.dropFirst(6).dropLast(5))) == original)
        }
        #expect(try JSONDirectoryStore(directory: out).open { _, _ in }.summaries.count == 7)
    }

    /// `casedesk export` of a server store: the bundle it writes is byte for byte the bundle of
    /// the directory the cases were imported from (the same documents, in the same order), and
    /// an id that is not there is named in `leftOut`, not dropped in silence.
    @Test func theServersBundleIsTheDirectorysBundle() throws {
        let dir = try Self.directory(cases: 9)
        defer { Fixtures.remove(dir) }
        let t = try StoreKind.postgres.make()
        defer { t.remove() }
        let store = t.store as! PostgresStore
        _ = try store.importCases(from: dir.directory, user: "ann", batch: 4)

        let ids = try dir.caseFileIDs().filter { $0 != "BROKEN-1" }.sorted()
        #expect(try store.caseIDs() == ids)
        var fromDir: [UInt8] = [], fromServer: [UInt8] = []
        _ = try BundleWriter(store: dir, exported: Fixtures.fixedClock()).write(ids: ids) { fromDir += $0 }
        let written = try BundleWriter(store: store, exported: Fixtures.fixedClock()).write(ids: try store.caseIDs()) { fromServer += $0 }
        #expect(written.cases == 9 && written.leftOut.isEmpty)
        #expect(fromServer == fromDir)
        #expect(try CaseBundle.decode(data: Data(fromServer)).cases.map(\.id) == ids)

        let loaded = store.load(ids: ["IMP-002", "GONE-1", "IMP-001"])
        #expect((try? loaded[0].get())?.id == "IMP-002")
        #expect((try? loaded[2].get())?.id == "IMP-001")
        var partial: [UInt8] = []
        let some = try BundleWriter(store: store, exported: Fixtures.fixedClock()).write(ids: ["GONE-1", "IMP-003"]) { partial += $0 }
        #expect(some.cases == 1)
        #expect(some.leftOut.map(\.id) == ["GONE-1"])
    }
}
