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
