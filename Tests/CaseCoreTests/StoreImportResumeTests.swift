import Foundation
import Testing
@testable import CaseCore

/// Attack 5 of issue 13: an import cut short (a kill, a full disk) left some cases of the
/// bundle in the store, and running the same import again was refused ("A case … already
/// exists"). A re-run now completes it: a case already in the store with the bundle's content
/// is skipped, one that differs is still refused (or replaced with `replace`).
/// Tests/EndToEnd/kill.test.sh kills the real binary during imports.
@Suite struct StoreImportResumeTests {
    static func bundle(_ ids: [String]) -> CaseBundle {
        CaseBundle(exported: Fixtures.fixedClock(), cases: ids.map { Fixtures.sampleCase($0) })
    }

    func importLines(_ store: JSONDirectoryStore) throws -> [String] {
        try store.audit(caseID: nil).entries.filter { $0.action == "import" }.map(\.case).sorted()
    }

    @Test func aRerunAfterAPartialImportCompletesItAndWritesNothingTwice() throws {
        let store = try Fixtures.newStore()
        defer { Fixtures.remove(store) }
        let all = ["I-1", "I-2", "I-3", "I-4", "I-5"]
        // What a kill after the third case landed leaves: three cases, each with its line.
        _ = try store.importBundle(Self.bundle(Array(all.prefix(3))), replace: false, user: "imp")
        let result = try store.importBundle(Self.bundle(all), replace: false, user: "imp")
        #expect(result.created == ["I-4", "I-5"])
        #expect(result.skipped == ["I-1", "I-2", "I-3"])
        #expect(result.replaced == [])
        #expect(try importLines(store) == all, "one audit line per case, none twice")
        #expect(try all.map { try store.revisionOnDisk(id: $0) } == [1, 1, 1, 1, 1])
        #expect(StoreChecker.check(directory: store.directory).filter { !$0.isWarning } == [])
        // A third run has nothing left to do and writes nothing.
        let again = try store.importBundle(Self.bundle(all), replace: false, user: "imp")
        #expect(again.created == [] && again.skipped == all)
        #expect(try importLines(store) == all)
    }

    @Test func aCaseChangedSinceTheImportIsRefusedUnlessReplaced() throws {
        let store = try Fixtures.newStore()
        defer { Fixtures.remove(store) }
        _ = try store.importBundle(Self.bundle(["I-1", "I-2"]), replace: false, user: "imp")
        var c = try store.load(id: "I-2")
        c.title = "changed in the store"
        _ = try store.save(c, baseRevision: 1, user: "u", action: "update")
        #expect(throws: StoreError.alreadyExists(id: "I-2")) {
            try store.importBundle(Self.bundle(["I-1", "I-2", "I-3"]), replace: false, user: "imp")
        }
        #expect(try store.revisionOnDisk(id: "I-3") == nil, "nothing written when one case is refused")
        let replaced = try store.importBundle(Self.bundle(["I-1", "I-2", "I-3"]), replace: true, user: "imp")
        #expect(replaced == .init(created: ["I-3"], replaced: ["I-2"], skipped: ["I-1"]))
        #expect(try store.load(id: "I-2").title == Fixtures.sampleCase("I-2").title)
        #expect(try store.revisionOnDisk(id: "I-1") == 1, "an identical case is not saved again")
    }

    /// The bundle's revision and `updated` are those of the store it came from; the imported
    /// case gets its own. They do not make a case differ.
    @Test func revisionAndUpdatedDoNotMakeACaseDiffer() throws {
        let store = try Fixtures.newStore()
        defer { Fixtures.remove(store) }
        var b = Self.bundle(["I-1"])
        b.cases[0].revision = 17
        _ = try store.importBundle(b, replace: false, user: "imp")
        b.cases[0].revision = 18
        b.cases[0].updated = Timestamp(iso: "2030-01-02T03:04:05Z")!
        #expect(try store.importBundle(b, replace: false, user: "imp").skipped == ["I-1"])
    }
}
