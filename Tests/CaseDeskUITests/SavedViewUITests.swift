import CaseCore
import Foundation
import Testing
import TerminalUI
@testable import CaseDeskUI

/// Issue 18.3: `:view save NAME` and `:view NAME` on the case list, in views.toml — the same
/// file and model `casedesk list --view` uses.
@Suite struct SavedViewUITests {
    static func tempViews() -> (dir: String, path: String) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("casedesk-views-\(UUID().uuidString)").path
        return (dir, dir + "/casedesk/views.toml")
    }

    static func ids(_ d: TestDriver) -> [String] { d.state.cases.visible.map { d.state.summaries[$0].id } }

    @Test func aViewSavedHereIsRestoredInAnotherSession() throws {
        let (dir, path) = Self.tempViews()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var d = TestDriver(files: UIFiles(viewsPath: path))
        d.press(CasesCommand.filter)
        d.type("operation")
        d.press(.enter)
        d.press(CasesCommand.quickFilter)
        d.type("m")   // mine
        d.command("sort nextHearing desc")
        d.command("view save my hearings")
        #expect(d.state.message?.text == "Saved the view \"my hearings\" to \(path) (casedesk list --view lists it too).")
        let saved = try #require(try ViewsFile.load(path: path).view(named: "my hearings"))
        #expect(saved.text == "operation" && saved.mine && saved.sort == CaseSort(.nextHearing, ascending: false))
        let shown = Self.ids(d)
        #expect(!shown.isEmpty)

        var e = TestDriver(files: UIFiles(viewsPath: path))
        e.press(GlobalCommand.board)
        e.command("view my hearings")
        #expect(e.state.screen == .cases)
        #expect(e.state.cases.filter.text == "operation" && e.state.cases.quick.mine)
        #expect(e.state.cases.sort == .nextHearing && !e.state.cases.ascending)
        #expect(Self.ids(e) == shown)
        #expect(e.state.message?.text == "View \"my hearings\": \"operation\"; mine; \(shown.count) of 6 cases.")
    }

    /// A view as `casedesk list --save-view` writes it (CaseCore's SavedView through ViewsFile)
    /// lists in the UI the cases, order and columns the CLI's query gives.
    @Test func aViewSavedByTheCLIListsTheSameHere() throws {
        let (dir, path) = Self.tempViews()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var cli = SavedView(name: "before-trial")
        cli.statuses = [.awaitingTrial, .charged]
        cli.crimeTypes = [.drugTrafficking, .humanTrafficking]
        cli.sort = CaseSort(.title, ascending: false)
        cli.columns = [.id, .status, .title]
        try ViewsFile.save(cli, path: path)

        var d = TestDriver(size: Size(width: 100, height: 30), files: UIFiles(viewsPath: path))
        d.press(CasesCommand.bottom)
        d.command("view before-trial")
        #expect(d.state.cases.list.selected == 0, "a view starts at its first row")
        let s = d.state.summaries
        let context = d.state.queryContext
        let matched = cli.filter(user: Fixture.user).apply(to: s, context: context).indices
        let expected = cli.sort!.apply(matched, of: s, context: context, meta: d.state.meta).map { s[$0].id }
        #expect(expected == ["OCD-BHM-0002", "OCD-LON-0001"], "two statuses and two crime types, both kept")
        #expect(Self.ids(d) == expected)
        #expect(d.state.cases.quick.statuses == [.awaitingTrial, .charged])
        #expect(d.state.cases.columns == [.id, .status, .title])
        let header = d.screen.split(separator: "\n")[3]
        #expect(header.contains("ID") && header.contains("Status") && header.contains("Title↓"))
        #expect(!header.contains("Lawyer") && !header.contains("Hearing"))
        // Saved again from here, it is the same view (its lists in the model's order).
        d.command("view save before-trial")
        let again = try #require(try ViewsFile.load(path: path).view(named: "before-trial"))
        #expect(again.filter(user: Fixture.user) == cli.filter(user: Fixture.user))
        #expect(again.sort == cli.sort && again.columns == cli.columns)
    }

    @Test func savingKeepsTheOtherViewsAndComments() throws {
        let (dir, path) = Self.tempViews()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/casedesk", withIntermediateDirectories: true)
        try "# the team's\n[overdue]\noverdue = true # keep\n".write(toFile: path, atomically: false, encoding: .utf8)
        var d = TestDriver(files: UIFiles(viewsPath: path))
        d.command("sort title")
        d.command("view save titles")
        #expect(try String(contentsOfFile: path, encoding: .utf8)
            == "# the team's\n[overdue]\noverdue = true # keep\n\n[titles]\nsort = \"title\"\norder = \"ascending\"\n")
    }

    @Test func aBrokenViewsFileIsNeverWrittenOver() throws {
        let (dir, path) = Self.tempViews()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/casedesk", withIntermediateDirectories: true)
        let broken = "[a]\nsort = \"owner\"\n"
        try broken.write(toFile: path, atomically: false, encoding: .utf8)
        var d = TestDriver(files: UIFiles(viewsPath: path))
        d.command("view save mine")
        #expect(d.state.message?.kind == .error)
        #expect(d.state.message?.text.hasPrefix("The view \"mine\" was not saved: \(path):2: \"owner\" is not a sort column") == true,
                "\(d.state.message?.text ?? "")")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == broken)
        d.command("view a")
        #expect(d.state.message?.text.hasPrefix("Cannot read the views: \(path):2:") == true)
    }

    @Test func tabCompletesViewNames() throws {
        let (dir, path) = Self.tempViews()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for name in ["overdue london", "overdue all", "mine"] { try ViewsFile.save(SavedView(name: name), path: path) }
        var d = TestDriver(files: UIFiles(viewsPath: path))
        d.press(GlobalCommand.commandLine)
        d.type("view ov")
        d.press(.tab)
        #expect(CommandLineHistoryTests.line(d) == "view overdue ")
        #expect(d.state.message?.text == "overdue london  overdue all")
        d.type("l")
        d.press(.tab)
        #expect(CommandLineHistoryTests.line(d) == "view overdue london")
        d.press(.escape)
        d.press(GlobalCommand.commandLine)
        d.type("view save m")
        d.press(.tab)
        #expect(CommandLineHistoryTests.line(d) == "view save mine")
    }

    @Test func unknownViewsAndNamesAreSaid() throws {
        let (dir, path) = Self.tempViews()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try ViewsFile.save(SavedView(name: "mine"), path: path)
        var d = TestDriver(files: UIFiles(viewsPath: path))
        d.command("view nope")
        #expect(d.state.message?.text == "There is no view \"nope\" in \(path); views: mine.")
        d.command("view save")
        #expect(d.state.message?.text.hasPrefix("Which name?") == true)
        d.press(GlobalCommand.dashboard)
        d.command("view save x")
        #expect(d.state.message?.text.hasPrefix(":view save saves the filter, sort and columns of the case list (1) or the MLA board (2)") == true)
    }

    @Test func whatTheListCannotShowIsSaid() throws {
        let (dir, path) = Self.tempViews()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var v = SavedView(name: "chase")
        v.toChaseOnly = true
        try ViewsFile.save(v, path: path)
        var d = TestDriver(files: UIFiles(viewsPath: path))
        d.command("view chase")
        #expect(d.state.message?.kind == .error)
        #expect(d.state.message?.text.contains("cannot show \"to chase\"") == true)
    }
}

/// Issue 18.3 on the MLA board: `:view save NAME` saves the board's filter, quick filters and
/// sort as a board view; `:view NAME` restores it onto the board, from any screen.
@Suite struct BoardSavedViewUITests {
    @Test func aBoardViewSavedHereIsRestoredOntoTheBoardInAnotherSession() throws {
        let (dir, path) = SavedViewUITests.tempViews()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try ViewsFile.save(SavedView(name: "cases first"), path: path)
        var d = TestDriver(files: UIFiles(viewsPath: path))
        d.press(GlobalCommand.board)
        d.press(BoardCommand.filter)
        d.type("r-1")
        d.press(.enter)
        d.state.board.quick.overdue = true   // as `f` then o ticks it
        d.state.layOutBoard()
        d.command("sort due desc")
        let shown = d.state.board.rows.filter(\.isRequest)
        d.command("view save late")
        #expect(d.state.message?.text == "Saved the board's view \"late\" to \(path) (:view late restores it).")
        let file = try ViewsFile.load(path: path)
        #expect(file.view(named: "cases first") != nil)
        let saved = try #require(file.boardView(named: "late"))
        #expect(saved.text == "r-1" && saved.overdueOnly && saved.sort == .due && !saved.ascending)

        var e = TestDriver(files: UIFiles(viewsPath: path))
        e.command("view late")
        #expect(e.state.screen == .board)
        #expect(e.state.board.filter.text == "r-1" && e.state.board.quick.overdue)
        #expect(e.state.board.sort == .due && !e.state.board.ascending)
        #expect(e.state.board.rows.filter(\.isRequest) == shown)
        #expect(e.state.message?.text.hasPrefix("View \"late\" on the board: \"r-1\"; overdue; ") == true)
        // The case list's views still go to the case list.
        e.command("view cases first")
        #expect(e.state.screen == .cases)
    }

    @Test func saveIsRefusedOnAScreenWithNoFilter() {
        var d = TestDriver(files: UIFiles(viewsPath: SavedViewUITests.tempViews().path))
        d.press(GlobalCommand.agenda)
        d.command("view save x")
        #expect(d.state.message?.text == ":view save saves the filter, sort and columns of the case list (1) or the MLA board (2): show one of them first.")
    }
}
