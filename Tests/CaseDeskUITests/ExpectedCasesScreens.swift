// The screens a user sees in each scenario of Support/Scenarios.swift, at 80x24 and 140x40.
// Recorded once with CASEDESK_RECORD=DIR, then read line by line against Support/Fixture.swift.
extension ExpectedScreens {
    static let cases: [String: String] = [
        "home-80x24": #"""
 CaseDesk · Fixture Divi…   1 Cases  2 MLA board  3 Dashboard  4 Help  5 Agenda
 Filter: none  Sort: id ↑                            6 of 6 cases · ✗ 1 damaged
┏ Cases ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓
┃   ID↑          Title                    Status          Hearing    Deadline  ┃
┃   CCU-MER-0003 Operation Larch          Post-conviction –          2035-03-02┃
┃›! INTL-0005    Operation Wren           At trial        –          2026-09-12┃
┃   OCD-BHM-0002 Operation Merlin         Charged         2027-01-12 2026-11-29┃
┃ ! OCD-LON-0001 Operation Kestrel        Awaiting trial  2026-12-07 2026-09-01┃
┃   OCD-LON-0006 Operation Heron          Finalised       –          –         ┃
┃   OCD-NTH-0004 Operation Tern           Pre-charge      –          –         ┃
┃ ✗ OCD-LON-0007 damaged: expected ',' o… damaged                              ┃
┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛
┌ Detail ────────── OFFICIAL-SENSITIVE ┐┌ Requests (2) ────────────────────────┐
│OFFICIAL-SENSITIVE                    ││   Kind  Ctry Status   Due        Days│
│Operation Wren                        ││   MLA   US   Partial… 2026-12-31  146│
│INTL-0005                             ││ ! MLA   DE   In exec… 2026-10-15  101│
│Status: At trial                      ││                                      │
│Unit: INTL International Division     ││                                      │
│Lawyer: Amir Khan                     ││                                      │
│Crime: Cyber crime                    ││                                      │
│Opened: 2024-11-01                    ││                                      │
│Next hearing: none listed             ││                                      │
└───────────────────────────── 1-9/13 ─┘└──────────────────────────────────────┘
 ? help  j move  Enter open  Tab pane  / filter  s sort  f quick  e edit
"""#,
        "home-140x40": #"""
 CaseDesk · Fixture Division                                                            1 Cases  2 MLA board  3 Dashboard  4 Help  5 Agenda
 Filter: none  Sort: id ↑                                                                                        6 of 6 cases · ✗ 1 damaged
┏ Cases ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓
┃   ID↑          Title                   Crime       Unit     Lawyer       Status           Def Hearing    Deadline   Opened     Updated   ┃
┃   CCU-MER-0003 Operation Larch         Fraud       CCU-MER  Sarah Hughes Post-conviction    2 –          2035-03-02 2023-06-01 2026-05-21┃
┃›! INTL-0005    Operation Wren          Cyber       INTL     Amir Khan    At trial           1 –          2026-09-12 2024-11-01 2026-11-20┃
┃   OCD-BHM-0002 Operation Merlin        OIC, Traff… OCD-BHM  Amir Khan    Charged            1 2027-01-12 2026-11-29 2026-03-10 2026-11-01┃
┃ ! OCD-LON-0001 Operation Kestrel       Drugs, ML   OCD-LON  Sarah Hughes Awaiting trial     3 2026-12-07 2026-09-01 2025-02-03 2026-11-20┃
┃   OCD-LON-0006 Operation Heron         CSE         OCD-LON  Jane Owen    Finalised          1 –          –          2024-01-08 2025-09-30┃
┃   OCD-NTH-0004 Operation Tern          Firearms    OCD-NTH  Jane Owen    Pre-charge         0 –          –          2026-09-14 2026-11-10┃
┃ ✗ OCD-LON-0007 damaged: expected ',' …                                   damaged                                                         ┃
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
│Operation Wren                                                      ││   MLA   US   Partially executed            2026-12-31  146         │
│INTL-0005                                                           ││ ! MLA   DE   In execution                  2026-10-15  101 overdue │
│Status: At trial                                                    ││                                                                    │
│Unit: INTL International Division                                   ││                                                                    │
│Lawyer: Amir Khan                                                   ││                                                                    │
│Crime: Cyber crime                                                  ││                                                                    │
│Opened: 2024-11-01                                                  ││                                                                    │
│Next hearing: none listed                                           ││                                                                    │
│Defendants (1)                                                      ││                                                                    │
│  Viktor Lind · In custody                                          ││                                                                    │
│Requests: 2 · ! 1 overdue                                           ││                                                                    │
│Notes: 0                                                            ││                                                                    │
│                                                                    ││                                                                    │
│                                                                    ││                                                                    │
│                                                                    ││                                                                    │
│                                                                    ││                                                                    │
└────────────────────────────────────────────────────────────────────┘└────────────────────────────────────────────────────────────────────┘
 ? help  j move  Enter open  Tab pane  / filter  s sort  f quick  e edit  q quit
"""#,
        "filter-80x24": #"""
 CaseDesk · Fixture Divi…   1 Cases  2 MLA board  3 Dashboard  4 Help  5 Agenda
 Filter: /kest  Sort: id ↑                           1 of 6 cases · ✗ 1 damaged
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
 type to filter  Enter keep  Esc clear  ↑↓ history  ^p ^n move
"""#,
        "filter-140x40": #"""
 CaseDesk · Fixture Division                                                            1 Cases  2 MLA board  3 Dashboard  4 Help  5 Agenda
 Filter: /kest  Sort: id ↑                                                                                       1 of 6 cases · ✗ 1 damaged
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
 type to filter  Enter keep  Esc clear  ↑↓ history  ^p ^n move
"""#,
        "quickFilterMenu-80x24": #"""
 CaseDesk · Fixture Divi…   1 Cases  2 MLA board  3 Dashboard  4 Help  5 Agenda
 Filter: none  Sort: id ↑  Quick: overdue            2 of 6 cases · ✗ 1 damaged
┏ Cases ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓
┃   ID↑          Title                    Status          Hearing    Deadline  ┃
┃›! INTL-0005    Operation Wren           At trial        –          2026-09-12┃
┃ ! OCD-LON-0001 Operation Kestrel        Awaiting trial  2026-12-07 2026-09-01┃
┃           ┏ Quick filter ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓           ┃
┃           ┃ s  status                 any                        ┃           ┃
┃           ┃ c  crime type             any                        ┃           ┃
┃           ┃ u  unit                   any                        ┃           ┃
┃           ┃ l  lawyer                 any                        ┃           ┃
┗━━━━━━━━━━━┃ f  open (not finalised)   off                        ┃━━━━━━━━━━━┛
┌ Detail ───┃ m  mine (my cases)        off                        ┃───────────┐
│OFFICIAL-SE┃ o  overdue requests       on                         ┃       Days│
│Operation W┃ r  CTL at risk or expired                            ┃-12-31  146│
│INTL-0005  ┃ n  no next action                                    ┃-10-15  101│
│Status: At ┃ x  clear quick filters                               ┃           │
│Unit: INTL ┃ Esc closes                                           ┃           │
│Lawyer: Ami┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛           │
│Crime: Cyber crime                    ││                                      │
│Opened: 2024-11-01                    ││                                      │
│Next hearing: none listed             ││                                      │
└───────────────────────────── 1-9/13 ─┘└──────────────────────────────────────┘
 ? help  j move  Enter open  Tab pane  / filter  s sort  f quick  e edit
"""#,
        "quickFilterMenu-140x40": #"""
 CaseDesk · Fixture Division                                                            1 Cases  2 MLA board  3 Dashboard  4 Help  5 Agenda
 Filter: none  Sort: id ↑  Quick: overdue                                                                        2 of 6 cases · ✗ 1 damaged
┏ Cases ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓
┃   ID↑          Title                   Crime       Unit     Lawyer       Status           Def Hearing    Deadline   Opened     Updated   ┃
┃›! INTL-0005    Operation Wren          Cyber       INTL     Amir Khan    At trial           1 –          2026-09-12 2024-11-01 2026-11-20┃
┃ ! OCD-LON-0001 Operation Kestrel       Drugs, ML   OCD-LON  Sarah Hughes Awaiting trial     3 2026-12-07 2026-09-01 2025-02-03 2026-11-20┃
┃                                                                                                                                          ┃
┃                                                                                                                                          ┃
┃                                                                                                                                          ┃
┃                                                                                                                                          ┃
┃                                                                                                                                          ┃
┃                                                                                                                                          ┃
┃                                                                                                                                          ┃
┃                                                                                                                                          ┃
┃                                         ┏ Quick filter ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓                                         ┃
┃                                         ┃ s  status                 any                        ┃                                         ┃
┃                                         ┃ c  crime type             any                        ┃                                         ┃
┃                                         ┃ u  unit                   any                        ┃                                         ┃
┃                                         ┃ l  lawyer                 any                        ┃                                         ┃
┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┃ f  open (not finalised)   off                        ┃━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛
┌ Detail ─────────────────────────────────┃ m  mine (my cases)        off                        ┃─────────────────────────────────────────┐
│OFFICIAL-SENSITIVE                       ┃ o  overdue requests       on                         ┃                 Due        Days Mark    │
│Operation Wren                           ┃ r  CTL at risk or expired                            ┃cuted            2026-12-31  146         │
│INTL-0005                                ┃ n  no next action                                    ┃                 2026-10-15  101 overdue │
│Status: At trial                         ┃ x  clear quick filters                               ┃                                         │
│Unit: INTL International Division        ┃ Esc closes                                           ┃                                         │
│Lawyer: Amir Khan                        ┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛                                         │
│Crime: Cyber crime                                                  ││                                                                    │
│Opened: 2024-11-01                                                  ││                                                                    │
│Next hearing: none listed                                           ││                                                                    │
│Defendants (1)                                                      ││                                                                    │
│  Viktor Lind · In custody                                          ││                                                                    │
│Requests: 2 · ! 1 overdue                                           ││                                                                    │
│Notes: 0                                                            ││                                                                    │
│                                                                    ││                                                                    │
│                                                                    ││                                                                    │
│                                                                    ││                                                                    │
│                                                                    ││                                                                    │
└────────────────────────────────────────────────────────────────────┘└────────────────────────────────────────────────────────────────────┘
 ? help  j move  Enter open  Tab pane  / filter  s sort  f quick  e edit  q quit
"""#,
        "quickFilter-80x24": #"""
 CaseDesk · Fixture Divi…   1 Cases  2 MLA board  3 Dashboard  4 Help  5 Agenda
 Filter: none  Sort: id ↑  Quick: overdue            2 of 6 cases · ✗ 1 damaged
┏ Cases ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓
┃   ID↑          Title                    Status          Hearing    Deadline  ┃
┃›! INTL-0005    Operation Wren           At trial        –          2026-09-12┃
┃ ! OCD-LON-0001 Operation Kestrel        Awaiting trial  2026-12-07 2026-09-01┃
┃                                                                              ┃
┃                                                                              ┃
┃                                                                              ┃
┃                                                                              ┃
┃                                                                              ┃
┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛
┌ Detail ────────── OFFICIAL-SENSITIVE ┐┌ Requests (2) ────────────────────────┐
│OFFICIAL-SENSITIVE                    ││   Kind  Ctry Status   Due        Days│
│Operation Wren                        ││   MLA   US   Partial… 2026-12-31  146│
│INTL-0005                             ││ ! MLA   DE   In exec… 2026-10-15  101│
│Status: At trial                      ││                                      │
│Unit: INTL International Division     ││                                      │
│Lawyer: Amir Khan                     ││                                      │
│Crime: Cyber crime                    ││                                      │
│Opened: 2024-11-01                    ││                                      │
│Next hearing: none listed             ││                                      │
└───────────────────────────── 1-9/13 ─┘└──────────────────────────────────────┘
 ? help  j move  Enter open  Tab pane  / filter  s sort  f quick  e edit
"""#,
        "quickFilter-140x40": #"""
 CaseDesk · Fixture Division                                                            1 Cases  2 MLA board  3 Dashboard  4 Help  5 Agenda
 Filter: none  Sort: id ↑  Quick: overdue                                                                        2 of 6 cases · ✗ 1 damaged
┏ Cases ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓
┃   ID↑          Title                   Crime       Unit     Lawyer       Status           Def Hearing    Deadline   Opened     Updated   ┃
┃›! INTL-0005    Operation Wren          Cyber       INTL     Amir Khan    At trial           1 –          2026-09-12 2024-11-01 2026-11-20┃
┃ ! OCD-LON-0001 Operation Kestrel       Drugs, ML   OCD-LON  Sarah Hughes Awaiting trial     3 2026-12-07 2026-09-01 2025-02-03 2026-11-20┃
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
│Operation Wren                                                      ││   MLA   US   Partially executed            2026-12-31  146         │
│INTL-0005                                                           ││ ! MLA   DE   In execution                  2026-10-15  101 overdue │
│Status: At trial                                                    ││                                                                    │
│Unit: INTL International Division                                   ││                                                                    │
│Lawyer: Amir Khan                                                   ││                                                                    │
│Crime: Cyber crime                                                  ││                                                                    │
│Opened: 2024-11-01                                                  ││                                                                    │
│Next hearing: none listed                                           ││                                                                    │
│Defendants (1)                                                      ││                                                                    │
│  Viktor Lind · In custody                                          ││                                                                    │
│Requests: 2 · ! 1 overdue                                           ││                                                                    │
│Notes: 0                                                            ││                                                                    │
│                                                                    ││                                                                    │
│                                                                    ││                                                                    │
│                                                                    ││                                                                    │
│                                                                    ││                                                                    │
└────────────────────────────────────────────────────────────────────┘└────────────────────────────────────────────────────────────────────┘
 ? help  j move  Enter open  Tab pane  / filter  s sort  f quick  e edit  q quit
"""#,
        "sort-80x24": #"""
 CaseDesk · Fixture Divi…   1 Cases  2 MLA board  3 Dashboard  4 Help  5 Agenda
 Filter: none  Sort: title ↓                         6 of 6 cases · ✗ 1 damaged
┏ Cases ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓
┃   ID           Title↓                   Status          Hearing    Deadline  ┃
┃ ! INTL-0005    Operation Wren           At trial        –          2026-09-12┃
┃   OCD-NTH-0004 Operation Tern           Pre-charge      –          –         ┃
┃   OCD-BHM-0002 Operation Merlin         Charged         2027-01-12 2026-11-29┃
┃›  CCU-MER-0003 Operation Larch          Post-conviction –          2035-03-02┃
┃ ! OCD-LON-0001 Operation Kestrel        Awaiting trial  2026-12-07 2026-09-01┃
┃   OCD-LON-0006 Operation Heron          Finalised       –          –         ┃
┃ ✗ OCD-LON-0007 damaged: expected ',' o… damaged                              ┃
┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛
┌ Detail ──────────────────── OFFICIAL ┐┌ Requests (1) ────────────────────────┐
│OFFICIAL                              ││   Kind  Ctry Status   Due        Days│
│Operation Larch                       ││   Extr  AE   Executed 2024-08-01  224│
│CCU-MER-0003                          ││                                      │
│Status: Post-conviction               ││                                      │
│Unit: CCU-MER Complex Casework Unit   ││                                      │
│      Merseyside                      ││                                      │
│Lawyer: Sarah Hughes                  ││                                      │
│Crime: Fraud                          ││                                      │
│Opened: 2023-06-01                    ││                                      │
└───────────────────────────── 1-9/17 ─┘└──────────────────────────────────────┘
 ? help  j move  Enter open  Tab pane  / filter  s sort  f quick  e edit
"""#,
        "sort-140x40": #"""
 CaseDesk · Fixture Division                                                            1 Cases  2 MLA board  3 Dashboard  4 Help  5 Agenda
 Filter: none  Sort: title ↓                                                                                     6 of 6 cases · ✗ 1 damaged
┏ Cases ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓
┃   ID           Title↓                  Crime       Unit     Lawyer       Status           Def Hearing    Deadline   Opened     Updated   ┃
┃ ! INTL-0005    Operation Wren          Cyber       INTL     Amir Khan    At trial           1 –          2026-09-12 2024-11-01 2026-11-20┃
┃   OCD-NTH-0004 Operation Tern          Firearms    OCD-NTH  Jane Owen    Pre-charge         0 –          –          2026-09-14 2026-11-10┃
┃   OCD-BHM-0002 Operation Merlin        OIC, Traff… OCD-BHM  Amir Khan    Charged            1 2027-01-12 2026-11-29 2026-03-10 2026-11-01┃
┃›  CCU-MER-0003 Operation Larch         Fraud       CCU-MER  Sarah Hughes Post-conviction    2 –          2035-03-02 2023-06-01 2026-05-21┃
┃ ! OCD-LON-0001 Operation Kestrel       Drugs, ML   OCD-LON  Sarah Hughes Awaiting trial     3 2026-12-07 2026-09-01 2025-02-03 2026-11-20┃
┃   OCD-LON-0006 Operation Heron         CSE         OCD-LON  Jane Owen    Finalised          1 –          –          2024-01-08 2025-09-30┃
┃ ✗ OCD-LON-0007 damaged: expected ',' …                                   damaged                                                         ┃
┃                                                                                                                                          ┃
┃                                                                                                                                          ┃
┃                                                                                                                                          ┃
┃                                                                                                                                          ┃
┃                                                                                                                                          ┃
┃                                                                                                                                          ┃
┃                                                                                                                                          ┃
┃                                                                                                                                          ┃
┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛
┌ Detail ────────────────────────────────────────────────── OFFICIAL ┐┌ Requests (1) ──────────────────────────────────────────────────────┐
│OFFICIAL                                                            ││   Kind  Ctry Status                        Due        Days Mark    │
│Operation Larch                                                     ││   Extr  AE   Executed                      2024-08-01  224         │
│CCU-MER-0003                                                        ││                                                                    │
│Status: Post-conviction                                             ││                                                                    │
│Unit: CCU-MER Complex Casework Unit Merseyside                      ││                                                                    │
│Lawyer: Sarah Hughes                                                ││                                                                    │
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
        "commandLine-80x24": #"""
 CaseDesk · Fixture Divi…   1 Cases  2 MLA board  3 Dashboard  4 Help  5 Agenda
 Filter: none  Sort: id ↑                            6 of 6 cases · ✗ 1 damaged
┏ Cases ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓
┃   ID↑          Title                    Status          Hearing    Deadline  ┃
┃›  CCU-MER-0003 Operation Larch          Post-conviction –          2035-03-02┃
┃ ! INTL-0005    Operation Wren           At trial        –          2026-09-12┃
┃   OCD-BHM-0002 Operation Merlin         Charged         2027-01-12 2026-11-29┃
┃ ! OCD-LON-0001 Operation Kestrel        Awaiting trial  2026-12-07 2026-09-01┃
┃   OCD-LON-0006 Operation Heron          Finalised       –          –         ┃
┃   OCD-NTH-0004 Operation Tern           Pre-charge      –          –         ┃
┃ ✗ OCD-LON-0007 damaged: expected ',' o… damaged                              ┃
┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛
┌ Detail ──────────────────── OFFICIAL ┐┌ Requests (1) ────────────────────────┐
│OFFICIAL                              ││   Kind  Ctry Status   Due        Days│
│Operation Larch                       ││   Extr  AE   Executed 2024-08-01  224│
│CCU-MER-0003                          ││                                      │
│Status: Post-conviction               ││                                      │
│Unit: CCU-MER Complex Casework Unit   ││                                      │
│      Merseyside                      ││                                      │
│Lawyer: Sarah Hughes                  ││                                      │
│Crime: Fraud                          ││                                      │
│Opened: 2023-06-01                    ││                                      │
 OCD-LON-0001  OCD-LON-0006
:open OCD-LON-000
"""#,
        "commandLine-140x40": #"""
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
┃                                                                                                                                          ┃
┃                                                                                                                                          ┃
┃                                                                                                                                          ┃
┃                                                                                                                                          ┃
┃                                                                                                                                          ┃
┃                                                                                                                                          ┃
┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛
┌ Detail ────────────────────────────────────────────────── OFFICIAL ┐┌ Requests (1) ──────────────────────────────────────────────────────┐
│OFFICIAL                                                            ││   Kind  Ctry Status                        Due        Days Mark    │
│Operation Larch                                                     ││   Extr  AE   Executed                      2024-08-01  224         │
│CCU-MER-0003                                                        ││                                                                    │
│Status: Post-conviction                                             ││                                                                    │
│Unit: CCU-MER Complex Casework Unit Merseyside                      ││                                                                    │
│Lawyer: Sarah Hughes                                                ││                                                                    │
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
 OCD-LON-0001  OCD-LON-0006
:open OCD-LON-000
"""#,
        "tooSmall-80x24": #"""







              terminal too small (need 60x16)
                         now 59x16







"""#,
        "tooSmall-140x40": #"""







              terminal too small (need 60x16)
                         now 59x16







"""#,
        "progress-80x24": #"""
 CaseDesk · Fixture Divi…   1 Cases  2 MLA board  3 Dashboard  4 Help  5 Agenda









          Reading Fixture Division…
          ████████████████░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░ 28%
          2 of 7 case files










 q quit
"""#,
        "progress-140x40": #"""
 CaseDesk · Fixture Division                                                            1 Cases  2 MLA board  3 Dashboard  4 Help  5 Agenda

















                                        Reading Fixture Division…
                                        ████████████████░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░ 28%
                                        2 of 7 case files


















 q quit
"""#,
        "damaged-80x24": #"""
 CaseDesk · Fixture Divi…   1 Cases  2 MLA board  3 Dashboard  4 Help  5 Agenda
 Filter: none  Sort: id ↑                            6 of 6 cases · ✗ 1 damaged
┏ Cases ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓
┃   ID↑          Title                    Status          Hearing    Deadline  ┃
┃   CCU-MER-0003 Operation Larch          Post-conviction –          2035-03-02┃
┃ ! INTL-0005    Operation Wren           At trial        –          2026-09-12┃
┃   OCD-BHM-0002 Operation Merlin         Charged         2027-01-12 2026-11-29┃
┃ ! OCD-LON-0001 Operation Kestrel        Awaiting trial  2026-12-07 2026-09-01┃
┃┏ Damaged case OCD-LON-0007 ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓┃
┃┃/srv/casedesk/cases/OCD-LON-0007.json                                       ┃┃
┃┃                                                                            ┃┃
┗┃• cases/OCD-LON-0007.json: line 12, column 5: expected ',' or '}' after an  ┃┛
┌┃object member                                                               ┃┐
│┃                                                                            ┃│
│┃This file is never written over. Fix it, then press r to reload. Esc closes.┃│
│┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛│
│column 5: expected ',' or '}' after an││                                      │
│object member                         ││                                      │
│Enter shows the problems.             ││                                      │
│                                      ││                                      │
│                                      ││                                      │
│                                      ││                                      │
└──────────────────────────────────────┘└──────────────────────────────────────┘
 ? help  j move  Enter open  Tab pane  / filter  s sort  f quick  e edit
"""#,
        "damaged-140x40": #"""
 CaseDesk · Fixture Division                                                            1 Cases  2 MLA board  3 Dashboard  4 Help  5 Agenda
 Filter: none  Sort: id ↑                                                                                        6 of 6 cases · ✗ 1 damaged
┏ Cases ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓
┃   ID↑          Title                   Crime       Unit     Lawyer       Status           Def Hearing    Deadline   Opened     Updated   ┃
┃   CCU-MER-0003 Operation Larch         Fraud       CCU-MER  Sarah Hughes Post-conviction    2 –          2035-03-02 2023-06-01 2026-05-21┃
┃ ! INTL-0005    Operation Wren          Cyber       INTL     Amir Khan    At trial           1 –          2026-09-12 2024-11-01 2026-11-20┃
┃   OCD-BHM-0002 Operation Merlin        OIC, Traff… OCD-BHM  Amir Khan    Charged            1 2027-01-12 2026-11-29 2026-03-10 2026-11-01┃
┃ ! OCD-LON-0001 Operation Kestrel       Drugs, ML   OCD-LON  Sarah Hughes Awaiting trial     3 2026-12-07 2026-09-01 2025-02-03 2026-11-20┃
┃   OCD-LON-0006 Operation Heron         CSE         OCD-LON  Jane Owen    Finalised          1 –          –          2024-01-08 2025-09-30┃
┃   OCD-NTH-0004 Operation Tern          Firearms    OCD-NTH  Jane Owen    Pre-charge         0 –          –          2026-09-14 2026-11-10┃
┃›✗ OCD-LON-0007 damaged: expected ',' …                                   damaged                                                         ┃
┃                                                                                                                                          ┃
┃                                                                                                                                          ┃
┃                                                                                                                                          ┃
┃                                                                                                                                          ┃
┃                                                                                                                                          ┃
┃                                                                                                                                          ┃
┃                   ┏ Damaged case OCD-LON-0007 ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓                   ┃
┃                   ┃/srv/casedesk/cases/OCD-LON-0007.json                                                             ┃                   ┃
┗━━━━━━━━━━━━━━━━━━━┃                                                                                                  ┃━━━━━━━━━━━━━━━━━━━┛
┌ Detail ───────────┃• cases/OCD-LON-0007.json: line 12, column 5: expected ',' or '}' after an object member          ┃───────────────────┐
│Damaged case file  ┃                                                                                                  ┃                   │
│/srv/casedesk/cases┃This file is never written over. Fix it, then press r to reload. Esc closes.                      ┃                   │
│cases/OCD-LON-0007.┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛                   │
│after an object member                                              ││                                                                    │
│Enter shows the problems.                                           ││                                                                    │
│                                                                    ││                                                                    │
│                                                                    ││                                                                    │
│                                                                    ││                                                                    │
│                                                                    ││                                                                    │
│                                                                    ││                                                                    │
│                                                                    ││                                                                    │
│                                                                    ││                                                                    │
│                                                                    ││                                                                    │
│                                                                    ││                                                                    │
│                                                                    ││                                                                    │
│                                                                    ││                                                                    │
│                                                                    ││                                                                    │
└────────────────────────────────────────────────────────────────────┘└────────────────────────────────────────────────────────────────────┘
 ? help  j move  Enter open  Tab pane  / filter  s sort  f quick  e edit  q quit
"""#,
    ]
}
