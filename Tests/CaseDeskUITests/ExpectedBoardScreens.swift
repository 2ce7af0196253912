// The screens a user sees in each scenario of Support/Scenarios.swift, at 80x24 and 140x40.
// Recorded once with CASEDESK_RECORD=DIR, then read line by line against Support/Fixture.swift.
extension ExpectedScreens {
    static let board: [String: String] = [
        "board-80x24": #"""
 CaseDesk · Fixture Divi…   1 Cases  2 MLA board  3 Dashboard  4 Help  5 Agenda
 Draft 1 · Sent 1 · Ack 1 · In exec 2 · Part exec 1 … ! 2 overdue  ↻ 2 to chase
┏ MLA board ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━ 7 requests · sort attention ↑ ━┓
┃    Request          Case         Kind  Country    Due         Days Chased    ┃
┃Draft (1)                                                                     ┃
┃    R-401            OCD-NTH-0004 JIT   FR France  –              – never     ┃
┃Sent (1)                                                                      ┃
┃›   R-201            OCD-BHM-0002 EAW   PL Poland  2027-02-01    23 never     ┃
┃Acknowledged (1)                                                              ┃
┃ !  R-101            OCD-LON-0001 MLA   ES Spain   2026-09-01   176 2026-10-30┃
┃In execution (2)                                                              ┃
┃ !↻ R-502            INTL-0005    MLA   DE Germany 2026-10-15   101 never     ┃
┃ ↻  R-102            OCD-LON-0001 EIO   NL Nether… 2027-01-15    54 2026-10-10┃
┃Partially executed (1)                                                        ┃
┃    R-501            INTL-0005    MLA   US United… 2026-12-31   146 2026-11-20┃
┃Executed (1)                                                                  ┃
┃    R-301            CCU-MER-0003 Extr  AE United… 2024-08-01   224 never     ┃
┃                                                                              ┃
┃                                                                              ┃
┃                                                                              ┃
┃                                                                              ┃
┃                                                                              ┃
┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛
 ? help  j move  Enter case  / filter  f quick  s sort  c chase  > advance
"""#,
        "board-140x40": #"""
 CaseDesk · Fixture Division                                                            1 Cases  2 MLA board  3 Dashboard  4 Help  5 Agenda
 Draft 1 · Sent 1 · Ack 1 · In exec 2 · Part exec 1 · Executed 1                                                  ! 2 overdue  ↻ 2 to chase
┏ MLA board ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━ 7 requests · sort attention ↑ ━┓
┃    Request          Case         Kind  Dir Country                           Due         Days Chased     Lawyer         Mark             ┃
┃Draft (1)                                                                                                                                 ┃
┃    R-401            OCD-NTH-0004 JIT   out FR France                         –              – never      Jane Owen                       ┃
┃Sent (1)                                                                                                                                  ┃
┃›   R-201            OCD-BHM-0002 EAW   out PL Poland                         2027-02-01    23 never      Amir Khan                       ┃
┃Acknowledged (1)                                                                                                                          ┃
┃ !  R-101            OCD-LON-0001 MLA   out ES Spain                          2026-09-01   176 2026-10-30 Sarah Hughes   overdue          ┃
┃In execution (2)                                                                                                                          ┃
┃ !↻ R-502            INTL-0005    MLA   in  DE Germany                        2026-10-15   101 never      Amir Khan      overdue, to chase┃
┃ ↻  R-102            OCD-LON-0001 EIO   out NL Netherlands                    2027-01-15    54 2026-10-10 Sarah Hughes   to chase         ┃
┃Partially executed (1)                                                                                                                    ┃
┃    R-501            INTL-0005    MLA   out US United States                  2026-12-31   146 2026-11-20 Amir Khan                       ┃
┃Executed (1)                                                                                                                              ┃
┃    R-301            CCU-MER-0003 Extr  out AE United Arab Emirates           2024-08-01   224 never      Sarah Hughes                    ┃
┃                                                                                                                                          ┃
┃                                                                                                                                          ┃
┃                                                                                                                                          ┃
┃                                                                                                                                          ┃
┃                                                                                                                                          ┃
┃                                                                                                                                          ┃
┃                                                                                                                                          ┃
┃                                                                                                                                          ┃
┃                                                                                                                                          ┃
┃                                                                                                                                          ┃
┃                                                                                                                                          ┃
┃                                                                                                                                          ┃
┃                                                                                                                                          ┃
┃                                                                                                                                          ┃
┃                                                                                                                                          ┃
┃                                                                                                                                          ┃
┃                                                                                                                                          ┃
┃                                                                                                                                          ┃
┃                                                                                                                                          ┃
┃                                                                                                                                          ┃
┃                                                                                                                                          ┃
┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛
 ? help  j move  Enter case  / filter  f quick  s sort  c chase  > advance  a note  q back
"""#,
        "chase-80x24": #"""
 CaseDesk · Fixture Divi…   1 Cases  2 MLA board  3 Dashboard  4 Help  5 Agenda
 Draft 1 · Sent 1 · Ack 1 · In exec 2 · Part exec 1 … ! 2 overdue  ↻ 2 to chase
┏ MLA board ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━ 7 requests · sort attention ↑ ━┓
┃    Request          Case         Kind  Country    Due         Days Chased    ┃
┃Draft (1)                                                                     ┃
┃    R-401            OCD-NTH-0004 JIT   FR France  –              – never     ┃
┃Sent (1)                                                                      ┃
┃    R-201            OCD-BHM-0002 EAW   PL Poland  2027-02-01    23 never     ┃
┃Acknowledged (1)                                                              ┃
┃›!  R-101            OCD-LON-0001 MLA   ES Spain   2026-09-01   176 2026-11-24┃
┃In execution (2)                                                              ┃
┃ !↻ R-502            INTL-0005    MLA   DE Germany 2026-10-15   101 never     ┃
┃ ↻  R-102            OCD-LON-0001 EIO   NL Nether… 2027-01-15    54 2026-10-10┃
┃Partially executed (1)                                                        ┃
┃    R-501            INTL-0005    MLA   US United… 2026-12-31   146 2026-11-20┃
┃Executed (1)                                                                  ┃
┃    R-301            CCU-MER-0003 Extr  AE United… 2024-08-01   224 never     ┃
┃                                                                              ┃
┃                                                                              ┃
┃                                                                              ┃
┃                                                                              ┃
┃                                                                              ┃
┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛
 Chase of R-101 recorded (2026-11-24).
"""#,
        "chase-140x40": #"""
 CaseDesk · Fixture Division                                                            1 Cases  2 MLA board  3 Dashboard  4 Help  5 Agenda
 Draft 1 · Sent 1 · Ack 1 · In exec 2 · Part exec 1 · Executed 1                                                  ! 2 overdue  ↻ 2 to chase
┏ MLA board ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━ 7 requests · sort attention ↑ ━┓
┃    Request          Case         Kind  Dir Country                           Due         Days Chased     Lawyer         Mark             ┃
┃Draft (1)                                                                                                                                 ┃
┃    R-401            OCD-NTH-0004 JIT   out FR France                         –              – never      Jane Owen                       ┃
┃Sent (1)                                                                                                                                  ┃
┃    R-201            OCD-BHM-0002 EAW   out PL Poland                         2027-02-01    23 never      Amir Khan                       ┃
┃Acknowledged (1)                                                                                                                          ┃
┃›!  R-101            OCD-LON-0001 MLA   out ES Spain                          2026-09-01   176 2026-11-24 Sarah Hughes   overdue          ┃
┃In execution (2)                                                                                                                          ┃
┃ !↻ R-502            INTL-0005    MLA   in  DE Germany                        2026-10-15   101 never      Amir Khan      overdue, to chase┃
┃ ↻  R-102            OCD-LON-0001 EIO   out NL Netherlands                    2027-01-15    54 2026-10-10 Sarah Hughes   to chase         ┃
┃Partially executed (1)                                                                                                                    ┃
┃    R-501            INTL-0005    MLA   out US United States                  2026-12-31   146 2026-11-20 Amir Khan                       ┃
┃Executed (1)                                                                                                                              ┃
┃    R-301            CCU-MER-0003 Extr  out AE United Arab Emirates           2024-08-01   224 never      Sarah Hughes                    ┃
┃                                                                                                                                          ┃
┃                                                                                                                                          ┃
┃                                                                                                                                          ┃
┃                                                                                                                                          ┃
┃                                                                                                                                          ┃
┃                                                                                                                                          ┃
┃                                                                                                                                          ┃
┃                                                                                                                                          ┃
┃                                                                                                                                          ┃
┃                                                                                                                                          ┃
┃                                                                                                                                          ┃
┃                                                                                                                                          ┃
┃                                                                                                                                          ┃
┃                                                                                                                                          ┃
┃                                                                                                                                          ┃
┃                                                                                                                                          ┃
┃                                                                                                                                          ┃
┃                                                                                                                                          ┃
┃                                                                                                                                          ┃
┃                                                                                                                                          ┃
┃                                                                                                                                          ┃
┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛
 Chase of R-101 recorded (2026-11-24).
"""#,
        "help-80x24": #"""
 CaseDesk · Fixture Divi…   1 Cases  2 MLA board  3 Dashboard  4 Help  5 Agenda
 Keys in force (defaults unless changed in the config file)
┏ Help: Cases ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓
┃Cases                                                                         ┃
┃  Move                                                                        ┃
┃    k Up               move up                                                ┃
┃    j Down             move down                                              ┃
┃    g Home             first row                                              ┃
┃    G End              last row                                               ┃
┃    PgUp Ctrl-u        page up                                                ┃
┃    PgDn Ctrl-d        page down                                              ┃
┃    Enter l            open the case (a damaged case: its problems)           ┃
┃    Esc h              clear the filter and quick filters                     ┃
┃    Tab                next pane                                              ┃
┃    Shift-Tab          previous pane                                          ┃
┃  Find                                                                        ┃
┃    /                  filter as you type (id, title, names, offences,        ┃
┃                       countries)                                             ┃
┃    n                  next match                                             ┃
┃    N                  previous match                                         ┃
┃    s                  cycle the sort column                                  ┃
┃    S                  reverse the sort                                       ┃
┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━ 1-19/113 ━┛
 ? help  j scroll  Esc back  / search
"""#,
        "help-140x40": #"""
 CaseDesk · Fixture Division                                                            1 Cases  2 MLA board  3 Dashboard  4 Help  5 Agenda
 Keys in force (defaults unless changed in the config file)
┏ Help: Cases ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓
┃Cases                                                                                                                                     ┃
┃  Move                                                                                                                                    ┃
┃    k Up               move up                                                                                                            ┃
┃    j Down             move down                                                                                                          ┃
┃    g Home             first row                                                                                                          ┃
┃    G End              last row                                                                                                           ┃
┃    PgUp Ctrl-u        page up                                                                                                            ┃
┃    PgDn Ctrl-d        page down                                                                                                          ┃
┃    Enter l            open the case (a damaged case: its problems)                                                                       ┃
┃    Esc h              clear the filter and quick filters                                                                                 ┃
┃    Tab                next pane                                                                                                          ┃
┃    Shift-Tab          previous pane                                                                                                      ┃
┃  Find                                                                                                                                    ┃
┃    /                  filter as you type (id, title, names, offences, countries)                                                         ┃
┃    n                  next match                                                                                                         ┃
┃    N                  previous match                                                                                                     ┃
┃    s                  cycle the sort column                                                                                              ┃
┃    S                  reverse the sort                                                                                                   ┃
┃    f                  quick filters: status, crime type, unit, lawyer (Space ticks several values), open, mine, overdue, CTL at risk, no ┃
┃                       next action                                                                                                        ┃
┃    F                  clear every quick filter                                                                                           ┃
┃  Requests                                                                                                                                ┃
┃    c                  record a chase on the selected request (Requests pane)                                                             ┃
┃    >                  move the selected request to its next status (Requests pane)                                                       ┃
┃  Change                                                                                                                                  ┃
┃    a                  add a case                                                                                                         ┃
┃    e                  edit the selected case                                                                                             ┃
┃    d                  delete the selected case                                                                                           ┃
┃    E                  edit the case as JSON in $EDITOR                                                                                   ┃
┃    u                  undo the last change of this session                                                                               ┃
┃    Ctrl-r             redo                                                                                                               ┃
┃  Hand off                                                                                                                                ┃
┃    y                  copy the case id (Requests pane: the request id) to the clipboard (OSC 52)                                         ┃
┃    o                  the whole case as text in $PAGER (less -R)                                                                         ┃
┃                                                                                                                                          ┃
┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━ 1-35/94 ━┛
 ? help  j scroll  Esc back  / search
"""#,
    ]
}
