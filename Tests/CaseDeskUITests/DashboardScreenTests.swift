import CaseCore
import Testing
import TerminalUI
@testable import CaseDeskUI

@Suite struct DashboardScreenTests {
    @Test func overview80() {
        let d = DashboardFixture.driver(Size(width: 80, height: 24))
        expectScreen(d.screen, "", "dashboard-overview-80x24")
    }
    @Test func overview140() {
        let d = DashboardFixture.driver(Size(width: 140, height: 40))
        expectScreen(d.screen, "", "dashboard-overview-140x40")
    }
    @Test func crime80() {
        var d = DashboardFixture.driver(Size(width: 80, height: 24))
        d.press(DashboardCommand.cycleBreakdown)
        expectScreen(d.screen, "", "dashboard-crime-80x24")
    }
    @Test func crime140() {
        var d = DashboardFixture.driver(Size(width: 140, height: 40))
        d.press(DashboardCommand.cycleBreakdown)
        expectScreen(d.screen, "", "dashboard-crime-140x40")
    }
}
