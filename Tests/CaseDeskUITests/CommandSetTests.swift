import Testing
@testable import CaseDeskUI
import TerminalUI

/// The screens' switches list only their own commands and fall back to the shared `Movement`
/// for the rest: a command added to a screen and forgotten in one of its switches would fall
/// through to nothing. These checks catch that, and that each movement command is the shared one.
@Suite struct CommandSetTests {
    @Test func everyCommandHasKeysHelpAndGroup() {
        check(GlobalCommand.self); check(CasesCommand.self); check(DetailCommand.self)
        check(BoardCommand.self); check(DashboardCommand.self); check(HelpCommand.self)
        check(AgendaCommand.self); check(ListCommand.self)
    }

    private func check<C: CommandSet>(_: C.Type) {
        for command in C.allCases {
            let name = "\(C.section).\(command.rawValue)"
            #expect(!command.defaultKeys.isEmpty, "\(name) has no default key")
            #expect(!command.help.isEmpty, "\(name) has no help line")
            #expect(!command.group.isEmpty, "\(name) has no help group")
        }
    }

    /// A screen that binds a movement command differently says so in its own switch; the rest
    /// take the shared keys (the help screen, the board and the Agenda move alike).
    @Test func movementCommandsShareTheirKeys() {
        #expect(HelpCommand.down.defaultKeys == [.char("j"), .down])
        #expect(BoardCommand.open.defaultKeys == [.enter, .char("l")])
        #expect(AgendaCommand.pageUp.defaultKeys == [.pageUp, .ctrl("u")])
        #expect(ListCommand.down.defaultKeys == [.char("j"), .down, .tab])
        #expect(DashboardCommand.open.defaultKeys == [.enter])
        #expect(BoardCommand.top.help == "first request")
        #expect(DetailCommand.bottom.help == "bottom")
    }

    /// `/`, `n` and `N` are the shared `Search` wherever a screen has them: same keys, group and
    /// match help on the detail and the help screen, same keys on the case list.
    @Test func searchCommandsShareTheirKeys() {
        for s in Search.allCases {
            let detail = DetailCommand(rawValue: s.rawValue)!, help = HelpCommand(rawValue: s.rawValue)!
            #expect(detail.defaultKeys == s.defaultKeys && help.defaultKeys == s.defaultKeys, "\(s)")
            #expect(detail.group == Search.group && help.group == Search.group, "\(s)")
            #expect(detail.hint == s.hint && help.hint == s.hint, "\(s)")
        }
        #expect(DetailCommand.nextMatch.help == "next match (wraps at the end)")
        #expect(HelpCommand.prevMatch.help == "previous match")
        #expect(CasesCommand.nextMatch.defaultKeys == [.char("n")] && CasesCommand.prevMatch.defaultKeys == [.char("N")])
    }
}
