import Foundation
import Testing
@testable import CaseCore

// Issue 18.3: saved views in views.toml, shared by `casedesk list --view` and the UI's `:view`.
@Suite struct ViewsFileTests {
    static let sample = """
        # The team's views
        [overdue-london]
        status = ["awaitingTrial", "atTrial"]   # before trial
        unit = ["OCD-LON"]
        overdue = true
        sort = "nextHearing"
        order = "descending"
        columns = ["id", "title", "lawyer"]

        # Everything mine
        ["my cases"]
        filter = "Hoxha \\"junior\\""
        mine = true
        """

    @Test func readsEveryView() throws {
        let file = try ViewsFile.parse(Self.sample, file: "views.toml")
        #expect(file.views.map(\.name) == ["overdue-london", "my cases"])
        let v = try #require(file.view(named: "overdue-london"))
        #expect(v.statuses == [.awaitingTrial, .atTrial] && v.units == ["OCD-LON"] && v.overdueOnly)
        #expect(v.sort == CaseSort(.nextHearing, ascending: false))
        #expect(v.columns == [.id, .title, .lawyer])
        let mine = try #require(file.view(named: "my cases"))
        #expect(mine.text == "Hoxha \"junior\"" && mine.mine && mine.sort == nil && mine.columns == nil)
        #expect(mine.filter(user: "sosei") == CaseFilter(text: "Hoxha \"junior\"", mine: "sosei"))
    }

    @Test(arguments: [
        ("status = [\"x\"]\n", 1, "a setting before any [view] table"),
        ("[a]\nstatus = [\"nope\"]\n", 2, "\"nope\" is not a status (one of: preCharge, charged, awaitingTrial, atTrial, awaitingSentence, postConviction, finalised)"),
        ("[a]\n\nowner = \"me\"\n", 3, "unknown setting \"owner\" (known: filter, status, crime, unit, lawyer, mine, overdue, chase, ctlAlarm, noNextAction, sort, order, columns)"),
        ("[a]\nmine = yes\n", 2, "expected a \"string\", true, false or a [list]"),
        ("[a]\nfilter = \"open\n", 2, "a string must end with \" on the same line"),
        ("[a]\nunit = [\"A\", \"B\"\n", 2, "expected \",\" or \"]\" in the list"),
        ("[a]\n[a]\n", 2, "the view \"a\" is already defined above"),
        ("[a]\nmine = true\nmine = false\n", 3, "\"mine\" is set twice in the view \"a\""),
        ("[a\n", 1, "a view's name must end with \"]\""),
        ("[a]\ncolumns = [\"id\", \"owner\"]\n", 2, "\"owner\" is not a column (one of: id, title, crimeTypes, unit, lawyer, status, defendants, nextHearing, nextDeadline, flags, opened, updated)"),
    ])
    func aProblemNamesTheFileAndLine(text: String, line: Int, message: String) {
        #expect(throws: ViewsError(file: "/home/x/views.toml", line: line, message: message)) {
            try ViewsFile.parse(text, file: "/home/x/views.toml")
        }
    }

    @Test func savingAViewRewritesOnlyItsTable() throws {
        let file = try ViewsFile.parse(Self.sample, file: "views.toml")
        var v = SavedView(name: "overdue-london")
        v.units = ["OCD-LON", "INTL"]
        let saved = try file.saving(v)
        #expect(saved.text == """
            # The team's views
            [overdue-london]
            unit = ["OCD-LON", "INTL"]

            # Everything mine
            ["my cases"]
            filter = "Hoxha \\"junior\\""
            mine = true

            """)
        var added = SavedView(name: "crime and \"more\"")
        added.crimeTypes = [.drugTrafficking]
        added.sort = CaseSort(.title)
        let twice = try saved.saving(added)
        #expect(twice.text.hasSuffix("mine = true\n\n[\"crime and \\\"more\\\"\"]\ncrime = [\"drugTrafficking\"]\nsort = \"title\"\norder = \"ascending\"\n"))
        #expect(try ViewsFile.parse(twice.text, file: "x").views == saved.views + [added])
        #expect(throws: ViewsError.self) { try saved.saving(SavedView(name: "tab\there")) }
    }

    @Test func aViewRoundTripsThroughTheFile() throws {
        var filter = CaseFilter(text: "ä \\ b\u{1B}[31m\t\"", statuses: [.charged], crimeTypes: [.fraud, .cyberCrime], units: ["U1"],
                                lawyers: ["p1"], mine: "me", overdueOnly: true, toChaseOnly: true)
        filter.ctlAlarmOnly = true
        filter.noNextActionOnly = true
        let v = SavedView(name: "all of it", filter: filter, sort: CaseSort(.updated, ascending: false), columns: [.flags, .id])
        let back = try ViewsFile.parse(try ViewsFile().saving(v).text, file: "x")
        #expect(back.views == [v])
        #expect(back.views[0].filter(user: "me") == filter)
    }

    @Test func savingOnDiskKeepsTheRestAndRefusesAFileItCannotRead() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("views-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("casedesk/views.toml").path
        #expect(try ViewsFile.load(path: path).views.isEmpty)
        try ViewsFile.save(SavedView(name: "first"), path: path)
        try ViewsFile.save(SavedView(name: "second"), path: path)
        #expect(try ViewsFile.load(path: path).views.map(\.name) == ["first", "second"])

        // A shared file reached through a link is written through it; the link stays.
        let shared = dir.appendingPathComponent("team.toml").path
        try "# team\n[theirs]\nmine = true\n".write(toFile: shared, atomically: true, encoding: .utf8)
        let link = dir.appendingPathComponent("linked.toml").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: shared)
        try ViewsFile.save(SavedView(name: "ours"), path: link)
        #expect(try String(contentsOfFile: shared, encoding: .utf8) == "# team\n[theirs]\nmine = true\n\n[ours]\n")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == shared)

        // A file that does not parse is never written over.
        let broken = "[a]\nstatus = [\"nope\"]\n"
        try broken.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: ViewsError(file: path, line: 2, message: "\"nope\" is not a status (one of: preCharge, charged, awaitingTrial, atTrial, awaitingSentence, postConviction, finalised)")) {
            try ViewsFile.save(SavedView(name: "b"), path: path)
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == broken)
    }

    @Test func thePathFollowsXDG() {
        #expect(ViewsFile.defaultPath(environment: ["XDG_CONFIG_HOME": "/c", "HOME": "/h"]) == "/c/casedesk/views.toml")
        #expect(ViewsFile.defaultPath(environment: ["XDG_CONFIG_HOME": "", "HOME": "/h"]) == "/h/.config/casedesk/views.toml")
    }
}
