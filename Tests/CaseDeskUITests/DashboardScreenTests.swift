import CaseCore
import Testing
import TerminalUI
@testable import CaseDeskUI

/// The Dashboard as a user sees it, at 80x24 and 140x40, on `DashboardFixture` (whose figures
/// are worked out in its comment): the overview, its scrolled end, a crime-type breakdown and
/// a drill-down list.
@Suite struct DashboardScreenTests {
    @Test func overview80() {
        let d = DashboardFixture.driver(Size(width: 80, height: 24))
        expectScreen(d.screen, """
         CaseDesk · Re…   1 Cases  2 MLA board  3 Dashboard  4 Help  5 Agenda  6 People
         Period 2026-2027  Breakdown none              outcomes per defendant · 3 cases
         Outcomes per defendant               5  Ancillary orders                  made
         ›Guilty pleas          1 ████████████    Serious crime prevention 1
          Convicted after trial 1 ████████████    Travel restriction       1
          Acquitted after trial 1 ████████████    All types                2
          Directed acquittals   0
          Dropped               1 ████████████   MLA timeliness        as of 2026-11-24
          Admin. finalised      1 ████████████    Open outgoing              1
                                                  Open incoming              0
         Rates                     vs 2025-2026   ! Overdue                  1
          Conviction rate  50% ▼ 17 pts           ↻ To chase                 1
          Guilty-plea rate 25% ▼ 42 pts           Executed                   1
          Admin. finalised: not in the rates.     Median days sent→executed 40
                                                  Most overdue:
         Conviction rate by year                    Spain                    1
          · █ ▆
          2024-2025 2026-2027                    Custody time limits   as of 2026-11-24
          2026-2027 50% 4 outcomes                CTLs running               0
                                                  CTLs at risk               0
         Sentences                                CTLs expired               0
          Custodial sentences   2                 Extensions applied for     0
          Total months        156                 Extensions granted         0   ↓ more
         ? help  [ prev  ] next  p year/qtr/all  b breakdown  Enter cases  Esc back
        """, "dashboard-overview-80x24")
    }
    @Test func overviewScrolled80() {
        var d = DashboardFixture.driver(Size(width: 80, height: 24))
        d.press(DashboardCommand.bottom)
        expectScreen(d.screen, """
         CaseDesk · Re…   1 Cases  2 MLA board  3 Dashboard  4 Help  5 Agenda  6 People
         Period 2026-2027  Breakdown none              outcomes per defendant · 3 cases
          2026-2027 50% 4 outcomes                CTLs running               0
                                                  CTLs at risk               0
         Sentences                                CTLs expired               0
          Custodial sentences   2                 Extensions applied for     0
          Total months        156                 Extensions granted         0
          Median months        78                 Extensions refused         0
                                                  CTL failures               0
         Confiscation                             Open cases, no next action 0
          Orders made             1
          Total ordered    £250,000              Caseload         open as of 2026-11-24
          Recovered        £100,000               Open                1
          Restraint orders        1               Opened in period    1
          Defendants at each stage:               Finalised in period 1
            Order made            1
                                                 Caseload by unit     Open Opened Final
                                                  OCD-BHM                1      1     0
                                                  OCD-LON                0      0     1

                                                 Caseload by lawyer   Open Opened Final
                                                  Amir Khan              1      1     0
                                              ↑  ›Sarah Hughes           0      0     1
         ? help  [ prev  ] next  p year/qtr/all  b breakdown  Enter cases  Esc back
        """, "dashboard-overview-bottom-80x24")
    }
    @Test func overview140() {
        let d = DashboardFixture.driver(Size(width: 140, height: 40))
        expectScreen(d.screen, """
         CaseDesk · Review Unit                                                       1 Cases  2 MLA board  3 Dashboard  4 Help  5 Agenda  6 People
         Period 2026-2027  Breakdown none                                                                          outcomes per defendant · 3 cases
         Outcomes per defendant                     5  Confiscation                                  Custody time limits         as of 2026-11-24
         ›Guilty pleas          1 ██████████████████    Orders made             1                     CTLs running               0
          Convicted after trial 1 ██████████████████    Total ordered    £250,000                     CTLs at risk               0
          Acquitted after trial 1 ██████████████████    Recovered        £100,000                     CTLs expired               0
          Directed acquittals   0                       Restraint orders        1                     Extensions applied for     0
          Dropped               1 ██████████████████    Defendants at each stage:                     Extensions granted         0
          Admin. finalised      1 ██████████████████      Order made            1                     Extensions refused         0
                                                                                                      CTL failures               0
         Rates                           vs 2025-2026  Ancillary orders                        made   Open cases, no next action 0
          Conviction rate  50% ▼ 17 pts                 Serious crime prevention 1
          Guilty-plea rate 25% ▼ 42 pts                 Travel restriction       1                   Caseload               open as of 2026-11-24
          Admin. finalised: not in the rates.           All types                2                    Open                1
                                                                                                      Opened in period    1
         Conviction rate by year                       MLA timeliness              as of 2026-11-24   Finalised in period 1
            2024-2025   –                               Open outgoing              1
            2025-2026 67% █████████████████▍            Open incoming              0                 Caseload by unit           Open Opened Final
          ▸ 2026-2027 50% █████████████                 ! Overdue                  1                  OCD-BHM                      1      1     0
                                                        ↻ To chase                 1                  OCD-LON                      0      0     1
         Sentences                                      Executed                   1
          Custodial sentences   2                       Median days sent→executed 40                 Caseload by lawyer         Open Opened Final
          Total months        156                       Most overdue:                                 Amir Khan                    1      1     0
          Median months        78                         Spain                    1                  Sarah Hughes                 0      0     1















         ? help  [ prev  ] next  p year/qtr/all  b breakdown  Enter cases  Esc back
        """, "dashboard-overview-140x40")
    }
    @Test func crime80() {
        var d = DashboardFixture.driver(Size(width: 80, height: 24))
        d.press(DashboardCommand.cycleBreakdown)
        expectScreen(d.screen, """
         CaseDesk · Re…   1 Cases  2 MLA board  3 Dashboard  4 Help  5 Agenda  6 People
         Period 2026-2027  Breakdown crime type        outcomes per defendant · 3 cases
           Crime type*                 Plea Trial   Acq  Dir  Drop  Adm Conv%  ±pts   ›
         ▶ Drug trafficking               1     1     1    0     0    0   67%     –
           Organised immigration cri…     0     0     0    0     1    1    0%     –
           Money laundering               1     1     1    0     0    0   67%     –
           Total                          1     1     1    0     1    1   50%  ▼ 17
         Column: Guilty pleas (h/l choose, Enter lists the cases)
         * A case with several crime types counts in the row of each of them, so the
         rows add up to more than the total.
         Rates leave out admin. finalised; – means no outcome in the period.

         Outcomes per defendant               3  Confiscation
          Guilty pleas          1 ████████████    Orders made             1
          Convicted after trial 1 ████████████    Total ordered    £250,000
          Acquitted after trial 1 ████████████    Recovered        £100,000
          Directed acquittals   0                 Restraint orders        1
          Dropped               0                 Defendants at each stage:
          Admin. finalised      0                   Order made            1

         Rates                     vs 2025-2026  Ancillary orders                  made
          Conviction rate  67% –                  Serious crime prevention 1
          Guilty-plea rate 33% –                  Travel restriction       1
         ? help  [ prev  ] next  p year/qtr/all  b breakdown  Enter cases  Esc back
        """, "dashboard-crime-80x24")
    }
    @Test func crime140() {
        var d = DashboardFixture.driver(Size(width: 140, height: 40))
        d.press(DashboardCommand.cycleBreakdown)
        expectScreen(d.screen, """
         CaseDesk · Review Unit                                                       1 Cases  2 MLA board  3 Dashboard  4 Help  5 Agenda  6 People
         Period 2026-2027  Breakdown crime type                                                                    outcomes per defendant · 3 cases
           Crime type*                  Plea Trial   Acq  Dir  Drop  Adm Conv%  ±pts Plea%  Cust  Months Median  Conf      Ordered    Recovered   ›
         ▶ Drug trafficking                1     1     1    0     0    0   67%     –   33%     2     156     78     1     £250,000     £100,000
           Organised immigration crime     0     0     0    0     1    1    0%     –    0%     0       0      –     0           £0           £0
           Money laundering                1     1     1    0     0    0   67%     –   33%     2     156     78     1     £250,000     £100,000
           Total                           1     1     1    0     1    1   50%  ▼ 17   25%     2     156     78     1     £250,000     £100,000
         Column: Guilty pleas (h/l choose, Enter lists the cases)
         * A case with several crime types counts in the row of each of them, so the rows add up to more than the total.
         Rates leave out admin. finalised; – means no outcome in the period.

         Outcomes per defendant                     3  Sentences                                     Ancillary orders                        made
          Guilty pleas          1 ██████████████████    Custodial sentences   2                       Serious crime prevention 1
          Convicted after trial 1 ██████████████████    Total months        156                       Travel restriction       1
          Acquitted after trial 1 ██████████████████    Median months        78                       All types                2
          Directed acquittals   0
          Dropped               0                      Confiscation                                  MLA timeliness              as of 2026-11-24
          Admin. finalised      0                       Orders made             1                     Open outgoing             0
                                                        Total ordered    £250,000                     Open incoming             0
         Rates                           vs 2025-2026   Recovered        £100,000                     ! Overdue                 0
          Conviction rate  67% –                        Restraint orders        1                     ↻ To chase                0
          Guilty-plea rate 33% –                        Defendants at each stage:                     Executed                  0
          Admin. finalised: not in the rates.             Order made            1                     Median days sent→executed –

                                                                                                     Caseload               open as of 2026-11-24
                                                                                                      Open                0
                                                                                                      Opened in period    0
                                                                                                      Finalised in period 1











         ? help  [ prev  ] next  p year/qtr/all  b breakdown  Enter cases  Esc back
        """, "dashboard-crime-140x40")
    }
    @Test func drill80() {
        var d = DashboardFixture.driver(Size(width: 80, height: 24))
        d.press(DashboardCommand.cycleBreakdown)
        d.press(DashboardCommand.bottom)
        for _ in 0..<6 { d.press(DashboardCommand.right) }
        d.press(DashboardCommand.open)
        expectScreen(d.screen, """
         CaseDesk · Re…   1 Cases  2 MLA board  3 Dashboard  4 Help  5 Agenda  6 People
         Period 2026-2027  Breakdown crime type        outcomes per defendant · 3 cases
        ┏ Conviction rate · Total · 2026-2027 ━━━━━━ 2 cases · Enter opens · Esc back ━┓
        ┃ Case     Title                      Status            Unit     Lawyer        ┃
        ┃›DASH-001 Operation Alder            Finalised         OCD-LON  Sarah Hughes  ┃
        ┃ DASH-002 Operation Birch            Awaiting trial    OCD-BHM  Amir Khan     ┃
        ┃                                                                              ┃
        ┃                                                                              ┃
        ┃                                                                              ┃
        ┃                                                                              ┃
        ┃                                                                              ┃
        ┃                                                                              ┃
        ┃                                                                              ┃
        ┃                                                                              ┃
        ┃                                                                              ┃
        ┃                                                                              ┃
        ┃                                                                              ┃
        ┃                                                                              ┃
        ┃                                                                              ┃
        ┃                                                                              ┃
        ┃                                                                              ┃
        ┃                                                                              ┃
        ┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛
         ? help  [ prev  ] next  p year/qtr/all  b breakdown  Enter cases  Esc back
        """, "dashboard-drill-80x24")
    }
}
