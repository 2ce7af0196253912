import CaseCore
import Testing
import TerminalUI
@testable import CaseDeskUI

/// Keys that arrive in one read (a paste, SSH, a fast typist) while a form or dialog is opening
/// (its case is being read) are held and given to it in order once it is open; they never run
/// as commands on the screen underneath. `burst` reduces every key before the store answers.
@Suite struct TypeaheadTests {
    /// Where the keys are typed: set up a driver on that screen.
    struct Place: Sendable, CustomTestStringConvertible {
        var name: String
        var keys: String
        var setUp: @Sendable (inout TestDriver) -> Void
        var testDescription: String { "\(keys) on \(name)" }
    }

    static let places: [Place] = [
        Place(name: "Cases", keys: "aHello") { _ in },
        Place(name: "Cases", keys: "eHello") { _ in },
        Place(name: "Overview", keys: "eHello") { $0.openTab(0) },
        Place(name: "Overview", keys: "aHello") { $0.openTab(0) },
        Place(name: "Defendants", keys: "aHello") { $0.openTab(1) },
        Place(name: "Hearings", keys: "aHello") { $0.openTab(2) },
        Place(name: "Requests", keys: "aHello") { $0.openTab(3) },
        Place(name: "Notes", keys: "aHello burst") { $0.openTab(4) },
        Place(name: "Notes", keys: "eHello") { $0.openTab(4) },
        Place(name: "MLA board notes", keys: "aHello") { d in d.press(GlobalCommand.board); d.press(BoardCommand.down) },
        Place(name: "MLA board chase", keys: "cHello") { d in d.press(GlobalCommand.board); d.press(BoardCommand.down) },
    ]

    @Test(arguments: places) func aBurstEndsAsTypingSlowlyDoes(_ place: Place) {
        var slow = TestDriver.editing()
        place.setUp(&slow)
        slow.type(place.keys)
        var fast = TestDriver.editing()
        place.setUp(&fast)
        let before = fast.effects.count
        fast.burst(place.keys)
        #expect(slow.state.overlay != nil, "no form or prompt opened for \(place.keys)")
        #expect(fast.state.overlay == slow.state.overlay)
        #expect(fast.state.screen == slow.state.screen)
        #expect(fast.state.detail.tab == slow.state.detail.tab)
        // Nothing but reading the case was asked for: no key ran as a command.
        #expect(fast.effects.dropFirst(before).allSatisfy {
            if case .loadCase = $0 { return true }
            return false
        }, "effects: \(fast.effects.dropFirst(before))")
    }

    @Test func theNotesTabTakesTheWholeBurstAsTheNote() {
        var d = TestDriver.editing()
        d.openTab(4)
        d.burst("aHello burst")
        #expect(d.form?.form.title.contains("note") == true || d.form?.form.title.contains("Note") == true)
        #expect(d.form?.focusedField.text == "Hello burst")
        #expect(d.state.detail.tab == .notes)
        #expect(!d.effects.dropFirst().contains(.openStore), "r reloaded the store")
        d.press(.enter)
        #expect(d.kestrel.notes.last?.text == "Hello burst")
    }

    @Test func theFirstKeyAfterEIsNotLost() {
        var d = TestDriver.editing()
        d.burst("eX")
        #expect(d.form?.focusedField.text == "Operation KestrelX")
    }

    @Test func keysTypedAfterEnterWaitForTheSaveThenRunAsCommands() {
        var d = TestDriver.editing()
        d.burst([.char("e"), .char("X"), .enter, .char("2")])
        #expect(d.kestrel.title == "Operation KestrelX")
        #expect(d.state.overlay == nil)
        #expect(d.state.screen == .board)
    }

    @Test func whenNoFormOpensTheHeldKeysAreDroppedAndSaidSo() throws {
        var d = TestDriver.editing()
        // The case is gone from disk: reading it fails, no form opens.
        try d.memory.delete(id: "OCD-LON-0001", baseRevision: d.kestrel.revision, user: "other")
        let before = d.effects.count
        d.burst("erdy")
        #expect(d.state.overlay == nil)
        #expect(!d.effects.dropFirst(before).contains(.openStore), "r ran as a command")
        #expect(d.messageText.contains("3 keys typed while it opened were not run as commands"), "\(d.messageText)")
        // Not held for ever: the next key is a command again.
        let beforeReload = d.effects.count
        d.press(GlobalCommand.reload)
        #expect(d.effects.dropFirst(beforeReload).contains(.openStore))
    }

    /// `u` asks the store where the case is before it asks its question: a `n` typed right
    /// after it answers that question, it is not run on the list underneath.
    @Test func keysTypedAfterUndoWaitForItsQuestion() {
        var d = TestDriver.kestrelSavedThenMerlinSelected()
        #expect(d.state.selectedCaseID == "OCD-BHM-0002")
        let undo = TestDriver.keyMap(CasesCommand.self, d.state.keys).keys(for: .undo).first!
        d.burst([undo, .char("n")])
        #expect(d.messageText == "Nothing undone; the change stays on the undo list.", "\(d.messageText)")
        #expect(d.state.overlay == nil)
        #expect(d.kestrel.title == "Operation Kestrel II")
    }

    /// When the undo needs no question, keys typed after `u` run as commands once it is done.
    @Test func keysTypedAfterAnUndoRunOnceItIsTaken() {
        var d = TestDriver.editing()
        d.press(CasesCommand.edit)
        d.fill("title", "Operation Kestrel II")
        d.press(.enter)
        let undo = TestDriver.keyMap(CasesCommand.self, d.state.keys).keys(for: .undo).first!
        d.burst([undo, .char("2")])
        #expect(d.kestrel.title == "Operation Kestrel")
        #expect(d.state.screen == .board)
    }

    @Test func ctrlCStillQuitsWhileAFormIsOpening() {
        var d = TestDriver.editing()
        var asked: [Effect] = []
        asked += CaseDeskApp.reduce(&d.state, .event(.key(.char("e"))))
        asked += CaseDeskApp.reduce(&d.state, .event(.key(.ctrl("c"))))
        #expect(d.state.quitting)
        #expect(asked.contains(.quit))
    }
}
