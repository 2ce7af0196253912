import Foundation
import Testing
@testable import CaseCore

// Issue 18.3: a board view in views.toml (`screen = "board"` first): the board's filter text,
// quick filters and sort, read and written with the case list's views and comments kept.
@Suite struct BoardViewsFileTests {
    static let sample = """
        # The team's views
        [overdue-london]
        unit = ["OCD-LON"]
        overdue = true

        # Requests to Spain to chase
        [spain]
        screen = "board"
        filter = "eurojust"
        country = ["ES", "fr"]
        kind = ["mla"]
        direction = ["outgoing"]
        chase = true
        sort = "due"
        order = "descending"
        """

    @Test func readsABoardViewBesideTheCaseListsViews() throws {
        let file = try ViewsFile.parse(Self.sample, file: "views.toml")
        #expect(file.views.map(\.name) == ["overdue-london"])
        #expect(file.names == ["overdue-london", "spain"])
        #expect(file.view(named: "spain") == nil)   // not a case list view: `casedesk list --view spain` says there is none
        let v = try #require(file.boardView(named: "spain"))
        #expect(v.text == "eurojust" && v.countries == ["ES", "FR"] && v.kinds == [.mla] && v.directions == [.outgoing])
        #expect(v.toChaseOnly && !v.overdueOnly && v.sort == .due && !v.ascending)
        #expect(v.filterSummary == "\"eurojust\"; country ES,FR; kind mla; direction outgoing; to chase")
    }

    @Test func savingABoardViewRewritesOnlyItsTableAndRoundTrips() throws {
        let file = try ViewsFile.parse(Self.sample, file: "views.toml")
        var v = SavedBoardView(name: "spain")
        v.countries = ["ES"]
        v.urgentOnly = true
        let saved = try file.saving(v)
        #expect(saved.text.hasPrefix("# The team's views\n[overdue-london]\nunit = [\"OCD-LON\"]\noverdue = true\n\n# Requests to Spain to chase\n[spain]\nscreen = \"board\"\n"))
        #expect(try #require(saved.boardView(named: "spain")) == v)
        var fresh = SavedBoardView(name: "all mine")
        fresh.mine = true
        fresh.sort = .country
        let added = try saved.saving(fresh)
        #expect(added.text.hasSuffix("\n\n[\"all mine\"]\nscreen = \"board\"\nmine = true\nsort = \"country\"\norder = \"ascending\"\n"))
        #expect(try ViewsFile.parse(added.text, file: "x").boardView(named: "all mine") == fresh)
        #expect(added.view(named: "overdue-london") == file.view(named: "overdue-london"))
    }

    @Test(arguments: [
        ("[b]\nfilter = \"x\"\nscreen = \"board\"\n", 3, "\"screen\" must be the first setting of a view"),
        ("[b]\nscreen = \"agenda\"\n", 2, "screen must be \"board\" (the MLA board) or \"cases\" (the case list, the default)"),
        ("[b]\nscreen = \"board\"\nstatus = [\"atTrial\"]\n", 3,
         "\"status\" is not a setting of a board view (known: screen, filter, kind, direction, country, mine, overdue, chase, urgent, sort, order)"),
        ("[b]\nscreen = \"board\"\nsort = \"title\"\n", 3, "\"title\" is not a board sort (one of: attention, due, country, daysOpen, lastChased)"),
        ("[b]\nscreen = \"board\"\ncountry = [\"XX\"]\n", 3, "\"XX\" is not an ISO country code"),
        ("[a]\nmine = true\n[a]\nscreen = \"board\"\n", 3, "the view \"a\" is already defined above"),
    ])
    func aBadBoardViewNamesItsLine(_ text: String, _ line: Int, _ message: String) {
        #expect(throws: ViewsError(file: "views.toml", line: line, message: message)) { try ViewsFile.parse(text, file: "views.toml") }
    }

    @Test func aFileThatDoesNotParseIsNeverWrittenOver() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("views-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("casedesk/views.toml").path
        try ViewsFile.save(SavedBoardView(name: "first"), path: path)
        #expect(try ViewsFile.load(path: path).boardViews.map(\.name) == ["first"])
        let broken = "[a]\nscreen = \"board\"\nsort = \"nope\"\n"
        try broken.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: ViewsError.self) { try ViewsFile.save(SavedBoardView(name: "b"), path: path) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == broken)
    }
}
