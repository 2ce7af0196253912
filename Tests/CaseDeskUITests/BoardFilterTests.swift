import CaseCore
import Testing
import TerminalUI
@testable import CaseDeskUI

/// The MLA board's `/` filter and `f` quick filters (issue 18.1), over Support/Fixture.swift:
/// R-101 ES (Kestrel, authority Ministerio de Justicia, liaison Laura Bianchi, overdue),
/// R-102 NL (Kestrel, to chase), R-201 PL, R-301 AE, R-401 FR (draft), R-501 US,
/// R-502 DE (incoming, overdue and to chase); none is urgent.
@Suite struct BoardFilterTests {
    static func shown(_ d: TestDriver) -> [String] {
        d.state.board.rows.compactMap { row in
            guard case .request(let ci, let ri) = row else { return nil }
            return d.state.summaries[ci].requests[ri].id
        }
    }

    static func onBoard() -> TestDriver {
        var d = TestDriver()
        d.press(GlobalCommand.board)
        return d
    }

    @Test func slashMatchesIdCaseCountryAuthorityAndLiaison() {
        for (query, ids) in [("r-50", ["R-502", "R-501"]), ("ocd-lon", ["R-101", "R-102"]), ("germany", ["R-502"]),
                             ("united", ["R-501", "R-301"]), ("justicia", ["R-101"]), ("bianchi", ["R-101"]), ("lbianchi", ["R-101"]),
                             ("spain ocd", ["R-101"]), ("nowhere", [])] {
            var d = Self.onBoard()
            d.press(BoardCommand.filter)
            d.type(query)
            #expect(Set(Self.shown(d)) == Set(ids), "\(query)")
        }
    }

    @Test func typingNarrowsAndErasingWidensAsAFreshSearchWould() {
        var d = Self.onBoard()
        d.press(BoardCommand.filter)
        d.type("ocd-l")
        #expect(Set(Self.shown(d)) == ["R-101", "R-102"])
        d.type("on es")
        #expect(Self.shown(d) == ["R-101"])
        #expect(d.screen.contains("Filter: /ocd-lon es"))
        for _ in 0..<3 { d.press(.backspace) }
        #expect(Set(Self.shown(d)) == ["R-101", "R-102"])
        d.press(.enter)
        #expect(!d.state.board.filterEditing)
        #expect(d.screen.contains("2 of 7 requests"))
        // Esc clears the filter, then goes back to Cases.
        d.press(BoardCommand.back)
        #expect(Self.shown(d).count == 7)
        #expect(d.state.screen == .board)
        d.press(BoardCommand.back)
        #expect(d.state.screen == .cases)
    }

    @Test func quickFiltersWithoutValues() {
        let cases: [(String, Set<String>)] = [("o", ["R-101", "R-502"]), ("t", ["R-102", "R-502"]),
                                               ("u", []), ("m", ["R-101", "R-102", "R-301"])]
        for (key, ids) in cases {
            var d = Self.onBoard()
            d.press(BoardCommand.quickFilter)
            d.type(key)
            #expect(Set(Self.shown(d)) == ids, "f \(key)")
            #expect(d.state.overlay == nil)
        }
    }

    @Test func severalValuesCombineWithOrAndFClearsThem() {
        var d = Self.onBoard()
        // Direction: any, outgoing, incoming.
        d.press(BoardCommand.quickFilter)
        d.type("d")
        d.press(ListCommand.down, ListCommand.down, ListCommand.pick)
        #expect(Self.shown(d) == ["R-502"])
        d.press(BoardCommand.clearFilters)
        #expect(Self.shown(d).count == 7)
        // Kinds in their order: any, MLA, extradition, EAW…: tick MLA and EAW.
        d.press(BoardCommand.quickFilter)
        d.type("k")
        d.press(ListCommand.down, ListCommand.toggle, ListCommand.down, ListCommand.toggle, ListCommand.pick)
        #expect(Set(Self.shown(d)) == ["R-101", "R-501", "R-502", "R-201"])
        // And overdue on top of them (AND across filters).
        d.press(BoardCommand.quickFilter)
        d.type("o")
        #expect(Set(Self.shown(d)) == ["R-101", "R-502"])
        #expect(d.screen.contains("Quick: MLA or EAW, overdue"))
        d.press(BoardCommand.clearFilters)
        #expect(d.state.board.quick.isEmpty)
        #expect(Self.shown(d).count == 7)
    }

    @Test func menuOpensWithTheValuesInForceTicked() {
        var d = Self.onBoard()
        d.press(BoardCommand.quickFilter)
        d.type("c")
        d.press(ListCommand.down, ListCommand.down, ListCommand.toggle, ListCommand.toggle, ListCommand.pick)
        #expect(d.state.board.quick.countries == ["DE", "ES"])
        d.press(BoardCommand.quickFilter)
        d.type("c")
        #expect(d.screen.contains("[x] DE  Germany"))
        #expect(d.screen.contains("[ ] AE"))
        // "any" unticks them all.
        d.press(ListCommand.toggle, ListCommand.pick)
        #expect(d.state.board.quick.countries.isEmpty)
    }

    @Test func aRequestOverdueAndToChaseShowsBothMarks() {
        var d = TestDriver(size: Size(width: 140, height: 40))
        d.press(GlobalCommand.board)
        let line = d.screen.split(separator: "\n").first { $0.contains("R-502") }
        #expect(line?.contains("!↻ R-502") == true)
        #expect(line?.contains("overdue, to chase") == true)
        let r101 = d.screen.split(separator: "\n").first { $0.contains("R-101") }
        #expect(r101?.contains("!  R-101") == true)
    }

    @Test func theBoardOpensWithOverdueAndToChaseFirstInEachGroup() {
        var d = Self.onBoard()
        #expect(d.state.board.sort == .attention)
        // In execution: R-502 (overdue and to chase) before R-102 (to chase).
        #expect(Self.shown(d).firstIndex(of: "R-502")! < Self.shown(d).firstIndex(of: "R-102")!)
        d.press(BoardCommand.sort)
        #expect(d.state.board.sort == .due)
    }

    @Test func aChaseWhileFilteredKeepsTheFilterAndTheRow() {
        var d = Self.onBoard()
        d.press(BoardCommand.filter)
        d.type("germany")
        d.press(.enter)
        d.press(BoardCommand.chase)
        d.press(.enter)
        #expect(Self.shown(d) == ["R-502"])
        #expect(d.state.selectedBoardRequest?.1 == "R-502")
        // Chased today: no longer to chase, still overdue.
        #expect(d.state.board.toChase == 0)
        #expect(d.state.board.overdue == 1)
    }

    @Test func keysAreInTheTablesFooterAndHelp() {
        var d = Self.onBoard()
        #expect(d.screen.contains("/ filter"))
        #expect(d.screen.contains("f quick"))
        d.press(GlobalCommand.help)
        #expect(d.screen.contains("clear every quick filter"))
    }
}

/// The case list's quick filters with several values and "open" (issue 18.2).
@Suite struct QuickFilterValuesTests {
    static func ids(_ d: TestDriver) -> [String] { d.state.cases.visible.map { d.state.summaries[$0].id } }

    @Test func twoCrimeTypesThenOpenThenFClearsAll() {
        var d = Scenario.quickSeveral.run(size: Size(width: 80, height: 24))
        #expect(d.state.cases.quick.crimeTypes == [.drugTrafficking, .childSexualExploitation])
        #expect(d.state.cases.quick.statuses == CaseStatus.open)
        #expect(Self.ids(d) == ["OCD-LON-0001"])
        #expect(d.screen.contains("Quick: open, Drugs or CSE"))
        // Open off again: the finalised case comes back.
        d.press(CasesCommand.quickFilter)
        d.type("f")
        #expect(Self.ids(d) == ["OCD-LON-0001", "OCD-LON-0006"])
        d.press(CasesCommand.clearFilters)
        #expect(d.state.cases.quick.isEmpty)
        #expect(d.state.cases.visible.count == 6)
    }

    @Test func threeUnits() {
        var d = TestDriver()
        d.press(CasesCommand.quickFilter)
        d.type("u")
        // Units as the store lists them: any, OCD-LON, OCD-BHM, …: tick the first three.
        d.press(ListCommand.down, ListCommand.toggle, ListCommand.toggle, ListCommand.toggle, ListCommand.pick)
        #expect(d.state.cases.quick.units.count == 3)
        let units = Set(d.state.cases.visible.map { d.state.summaries[$0].unit })
        #expect(units == d.state.cases.quick.units.intersection(d.state.summaries.map(\.unit)))
        #expect(d.state.cases.visible.count == d.state.summaries.filter { d.state.cases.quick.units.contains($0.unit) }.count)
    }

    @Test func enterWithoutSpaceTakesTheOneValueUnderTheCursor() {
        var d = TestDriver()
        d.press(CasesCommand.quickFilter)
        d.type("c")
        d.press(ListCommand.down, ListCommand.pick)
        #expect(d.state.cases.quick.crimeTypes == [.drugTrafficking])
        // Again, with drugs in force: Enter on fraud replaces it.
        d.press(CasesCommand.quickFilter)
        d.type("c")
        for _ in 0..<9 { d.press(ListCommand.down) }
        d.press(ListCommand.pick)
        #expect(d.state.cases.quick.crimeTypes == [.fraud])
    }

    /// Every switch of the menu says whether it is on: "r" and "n" showed nothing, on or off.
    @Test func theMenuSaysWhetherCTLAndNoNextActionAreOn() {
        var d = TestDriver()
        d.press(CasesCommand.quickFilter)
        #expect(Self.menuLine(d, "CTL at risk or expired").hasSuffix(" off"))
        #expect(Self.menuLine(d, "no next action").hasSuffix(" off"))
        d.type("r")
        d.press(CasesCommand.quickFilter)
        d.type("n")
        d.press(CasesCommand.quickFilter)
        #expect(Self.menuLine(d, "CTL at risk or expired").hasSuffix(" on"))
        #expect(Self.menuLine(d, "no next action").hasSuffix(" on"))
    }

    /// The text of the menu's line holding `label`, up to the menu's right border.
    static func menuLine(_ d: TestDriver, _ label: String) -> String {
        guard let line = d.screen.split(separator: "\n").first(where: { $0.contains(label) }),
              let start = line.range(of: label) else { return "" }
        let rest = line[start.lowerBound...].prefix { $0 != "┃" }
        return rest.trimmingCharacters(in: .whitespaces)
    }

    @Test func severalValuesSurviveASavedViewRoundTrip() {
        var q = QuickFilters()
        q.crimeTypes = [.drugTrafficking, .fraud]
        q.units = ["OCD-LON", "OCD-BHM", "CCU-MER"]
        q.statuses = CaseStatus.open
        let view = SavedView(name: "v", filter: q.caseFilter(me: "shughes"), sort: nil, columns: nil)
        #expect(view.filter(user: "shughes") == q.caseFilter(me: "shughes"))
    }
}
