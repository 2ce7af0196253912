import Foundation
import Testing
@testable import CaseCore

// Issue 18.9: people and units managed from the CLI instead of editing store.json by hand.
@Suite struct MetaChangeTests {
    static let today = Day(iso: "2026-11-30")!

    @Test func addRenameRetireWithAuditLines() throws {
        let store = try Fixtures.newStore()
        defer { Fixtures.remove(store) }
        _ = try store.save(Fixtures.sampleCase(), baseRevision: nil, user: "u", action: "create", keepOverwritten: false)
        try store.change(.addPerson(Person(id: "asharma2", name: "Anil Sharma", role: .prosecutor)), user: "lead")
        try store.change(.renamePerson(id: "asharma2", name: "Anil K. Sharma"), user: "lead")
        try store.change(.retirePerson(id: "P1", on: Self.today), user: "lead")
        try store.change(.addUnit(Unit(id: "OCD-MAN", name: "OCD Manchester", kind: .organisedCrimeDivision)), user: "lead")
        try store.change(.retireUnit(id: "OCD-LON", on: Self.today), user: "lead")
        let meta = try store.readMeta()
        #expect(meta.person("asharma2")?.name == "Anil K. Sharma")
        #expect(meta.person("P1")?.retired == Self.today && meta.unit("OCD-LON")?.retired == Self.today)
        // A retired person and unit stay on their case: it still reads and validates.
        let c = try store.load(id: "C-1")
        #expect(c.lawyer == "P1" && CaseValidator.problems(of: c, meta: meta).filter { !$0.isWarning }.isEmpty)
        #expect(meta.personName("P1") == "A Prosecutor")
        let lines = try store.audit(caseID: nil).entries.filter { $0.user == "lead" }.map { "\($0.action): \($0.detail)" }
        #expect(lines == [
            "person add: asharma2 \"Anil Sharma\" (prosecutor)",
            "person rename: asharma2 \"Anil Sharma\" -> \"Anil K. Sharma\"",
            "person retire: P1 \"A Prosecutor\" retired 2026-11-30",
            "unit add: OCD-MAN \"OCD Manchester\" (organisedCrimeDivision)",
            "unit retire: OCD-LON \"Organised Crime Division London\" retired 2026-11-30",
        ])
        // Every entry is what the journal would find landed after a kill.
        for e in try store.audit(caseID: nil).entries where e.user == "lead" {
            #expect(MetaChange.landed(e, in: meta) == true, "\(e.detail)")
        }
    }

    @Test(arguments: [
        (MetaChange.addPerson(Person(id: "P1", name: "Again", role: .caseworker)), "there is already a person P1; ids are never reused"),
        (.addPerson(Person(id: "a b", name: "X", role: .caseworker)), "\"a b\" is not a person id: 1-40 letters, digits, '.', '_' or '-', starting with a letter or digit"),
        (.addPerson(Person(id: "x1", name: " ", role: .caseworker)), "a person's name cannot be empty"),
        (.addPerson(Person(id: "x1", name: "Evil\u{1B}[2J", role: .caseworker)), "a person's name cannot hold control characters"),
        (.renamePerson(id: "nobody", name: "X"), "there is no person \"nobody\"; people: L1, P1"),
        (.renamePerson(id: "P1", name: ""), "a person's name cannot be empty"),
        (.addUnit(Unit(id: "OCD-LON", name: "Again", kind: .area)), "there is already a unit OCD-LON; ids are never reused"),
        (.retireUnit(id: "NOPE", on: today), "there is no unit \"NOPE\"; units: OCD-LON"),
    ])
    func refusedChangesSayWhyAndWriteNothing(change: MetaChange, why: String) throws {
        let store = try Fixtures.newStore()
        defer { Fixtures.remove(store) }
        let before = Fixtures.text(store.metaPath)
        #expect(throws: MetaChange.Refusal(why)) { try store.change(change, user: "lead") }
        #expect(Fixtures.text(store.metaPath) == before)
        #expect(try store.audit(caseID: nil).entries.isEmpty)
    }

    @Test func retiringTwiceIsRefused() throws {
        let store = try Fixtures.newStore()
        defer { Fixtures.remove(store) }
        try store.change(.retirePerson(id: "P1", on: Self.today), user: "lead")
        #expect(throws: MetaChange.Refusal("P1 was retired on 2026-11-30 already")) {
            try store.change(.retirePerson(id: "P1", on: Self.today), user: "lead")
        }
    }

    @Test func aStoreJSONThatCannotBeReadIsNeverWrittenOver() throws {
        let store = try Fixtures.newStore()
        defer { Fixtures.remove(store) }
        let damaged = "{\"format\": \"casedesk-store\", \"people\": [\n"
        try damaged.write(toFile: store.metaPath, atomically: true, encoding: .utf8)
        #expect(throws: StoreError.self) {
            try store.change(.addPerson(Person(id: "x1", name: "X", role: .caseworker)), user: "lead")
        }
        #expect(Fixtures.text(store.metaPath) == damaged)
    }

    @Test func retiredIsWrittenAndReadBack() throws {
        var meta = Fixtures.meta
        meta.people[0].retired = Self.today
        let cx = DecodeContext(file: "store.json")
        let back = StoreMeta.decode(meta.toJSON(), cx)
        #expect(back == meta && !cx.hasErrors)
    }
}
