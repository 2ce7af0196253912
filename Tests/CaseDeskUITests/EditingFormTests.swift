import CaseCore
import Testing
import TerminalUI
@testable import CaseDeskUI

/// Driving Editing as a user: keys through the key tables, effects performed against the
/// in-memory store. Helpers shared by the Editing*Tests files.
extension TestDriver {
    var memory: MemoryStore { store as! MemoryStore }
    var form: FormSession? { if case .editing(.form(let s))? = state.overlay { s } else { nil } }
    var messageText: String { state.message?.text ?? "" }

    /// The Cases screen with Operation Kestrel selected; the clock of notes fixed.
    static func editing(size: Size = Size(width: 100, height: 30)) -> TestDriver {
        var d = TestDriver(size: size)
        d.state.editing.clock = { Fixture.clock }
        d.press(CasesCommand.filter)
        d.type("kestrel")
        d.press(.enter)
        return d
    }

    /// Kestrel's title saved as "Operation Kestrel II", then Operation Merlin selected: the
    /// newest undo step is in a case that is not on screen.
    static func kestrelSavedThenMerlinSelected() -> TestDriver {
        var d = editing()
        d.press(CasesCommand.edit)
        d.fill("title", "Operation Kestrel II")
        d.press(.enter)
        d.press(CasesCommand.filter)
        d.press(.escape)
        d.press(CasesCommand.filter)
        d.type("merlin")
        d.press(.enter)
        return d
    }

    /// Opens the detail of the selected case on tab `n` (0 Overview … 5 History).
    mutating func openTab(_ n: Int) {
        press(CasesCommand.open)
        for _ in 0..<n { press(DetailCommand.nextTab) }
    }

    /// In the part picker, moves to the first option whose label contains `text` and picks it.
    mutating func pick(_ text: String) {
        guard case .editing(.picker(let p))? = state.overlay, let i = p.options.firstIndex(where: { $0.label.contains(text) }) else {
            Issue.record("no picker option \(text); overlay: \(String(describing: state.overlay))")
            return
        }
        for _ in 0..<i { press(.down) }
        press(.enter)
    }

    /// Moves the focus to the field `key` with ↓, clears it (Ctrl-u) and types `text`.
    mutating func fill(_ key: String, _ text: String) {
        guard let f = form, f.form.index(of: key) != nil else {
            Issue.record("no field \(key) in the form")
            return
        }
        var guardCount = 0
        while form?.focusedField.key != key, guardCount < 40 { press(.down); guardCount += 1 }
        press(.end)
        press(.ctrl("u"))
        type(text)
    }

    var kestrel: Case { memory.stored("OCD-LON-0001")! }
}

@Suite struct EditingFormTests {
    @Test func editingACaseSavesItAndWritesOneAuditLine() {
        var d = TestDriver.editing()
        let audits = d.memory.auditEntries.count
        d.press(CasesCommand.edit)
        #expect(d.form?.form.title == "Edit case OCD-LON-0001")
        d.fill("title", "Operation Kestrel II")
        d.press(.enter)
        #expect(d.state.overlay == nil)
        #expect(d.kestrel.title == "Operation Kestrel II")
        #expect(d.kestrel.revision == 5)
        #expect(d.memory.auditEntries.count == audits + 1)
        #expect(d.memory.auditEntries.last?.action == "update")
        #expect(d.messageText == "Saved case: title — OCD-LON-0001 saved (revision 5).")
        #expect(d.state.summaries.first { $0.id == "OCD-LON-0001" }?.title == "Operation Kestrel II")
    }

    @Test func nothingIsSavedUntilTheWholeFormIsValid() {
        var d = TestDriver.editing()
        d.press(CasesCommand.edit)
        d.fill("title", "")
        d.fill("opened", "someday")
        d.press(.enter)
        #expect(d.form?.problems?.message(for: "title") == "Title is required")
        #expect(d.form?.problems?.message(for: "opened") == "\"someday\" is not a date: use YYYY-MM-DD, today, +28d, -1w, +3m")
        // The focus goes to the first field with a problem, and the screen shows the message there.
        #expect(d.form?.focusedField.key == "title")
        #expect(d.screen.contains("✗ Title is required"))
        #expect(d.kestrel.revision == 4)
        // Correcting a field clears its message; the other stays until it is corrected too.
        d.fill("title", "Kestrel")
        #expect(d.form?.problems?.message(for: "title") == nil)
        d.press(.enter)
        #expect(d.form?.problems?.message(for: "opened") != nil)
        d.fill("opened", "2025-02-01")
        d.press(.enter)
        #expect(d.state.overlay == nil)
        #expect(d.kestrel.title == "Kestrel" && d.kestrel.opened == Fixture.d("2025-02-01"))
    }

    @Test func escapeCancelsAndSavesNothing() {
        var d = TestDriver.editing()
        d.press(CasesCommand.edit)
        d.fill("title", "Changed")
        d.press(.escape)
        #expect(d.state.overlay == nil)
        #expect(d.messageText == "Nothing saved.")
        #expect(d.kestrel == Fixture.kestrel)
    }

    @Test func tabCompletesChoices() {
        var d = TestDriver.editing()
        d.press(CasesCommand.edit)
        d.fill("unit", "interna")
        d.press(.tab)
        #expect(d.form?.form["unit"] == "INTL")
        d.fill("crimeTypes", "drugTrafficking, cyb")
        d.press(.tab)
        #expect(d.form?.form["crimeTypes"] == "drugTrafficking, cyberCrime")
        d.press(.enter)
        #expect(d.kestrel.unit == "INTL" && d.kestrel.crimeTypes == [.drugTrafficking, .cyberCrime])
    }

    @Test func addingACaseFromTheCasesScreen() {
        var d = TestDriver.editing()
        d.press(CasesCommand.add)
        #expect(d.form?.form.title == "Add case")
        d.fill("id", "OCD-LON-0001")
        d.fill("title", "Operation Osprey")
        d.fill("unit", "OCD-NTH")
        d.fill("crimeTypes", "fraud")
        d.press(.enter)
        #expect(d.form?.problems?.message(for: "id") == "OCD-LON-0001 is already taken")
        d.fill("id", "OCD-NTH-0099")
        d.press(.enter)
        #expect(d.state.overlay == nil)
        #expect(d.memory.stored("OCD-NTH-0099")?.title == "Operation Osprey")
        #expect(d.memory.auditEntries.last?.action == "create")
    }

    /// Every part of a case: a valid save, one validation message, and cancel.
    struct PartCase: Sendable, CustomTestStringConvertible {
        var name: String
        var tab: Int
        var command: EditCommand
        var option: String?
        var valid: [(String, String)]
        var invalid: (String, String, String)
        var check: @Sendable (Case) -> Bool
        var testDescription: String { name }
    }

    static let parts: [PartCase] = [
        PartCase(name: "defendant", tab: 1, command: .edit, option: "D2 Elena Petrova",
                 valid: [("custody", "inCustody"), ("outcome.category", "guiltyPlea"), ("outcome.date", "-1w")],
                 invalid: ("outcome.date", "", "an outcome needs its date"),
                 check: { $0.defendants[1].custody == .inCustody && $0.defendants[1].outcome?.date == Fixture.d("2026-11-17") }),
        PartCase(name: "new defendant", tab: 1, command: .add, option: "New defendant",
                 valid: [("name", "Kofi Mensah"), ("custody", "on bail"), ("nationality", "Ghana")],
                 invalid: ("nationality", "Atlantis", "\"Atlantis\" is not one of"),
                 check: { $0.defendants.last?.name == "Kofi Mensah" && $0.defendants.last?.id == "D4" }),
        PartCase(name: "charge", tab: 1, command: .add, option: "Charge for D2",
                 valid: [("offence", "Conspiracy to launder"), ("legislation", "Criminal Law Act 1977 s.1"), ("count", "3")],
                 invalid: ("count", "0", "Count must be 1–999, not 0"),
                 check: { $0.defendants[1].charges.last == Charge(offence: "Conspiracy to launder", legislation: "Criminal Law Act 1977 s.1", count: 3) }),
        PartCase(name: "ancillary order", tab: 1, command: .add, option: "Ancillary order for D1",
                 valid: [("type", "travel"), ("made", "today"), ("expires", "+2y")],
                 invalid: ("expires", "2020-01-01", "is before the date the order was made"),
                 check: { $0.defendants[0].ancillaryOrders == [AncillaryOrder(type: .travelRestrictionOrder, made: Fixture.today, expires: Fixture.d("2028-11-24"))] }),
        PartCase(name: "confiscation", tab: 1, command: .edit, option: "confiscation: Restraint",
                 valid: [("stage", "investigation"), ("availablePence", "£350,000.50")],
                 invalid: ("benefitPence", "12.345", "at most two decimal places"),
                 check: { $0.defendants[0].confiscation?.stage == .investigation && $0.defendants[0].confiscation?.availablePence == 35_000_050
                          && $0.defendants[0].confiscation?.benefitPence == 125_000_000 }),
        PartCase(name: "hearing", tab: 2, command: .add, option: nil,
                 valid: [("date", "+4w"), ("court", "Southwark Crown Court"), ("type", "sentence")],
                 invalid: ("type", "party", "\"party\" is not one of"),
                 check: { $0.hearings.last == Hearing(date: Fixture.d("2026-12-22"), court: "Southwark Crown Court", type: .sentence) }),
        PartCase(name: "request", tab: 3, command: .edit, option: "Request R-101",
                 valid: [("status", "inExecution"), ("statusNote", "Search authorised"), ("due", "2027-01-31")],
                 invalid: ("due", "2026-05-01", "is before the date it was sent"),
                 check: { $0.requests[0].status == .inExecution && $0.requests[0].history.count == 4
                          && $0.requests[0].history.last?.note == "Search authorised" && $0.requests[0].due == Fixture.d("2027-01-31") }),
        PartCase(name: "new request", tab: 3, command: .add, option: "New international request",
                 valid: [("country", "Italy"), ("legalBasis", "eu2000"), ("kind", "eio"), ("status", "sent")],
                 invalid: ("legalBasis", "", "Legal basis is required"),
                 check: { $0.requests.last?.country == "IT" && $0.requests.last?.id == "OCD-LON-0001-R3"
                          && $0.requests.last?.history == [StatusChange(status: .sent, date: Fixture.today)] }),
        PartCase(name: "chase", tab: 3, command: .add, option: "Chase of R-101",
                 valid: [("date", "today"), ("by", "lbianchi"), ("note", "Emailed Madrid")],
                 invalid: ("date", "tomorrow", "is in the future"),
                 check: { $0.requests[0].chases?.count == 2 && $0.requests[0].lastChased == Fixture.today }),
        PartCase(name: "note", tab: 4, command: .add, option: nil,
                 valid: [("text", "Trial counsel instructed.")],
                 invalid: ("text", "", "Text is required"),
                 check: { $0.notes.last == Note(at: Fixture.clock, author: Fixture.user, text: "Trial counsel instructed.") }),
    ]

    static func open(_ p: PartCase) -> TestDriver {
        var d = TestDriver.editing()
        d.openTab(p.tab)
        d.press(p.command == .add ? DetailCommand.add : DetailCommand.edit)
        if let option = p.option, case .editing(.picker)? = d.state.overlay { d.pick(option) }
        return d
    }

    @Test(arguments: parts) func everyFormSavesValidInput(_ p: PartCase) {
        var d = Self.open(p)
        #expect(d.form != nil, "no form for \(p.name)")
        for (k, v) in p.valid { d.fill(k, v) }
        d.press(.enter)
        #expect(d.state.overlay == nil, "\(p.name): \(String(describing: d.form?.problems))")
        #expect(p.check(d.kestrel), "\(p.name) saved \(d.kestrel)")
        #expect(d.kestrel.revision == 5)
    }

    @Test(arguments: parts) func everyFormShowsItsMessageAtTheField(_ p: PartCase) {
        var d = Self.open(p)
        for (k, v) in p.valid { d.fill(k, v) }
        d.fill(p.invalid.0, p.invalid.1)
        d.press(.enter)
        let message = d.form?.problems?.message(for: p.invalid.0) ?? ""
        #expect(message.contains(p.invalid.2), "\(p.name): \(message)")
        #expect(d.kestrel.revision == 4)
    }

    @Test(arguments: parts) func everyFormCancels(_ p: PartCase) {
        var d = Self.open(p)
        for (k, v) in p.valid { d.fill(k, v) }
        d.press(.escape)
        #expect(d.state.overlay == nil)
        #expect(d.kestrel == Fixture.kestrel)
    }

    @Test func deletingAPartAsksFirst() {
        var d = TestDriver.editing()
        d.openTab(2)
        d.press(DetailCommand.delete)
        d.pick("2026-10-05")
        #expect(d.screen.contains("Delete hearing 3 of OCD-LON-0001?"))
        d.press(.char("n"))
        #expect(d.kestrel.hearings.count == 3)
        d.press(DetailCommand.delete)
        d.pick("2026-10-05")
        d.press(.char("y"))
        #expect(d.kestrel.hearings.map(\.type) == [.firstAppearance, .trial])
        #expect(d.messageText.hasPrefix("Deleted hearing 3"))
    }

    @Test func aCaseChangedOnDiskIsNoticedWhenAnEditStarts() throws {
        var d = TestDriver.editing()
        var theirs = d.kestrel
        theirs.title = "Operation Kestrel (theirs)"
        _ = try d.memory.save(theirs, baseRevision: 4, user: "akhan", action: "update")
        d.press(CasesCommand.edit)
        #expect(d.messageText == "OCD-LON-0001 changed on disk since it was shown (revision 4 → 5): editing the newer version.")
        #expect(d.form?.form["title"] == "Operation Kestrel (theirs)")
    }
}

@Suite struct EditingPasteTests {
    @Test func pastedTextGoesIntoTheFocusedField() {
        var d = TestDriver.editing()
        d.openTab(4)
        d.press(DetailCommand.add)
        d.send(.event(.paste("Line one\nline two")))
        d.press(.enter)
        #expect(d.kestrel.notes.last?.text == "Line one line two")
    }
}
