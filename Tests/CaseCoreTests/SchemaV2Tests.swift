import Foundation
import Testing
@testable import CaseCore

/// Schema version 2: its keys on disk, the upgrade of a version 1 store, and the checks.
@Suite struct SchemaV2Tests {
    static let day = Fixtures.day

    /// The sample case with every key of version 2 set.
    static func v2Case(_ id: String = "C-1") -> Case {
        var c = Fixtures.sampleCase(id)
        c.defendants[0].remand = .custody
        c.defendants[0].custodyTimeLimits = [
            CustodyTimeLimit(charge: "Conspiracy to supply", from: day, limit: .crownCourt182,
                             expires: day.adding(days: 183),
                             extensions: [CTLExtension(applied: day.adding(days: 150), heard: day.adding(days: 160),
                                                       granted: true, newExpiry: day.adding(days: 240), note: "listing")],
                             ended: CTLEnd(date: day.adding(days: 230), reason: .trialStarted)),
        ]
        c.defendants[0].confiscation?.paymentDue = nil
        c.defendants[1].confiscation = Confiscation(stage: .orderMade, orderPence: 100, orderDate: day,
                                                    paymentDue: day.adding(days: 90))
        c.tasks = [CaseTask(id: "T1", title: "Serve the bundle", due: day.adding(days: 5), assignee: "P1", created: day),
                   CaseTask(id: "T2", title: "Call the OIC", created: day, done: TaskDone(date: day.adding(days: 1), by: "P1"))]
        c.requests.append(InternationalRequest(id: "\(id)-R2", kind: .tcaArrestWarrant, direction: .outgoing, country: "ES",
                                               legalBasis: "tca2020", status: .sent,
                                               history: [StatusChange(status: .sent, date: Day(year: 2022, month: 3, day: 1)!)],
                                               sent: Day(year: 2022, month: 3, day: 1)!))
        return c
    }

    @Test func everyV2KeyRoundTrips() throws {
        let c = Self.v2Case()
        #expect(CaseValidator.problems(of: c, meta: Fixtures.meta) == [])
        let data = CaseCodec.encode(c)
        #expect(try CaseCodec.decode(data: data, fileName: "C-1") == c)
        #expect(CaseCodec.encode(try CaseCodec.decode(data: data, fileName: nil)) == data)
        let text = String(decoding: data, as: UTF8.self)
        for key in ["\"remand\": \"custody\"", "\"custodyTimeLimits\"", "\"limit\": \"crownCourt182\"", "\"newExpiry\"",
                    "\"ended\"", "\"tasks\"", "\"paymentDue\"", "\"tcaArrestWarrant\""] {
            #expect(text.contains(key), "missing \(key)")
        }
    }

    @Test func aVersion1CaseGainsNoKeys() throws {
        let data = CaseCodec.encode(Fixtures.sampleCase())
        let text = String(decoding: data, as: UTF8.self)
        #expect(!text.contains("tasks") && !text.contains("custodyTimeLimits") && !text.contains("remand"))
        #expect(CaseCodec.encode(try CaseCodec.decode(data: data, fileName: "C-1")) == data)
    }

    @Test func unknownKeysInV2ObjectsSurvive() throws {
        var json = Self.v2Case().toJSON().objectValue!
        func withExtra(_ v: JSONValue) -> JSONValue { var o = v.objectValue!; o["future"] = .string("kept"); return .object(o) }
        var d = json["defendants"]!.arrayValue!
        var d0 = d[0].objectValue!
        var ctl = d0["custodyTimeLimits"]!.arrayValue![0].objectValue!
        ctl["extensions"] = .array([withExtra(ctl["extensions"]!.arrayValue![0])])
        ctl["ended"] = withExtra(ctl["ended"]!)
        d0["custodyTimeLimits"] = .array([withExtra(.object(ctl))])
        d[0] = .object(d0)
        json["defendants"] = .array(d)
        var t1 = json["tasks"]!.arrayValue!
        t1[1] = withExtra(t1[1])
        var done = t1[1].objectValue!
        done["done"] = withExtra(done["done"]!)
        t1[1] = .object(done)
        json["tasks"] = .array(t1)
        let original = JSONValue.object(json)
        let c = try CaseCodec.decode(data: Data(JSONWriter.pretty(original)), fileName: "C-1")
        #expect(c.defendants[0].custodyTimeLimits[0].extra["future"] == .string("kept"))
        #expect(c.tasks[1].done?.extra["future"] == .string("kept"))
        #expect(try JSONParser.parse(CaseCodec.encode(c)) == original)
    }

    @Test func badV2ValuesAreReportedWithTheirPaths() throws {
        var json = Self.v2Case().toJSON().objectValue!
        var d = json["defendants"]!.arrayValue!
        var d0 = d[0].objectValue!
        d0["remand"] = .string("prison")
        var ctl = d0["custodyTimeLimits"]!.arrayValue![0].objectValue!
        ctl["limit"] = .string("ninetyDays")
        ctl["from"] = .string("2024-02-30")
        d0["custodyTimeLimits"] = .array([.object(ctl)])
        d[0] = .object(d0)
        json["defendants"] = .array(d)
        var t = json["tasks"]!.arrayValue![0].objectValue!
        t["created"] = .null
        json["tasks"] = .array([.object(t)])
        do {
            _ = try CaseCodec.decode(data: Data(JSONWriter.pretty(.object(json))), fileName: "C-1")
            Issue.record("expected problems")
        } catch {
            let paths = Set(error.problems.map(\.path))
            #expect(paths == ["$.defendants[0].remand", "$.defendants[0].custodyTimeLimits[0].limit",
                              "$.defendants[0].custodyTimeLimits[0].from", "$.tasks[0].created"])
        }
    }

    @Test func checksOfTheNewKeys() {
        var c = Self.v2Case()
        c.defendants[0].custodyTimeLimits[0].expires = Self.day.adding(days: -1)
        c.defendants[0].custodyTimeLimits[0].extensions[0].newExpiry = nil
        c.tasks[1].done = TaskDone(date: Self.day.adding(days: -3), by: "P1")
        c.requests.append(InternationalRequest(id: "C-1-R3", kind: .europeanArrestWarrant, direction: .outgoing,
                                               country: "FR", legalBasis: "eu2000", status: .sent,
                                               history: [StatusChange(status: .sent, date: Day(year: 2021, month: 1, day: 1)!)],
                                               sent: Day(year: 2021, month: 1, day: 1)!))
        c.requests.append(InternationalRequest(id: "C-1-R4", kind: .europeanInvestigationOrder, direction: .outgoing,
                                               country: "FR", legalBasis: "eu2000", status: .sent,
                                               history: [StatusChange(status: .sent, date: Day(year: 2020, month: 12, day: 31)!)],
                                               sent: Day(year: 2020, month: 12, day: 31)!))
        let problems = CaseValidator.problems(of: c, meta: Fixtures.meta)
        let errors = problems.filter { !$0.isWarning }.map(\.path)
        let warnings = problems.filter(\.isWarning).map(\.path)
        #expect(errors == ["$.defendants[0].custodyTimeLimits[0].expires",
                           "$.defendants[0].custodyTimeLimits[0].extensions[0].newExpiry",
                           "$.tasks[1].done.date"])
        #expect(warnings == ["$.requests[2].kind"])
        #expect(problems.first { $0.path == "$.requests[2].kind" }?.message.contains("tcaArrestWarrant") == true)
    }

    @Test func taskReferencesAndDuplicates() {
        var c = Self.v2Case()
        c.tasks[0].assignee = "NOBODY"
        c.tasks[1].id = "T1"
        #expect(CaseValidator.problems(of: c, meta: Fixtures.meta).map(\.path) == ["$.tasks[1].id", "$.tasks[0].assignee"])
    }

    // MARK: The store

    static func makeVersion1(_ store: JSONDirectoryStore) throws -> Data {
        var json = Fixtures.meta.toJSON().objectValue!
        json["schemaVersion"] = .number("1")
        json["futureKey"] = .string("kept")
        let bytes = Data(JSONWriter.pretty(.object(json)))
        try bytes.write(to: URL(fileURLWithPath: store.directory.path + "/store.json"))
        return bytes
    }

    @Test func aVersion1StoreOpensUnchangedAndItsFirstSaveUpgradesIt() throws {
        let store = try Fixtures.newStore()
        defer { Fixtures.remove(store) }
        let metaPath = store.directory.path + "/store.json"
        let v1 = try Self.makeVersion1(store)
        #expect(try store.open { _, _ in }.meta.schemaVersion == 1)
        _ = try store.audit(caseID: nil)
        #expect(try Data(contentsOf: URL(fileURLWithPath: metaPath)) == v1)

        _ = try store.save(Self.v2Case(), baseRevision: nil, user: "ann", action: "create")
        let meta = try store.readMeta()
        #expect(meta.schemaVersion == 2)
        #expect(meta.extra["futureKey"] == .string("kept"))
        #expect(meta.units == Fixtures.meta.units && meta.people == Fixtures.meta.people)
        _ = try store.save(Self.v2Case("C-2"), baseRevision: nil, user: "ann", action: "create")
        let log = try store.audit(caseID: nil).entries
        #expect(log.map(\.action) == ["upgrade", "create", "create"])
        #expect(log[0].detail == "store.json schemaVersion 1 -> 2" && log[0].user == "ann")
    }

    @Test func aBulkWriteUpgradesAVersion1StoreOnce() throws {
        let store = try Fixtures.newStore()
        defer { Fixtures.remove(store) }
        _ = try Self.makeVersion1(store)
        try store.writeNewCases([Self.v2Case("A"), Self.v2Case("B")], user: "u", action: "import")
        #expect(try store.readMeta().schemaVersion == 2)
        #expect(try store.audit(caseID: nil).entries.filter { $0.action == "upgrade" }.count == 1)
    }

    @Test func aNewStoreIsVersion2() throws {
        let store = try Fixtures.newStore()
        defer { Fixtures.remove(store) }
        #expect(try store.readMeta().schemaVersion == 2)
    }

    @Test func checkReportsTheNewRulesWithPathsAndFiles() throws {
        let store = try Fixtures.newStore()
        defer { Fixtures.remove(store) }
        var c = Self.v2Case()
        c.tasks[1].done = TaskDone(date: Self.day.adding(days: -3), by: "P1")
        let path = store.directory.path + "/cases/C-1.json"
        try CaseCodec.encode(c).write(to: URL(fileURLWithPath: path))
        let problems = StoreChecker.check(directory: store.directory)
        #expect(problems.map(\.description) == [
            "\(path): $.tasks[1].done.date: \(Self.day.adding(days: -3).iso) is before the task was created (\(Self.day.iso))",
        ])
    }
}
