import Foundation
import Testing
@testable import CaseStorePostgres

/// Reading a store address as libpq reads it, and never letting a password in or out.
@Suite struct PostgresAddressTests {
    let env = ["USER": "shughes", "HOME": "/nonexistent"]

    @Test func addressPartsAndDefaults() throws {
        let a = try PostgresAddress(parsing: "postgres://ann@db.example:6543/cases?sslmode=verify-full", environment: env)
        #expect(a == PostgresAddress(user: "ann", host: "db.example", port: 6543, database: "cases", sslMode: .verifyFull))
        let b = try PostgresAddress(parsing: "postgresql://%2Fvar%2Frun%2Fpostgresql/cases", environment: env)
        #expect(b.user == "shughes" && b.isUnixSocket && b.socketPath == "/var/run/postgresql/.s.PGSQL.5432")
        let c = try PostgresAddress(parsing: "postgres://ann@/cases?host=/tmp/pg&port=5433", environment: env)
        #expect(c.host == "/tmp/pg" && c.port == 5433 && c.database == "cases")
        let d = try PostgresAddress(parsing: "postgres://db.example", environment: env.merging(["PGDATABASE": "x", "PGSSLMODE": "require"]) { $1 })
        #expect(d.database == "x" && d.sslMode == .require && d.user == "shughes")
        #expect(d.description == "postgres://shughes@db.example:5432/x")
    }

    @Test func aPasswordInTheAddressIsRefusedAndNeverRepeated() {
        #expect(throws: PostgresAddress.Invalid.self) { try PostgresAddress(parsing: "postgres://ann:s3cret@db/cases", environment: env) }
        do { _ = try PostgresAddress(parsing: "postgres://ann:s3cret@db/cases", environment: env) } catch {
            #expect(!"\(error)".contains("s3cret"))
        }
        #expect(PostgresAddress.redacted("postgres://ann:s3cret@db/cases?x=1") == "postgres://ann:***@db/cases?x=1")
        #expect(PostgresAddress.redacted("postgres://ann@db/cases") == "postgres://ann@db/cases")
    }

    @Test func badPartsAreNamed() {
        for (text, words) in [("postgres://db:99999/x", "port"), ("postgres://db/x?sslmode=maybe", "sslmode"),
                              ("postgres://db/x?application=1", "unknown parameter 'application'")] {
            do { _ = try PostgresAddress(parsing: text, environment: env); Issue.record("accepted \(text)") } catch {
                #expect("\(error)".contains(words), "\(text): \(error)")
            }
        }
    }

    @Test func passwordComesFromPGPASSWORDThenAPrivatePgpass() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pgpass-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("pgpass").path
        try "# comment\nother:*:*:*:no\ndb.example:5432:cases:ann:pa\\:ss\n*:*:*:ann:fallback\n".write(toFile: file, atomically: true, encoding: .utf8)
        let a = PostgresAddress(user: "ann", host: "db.example", database: "cases")
        let e = env.merging(["PGPASSFILE": file]) { $1 }
        chmod(file, 0o644)
        #expect(a.password(environment: e) == nil)   // readable by others: ignored, as libpq does
        chmod(file, 0o600)
        #expect(a.password(environment: e) == "pa:ss")
        #expect(PostgresAddress(user: "ann", host: "elsewhere", database: "cases").password(environment: e) == "fallback")
        #expect(a.password(environment: e.merging(["PGPASSWORD": "env"]) { $1 }) == "env")
    }
}
