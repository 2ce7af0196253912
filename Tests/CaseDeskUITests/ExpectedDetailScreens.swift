// The screens a user sees in each scenario of Support/Scenarios.swift, at 80x24 and 140x40.
// Recorded once with CASEDESK_RECORD=DIR, then read line by line against Support/Fixture.swift.
extension ExpectedScreens {
    static let detail: [String: String] = [
        "overview-80x24": #"""
 CaseDesk · Fixture Divi…   1 Cases  2 MLA board  3 Dashboard  4 Help  5 Agenda
 OFFICIAL-SENSITIVE  Operation Kestrel                           Awaiting trial
┏ OCD-LON-0001 ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━ OFFICIAL-SENSITIVE ┓
┃[Overview]  Defendants   Hearings   Requests   Notes   History                ┃
┃Operation Kestrel                                                             ┃
┃ID: OCD-LON-0001   URN 01YE1234513                                            ┃
┃Marking: OFFICIAL-SENSITIVE                                                   ┃
┃Status: Awaiting trial                                                        ┃
┃Unit: OCD-LON – Organised Crime Division London                               ┃
┃Lawyer: Sarah Hughes                                                          ┃
┃Caseworker: Tom Walsh                                                         ┃
┃Crime types: Drug trafficking, Money laundering                               ┃
┃Opened: 2025-02-03                                                            ┃
┃Next hearing: 2026-12-07 Trial, Southwark Crown Court                         ┃
┃Counts: 3 defendants, 3 hearings, 2 requests, 2 notes                         ┃
┃Revision: 4, updated 2026-11-20T16:05:00Z                                     ┃
┃                                                                              ┃
┃Summary                                                                       ┃
┃Importation of cocaine through the port of Felixstowe in refrigerated         ┃
┃containers, and laundering of the proceeds through cash-intensive businesses  ┃
┃in east London.                                                               ┃
┃                                                                              ┃
┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛
 ? help  j scroll  Esc back  Tab next tab  / search  x done  e edit  E JSON
"""#,
        "overview-140x40": #"""
 CaseDesk · Fixture Division                                                            1 Cases  2 MLA board  3 Dashboard  4 Help  5 Agenda
 OFFICIAL-SENSITIVE  Operation Kestrel                                                                                       Awaiting trial
┏ OCD-LON-0001 ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━ OFFICIAL-SENSITIVE ┓
┃[Overview]  Defendants   Hearings   Requests   Notes   History                                                                            ┃
┃Operation Kestrel                                                                                                                         ┃
┃ID: OCD-LON-0001   URN 01YE1234513                                                                                                        ┃
┃Marking: OFFICIAL-SENSITIVE                                                                                                               ┃
┃Status: Awaiting trial                                                                                                                    ┃
┃Unit: OCD-LON – Organised Crime Division London                                                                                           ┃
┃Lawyer: Sarah Hughes                                                                                                                      ┃
┃Caseworker: Tom Walsh                                                                                                                     ┃
┃Crime types: Drug trafficking, Money laundering                                                                                           ┃
┃Opened: 2025-02-03                                                                                                                        ┃
┃Next hearing: 2026-12-07 Trial, Southwark Crown Court                                                                                     ┃
┃Counts: 3 defendants, 3 hearings, 2 requests, 2 notes                                                                                     ┃
┃Revision: 4, updated 2026-11-20T16:05:00Z                                                                                                 ┃
┃                                                                                                                                          ┃
┃Summary                                                                                                                                   ┃
┃Importation of cocaine through the port of Felixstowe in refrigerated containers, and laundering of the proceeds through cash-intensive   ┃
┃businesses in east London.                                                                                                                ┃
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
 ? help  j scroll  Esc back  Tab next tab  / search  x done  e edit  E JSON
"""#,
        "defendants-80x24": #"""
 CaseDesk · Fixture Divi…   1 Cases  2 MLA board  3 Dashboard  4 Help  5 Agenda
 OFFICIAL  Operation Larch                                      Post-conviction
┏ CCU-MER-0003 ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━ OFFICIAL ┓
┃ Overview  [Defendants]  Hearings   Requests   Notes   History                ┃
┃Graham Tully  In custody                                                      ┃
┃  • Fraud by false representation (14 counts)                                 ┃
┃    Fraud Act 2006 s.2                                                        ┃
┃  Outcome: Guilty plea, 2025-01-17                                            ┃
┃  Sentence: 8 years custody; 8 years' imprisonment                            ┃
┃  Order: Serious Crime Prevention Order, made 2025-03-03, expires 2035-03-02  ┃
┃  Confiscation: Order made                                                    ┃
┃    benefit £1,250,000, available £480,000, order £480,000 (2026-05-20),      ┃
┃    recovered £120,000.50                                                     ┃
┃                                                                              ┃
┃Paula Reyes  On bail                                                          ┃
┃  • Money laundering                                                          ┃
┃    Proceeds of Crime Act 2002 s.327                                          ┃
┃  Outcome: Convicted after trial, 2025-02-28                                  ┃
┃  Sentence: 18 months suspended                                               ┃
┃                                                                              ┃
┃                                                                              ┃
┃                                                                              ┃
┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛
 ? help  j scroll  Esc back  Tab next tab  / search  e edit  E JSON
"""#,
        "defendants-140x40": #"""
 CaseDesk · Fixture Division                                                            1 Cases  2 MLA board  3 Dashboard  4 Help  5 Agenda
 OFFICIAL  Operation Larch                                                                                                  Post-conviction
┏ CCU-MER-0003 ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━ OFFICIAL ┓
┃ Overview  [Defendants]  Hearings   Requests   Notes   History                                                                            ┃
┃Graham Tully  In custody                                                                                                                  ┃
┃  • Fraud by false representation (14 counts)                                                                                             ┃
┃    Fraud Act 2006 s.2                                                                                                                    ┃
┃  Outcome: Guilty plea, 2025-01-17                                                                                                        ┃
┃  Sentence: 8 years custody; 8 years' imprisonment                                                                                        ┃
┃  Order: Serious Crime Prevention Order, made 2025-03-03, expires 2035-03-02                                                              ┃
┃  Confiscation: Order made                                                                                                                ┃
┃    benefit £1,250,000, available £480,000, order £480,000 (2026-05-20), recovered £120,000.50                                            ┃
┃                                                                                                                                          ┃
┃Paula Reyes  On bail                                                                                                                      ┃
┃  • Money laundering                                                                                                                      ┃
┃    Proceeds of Crime Act 2002 s.327                                                                                                      ┃
┃  Outcome: Convicted after trial, 2025-02-28                                                                                              ┃
┃  Sentence: 18 months suspended                                                                                                           ┃
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
 ? help  j scroll  Esc back  Tab next tab  / search  e edit  E JSON
"""#,
        "hearings-80x24": #"""
 CaseDesk · Fixture Divi…   1 Cases  2 MLA board  3 Dashboard  4 Help  5 Agenda
 OFFICIAL-SENSITIVE  Operation Kestrel                           Awaiting trial
┏ OCD-LON-0001 ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━ OFFICIAL-SENSITIVE ┓
┃ Overview   Defendants  [Hearings]  Requests   Notes   History                ┃
┃  2025-02-20  First appearance Westminster Magistrates' Court                 ┃
┃  2026-10-05  Pre-trial review Southwark Crown Court                          ┃
┃► 2026-12-07  Trial            Southwark Crown Court  (next)                  ┃
┃              Listed for 6 weeks.                                             ┃
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
 ? help  j scroll  Esc back  Tab next tab  / search  e edit  E JSON
"""#,
        "hearings-140x40": #"""
 CaseDesk · Fixture Division                                                            1 Cases  2 MLA board  3 Dashboard  4 Help  5 Agenda
 OFFICIAL-SENSITIVE  Operation Kestrel                                                                                       Awaiting trial
┏ OCD-LON-0001 ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━ OFFICIAL-SENSITIVE ┓
┃ Overview   Defendants  [Hearings]  Requests   Notes   History                                                                            ┃
┃  2025-02-20  First appearance Westminster Magistrates' Court                                                                             ┃
┃  2026-10-05  Pre-trial review Southwark Crown Court                                                                                      ┃
┃► 2026-12-07  Trial            Southwark Crown Court  (next)                                                                              ┃
┃              Listed for 6 weeks.                                                                                                         ┃
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
 ? help  j scroll  Esc back  Tab next tab  / search  e edit  E JSON
"""#,
        "requests-80x24": #"""
 CaseDesk · Fixture Divi…   1 Cases  2 MLA board  3 Dashboard  4 Help  5 Agenda
 OFFICIAL-SENSITIVE  Operation Kestrel                           Awaiting trial
┏ OCD-LON-0001 ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━ OFFICIAL-SENSITIVE ┓
┃ Overview   Defendants   Hearings  [Requests]  Notes   History                ┃
┃   Kind         Ctry Status              Due         Days                     ┃
┃ ! MLA          ES   Acknowledged        2026-09-01  176  overdue             ┃
┃›↻ EIO          NL   In execution        2027-01-15   54  to chase            ┃
┃                                                                              ┃
┃R-102 · EIO · outgoing · Netherlands                                          ┃
┃Legal basis: eu2000                                                           ┃
┃Assistance: searchAndSeizure                                                  ┃
┃Sent: 2026-10-01   due 2027-01-15   last chased 2026-10-10                    ┃
┃Status history                                                                ┃
┃  2026-10-01 Sent                                                             ┃
┃  2026-10-08 In execution                                                     ┃
┃Chases                                                                        ┃
┃  (none)                                                                      ┃
┃                                                                              ┃
┃                                                                              ┃
┃                                                                              ┃
┃                                                                              ┃
┃                                                                              ┃
┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛
 ? help  j scroll  Esc back  Tab next tab  / search  c chase  > advance
"""#,
        "requests-140x40": #"""
 CaseDesk · Fixture Division                                                            1 Cases  2 MLA board  3 Dashboard  4 Help  5 Agenda
 OFFICIAL-SENSITIVE  Operation Kestrel                                                                                       Awaiting trial
┏ OCD-LON-0001 ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━ OFFICIAL-SENSITIVE ┓
┃ Overview   Defendants   Hearings  [Requests]  Notes   History                                                                            ┃
┃   Kind         Ctry Status              Due         Days                                                                                 ┃
┃ ! MLA          ES   Acknowledged        2026-09-01  176  overdue                                                                         ┃
┃›↻ EIO          NL   In execution        2027-01-15   54  to chase                                                                        ┃
┃                                                                                                                                          ┃
┃R-102 · EIO · outgoing · Netherlands                                                                                                      ┃
┃Legal basis: eu2000                                                                                                                       ┃
┃Assistance: searchAndSeizure                                                                                                              ┃
┃Sent: 2026-10-01   due 2027-01-15   last chased 2026-10-10                                                                                ┃
┃Status history                                                                                                                            ┃
┃  2026-10-01 Sent                                                                                                                         ┃
┃  2026-10-08 In execution                                                                                                                 ┃
┃Chases                                                                                                                                    ┃
┃  (none)                                                                                                                                  ┃
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
 ? help  j scroll  Esc back  Tab next tab  / search  c chase  > advance  e edit  E JSON
"""#,
        "notes-80x24": #"""
 CaseDesk · Fixture Divi…   1 Cases  2 MLA board  3 Dashboard  4 Help  5 Agenda
 OFFICIAL-SENSITIVE  Operation Kestrel                           Awaiting trial
┏ OCD-LON-0001 ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━ OFFICIAL-SENSITIVE ┓
┃ Overview   Defendants   Hearings   Requests  [Notes]  History                ┃
┃2026-11-02T09:30:00Z  Sarah Hughes                                            ┃
┃  Defence served a case statement; disclosure review booked.                  ┃
┃                                                                              ┃
┃2026-11-20T16:05:00Z  Tom Walsh                                               ┃
┃  Pasted from email: ␛[31mURGENT␛[0m call Spain.                              ┃
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
 ? help  j scroll  Esc back  Tab next tab  / search  e edit  E JSON
"""#,
        "notes-140x40": #"""
 CaseDesk · Fixture Division                                                            1 Cases  2 MLA board  3 Dashboard  4 Help  5 Agenda
 OFFICIAL-SENSITIVE  Operation Kestrel                                                                                       Awaiting trial
┏ OCD-LON-0001 ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━ OFFICIAL-SENSITIVE ┓
┃ Overview   Defendants   Hearings   Requests  [Notes]  History                                                                            ┃
┃2026-11-02T09:30:00Z  Sarah Hughes                                                                                                        ┃
┃  Defence served a case statement; disclosure review booked.                                                                              ┃
┃                                                                                                                                          ┃
┃2026-11-20T16:05:00Z  Tom Walsh                                                                                                           ┃
┃  Pasted from email: ␛[31mURGENT␛[0m call Spain.                                                                                          ┃
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
 ? help  j scroll  Esc back  Tab next tab  / search  e edit  E JSON
"""#,
        "history-80x24": #"""
 CaseDesk · Fixture Divi…   1 Cases  2 MLA board  3 Dashboard  4 Help  5 Agenda
 OFFICIAL-SENSITIVE  Operation Kestrel                           Awaiting trial
┏ OCD-LON-0001 ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━ OFFICIAL-SENSITIVE ┓
┃ Overview   Defendants   Hearings   Requests   Notes  [History]               ┃
┃2026-11-20T16:05:00Z twalsh update: notes                                     ┃
┃2026-10-30T15:12:00Z lbianchi chase: requests[0].chases                       ┃
┃2025-02-03T09:00:00Z shughes create                                           ┃
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
 ? help  j scroll  Esc back  Tab next tab  / search  e edit  E JSON
"""#,
        "history-140x40": #"""
 CaseDesk · Fixture Division                                                            1 Cases  2 MLA board  3 Dashboard  4 Help  5 Agenda
 OFFICIAL-SENSITIVE  Operation Kestrel                                                                                       Awaiting trial
┏ OCD-LON-0001 ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━ OFFICIAL-SENSITIVE ┓
┃ Overview   Defendants   Hearings   Requests   Notes  [History]                                                                           ┃
┃2026-11-20T16:05:00Z twalsh update: notes                                                                                                 ┃
┃2026-10-30T15:12:00Z lbianchi chase: requests[0].chases                                                                                   ┃
┃2025-02-03T09:00:00Z shughes create                                                                                                       ┃
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
 ? help  j scroll  Esc back  Tab next tab  / search  e edit  E JSON
"""#,
    ]
}
