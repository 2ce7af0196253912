// The screens of the several-value quick filters and of the board's filters
// (Support/Scenarios.swift), at 80x24 and 140x40. Recorded with CASEDESK_RECORD=DIR, then read
// against Support/Fixture.swift.
extension ExpectedScreens {
    static let filters: [String: String] = [
        "boardFiltered-140x40": #"""
 CaseDesk · Fixture Division                                                            1 Cases  2 MLA board  3 Dashboard  4 Help  5 Agenda
 Filter: /ocd  Quick: DE or ES  Ack 1                                                                             ! 1 overdue  ↻ 0 to chase
┏ MLA board ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━ 1 of 7 requests · sort attention ↑ ━┓
┃    Request          Case         Kind  Dir Country                           Due         Days Chased     Lawyer         Mark             ┃
┃Acknowledged (1)                                                                                                                          ┃
┃›!  R-101            OCD-LON-0001 MLA   out ES Spain                          2026-09-01   176 2026-10-30 Sarah Hughes   overdue          ┃
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
 type to filter  Enter keep  Esc clear  ↑↓ history  ^p ^n move
"""#,
        "boardFiltered-80x24": #"""
 CaseDesk · Fixture Divi…   1 Cases  2 MLA board  3 Dashboard  4 Help  5 Agenda
 Filter: /ocd  Quick: DE or ES  Ack 1                 ! 1 overdue  ↻ 0 to chase
┏ MLA board ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━ 1 of 7 requests · sort attention ↑ ━┓
┃    Request          Case         Kind  Country    Due         Days Chased    ┃
┃Acknowledged (1)                                                              ┃
┃›!  R-101            OCD-LON-0001 MLA   ES Spain   2026-09-01   176 2026-10-30┃
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
 type to filter  Enter keep  Esc clear  ↑↓ history  ^p ^n move
"""#,
        "boardQuickValues-140x40": #"""
 CaseDesk · Fixture Division                                                            1 Cases  2 MLA board  3 Dashboard  4 Help  5 Agenda
 Draft 1 · Sent 1 · Ack 1 · In exec 2 · Part exec 1 · Executed 1                                                  ! 2 overdue  ↻ 2 to chase
┏ MLA board ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━ 7 requests · sort attention ↑ ━┓
┃    Request          Case         Kind  Dir Country                           Due         Days Chased     Lawyer         Mark             ┃
┃Draft (1)                                                                                                                                 ┃
┃›   R-401            OCD-NTH-0004 JIT   out FR France                         –              – never      Jane Owen                       ┃
┃Sent (1)                                                                                                                                  ┃
┃    R-201            OCD-BHM-0002 EAW   out PL Poland                         2027-02-01    23 never      Amir Khan                       ┃
┃Acknowledged (1)                                                                                                                          ┃
┃ !  R-101            OCD-LON-0001 MLA   out ES Spain                          2026-09-01   176 2026-10-30 Sarah Hughes   overdue          ┃
┃In execution (2)                                                                                                                          ┃
┃ !↻ R-502            INTL-0005    MLA   in  DE Germany                        2026-10-15   101 never      Amir Khan      overdue, to chase┃
┃ ↻  R-102            OCD-LON-0001 EIO   out NL Netherlands                    2027-01-15    54 2026-10-10 Sarah Hughes   to chase         ┃
┃Partially executed (1)                                                                                                                    ┃
┃    R-501            INTL-0005    MLA   out US United States                  2026-12-31   146 2026-11-20 Amir Khan                       ┃
┃Executed (1)                             ┏ Quick filter: country ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓                                         ┃
┃    R-301            CCU-MER-0003 Extr  o┃ [ ] any                                              ┃ver      Sarah Hughes                    ┃
┃                                         ┃ [ ] AE  United Arab Emirates                         ┃                                         ┃
┃                                         ┃ [x] DE  Germany                                      ┃                                         ┃
┃                                         ┃ [x] ES  Spain                                        ┃                                         ┃
┃                                         ┃ [ ] FR  France                                       ┃                                         ┃
┃                                         ┃ [ ] NL  Netherlands                                  ┃                                         ┃
┃                                         ┃ [ ] PL  Poland                                       ┃                                         ┃
┃                                         ┃ [ ] US  United States                                ┃                                         ┃
┃                                         ┃ Space ticks several · Enter applies · Esc cancels    ┃                                         ┃
┃                                         ┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛                                         ┃
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
 ? help  j move  Enter case  / filter  f quick  s sort  > advance  a note  q back
"""#,
        "boardQuickValues-80x24": #"""
 CaseDesk · Fixture Divi…   1 Cases  2 MLA board  3 Dashboard  4 Help  5 Agenda
 Draft 1 · Sent 1 · Ack 1 · In exec 2 · Part exec 1 … ! 2 overdue  ↻ 2 to chase
┏ MLA board ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━ 7 requests · sort attention ↑ ━┓
┃    Request          Case         Kind  Country    Due         Days Chased    ┃
┃Draft (1)                                                                     ┃
┃›   R-401            OCD-NTH-0004 JIT   FR France  –              – never     ┃
┃Sent (1)                                                                      ┃
┃    R-201  ┏ Quick filter: country ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓ never     ┃
┃Acknowledge┃ [ ] any                                              ┃           ┃
┃ !  R-101  ┃ [ ] AE  United Arab Emirates                         ┃ 2026-10-30┃
┃In executio┃ [x] DE  Germany                                      ┃           ┃
┃ !↻ R-502  ┃ [x] ES  Spain                                        ┃ never     ┃
┃ ↻  R-102  ┃ [ ] FR  France                                       ┃ 2026-10-10┃
┃Partially e┃ [ ] NL  Netherlands                                  ┃           ┃
┃    R-501  ┃ [ ] PL  Poland                                       ┃ 2026-11-20┃
┃Executed (1┃ [ ] US  United States                                ┃           ┃
┃    R-301  ┃ Space ticks several · Enter applies · Esc cancels    ┃ never     ┃
┃           ┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛           ┃
┃                                                                              ┃
┃                                                                              ┃
┃                                                                              ┃
┃                                                                              ┃
┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛
 ? help  j move  Enter case  / filter  f quick  s sort  > advance  a note
"""#,
        "quickSeveral-140x40": #"""
 CaseDesk · Fixture Division                                                            1 Cases  2 MLA board  3 Dashboard  4 Help  5 Agenda
 Filter: none  Sort: id ↑  Quick: open, Drugs or CSE                                                             1 of 6 cases · ✗ 1 damaged
┏ Cases ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓
┃   ID↑          Title                   Crime       Unit     Lawyer       Status           Def Hearing    Deadline   Opened     Updated   ┃
┃›! OCD-LON-0001 Operation Kestrel       Drugs, ML   OCD-LON  Sarah Hughes Awaiting trial     3 2026-12-07 2026-09-01 2025-02-03 2026-11-20┃
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
┌ Detail ──────────────────────────────────────── OFFICIAL-SENSITIVE ┐┌ Requests (2) ──────────────────────────────────────────────────────┐
│OFFICIAL-SENSITIVE                                                  ││   Kind  Ctry Status                        Due        Days Mark    │
│Operation Kestrel                                                   ││ ! MLA   ES   Acknowledged                  2026-09-01  176 overdue │
│OCD-LON-0001 · URN 01YE1234513                                      ││ ↻ EIO   NL   In execution                  2027-01-15   54 to chase│
│Status: Awaiting trial                                              ││                                                                    │
│Unit: OCD-LON Organised Crime Division London                       ││                                                                    │
│Lawyer: Sarah Hughes                                                ││                                                                    │
│Crime: Drug trafficking, Money laundering                           ││                                                                    │
│Opened: 2025-02-03                                                  ││                                                                    │
│Next hearing: 2026-12-07 Trial, Southwark Crown Court               ││                                                                    │
│Defendants (3)                                                      ││                                                                    │
│  Marcus Hale · In custody                                          ││                                                                    │
│  Elena Petrova · On bail                                           ││                                                                    │
│  Ruben Ortega · Abroad                                             ││                                                                    │
│Requests: 2 · ! 1 overdue · ↻ 1 to chase                            ││                                                                    │
│Notes: 2                                                            ││                                                                    │
│                                                                    ││                                                                    │
│                                                                    ││                                                                    │
└────────────────────────────────────────────────────────────────────┘└────────────────────────────────────────────────────────────────────┘
 ? help  j move  Enter open  Tab pane  / filter  s sort  f quick  e edit  q quit
"""#,
        "quickSeveral-80x24": #"""
 CaseDesk · Fixture Divi…   1 Cases  2 MLA board  3 Dashboard  4 Help  5 Agenda
 Filter: none  Sort: id ↑  Quick: open, Drugs or CSE 1 of 6 cases · ✗ 1 damaged
┏ Cases ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓
┃   ID↑          Title                    Status          Hearing    Deadline  ┃
┃›! OCD-LON-0001 Operation Kestrel        Awaiting trial  2026-12-07 2026-09-01┃
┃                                                                              ┃
┃                                                                              ┃
┃                                                                              ┃
┃                                                                              ┃
┃                                                                              ┃
┃                                                                              ┃
┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛
┌ Detail ────────── OFFICIAL-SENSITIVE ┐┌ Requests (2) ────────────────────────┐
│OFFICIAL-SENSITIVE                    ││   Kind  Ctry Status   Due        Days│
│Operation Kestrel                     ││ ! MLA   ES   Acknowl… 2026-09-01  176│
│OCD-LON-0001 · URN 01YE1234513        ││ ↻ EIO   NL   In exec… 2027-01-15   54│
│Status: Awaiting trial                ││                                      │
│Unit: OCD-LON Organised Crime Division││                                      │
│      London                          ││                                      │
│Lawyer: Sarah Hughes                  ││                                      │
│Crime: Drug trafficking, Money        ││                                      │
│       laundering                     ││                                      │
└───────────────────────────── 1-9/18 ─┘└──────────────────────────────────────┘
 ? help  j move  Enter open  Tab pane  / filter  s sort  f quick  e edit
"""#,
        "quickValues-140x40": #"""
 CaseDesk · Fixture Division                                                            1 Cases  2 MLA board  3 Dashboard  4 Help  5 Agenda
 Filter: none  Sort: id ↑                                                                                        6 of 6 cases · ✗ 1 damaged
┏ Cases ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓
┃   ID↑          Title                   Crime       Unit     Lawyer       Status           Def Hearing    Deadline   Opened     Updated   ┃
┃›  CCU-MER-0003 Operation Larch         Fraud       CCU-MER  Sarah Hughes Post-conviction    2 –          2035-03-02 2023-06-01 2026-05-21┃
┃ ! INTL-0005    Operation Wren          Cyber       INTL     Amir Khan    At trial           1 –          2026-09-12 2024-11-01 2026-11-20┃
┃   OCD-BHM-0002 Operation Merlin        OIC, Traff… OCD-BHM  Amir Khan    Charged            1 2027-01-12 2026-11-29 2026-03-10 2026-11-01┃
┃ ! OCD-LON-0001 Operation Kestrel       Drugs, ML   OCD-LON  Sarah Hughes Awaiting trial     3 2026-12-07 2026-09-01 2025-02-03 2026-11-20┃
┃   OCD-LON-0006 Operation Heron         CSE         OCD-LON  Jane Owen    Finalised          1 –          –          2024-01-08 2025-09-30┃
┃   OCD-NTH-0004 Operation Tern          Firearms    OCD-NTH  Jane Owen    Pre-charge         0 –          –          2026-09-14 2026-11-10┃
┃ ✗ OCD-LON-0007 damaged: expected ',' …                                   damaged                                                         ┃
┃                                                                                                                                          ┃
┃                                                                                                                                          ┃
┃                                         ┏ Quick filter: crime type ━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓                                         ┃
┃                                         ┃ [ ] any                                              ┃                                         ┃
┃                                         ┃ [x] Drug trafficking                                 ┃                                         ┃
┃                                         ┃ [ ] Firearms trafficking                             ┃                                         ┃
┃                                         ┃ [ ] Organised immigration crime                      ┃                                         ┃
┃                                         ┃ [ ] Human trafficking                                ┃                                         ┃
┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┃ [x] Child sexual exploitation                        ┃━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛
┌ Detail ─────────────────────────────────┃ [ ] Cyber crime                                      ┃─────────────────────────────────────────┐
│OFFICIAL                                 ┃ [ ] Money laundering                                 ┃                 Due        Days Mark    │
│Operation Larch                          ┃ [ ] Organised acquisitive crime                      ┃                 2024-08-01  224         │
│CCU-MER-0003                             ┃ [ ] Fraud                                            ┃                                         │
│Status: Post-conviction                  ┃ [ ] Other                                            ┃                                         │
│Unit: CCU-MER Complex Casework Unit Merse┃ Space ticks several · Enter applies · Esc cancels    ┃                                         │
│Lawyer: Sarah Hughes                     ┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛                                         │
│Crime: Fraud                                                        ││                                                                    │
│Opened: 2023-06-01                                                  ││                                                                    │
│Next hearing: none listed                                           ││                                                                    │
│Defendants (2)                                                      ││                                                                    │
│  Graham Tully · In custody · Guilty plea                           ││                                                                    │
│  Paula Reyes · On bail · Convicted after trial                     ││                                                                    │
│Requests: 1                                                         ││                                                                    │
│Notes: 0                                                            ││                                                                    │
│                                                                    ││                                                                    │
│                                                                    ││                                                                    │
│                                                                    ││                                                                    │
└────────────────────────────────────────────────────────────────────┘└────────────────────────────────────────────────────────────────────┘
 ? help  j move  Enter open  Tab pane  / filter  s sort  f quick  e edit  q quit
"""#,
        "quickValues-80x24": #"""
 CaseDesk · Fixture Divi…   1 Cases  2 MLA board  3 Dashboard  4 Help  5 Agenda
 Filter: none  Sort: id ↑                            6 of 6 cases · ✗ 1 damaged
┏ Cases ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓
┃   ID↑          Title                    Status          Hearing    Deadline  ┃
┃›  CCU-MER-0003 Operation Larch          Post-conviction –          2035-03-02┃
┃ ! INTL-000┏ Quick filter: crime type ━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓ 2026-09-12┃
┃   OCD-BHM-┃ [ ] any                                              ┃ 2026-11-29┃
┃ ! OCD-LON-┃ [x] Drug trafficking                                 ┃ 2026-09-01┃
┃   OCD-LON-┃ [ ] Firearms trafficking                             ┃ –         ┃
┃   OCD-NTH-┃ [ ] Organised immigration crime                      ┃ –         ┃
┃ ✗ OCD-LON-┃ [ ] Human trafficking                                ┃           ┃
┗━━━━━━━━━━━┃ [x] Child sexual exploitation                        ┃━━━━━━━━━━━┛
┌ Detail ───┃ [ ] Cyber crime                                      ┃───────────┐
│OFFICIAL   ┃ [ ] Money laundering                                 ┃       Days│
│Operation L┃ [ ] Organised acquisitive crime                      ┃-08-01  224│
│CCU-MER-000┃ [ ] Fraud                                            ┃           │
│Status: Pos┃ [ ] Other                                            ┃           │
│Unit: CCU-M┃ Space ticks several · Enter applies · Esc cancels    ┃           │
│      Merse┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛           │
│Lawyer: Sarah Hughes                  ││                                      │
│Crime: Fraud                          ││                                      │
│Opened: 2023-06-01                    ││                                      │
└───────────────────────────── 1-9/17 ─┘└──────────────────────────────────────┘
 ? help  j move  Enter open  Tab pane  / filter  s sort  f quick  e edit
"""#,
    ]
}
