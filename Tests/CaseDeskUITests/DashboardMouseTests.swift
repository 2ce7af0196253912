import CaseCore
import Testing
import TerminalUI
@testable import CaseDeskUI

/// A click on the Dashboard (issue 18.7) selects what is under the pointer, as on the other
/// screens: a figure of the overview (and the figure clicked on a line of several), a
/// breakdown's row and column (its heading chooses the column), a case listed by Enter.
@Suite struct DashboardMouseTests {
    func click(_ d: inout TestDriver, _ x: Int, _ y: Int) { d.send(.event(.mouse(MouseEvent(x: x, y: y, kind: .press)))) }
    func line(_ d: TestDriver, _ y: Int) -> String { String(d.screen.split(separator: "\n", omittingEmptySubsequences: false)[y]) }
    /// The column of `text` on screen line `y`.
    func x(of text: String, _ d: TestDriver, _ y: Int) -> Int {
        let l = line(d, y)
        guard let r = l.range(of: text) else { Issue.record("no \(text) on line \(y): \(l)"); return 0 }
        return l.distance(from: l.startIndex, to: r.lowerBound)
    }

    @Test func aClickSelectsTheFigureUnderThePointerInEitherColumn() {
        var d = DashboardFixture.driver()
        // At 80x24 the sections flow in two columns; line 3 "›Guilty pleas", 7 "Dropped",
        // 8 "Open outgoing" in the right-hand column.
        #expect(line(d, 3).hasPrefix(" ›Guilty pleas"))
        click(&d, 5, 7)
        #expect(line(d, 7).hasPrefix("  ›Dropped") || line(d, 7).hasPrefix(" ›Dropped"), "\(line(d, 7))")
        #expect(!line(d, 3).contains("›"))
        click(&d, x(of: "Open outgoing", d, 8) + 3, 8)
        #expect(line(d, 8).contains("›Open outgoing"), "\(line(d, 8))")
        let selected = d.state.dashboard.selected
        // A section's title, a note and the gap between the columns select nothing.
        click(&d, 5, 2)
        click(&d, 5, 13)
        click(&d, 40, 8)
        #expect(d.state.dashboard.selected == selected)
        // Enter lists the figure clicked, as after the keys.
        d.press(DashboardCommand.open)
        #expect(d.state.dashboard.drill?.title.hasPrefix("Open outgoing requests") == true, "\(d.state.dashboard.drill?.title ?? "none")")
    }

    @Test func onALineOfSeveralFiguresTheOneClickedIsChosen() throws {
        var d = DashboardFixture.driver(Size(width: 140, height: 40))
        let y = try #require(d.screen.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("OCD-BHM") })
        // "OCD-BHM      1      1      0": the third figure is the last digit after the id.
        let l = line(d, y)
        let from = x(of: "OCD-BHM", d, y) + "OCD-BHM".count
        let digits = l.indices.filter { $0 >= l.index(l.startIndex, offsetBy: from) && l[$0].isNumber }.prefix(3)
            .map { l.distance(from: l.startIndex, to: $0) }
        try #require(digits.count == 3)
        click(&d, digits[2], y)
        #expect(line(d, y).contains("›OCD-BHM"))
        #expect(d.state.dashboard.cell == 2)
        #expect(DashboardScreen.selectedTarget(d.state)?.figure == .casesFinalised)
        click(&d, digits[0], y)
        #expect(d.state.dashboard.cell == 0)
        #expect(DashboardScreen.selectedTarget(d.state)?.figure == .casesOpen)
    }

    @Test func onABreakdownAClickChoosesTheRowAndTheColumn() {
        var d = DashboardFixture.driver()
        d.press(DashboardCommand.cycleBreakdown)
        // Line 2 the headings, 3-5 the crime types, 6 Total.
        click(&d, x(of: "Acq", d, 2), 2)
        #expect(d.state.dashboard.column == 2)
        #expect(d.state.dashboard.selected == 0)
        #expect(line(d, 7).contains("Column: Acquitted after trial"))
        click(&d, x(of: "Drop", d, 2) + 2, 5)
        #expect(d.state.dashboard.selected == 2 && d.state.dashboard.column == 4)
        #expect(line(d, 5).hasPrefix(" ▶ Money laundering"))
        // On a row's name: the row only.
        click(&d, 6, 6)
        #expect(d.state.dashboard.selected == 3 && d.state.dashboard.column == 4)
        // Under the table (the caption) and beside it: nothing.
        click(&d, 6, 7)
        click(&d, 0, 4)
        #expect(d.state.dashboard.selected == 3 && d.state.dashboard.column == 4)
    }

    @Test func aClickSelectsACaseEnterListed() throws {
        var d = DashboardFixture.driver()
        d.press(DashboardCommand.cycleBreakdown)
        d.press(DashboardCommand.bottom)
        click(&d, x(of: "Conv%", d, 2), 2)
        d.press(DashboardCommand.open)
        let drill = try #require(d.state.dashboard.drill)
        try #require(drill.caseIDs.count >= 2, "the fixture's conviction rate counts more than one case")
        // The list's frame at line 2, its titles at 3, the cases from 4.
        click(&d, 20, 5)
        #expect(d.state.dashboard.drill?.selected == 1)
        click(&d, 20, 4 + drill.caseIDs.count)
        #expect(d.state.dashboard.drill?.selected == 1)
        d.press(DashboardCommand.open)
        #expect(d.state.screen == .detail && d.state.detail.caseID == drill.caseIDs[1])
    }
}
