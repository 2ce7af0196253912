import Foundation
import Testing
@testable import CaseCore

/// People and units change through the `CaseStore` protocol on every store, so the CLI and
/// the UI's People screen work the same on a directory and on PostgreSQL: checked against
/// the description as it is now, one audit line each, seen by another instance, and two
/// changes at once both land (neither is written over the other).
@Suite struct StoreMetaConformanceTests {
    @Test(arguments: StoreKind.available)
    func aChangeIsCheckedAuditedAndSeenByAnotherInstance(_ kind: StoreKind) throws {
        let t = try kind.make()
        defer { t.remove() }
        let store = t.store
        let person = Person(id: "asharma2", name: "Anil Sharma", role: .prosecutor)
        let (meta, entry) = try store.change(.addPerson(person), user: "ann")
        #expect(meta.person("asharma2") == person)
        #expect(entry.action == "person add")
        try store.change(.retirePerson(id: "asharma2", on: Fixtures.day), user: "ann")
        try store.change(.addUnit(Unit(id: "CCU-MAN", name: "CCU Manchester", kind: .complexCaseworkUnit)), user: "ann")

        let other = try t.second()
        let seen = try other.open { _, _ in }.meta
        #expect(seen.person("asharma2")?.retired == Fixtures.day)
        #expect(seen.unit("CCU-MAN")?.name == "CCU Manchester")
        #expect(seen.people.count == Fixtures.meta.people.count + 1)
        #expect(throws: MetaChange.Refusal.self) { try other.change(.addPerson(person), user: "bob") }
        #expect(throws: MetaChange.Refusal.self) { try other.change(.renamePerson(id: "nobody", name: "X"), user: "bob") }

        let lines = try store.audit(caseID: nil).entries.filter { $0.case.isEmpty }
        #expect(lines.map(\.action) == ["person add", "person retire", "unit add"])
        #expect(lines.allSatisfy { $0.user == t.auditUser("ann") })
        #expect(lines.first?.detail == "asharma2 \"Anil Sharma\" (prosecutor)")
    }

    @Test(arguments: StoreKind.available)
    func changesFromTwoInstancesAtOnceAllLand(_ kind: StoreKind) throws {
        let t = try kind.make()
        defer { t.remove() }
        let stores = [t.store, try t.second()]
        let failures = Failures()
        DispatchQueue.concurrentPerform(iterations: 8) { i in
            do {
                try stores[i % 2].change(.addPerson(Person(id: "p\(i)", name: "Person \(i)", role: .caseworker)), user: "u\(i)")
            } catch { failures.add("\(error)") }
        }
        #expect(failures.all.isEmpty)
        let ids = Set(try t.store.open { _, _ in }.meta.people.map(\.id))
        #expect((0..<8).allSatisfy { ids.contains("p\($0)") })
    }
}

private final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [String] = []
    func add(_ s: String) { lock.withLock { list.append(s) } }
    var all: [String] { lock.withLock { list } }
}
