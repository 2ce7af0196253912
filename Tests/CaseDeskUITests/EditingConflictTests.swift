import CaseCore
import Testing
import TerminalUI
@testable import CaseDeskUI

/// Someone else saves the case between the moment the form opens and Enter.
@Suite struct EditingConflictTests {
    /// The user changes D2's custody; meanwhile akhan renames the case.
    static func conflicted() throws -> TestDriver {
        var d = TestDriver.editing(size: Size(width: 100, height: 30))
        d.openTab(1)
        d.press(DetailCommand.edit)
        d.pick("D2 Elena Petrova")
        d.fill("custody", "inCustody")
        var theirs = d.kestrel
        theirs.title = "Operation Kestrel (renamed)"
        _ = try d.memory.save(theirs, baseRevision: 4, user: "akhan", action: "update")
        d.press(.enter)
        return d
    }

    static func session(_ d: TestDriver) -> ConflictSession? {
        if case .editing(.conflict(let c))? = d.state.overlay { c } else { nil }
    }

    @Test func aStaleSaveShowsTheOtherChangeAndMine() throws {
        let d = try Self.conflicted()
        let c = try #require(Self.session(d))
        #expect(c.theirChanges.map(\.description) == ["title: \"Operation Kestrel\" → \"Operation Kestrel (renamed)\""])
        #expect(c.myChanges.map(\.description) == ["defendants[1].custody: \"onBail\" → \"inCustody\""])
        #expect(d.kestrel.defendants[1].custody == .onBail)
        let screen = d.screen
        #expect(screen.contains("OCD-LON-0001 was saved by someone else first"))
        #expect(screen.contains("Their change (revision 4 → 5 by akhan at 2026-11-24T10:15:00Z):"))
        #expect(screen.contains("▶ 1 Reload and reapply my edit ◀"))
        #expect(screen.contains("[ 3 Save mine over theirs ]"))
    }

    @Test func reloadAndReapplyKeepsBothChanges() throws {
        var d = try Self.conflicted()
        d.press(.char("1"))
        #expect(d.state.overlay == nil)
        #expect(d.kestrel.title == "Operation Kestrel (renamed)")
        #expect(d.kestrel.defendants[1].custody == .inCustody)
        #expect(d.kestrel.revision == 6)
        #expect(d.messageText.hasPrefix("Reapplied on their version: Saved defendant D2: custody"))
        // The undo of a re-applied edit goes back to their version, not to the old base.
        d.press(DetailCommand.undo)
        #expect(d.kestrel.title == "Operation Kestrel (renamed)" && d.kestrel.defendants[1].custody == .onBail)
    }

    @Test func keepTheirsSavesNothing() throws {
        var d = try Self.conflicted()
        d.press(.char("2"))
        #expect(d.state.overlay == nil)
        #expect(d.kestrel.revision == 5 && d.kestrel.defendants[1].custody == .onBail)
        #expect(d.state.detail.loaded?.title == "Operation Kestrel (renamed)")
    }

    @Test func saveMineOverTheirsAsksFirst() throws {
        var d = try Self.conflicted()
        d.press(.char("3"))
        #expect(Self.session(d)?.confirmingOverwrite == true)
        #expect(d.screen.contains("Overwrite their change?"))
        d.press(.char("n"))
        #expect(Self.session(d)?.confirmingOverwrite == false)
        #expect(d.kestrel.revision == 5)
        d.press(.char("3"))
        d.press(.char("y"))
        #expect(d.state.overlay == nil)
        #expect(d.kestrel.revision == 6)
        #expect(d.kestrel.title == "Operation Kestrel" && d.kestrel.defendants[1].custody == .inCustody)
    }

    @Test func escapeGoesBackToTheFormWithWhatWasTyped() throws {
        var d = try Self.conflicted()
        d.press(.escape)
        #expect(d.form?.form["custody"] == "inCustody")
        #expect(d.form?.saveError?.contains("saved by someone else first") == true)
    }

    @Test func aReappliedEditWhosePartIsGoneReopensNothingAndSaysWhy() throws {
        var d = TestDriver.editing()
        d.openTab(2)
        d.press(DetailCommand.edit)
        d.pick("2026-10-05")
        d.fill("court", "Old Bailey")
        var theirs = d.kestrel
        theirs.hearings.removeLast()
        _ = try d.memory.save(theirs, baseRevision: 4, user: "akhan", action: "update")
        d.press(.enter)
        d.press(.char("1"))
        #expect(d.form?.problems?.problems.first?.message == "The hearing 3 is no longer in the case: someone else changed or removed it.")
        #expect(d.kestrel.hearings.count == 2)
    }

    @Test func aFailedSaveSaysWhyAndKeepsTheForm() {
        let store = FailingStore(Fixture.store())
        var d = TestDriver(store: store, size: Size(width: 100, height: 30))
        d.press(CasesCommand.filter); d.type("kestrel"); d.press(.enter)
        d.press(CasesCommand.edit)
        d.fill("title", "Typed with care")
        d.press(.enter)
        #expect(d.form?.saveError == "Not saved: Cannot write /store/cases/OCD-LON-0001.json: No space left on device.")
        #expect(d.form?.form["title"] == "Typed with care")
        #expect(d.screen.contains("✗ Not saved: Cannot write"))
    }
}

/// A store whose saves fail as a full disk does.
final class FailingStore: CaseStore, @unchecked Sendable {
    let inner: MemoryStore
    init(_ inner: MemoryStore) { self.inner = inner }
    var displayName: String { inner.displayName }
    func open(progress: @escaping @Sendable (Int, Int) -> Void) throws -> StoreSnapshot { try inner.open(progress: progress) }
    func load(id: String) throws -> Case { try inner.load(id: id) }
    func save(_ c: Case, baseRevision: Int?, user: String, action: String, keepOverwritten: Bool) throws -> Case {
        throw StoreError.io(path: "/store/cases/\(c.id).json", reason: "No space left on device")
    }
    func restore(_ c: Case, deletedRevision: Int, user: String, action: String) throws -> Case {
        throw StoreError.io(path: "/store/cases/\(c.id).json", reason: "No space left on device")
    }
    func delete(id: String, baseRevision: Int, user: String) throws { try inner.delete(id: id, baseRevision: baseRevision, user: user) }
    func audit(caseID: String?) throws -> AuditLog { try inner.audit(caseID: caseID) }
    func revisionOnDisk(id: String) throws -> Int? { try inner.revisionOnDisk(id: id) }
    func change(_ change: MetaChange, user: String) throws -> (meta: StoreMeta, entry: AuditEntry) {
        throw StoreError.io(path: "/store/store.json", reason: "No space left on device")
    }
}
