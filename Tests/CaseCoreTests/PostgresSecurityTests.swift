import Foundation
import PostgresNIO
import Testing
@testable import CaseCore
@testable import CaseStorePostgres

/// What only the server store can promise: each person's own role sees only what it may,
/// the audit names the role that connected, and the audit cannot be changed — checked
/// through the store and with psql, as someone bypassing the program would try.
@Suite(.enabled(if: PGTestServer.address != nil, PGTestServer.skipReason))
struct PostgresSecurityTests {
    static let twoUnits = StoreMeta(name: "Test store", units: [
        Unit(id: "U1", name: "Unit one", kind: .organisedCrimeDivision),
        Unit(id: "U2", name: "Unit two", kind: .complexCaseworkUnit),
    ], people: Fixtures.meta.people + [Person(id: "alice", name: "Alice A", role: .prosecutor)])

    /// A store in a new schema with two units, login roles for Alice (U1) and Bob (U2), and
    /// one case in each unit, the U1 one OFFICIAL-SENSITIVE naming Alice, plus a sensitive U1
    /// case naming nobody Alice is.
    struct Setup {
        let owner: PostgresStore
        let address: PostgresAddress
        let alice: String, bob: String
        let cleanup: @Sendable () -> Void
        func store(as role: String) throws -> PostgresStore {
            var a = address
            a.user = role
            return try PostgresStore(address: a, password: nil, clock: Fixtures.fixedClock)
        }
    }

    static func setup() throws -> Setup {
        let t = try StoreUnderTest.postgres()
        let owner = t.store as! PostgresStore
        let tag = String(UUID().uuidString.lowercased().prefix(8))
        let alice = "t_alice_\(tag)", bob = "t_bob_\(tag)"
        try owner.connector.withConnection { s in
            try s.execute("CREATE ROLE \(alice) LOGIN; CREATE ROLE \(bob) LOGIN")
            try s.execute("UPDATE casedesk_meta SET source = '\(String(decoding: CaseCodec.encode(twoUnits), as: UTF8.self))'")
        }
        try owner.grant(.init(role: alice, person: "alice", units: ["U1"]))
        try owner.grant(.init(role: bob, units: ["U2"]))
        var one = Fixtures.sampleCase("ONE-1"); one.unit = "U1"; one.lawyer = "alice"
        var hidden = Fixtures.sampleCase("ONE-2"); hidden.unit = "U1"; hidden.lawyer = "P1"
        var two = Fixtures.sampleCase("TWO-1"); two.unit = "U2"; two.sensitivity = .official
        for c in [one, hidden, two] { _ = try owner.save(c, baseRevision: nil, user: "admin", action: "create") }
        let cleanup: @Sendable () -> Void = {
            t.remove()
            _ = try? owner.connector.withConnection { try $0.execute("DROP ROLE \(alice); DROP ROLE \(bob)") }
        }
        return Setup(owner: owner, address: PGTestServer.address!.with(schema: owner.address.schema), alice: alice, bob: bob,
                     cleanup: cleanup)
    }

    @Test func aUserSeesOnlyTheCasesOfTheirUnitsAndSensitiveOnesNamingThem() throws {
        let s = try Self.setup()
        defer { s.cleanup() }
        let alice = try s.store(as: s.alice), bob = try s.store(as: s.bob)
        #expect(try alice.open { _, _ in }.summaries.map(\.id) == ["ONE-1"])
        #expect(try bob.open { _, _ in }.summaries.map(\.id) == ["TWO-1"])
        #expect(throws: StoreError.notFound(id: "TWO-1")) { try alice.load(id: "TWO-1") }
        #expect(throws: StoreError.notFound(id: "ONE-2")) { try alice.load(id: "ONE-2") }
        #expect(try alice.revisionOnDisk(id: "TWO-1") == nil)
        #expect(try alice.audit(caseID: nil).entries.map(\.case) == ["ONE-1"])
        // Moving a case into a unit one may not see is refused by the database.
        var moved = try alice.load(id: "ONE-1")
        moved.unit = "U2"
        moved.lawyer = "P1"
        #expect(throws: PostgresFailure.self) { try alice.save(moved, baseRevision: 1, user: "alice", action: "update") }
        #expect(try s.owner.load(id: "ONE-1").unit == "U1")
    }

    @Test func theAuditNamesTheRoleThatConnectedNotTheClaimedUser() throws {
        let s = try Self.setup()
        defer { s.cleanup() }
        let alice = try s.store(as: s.alice)
        var c = try alice.load(id: "ONE-1")
        c.title = "Renamed"
        _ = try alice.save(c, baseRevision: 1, user: "the-supervisor", action: "update")
        #expect(try s.owner.audit(caseID: "ONE-1").entries.map(\.user).last == s.alice)
    }

    @Test func onlyTheOwnerChangesPeopleAndUnitsAndAUserIsToldWho() throws {
        let s = try Self.setup()
        defer { s.cleanup() }
        let alice = try s.store(as: s.alice)
        let refused = try #require(throws: PostgresFailure.self) {
            try alice.change(.renameUnit(id: "U1", name: "Renamed by Alice"), user: "alice")
        }
        #expect(refused.message.contains("the role that owns its tables"))
        #expect(try s.owner.readMeta().unit("U1")?.name == "Unit one")
        try s.owner.change(.renameUnit(id: "U1", name: "Unit one (North)"), user: "admin")
        #expect(try alice.open { _, _ in }.meta.unit("U1")?.name == "Unit one (North)")
    }

    @Test func theAuditCannotBeChangedByAUserNorByTheOwner() throws {
        let s = try Self.setup()
        defer { s.cleanup() }
        let alice = try s.store(as: s.alice)
        for store in [alice, s.owner] {
            #expect(throws: PostgresFailure.self) {
                try store.connector.withConnection { try $0.execute("UPDATE audit SET detail = 'nothing happened'") }
            }
            #expect(throws: PostgresFailure.self) {
                try store.connector.withConnection { try $0.execute("DELETE FROM audit") }
            }
        }
        let denied = try #require(throws: PostgresFailure.self) {
            try alice.connector.withConnection { try $0.execute("TRUNCATE audit") }
        }
        #expect(denied.sqlState == "42501")
        #expect(try s.owner.audit(caseID: nil).entries.count == 3)
    }

    @Test func psqlAsAUserCannotReadAnotherUnitsCase() throws {
        let s = try Self.setup()
        defer { s.cleanup() }
        guard let psql = ["/usr/bin/psql", "/usr/local/bin/psql"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            Issue.record("psql is not installed next to the server the tests use")
            return
        }
        func run(_ role: String, _ sql: String) throws -> String {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: psql)
            p.arguments = ["-X", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", s.address.host, "-p", "\(s.address.port)",
                           "-U", role, "-d", s.address.database, "-c", "SET search_path = \(s.address.schema!); " + sql]
            let out = Pipe()
            p.standardOutput = out
            p.standardError = out
            try p.run()
            let data = out.fileHandleForReading.readDataToEndOfFile()
            p.waitUntilExit()
            return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        #expect(try run(s.alice, "SELECT string_agg(id, ',' ORDER BY id) FROM cases") == "SET\nONE-1")
        #expect(try run(s.alice, "SELECT count(*) FROM cases WHERE id = 'TWO-1'") == "SET\n0")
        #expect(try run(s.alice, "SELECT count(*) FROM trash") == "SET\n0")
        #expect(try run(s.bob, "SELECT string_agg(id, ',' ORDER BY id) FROM cases") == "SET\nTWO-1")
        #expect(try run(s.bob, "SELECT count(*) FROM audit WHERE case_id LIKE 'ONE%'") == "SET\n0")
        #expect(try run(s.bob, "UPDATE cases SET title = 'x' WHERE id = 'ONE-1'") == "SET\nUPDATE 0")
    }
}

extension PostgresAddress {
    func with(schema: String?) -> PostgresAddress { var a = self; a.schema = schema; return a }
}
