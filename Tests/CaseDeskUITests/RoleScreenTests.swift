import CaseCore
import Testing
import TerminalUI
@testable import CaseDeskUI

/// The marks that carry meaning are drawn in their roles, not only as symbols: overdue and to
/// chase, the CTL alarms, the security marking and the selection bar (a role layer over the
/// expected screens, `RoleLayer`). A theme can restyle them only because they use these roles.
@Suite struct RoleScreenTests {
    func layer(_ t: Theme) -> RoleLayer {
        RoleLayer(t, [("S", .selection), ("O", .overdue), ("C", .toChase), ("M", .marking), ("K", .markingSensitive),
                      ("E", .error)],
                  extra: [("A", t[.error].patched(with: Style(attributes: .bold)))])
    }

    @Test func caseListOverdueSelectionMarkingAndDamage() throws {
        let d = TestDriver()
        let frame = CaseDeskApp.render(d.state, size: d.state.size)
        let l = layer(d.state.theme)
        let kestrel = try #require(l.row(containing: "OCD-LON-0001 Operation Kestrel", frame))
        #expect(RoleLayer.roles(of: "!", in: kestrel) == "O")
        #expect(RoleLayer.roles(of: "OCD-LON-0001", in: kestrel) == "............")
        let wren = try #require(l.row(containing: "INTL-0005    Operation Wren", frame))   // the selected row
        #expect(RoleLayer.roles(of: "INTL-0005    Operation Wren", in: wren) == String(repeating: "S", count: 27))
        let detail = try #require(l.row(containing: "┌ Detail", frame))
        #expect(RoleLayer.roles(of: "OFFICIAL-SENSITIVE", in: detail) == String(repeating: "K", count: 18))
        let damaged = try #require(l.row(containing: "OCD-LON-0007", frame))
        #expect(RoleLayer.roles(of: "✗", in: damaged) == "E")
        #expect(RoleLayer.roles(of: "damaged:", in: damaged) == "EEEEEEEE")
    }

    @Test func boardOverdueToChaseAndSelection() throws {
        var d = TestDriver()
        d.press(GlobalCommand.board)
        let frame = CaseDeskApp.render(d.state, size: d.state.size)
        let l = layer(d.state.theme)
        let r101 = try #require(l.row(containing: "R-101", frame))
        #expect(RoleLayer.roles(of: "! R-101", in: r101) == "O......")
        let r102 = try #require(l.row(containing: "R-102", frame))
        #expect(RoleLayer.roles(of: "↻ R-102", in: r102) == "C......")
        let r201 = try #require(l.row(containing: "R-201", frame))             // the selected row
        #expect(RoleLayer.roles(of: "›  R-201", in: r201) == "SSSSSSSS")
        let r401 = try #require(l.row(containing: "R-401", frame))             // a draft: no mark
        #expect(!RoleLayer.roles(of: "   R-401", in: r401).contains { "OCS".contains($0) })
        // The header counts say it in words; the marks above are where the colour is.
        #expect(frame.text().contains("! 2 overdue  ↻ 2 to chase"))
    }

    @Test func agendaCTLAlarmsAndOverdue() throws {
        var d = TestDriver(store: AgendaFixture.store())
        d.press(GlobalCommand.agenda)
        d.press(AgendaCommand.down)                      // the expired CTL is no longer selected
        let frame = CaseDeskApp.render(d.state, size: d.state.size)
        let l = layer(d.state.theme)
        let expired = try #require(l.row(containing: "CTL expires: Viktor", frame))
        #expect(RoleLayer.roles(of: "‼", in: expired) == "A")
        #expect(RoleLayer.roles(of: "EXPIRED", in: expired) == "AAAAAAA")
        let atRisk = try #require(l.row(containing: "CTL expires: Marcus", frame))
        #expect(RoleLayer.roles(of: "!", in: atRisk) == "A")
        #expect(RoleLayer.roles(of: "AT RISK", in: atRisk) == "AAAAAAA")
        let overdue = try #require(l.row(containing: "Chase: R-102", frame))
        #expect(RoleLayer.roles(of: "*", in: overdue) == "O")
        #expect(RoleLayer.roles(of: "OVERDUE", in: overdue) == "OOOOOOO")
        let upcoming = try #require(l.row(containing: "Book the interpreter", frame))
        #expect(!RoleLayer.roles(of: "upcoming", in: upcoming).contains { "AOS".contains($0) })
    }

    /// The footer leaves out what the selected request does not allow (lazygit's disabled
    /// reasons): no chase or advance on an executed request, no chase on a draft; pressed
    /// anyway, the key says why.
    @Test func footerHidesDisabledRequestActions() throws {
        var d = TestDriver()
        d.press(GlobalCommand.board)
        func footer() -> String { String(d.screen.split(separator: "\n").last ?? "") }
        #expect(footer().contains("c chase") && footer().contains("> advance"))     // R-201, sent
        while d.state.selectedBoardRequest?.1 != "R-301" { d.press(BoardCommand.down) }
        #expect(!footer().contains("chase") && !footer().contains("advance"))
        d.press(BoardCommand.chase)
        #expect(d.screen.contains("Request R-301 is executed: a closed request is not chased."))
        while d.state.selectedBoardRequest?.1 != "R-401" { d.press(BoardCommand.up) }
        #expect(!footer().contains("chase") && footer().contains("> advance"))
        d.press(BoardCommand.chase)
        #expect(d.screen.contains("Request R-401 is a draft: it has not been sent, so there is no one to chase yet."))
    }
}
