import CaseCore
import Foundation
import Testing
import TerminalUI
@testable import CaseDeskUI

/// `:columns` (issue 18.3: a saved view holds "filter, sort and columns"): the case list's
/// columns chosen on screen with `casedesk list --columns`' names, saved by `:view save` and
/// put back by `:view NAME`.
@Suite struct ColumnsCommandTests {
    static func titles(_ d: TestDriver) -> String { String(d.screen.split(separator: "\n")[3]) }

    @Test func columnsChoosesTheListsColumnsInOrder() {
        var d = TestDriver()
        #expect(Self.titles(d).contains("Status"))
        d.command("columns lawyer,id,title")
        #expect(d.state.cases.columns == [.lawyer, .id, .title])
        let titles = Self.titles(d)
        #expect(!titles.contains("Status") && !titles.contains("Unit") && !titles.contains("Hearing"), "\(titles)")
        let lawyer = titles.range(of: "Lawyer")!.lowerBound, id = titles.range(of: "ID")!.lowerBound
        #expect(lawyer < id, "in the order typed: \(titles)")
        #expect(d.state.message?.text == "Columns: lawyer,id,title (:view save NAME keeps them).")
        // Any case, spaces or commas, as `--columns` reads them.
        d.command("columns ID Status")
        #expect(d.state.cases.columns == [.id, .status])
        d.command("columns")
        #expect(d.state.message?.text.hasPrefix("Columns: id,status; :columns KEY,KEY… chooses") == true)
        d.command("columns all")
        #expect(d.state.cases.columns == nil)
        #expect(Self.titles(d).contains("Status"))
        d.command("columns")
        #expect(d.state.message?.text.hasPrefix("Columns: flags,id,title,crimeTypes,unit,lawyer,status,") == true)
        #expect(d.state.message?.text.contains("(all)") == true)
    }

    @Test func anUnknownColumnIsNamedAndNothingChanges() {
        var d = TestDriver()
        d.command("columns id,owner")
        #expect(d.state.cases.columns == nil)
        #expect(d.state.message?.kind == .error)
        #expect(d.state.message?.text.hasPrefix(":columns: there is no column \"owner\"; columns: id, title,") == true)
        d.press(GlobalCommand.board)
        d.command("columns id")
        #expect(d.state.message?.text == ":columns chooses the columns of the case list: show it first (1).")
        #expect(d.state.cases.columns == nil)
    }

    @Test func tabCompletesColumnNamesNotYetChosen() {
        var d = TestDriver()
        d.press(GlobalCommand.commandLine)
        d.type("col")
        d.press(.tab)
        #expect(CommandLineHistoryTests.line(d) == "columns ")
        d.type("id,ti")
        d.press(.tab)
        #expect(CommandLineHistoryTests.line(d) == "columns id,title")
        d.type(",n")
        d.press(.tab)
        #expect(CommandLineHistoryTests.line(d) == "columns id,title,next")
        #expect(d.state.message?.text == "nextHearing  nextDeadline")
        d.type(",i")
        d.press(.tab)
        // id is chosen already: nothing offered.
        #expect(CommandLineHistoryTests.line(d) == "columns id,title,next,i")
        d.press(.escape)
        d.press(GlobalCommand.commandLine)
        d.type("columns a")
        d.press(.tab)
        #expect(CommandLineHistoryTests.line(d) == "columns all")
    }

    @Test func viewSaveKeepsTheColumnsAndViewPutsThemBack() throws {
        let (dir, path) = SavedViewUITests.tempViews()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var d = TestDriver(files: UIFiles(viewsPath: path))
        d.command("columns id,nextHearing,title")
        d.command("view save hearings")
        #expect(try ViewsFile.load(path: path).view(named: "hearings")?.columns == [.id, .nextHearing, .title])
        d.command("columns all")
        #expect(d.state.cases.columns == nil)
        d.command("view hearings")
        #expect(d.state.cases.columns == [.id, .nextHearing, .title])
        #expect(!Self.titles(d).contains("Status") && Self.titles(d).contains("Hearing"))
    }
}
