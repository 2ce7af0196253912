import Testing
import TerminalUI
@testable import CaseDeskUI

@Suite struct KeyConfigTests {
    @Test func rebindingChangesDispatchFooterAndHelp() {
        var d = TestDriver(keyConfig: "# mine\ncases.sort = o\ncases.down = ctrl-n down\n")
        d.press(.char("o"))
        #expect(d.state.cases.sort == .title)
        let before = d.state.cases.list.selected
        d.press(.ctrl("n"))
        #expect(d.state.cases.list.selected == before + 1)
        d.press(.char("j"))
        #expect(d.state.cases.list.selected == before + 1)  // j is no longer bound
        #expect(d.screen.contains("o sort"))
        d.press(GlobalCommand.help)
        #expect(d.screen.contains("Ctrl-n Down"))
    }

    @Test func badLinesAreReportedWithFileAndLineAndSkipped() {
        let c = KeyConfig(text: "cases.sort = s\nnonsense\ncases.nope = x\nwhat.ever = y\ncases.up = ctrl-\ncases.top =\n", file: "cfg")
        #expect(c.bindings["cases"]?["sort"] == [.char("s")])
        #expect(c.problems.count == 5)
        #expect(c.problems[0].hasPrefix("cfg:2: expected SECTION.COMMAND = KEY"))
        #expect(c.problems[1].hasPrefix("cfg:3: cases has no command \"nope\""))
        #expect(c.problems[2].hasPrefix("cfg:4: unknown section"))
        #expect(c.problems[3].hasPrefix("cfg:5: \"ctrl-\" is not a key"))
        #expect(c.problems[4].hasPrefix("cfg:6: no key given"))
    }

    @Test func configProblemsAreShownAtStart() {
        let d = TestDriver(keyConfig: "cases.sort s\n")
        #expect(d.screen.contains("config:1: expected SECTION.COMMAND = KEY"))
    }
}

/// The one line reader both config readers use.
@Suite struct ConfigLinesTests {
    @Test func entriesKeepTheirPlaceAndCommentsAndBlankLinesGo() {
        let lines = ConfigLines(text: "# keys\n\ncases.sort = o  # by title\n  options.clipboard=off\nnonsense\nx = \n", file: "cfg")
        #expect(lines.entries == [
            .init(name: "cases.sort", value: "o", at: "cfg:3"),
            .init(name: "options.clipboard", value: "off", at: "cfg:4"),
            .init(name: "x", value: "", at: "cfg:6"),
        ])
        #expect(lines.entries.map(\.section) == ["cases", "options", "x"])
        #expect(lines.entries.map(\.item) == ["sort", "clipboard", nil])
        #expect(lines.lines[2] == .malformed("cfg:5: expected SECTION.COMMAND = KEY or options.NAME = VALUE, found \"nonsense\""))
    }

    /// A line that is no setting at all is said once, by the key reader, in file order among
    /// its own problems; the settings reader leaves it.
    @Test func aBadLineIsReportedOnce() {
        let text = "cases.nope = x\noptions.clipboard on\n"
        #expect(KeyConfig(text: text, file: "cfg").problems.map { String($0.prefix(6)) } == ["cfg:1:", "cfg:2:"])
        #expect(UISettings(text: text, file: "cfg").problems.isEmpty)
    }
}
