import Testing
import TerminalUI
@testable import CaseDeskUI

/// The marks that carry meaning, checked by role and not only by text (issue 14): under each
/// row of text, a line with a letter for the role of each cell (`RoleLayer.letters`: o overdue,
/// c to chase, m marking, M marking sensitive, e error (CTL at risk or expired, very overdue),
/// s selection, t active tab). A view that draws a mark in the wrong role fails here even when
/// its text is right.
@Suite struct StyledScreenTests {
    /// The version 2 fixture (CTLs, tasks) at 80x24.
    func driver() -> TestDriver { TestDriver(store: AgendaFixture.store()) }

    @Test func caseListMarksOverdueAndSelection() {
        var d = driver()
        for _ in 0..<3 { d.press(CasesCommand.down) }
        // The overdue mark keeps its role on the selected row; the damaged case is an error.
        expectRoles(d, """
        ┃ ! INTL-0005    Operation Wren           At trial        –          2026-09-12┃
          o
        ┃   OCD-BHM-0002 Operation Merlin         Charged         2027-01-12 2026-11-29┃

        ┃›! OCD-LON-0001 Operation Kestrel        Awaiting trial  2026-12-07 2026-09-01┃
         sossssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssss
        ┃   OCD-LON-0006 Operation Heron          Finalised       –          –         ┃
        """)
        expectRoles(d, """
        ┃ ✗ OCD-LON-0007 damaged: expected ',' o… damaged                              ┃
          e              eeeeeeeeeeeeeeeeeeeeeeee eeeeeeeeeeeeeee
        """)
    }

    @Test func casePanesMarkSensitiveMarkingAndRequests() {
        var d = driver()
        for _ in 0..<3 { d.press(CasesCommand.down) }
        expectRoles(d, """
        ┌ Detail ────────── OFFICIAL-SENSITIVE ┐┌ Requests (2) ────────────────────────┐
                           MMMMMMMMMMMMMMMMMMMM
        │OFFICIAL-SENSITIVE                    ││   Kind  Ctry Status   Due        Days│
         MMMMMMMMMMMMMMMMMM
        │Operation Kestrel                     ││ ! MLA   ES   Acknowl… 2026-09-01  176│
                                                  o
        │OCD-LON-0001 · URN 01YE1234513        ││ ↻ EIO   NL   In exec… 2027-01-15   54│
                                                  c
        """)
    }

    @Test func officialMarkingHasItsOwnRole() {
        var d = driver()
        for _ in 0..<2 { d.press(CasesCommand.down) }
        expectRoles(d, """
        ┌ Detail ──────────────────── OFFICIAL ┐┌ Requests (1) ────────────────────────┐
                                     mmmmmmmmmm
        │OFFICIAL                              ││   Kind  Ctry Status   Due        Days│
         mmmmmmmm
        """)
    }

    @Test func agendaMarksCTLExpiredAtRiskAndOverdue() {
        var d = driver()
        d.press(GlobalCommand.agenda)
        expectRoles(d, """
        ┃›‼ 2026-11-18    -6 CTL     INTL-0005      CTL expires: Viktor L… EXPIRED     ┃
         sesssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssseeeeeeeeeeee
        ┃ * 2026-08-20   -96 Payment CCU-MER-0003   Confiscation payment … VERY OVERDUE┃
          e                                                                eeeeeeeeeeee
        """)
        expectRoles(d, """
        ┃ * 2026-11-07   -17 Chase   OCD-LON-0001   Chase: R-102 EIO to NL OVERDUE     ┃
          o                                                                oooooooooooo
        """)
        expectRoles(d, """
        ┃   2026-11-30     6 Review  OCD-LON-0001   CTL review: Marcus Ha… upcoming    ┃

        ┃Next 4 weeks (3)                                                              ┃

        ┃ ! 2026-12-14    20 CTL     OCD-LON-0001   CTL expires: Marcus H… AT RISK     ┃
          e                                                                eeeeeeeeeeee
        """)
    }

    @Test func detailMarksMarkingCTLAtRiskAndOverdueTask() {
        var d = driver()
        for _ in 0..<3 { d.press(CasesCommand.down) }
        d.press(CasesCommand.open)
        expectRoles(d, """
         OFFICIAL-SENSITIVE  Operation Kestrel                           Awaiting trial
        MMMMMMMMMMMMMMMMMMMM
        ┏ OCD-LON-0001 ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━ OFFICIAL-SENSITIVE ┓
                                                                   MMMMMMMMMMMMMMMMMMMM
        ┃[Overview]  Defendants   Hearings   Requests   Notes   History                ┃
         tttttttttt
        """)
        expectRoles(d, """
        ┃Marking: OFFICIAL-SENSITIVE                                                   ┃
                  MMMMMMMMMMMMMMMMMM
        """)
        expectRoles(d, """
        ┃! AT RISK Marcus Hale: 182-day CTL from 2026-06-15: expires 2026-12-14, 20 day┃
         eeeeeeeeee
        """)
        expectRoles(d, """
        ┃☐ Serve the case summary  due 2026-11-20  Sarah Hughes  * OVERDUE             ┃
                                                               ooooooooooo
        """)
    }

    @Test func boardMarksOverdueToChaseAndSelection() {
        var d = driver()
        d.press(GlobalCommand.board)
        expectRoles(d, """
        ┃›   R-401            OCD-NTH-0004 JIT   FR France  –              – never     ┃
         ssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssss
        """)
        // The mark column holds both marks of a request overdue and to chase; overdue wins its role.
        expectRoles(d, """
        ┃ !↻ R-502            INTL-0005    MLA   DE Germany 2026-10-15   101 never     ┃
          oo
        ┃ ↻  R-102            OCD-LON-0001 EIO   NL Nether… 2027-01-15    54 2026-10-10┃
          cc
        """)
    }
}
