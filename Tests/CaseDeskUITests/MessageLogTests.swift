import CaseCore
import Testing
import TerminalUI
@testable import CaseDeskUI

/// Messages can be read: a message too long for the footer is cut with "…", and every message
/// of the session is kept and shown in full by `:messages` or the key bound to it.
@Suite struct MessageLogTests {
    static let long = "Cannot undo “defendant D2: custody”: OCD-LON-0001 was changed since (revision 7, saved by akhan at 2026-11-24T10:15:00Z); nothing was changed and the step is kept."

    @Test func aLongMessageIsCutWithAnEllipsis() {
        var d = TestDriver()
        d.state.message = Message(text: Self.long, kind: .error)
        let footer = d.screen.split(separator: "\n", omittingEmptySubsequences: false).last.map(String.init) ?? ""
        #expect(footer.hasSuffix("…"), "footer: \(footer)")
        #expect(TextWidth.of(footer) == 80)
    }

    @Test func everyMessageOfTheSessionIsLoggedAndShownInFull() {
        var d = TestDriver(size: Size(width: 80, height: 24))
        d.press(CasesCommand.undo)                        // "Nothing to undo in this session."
        d.state.message = Message(text: Self.long, kind: .error)
        d.press(.char("j"))                               // clears the line, not the log
        #expect(d.state.message == nil)
        d.command("messages")
        let screen = d.screen
        #expect(screen.contains("Messages"))
        #expect(screen.contains("Nothing to undo in this session."))
        // The long one whole, wrapped over lines: its end is there too.
        #expect(screen.contains("(revision 7, saved by akhan at 2026-11-24T10:15:00Z)") && screen.contains("and the step is kept."), "\(screen)")
        d.press(.escape)
        #expect(d.state.overlay == nil)
    }

    @Test func theKeyOpensTheLogAndItIsInTheKeyTables() {
        var d = TestDriver()
        d.state.message = Message(text: "First.", kind: .info)
        d.state.message = Message(text: "Second.", kind: .success)
        d.press(GlobalCommand.messages)
        #expect(d.screen.contains("First."))
        #expect(d.screen.contains("Second."))
        #expect(KeyReference.markdown().contains("`global.messages`"))
        #expect(d.state.messageLog.entries.suffix(2).map(\.text) == ["First.", "Second."])
    }

    /// The log opens scrolled to the newest (Int.max); Down or Page Down there crashed the
    /// program with an arithmetic overflow.
    @Test func downAndPageDownAtTheNewestKeepTheLogOpen() {
        var d = TestDriver()
        d.press(GlobalCommand.messages)
        d.press(ListCommand.down)
        d.press(ListCommand.pageDown)
        #expect(d.state.overlay == .messages(scroll: Int.max))
    }
}
