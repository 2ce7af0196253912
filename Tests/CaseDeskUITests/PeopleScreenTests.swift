import CaseCore
import Foundation
import Testing
import TerminalUI
@testable import CaseDeskUI

/// The People and units screen (key 6, `:people`; issue 18.9): the list, and add, rename and
/// retire through the store's `change` (validation by CaseCore, one audit line by the store),
/// seen at once in the list, the names shown elsewhere and the pickers. Its screen at 80x24 and
/// 140x40 is the scenario `people` (ScreenTests, Screens/people-*.txt).
@Suite struct PeopleScreenTests {
    func onPeople(_ size: Size = Size(width: 80, height: 24), store: MemoryStore = Fixture.store()) -> TestDriver {
        var d = TestDriver(store: store, size: size)
        d.press(GlobalCommand.people)
        return d
    }

    func press(_ d: inout TestDriver, _ command: PeopleCommand) {
        guard let key = d.state.keys.people.keys(for: command).first else {
            Issue.record("no key for people.\(command.rawValue)")
            return
        }
        d.press(key)
    }

    /// Types into the form's fields in order (Tab between them), each field's old text cleared first.
    func fill(_ d: inout TestDriver, _ values: [String]) {
        for _ in 0..<4 { if case .people(let f)? = d.state.overlay, f.fields.focus != 0 { d.press(.tab) } }
        for (i, v) in values.enumerated() {
            if i > 0 { d.press(.tab) }
            d.press(.ctrl("u")); d.press(.ctrl("k"))
            d.type(v)
        }
    }

    func select(_ d: inout TestDriver, _ id: String) {
        press(&d, .top)
        for _ in 0..<20 where PeopleScreen.selected(d.state)?.id != id { press(&d, .down) }
        #expect(PeopleScreen.selected(d.state)?.id == id)
    }

    @Test func theCommandLineOpensItAndQGoesBack() {
        var d = TestDriver()
        d.press(GlobalCommand.commandLine)
        d.type("people")
        d.press(.enter)
        #expect(d.state.screen == .people)
        #expect(d.screen.contains("5 people · 5 units"))
        d.press(GlobalCommand.quit)
        #expect(d.state.screen == .cases)
    }

    @Test func addingAPersonCallsTheStoreWhichWritesTheAuditLine() throws {
        let store = Fixture.store()
        var d = onPeople(store: store)
        press(&d, .addPerson)
        fill(&d, ["asharma2", "Anil Sharma", "prosecutor"])
        d.press(.enter)
        #expect(d.state.overlay == nil)
        let entry = try #require(store.auditEntries.last)
        #expect(entry.action == "person add" && entry.user == Fixture.user && entry.detail == "asharma2 \"Anil Sharma\" (prosecutor)")
        #expect(try store.open { _, _ in }.meta.person("asharma2")?.role == .prosecutor)
        // Seen at once: the list (selected), the count, the pickers of the edit forms.
        #expect(PeopleScreen.selected(d.state)?.id == "asharma2")
        #expect(d.screen.contains("6 people · 5 units"))
        #expect(d.screen.contains("Added asharma2, Anil Sharma (Prosecutor). Audit: person add by shughes."))
        #expect(Choice.people(d.state.meta, roles: [.prosecutor]).contains { $0.value == "asharma2" })
    }

    @Test func aNamesakeIsToldApartAtOnce() {
        var d = onPeople()
        press(&d, .addPerson)
        fill(&d, ["akhan2", "Amir Khan", "Caseworker"])
        d.press(.enter)
        #expect(d.screen.contains("Amir Khan (akhan2)"))
        #expect(d.screen.contains("Amir Khan (akhan)"))
        #expect(d.state.personName("akhan") == "Amir Khan (akhan)")
    }

    @Test func aRefusedChangeStaysInTheFormAsTypedAndWritesNothing() throws {
        let store = Fixture.store()
        var d = onPeople(store: store)
        let before = store.auditEntries.count
        press(&d, .addPerson)
        fill(&d, ["shughes", "Someone Else", "caseworker"])
        d.press(.enter)
        #expect(d.screen.contains("There is already a person shughes; ids are never reused."))
        fill(&d, ["bad id!", "X", "caseworker"])
        d.press(.enter)
        #expect(d.screen.contains("\"bad id!\" is not a person id"))
        fill(&d, ["ok1", "X", "pilot"])
        d.press(.enter)
        #expect(d.screen.contains("Role: “pilot” is not a role"))
        fill(&d, ["ok1", "   ", "caseworker"])
        d.press(.enter)
        #expect(d.screen.contains("A person's name cannot be empty."))
        guard case .people(let form)? = d.state.overlay else { Issue.record("the form closed"); return }
        #expect(form.fields.values == ["ok1", "   ", "caseworker"])
        #expect(store.auditEntries.count == before)
        d.press(.escape)
        #expect(d.state.overlay == nil && d.screen.contains("Nothing saved."))
    }

    @Test func aStoreThatCannotBeReachedKeepsTheForm() {
        let store = Fixture.store()
        var d = onPeople(store: store)
        press(&d, .addUnit)
        fill(&d, ["OCD-MAN", "OCD Manchester", "organised"])
        store.unreachable = .io(path: "server", reason: "connection refused")
        d.press(.enter)
        guard case .people(let form)? = d.state.overlay else { Issue.record("the form closed"); return }
        #expect(!form.saving && form.problem?.contains("connection refused") == true)
        #expect(d.state.meta?.unit("OCD-MAN") == nil)
        store.unreachable = nil
        d.press(.enter)
        #expect(d.state.overlay == nil)
        #expect(d.state.meta?.unit("OCD-MAN")?.kind == .organisedCrimeDivision)
        #expect(store.auditEntries.last?.action == "unit add")
        #expect(Choice.units(d.state.meta).contains { $0.value == "OCD-MAN" })
    }

    @Test func renamingShowsTheNewNameEverywhereAtOnce() throws {
        let store = Fixture.store()
        var d = onPeople(store: store)
        select(&d, "twalsh")
        press(&d, .rename)
        fill(&d, ["Thomas Walsh"])
        d.press(.enter)
        #expect(store.auditEntries.last?.action == "person rename")
        #expect(store.auditEntries.last?.detail == "twalsh \"Tom Walsh\" -> \"Thomas Walsh\"")
        #expect(d.screen.contains("Thomas Walsh"))
        d.press(GlobalCommand.cases)
        #expect(d.state.personName("twalsh") == "Thomas Walsh")
        // The board's search by name reads the new names too.
        #expect(Choice.people(d.state.meta).first { $0.value == "twalsh" }?.label == "Thomas Walsh (Caseworker)")
    }

    @Test func retiringAsksFirstAndTheRetiredStayOnlyWhereNamed() throws {
        let store = Fixture.store()
        var d = onPeople(store: store)
        select(&d, "twalsh")
        press(&d, .retire)
        #expect(d.screen.contains("Retire twalsh “Tom Walsh” from 2026-11-24?"))
        d.press(.enter)   // No is the default
        #expect(d.state.overlay == nil && d.screen.contains("Nothing retired."))
        #expect(store.auditEntries.last?.action != "person retire")
        press(&d, .retire)
        d.press(.char("y"))
        #expect(store.auditEntries.last?.action == "person retire")
        #expect(d.state.meta?.person("twalsh")?.retired == Fixture.today)
        #expect(d.screen.contains("Retired twalsh, Tom Walsh, on 2026-11-24."))
        // Not offered for new work; kept where a case names them already (Choice.people(keeping:)).
        #expect(!Choice.people(d.state.meta).contains { $0.value == "twalsh" })
        #expect(Choice.people(d.state.meta, keeping: "twalsh").contains { $0.value == "twalsh" })
        press(&d, .retire)
        #expect(d.state.overlay == nil && d.screen.contains("twalsh was retired on 2026-11-24 already."))
    }

    @Test func theHelpScreenListsItsKeys() {
        var d = onPeople()
        d.press(GlobalCommand.help)
        #expect(d.screen.contains("Help: People and units"))
        #expect(d.screen.contains("add a person: id, name, role"))
    }
}
