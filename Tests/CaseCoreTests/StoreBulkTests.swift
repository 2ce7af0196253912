import Foundation
import Testing
@testable import CaseCore

@Suite struct StoreBulkTests {
    @Test func bulkWriteWritesNewCasesAndRefusesExistingOrInvalidOnes() throws {
        let store = try Fixtures.newStore()
        defer { Fixtures.remove(store) }
        _ = try store.save(Fixtures.sampleCase("K-3"), baseRevision: nil, user: "u", action: "create")
        let before = try Data(contentsOf: URL(fileURLWithPath: store.directory.path + "/cases/K-3.json"))
        let progress = ProgressLog()
        let result = try store.writeNewCases(count: 600, user: "demo", action: "demo",
                                             progress: { progress.add($0, $1) }) { n in
            var c = Fixtures.sampleCase("K-\(n)")
            if n == 7 { c.crimeTypes = [] }
            return c
        }
        #expect(result.written == 598)
        #expect(result.refused.map(\.id).sorted() == ["K-3", "K-7"])
        #expect(result.refused.first { $0.id == "K-3" }?.error == .alreadyExists(id: "K-3"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: store.directory.path + "/cases/K-3.json")) == before)
        #expect(progress.values.last == [600, 600])
        let snap = try store.open { _, _ in }
        #expect(snap.summaries.count == 599)
        #expect(snap.summaries.first { $0.id == "K-10" }?.revision == 1)
        #expect(try store.audit(caseID: nil).entries.count == 599)
        let names = try FileManager.default.contentsOfDirectory(atPath: store.directory.path + "/cases")
        #expect(!names.contains { $0.hasPrefix(".") }, "no temp files left")
    }

    @Test func summaryCacheIsReusedAndChecked() throws {
        let store = try Fixtures.newStore()
        defer { Fixtures.remove(store) }
        try store.writeNewCases((0..<40).map { Fixtures.sampleCase("S-\($0)") }, user: "u", action: "create")
        let cold = try store.open { _, _ in }
        let cachePath = store.directory.path + "/.cache/summaries"
        #expect(FileManager.default.fileExists(atPath: cachePath))
        #expect(try store.open { _, _ in }.summaries == cold.summaries)
        // A changed file is noticed (its size and time change) ...
        var c = try store.load(id: "S-5")
        c.title = "Renamed"
        _ = try store.save(c, baseRevision: 1, user: "u", action: "update")
        #expect(try store.open { _, _ in }.summaries.first { $0.id == "S-5" }?.title == "Renamed")
        // ... a corrupt cache is ignored and rebuilt ...
        try Data("CDSUMCACHE garbage".utf8).write(to: URL(fileURLWithPath: cachePath))
        #expect(try store.open { _, _ in }.summaries.count == 40)
        #expect(SummaryCache.load(from: store.files)?.count == 40)
        // ... and deleting it loses nothing.
        try FileManager.default.removeItem(atPath: cachePath)
        #expect(try store.open { _, _ in }.summaries.first { $0.id == "S-5" }?.title == "Renamed")
    }

    @Test func cacheEncodingKeepsEverySummaryField() throws {
        var rich = Fixtures.sampleCase()
        rich.finalised = Fixtures.day
        rich.defendants[0].outcome = Outcome(category: .convictedAfterTrial, date: Fixtures.day)
        rich.defendants[0].sentence = Sentence(custodialMonths: 96, suspended: false)
        rich.defendants[0].ancillaryOrders = [AncillaryOrder(type: .seriousCrimePreventionOrder, made: Fixtures.day)]
        rich.requests[0].history.append(StatusChange(status: .executed, date: Fixtures.day.adding(days: 90)))
        rich.requests[0].status = .executed
        rich.caseworker = "P1"
        let damaged = DamagedCase(id: "X", path: "/s/cases/X.json",
                                  problems: [Problem(file: "/s/cases/X.json", path: "$", line: 3, column: 4, message: "bad")])
        let entries = [SummaryCache.Entry(name: "C-1.json", size: 10, mtime: -5, result: .summary(CaseSummary(rich))),
                       SummaryCache.Entry(name: "X.json", size: 3, mtime: 1_700_000_000_123_456_789, result: .damaged(damaged))]
        let back = try #require(SummaryCache.decode(SummaryCache.encode(entries)))
        guard case .summary(let s)? = back.lookup(name: "C-1.json", size: 10, mtime: -5) else {
            Issue.record("summary missing"); return
        }
        #expect(s == CaseSummary(rich))
        guard case .damaged(let d)? = back.lookup(name: "X.json", size: 3, mtime: 1_700_000_000_123_456_789) else {
            Issue.record("damaged entry missing"); return
        }
        #expect(d == damaged)
        #expect(back.lookup(name: "C-1.json", size: 11, mtime: -5) == nil)
        var truncated = SummaryCache.encode(entries)
        truncated.removeLast(3)
        #expect(SummaryCache.decode(truncated) == nil)
    }

    @Test func bundlesRoundTripAndImportChecksEverythingFirst() throws {
        let store = try Fixtures.newStore()
        defer { Fixtures.remove(store) }
        _ = try store.save(Fixtures.sampleCase("B-1"), baseRevision: nil, user: "u", action: "create")
        _ = try store.save(Fixtures.sampleCase("B-2"), baseRevision: nil, user: "u", action: "create")
        var bytes: [UInt8] = []
        let written = try BundleWriter(store: store, exported: Fixtures.fixedClock()).write(ids: ["B-1", "B-2"]) { bytes += $0 }
        #expect(written.leftOut.isEmpty)
        let bundle = try CaseBundle.decode(data: Data(bytes))
        #expect(bundle.cases.map(\.id) == ["B-1", "B-2"])
        #expect(try CaseBundle.decode(data: bundle.encode()) == bundle)

        let other = try Fixtures.newStore()
        defer { Fixtures.remove(other) }
        #expect(try other.importBundle(bundle, replace: false, user: "imp") == .init(created: ["B-1", "B-2"], replaced: []))
        // The same bundle again has nothing to do; one that differs is refused unless replaced.
        #expect(try other.importBundle(bundle, replace: false, user: "imp") == .init(created: [], replaced: [], skipped: ["B-1", "B-2"]))
        var changed = bundle
        changed.cases[0].title = "changed one"
        changed.cases[1].title = "changed two"
        #expect(throws: StoreError.alreadyExists(id: "B-1")) { try other.importBundle(changed, replace: false, user: "imp") }
        #expect(try other.importBundle(changed, replace: true, user: "imp") == .init(created: [], replaced: ["B-1", "B-2"]))
        #expect(try other.revisionOnDisk(id: "B-2") == 2)

        var bad = bundle
        bad.cases.append(Fixtures.sampleCase("B-3"))
        bad.cases[2].crimeTypes = []
        #expect(throws: StoreError.invalidCase(id: "B-3", problems: [
            Problem(path: "$.cases[2].crimeTypes", message: "must name at least one crime type")])) {
            try other.importBundle(bad, replace: true, user: "imp")
        }
        #expect(try other.revisionOnDisk(id: "B-3") == nil)
        #expect(try other.revisionOnDisk(id: "B-1") == 2, "nothing written when one case is invalid")

        // New cases go in one bulk write, existing ones are saved over: both audited as imports.
        var mixed = bundle
        mixed.cases = [bundle.cases[0], Fixtures.sampleCase("B-4")]
        #expect(try other.importBundle(mixed, replace: true, user: "imp") == .init(created: ["B-4"], replaced: ["B-1"]))
        #expect(try other.load(id: "B-4").revision == 1 && other.revisionOnDisk(id: "B-1") == 3)
        let imports = try other.audit(caseID: nil).entries.filter { $0.action == "import" && $0.user == "imp" }
        #expect(imports.map(\.case).suffix(2).sorted() == ["B-1", "B-4"])
    }

    @Test func bundleDecodingReportsPathsInsideCases() throws {
        var json = CaseBundle(exported: Fixtures.fixedClock(), cases: [Fixtures.sampleCase("B-1"), Fixtures.sampleCase("B-1")])
            .toJSON().objectValue!
        var cases = json["cases"]!.arrayValue!
        var c1 = cases[1].objectValue!
        c1["status"] = .string("closed")
        cases[1] = .object(c1)
        json["cases"] = .array(cases)
        do throws(CaseFileError) {
            _ = try CaseBundle.decode(data: Data(JSONWriter.pretty(.object(json))), file: "b.json")
            Issue.record("expected problems")
        } catch {
            #expect(error.problems.map(\.path) == ["$.cases[1].status", "$.cases[1].id"])
        }
    }

    @Test func checkerListsEveryProblemOfTheStore() throws {
        let store = try Fixtures.newStore()
        defer { Fixtures.remove(store) }
        _ = try store.save(Fixtures.sampleCase("A-1"), baseRevision: nil, user: "u", action: "create")
        var dup = Fixtures.sampleCase("A-2")
        dup.requests[0].id = "A-1-R1"
        _ = try store.save(dup, baseRevision: nil, user: "u", action: "create")
        var stray = Fixtures.sampleCase("A-3").toJSON().objectValue!
        stray["unit"] = .string("GONE")
        stray["finalised"] = .string("2013-02-01")
        let dir = store.directory.path
        try Data(JSONWriter.pretty(.object(stray))).write(to: URL(fileURLWithPath: dir + "/cases/A-3.json"))
        try Data("{\"id\": ".utf8).write(to: URL(fileURLWithPath: dir + "/cases/A-4.json"))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: dir + "/audit.jsonl"))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("{\"at\"".utf8))
        try handle.close()
        let problems = StoreChecker.check(directory: store.directory)
        let summary = problems.map { "\(($0.file as NSString?)?.lastPathComponent ?? "-") \($0.path) \($0.isWarning ? "W" : "E")" }
        #expect(summary == [
            "A-2.json $.requests[0].id E",
            "A-3.json $.finalised W",
            "A-3.json $.unit E",
            "A-4.json $ E",
            "audit.jsonl $ W",
            "audit.jsonl $ E",   // A-3 was written by hand: its revision has no audit line
        ])
    }
}

@Suite struct StoreProgressTests {
    @Test func progressIsThrottledToAboutOncePerPercent() {
        let log = ProgressLog()
        let meter = ProgressMeter(total: 10_000) { log.add($0, $1) }
        DispatchQueue.concurrentPerform(iterations: 2_500) { _ in meter.advance(by: 4) }
        let calls = log.values
        #expect(calls.first == [0, 10_000])
        #expect(calls.contains([10_000, 10_000]))
        #expect(calls.count <= 102)
        #expect(calls.count >= 50)
    }
}
