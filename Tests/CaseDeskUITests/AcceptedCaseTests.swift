import CaseCore
import Foundation
import Testing
import TerminalUI
@testable import CaseDeskUI

/// Issue 13.1's property: any case that validation accepts can be listed, reported, shown on
/// every screen and saved. The cases are demo cases pushed to the edges of the accepted ranges
/// (`BoundaryCases`); a crash anywhere fails the run.
@Suite struct AcceptedCaseTests {
    static let count = 24

    @Test func everyAcceptedBoundaryCaseListsReportsShowsAndSaves() throws {
        let seed: UInt64 = 1301
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("accepted-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        var accepted = 0, savedOnDisk = 0
        var disk: JSONDirectoryStore?
        for i in 0..<Self.count {
            let (c, meta) = BoundaryCases.make(index: i, seed: seed)
            guard BoundaryCases.accepted(c, meta: meta) else {
                Issue.record("boundary case \(i) (seed \(seed)) was refused: \(CaseValidator.problems(of: c, meta: meta))")
                continue
            }
            accepted += 1
            let out = CaseExercise.run(c, meta: meta, thorough: i % 6 == 0)
            #expect(out.screens > 20 && out.reports >= 2 * GroupBy.allCases.count)
            #expect(out.saved || c.revision == ValueRanges.maxRevision, "case \(i) (seed \(seed)) could not be saved")
            if disk == nil { disk = try JSONDirectoryStore.create(at: dir, meta: meta, clock: { Fixture.clock }) }
            var fresh = c
            fresh.id = "B-\(i)"
            fresh.requests = fresh.requests.map { var r = $0; r.id = "B-\(i)-" + r.id; return r }
            _ = try CaseExercise.saveOnDisk(fresh, in: disk!)
            savedOnDisk += 1
        }
        #expect(accepted == Self.count)
        #expect(savedOnDisk == accepted)
    }

    /// The old crashes, one by one: each value is now refused by validation (so `check`
    /// names it) or, inside the window, computed with.
    @Test func theWindowsEdgesThemselvesAreShownAndReported() {
        let meta = Fixture.meta
        for day in [ValueRanges.firstDay, ValueRanges.lastDay] {
            var c = Fixture.kestrel
            c.opened = day
            c.defendants[0].outcome = Outcome(category: .guiltyPlea, date: day)
            c.defendants[0].confiscation = Confiscation(stage: .orderMade, orderPence: ValueRanges.maxPence, orderDate: day)
            c.defendants[1].confiscation = Confiscation(stage: .orderMade, orderPence: ValueRanges.maxPence, orderDate: day)
            c.revision = ValueRanges.maxRevision
            #expect(BoundaryCases.accepted(c, meta: meta))
            _ = CaseExercise.run(c, meta: meta)
        }
    }

    @Test func aStoredCaseAtTheLastRevisionIsRefusedASaveNotBroken() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lastrev-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try JSONDirectoryStore.create(at: dir, meta: Fixture.meta, clock: { Fixture.clock })
        var c = try store.save(Fixture.kestrel, baseRevision: nil, user: "t", action: "create")
        c.revision = ValueRanges.maxRevision
        try CaseCodec.encode(c).write(to: dir.appendingPathComponent("cases/\(c.id).json"))
        #expect(throws: StoreError.self) { _ = try store.save(c, baseRevision: c.revision, user: "t", action: "note") }
        #expect(try store.load(id: c.id).revision == ValueRanges.maxRevision, "the case still reads")
    }
}
