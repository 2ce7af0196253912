import CaseCore

/// A small store whose every case is written out here, so each expected screen can be checked
/// against the data by reading this file. Today is fixed at 2026-11-24.
enum Fixture {
    static let today = Day(year: 2026, month: 11, day: 24)!
    static let clock = Timestamp(iso: "2026-11-24T10:15:00Z")!
    static let user = "shughes"

    static func d(_ s: String) -> Day { Day(iso: s)! }
    static func t(_ s: String) -> Timestamp { Timestamp(iso: s)! }

    static let meta = StoreMeta(name: "Fixture Division", units: [
        Unit(id: "OCD-LON", name: "Organised Crime Division London", kind: .organisedCrimeDivision),
        Unit(id: "OCD-BHM", name: "Organised Crime Division Birmingham", kind: .organisedCrimeDivision),
        Unit(id: "OCD-NTH", name: "Organised Crime Division North", kind: .organisedCrimeDivision),
        Unit(id: "CCU-MER", name: "Complex Casework Unit Merseyside", kind: .complexCaseworkUnit),
        Unit(id: "INTL", name: "International Division", kind: .internationalDivision),
    ], people: [
        Person(id: "shughes", name: "Sarah Hughes", role: .prosecutor),
        Person(id: "akhan", name: "Amir Khan", role: .prosecutor),
        Person(id: "jowen", name: "Jane Owen", role: .prosecutor),
        Person(id: "lbianchi", name: "Laura Bianchi", role: .liaisonProsecutor),
        Person(id: "twalsh", name: "Tom Walsh", role: .caseworker),
    ], chaseIntervalDays: 28)

    static let kestrel = Case(
        id: "OCD-LON-0001", urn: "01YE1234513", title: "Operation Kestrel",
        summary: "Importation of cocaine through the port of Felixstowe in refrigerated containers, and laundering of the proceeds through cash-intensive businesses in east London.",
        unit: "OCD-LON", lawyer: "shughes", caseworker: "twalsh", crimeTypes: [.drugTrafficking, .moneyLaundering],
        status: .awaitingTrial, sensitivity: .officialSensitive, opened: d("2025-02-03"),
        defendants: [
            Defendant(id: "D1", name: "Marcus Hale", dateOfBirth: d("1979-05-14"), nationality: "GB", custody: .inCustody,
                      charges: [Charge(offence: "Conspiracy to import a controlled drug of Class A", legislation: "Criminal Law Act 1977 s.1", count: 2)],
                      confiscation: Confiscation(stage: .restraint, restraintDate: d("2025-03-01"), benefitPence: 125_000_000)),
            Defendant(id: "D2", name: "Elena Petrova", nationality: "BG", custody: .onBail,
                      charges: [Charge(offence: "Money laundering", legislation: "Proceeds of Crime Act 2002 s.328")]),
            Defendant(id: "D3", name: "Ruben Ortega", nationality: "ES", custody: .abroad,
                      charges: [Charge(offence: "Conspiracy to import a controlled drug of Class A", legislation: "Criminal Law Act 1977 s.1")]),
        ],
        hearings: [
            Hearing(date: d("2025-02-20"), court: "Westminster Magistrates' Court", type: .firstAppearance),
            Hearing(date: d("2026-12-07"), court: "Southwark Crown Court", type: .trial, note: "Listed for 6 weeks."),
            Hearing(date: d("2026-10-05"), court: "Southwark Crown Court", type: .pretrial),
        ],
        requests: [
            InternationalRequest(id: "R-101", kind: .mla, direction: .outgoing, country: "ES", authority: "Ministerio de Justicia",
                                 legalBasis: "eu2000", assistance: ["bankRecords", "witnessStatement"], status: .acknowledged,
                                 history: [StatusChange(status: .draft, date: d("2026-05-20")), StatusChange(status: .sent, date: d("2026-06-01")),
                                           StatusChange(status: .acknowledged, date: d("2026-06-20"), note: "Ref 2026/4471")],
                                 sent: d("2026-06-01"), due: d("2026-09-01"), lastChased: d("2026-10-30"),
                                 chases: [Chase(date: d("2026-10-30"), by: "lbianchi", note: "Called the central authority")],
                                 liaison: "lbianchi", defendant: "D3"),
            InternationalRequest(id: "R-102", kind: .europeanInvestigationOrder, direction: .outgoing, country: "NL",
                                 legalBasis: "eu2000", assistance: ["searchAndSeizure"], status: .inExecution,
                                 history: [StatusChange(status: .sent, date: d("2026-10-01")), StatusChange(status: .inExecution, date: d("2026-10-08"))],
                                 sent: d("2026-10-01"), due: d("2027-01-15"), lastChased: d("2026-10-10")),
        ],
        notes: [
            Note(at: t("2026-11-02T09:30:00Z"), author: "shughes", text: "Defence served a case statement; disclosure review booked."),
            Note(at: t("2026-11-20T16:05:00Z"), author: "twalsh", text: "Pasted from email: \u{1B}[31mURGENT\u{1B}[0m call Spain."),
        ],
        revision: 4, updated: t("2026-11-20T16:05:00Z"))

    static let merlin = Case(
        id: "OCD-BHM-0002", title: "Operation Merlin", summary: "Smuggling of people in lorries through Calais.",
        unit: "OCD-BHM", lawyer: "akhan", crimeTypes: [.organisedImmigrationCrime, .humanTrafficking],
        status: .charged, opened: d("2026-03-10"),
        defendants: [Defendant(id: "D1", name: "Arben Kola", nationality: "AL", custody: .abroad,
                               charges: [Charge(offence: "Facilitating unlawful immigration", legislation: "Immigration Act 1971 s.25")])],
        hearings: [Hearing(date: d("2027-01-12"), court: "Birmingham Crown Court", type: .plea)],
        requests: [InternationalRequest(id: "R-201", kind: .europeanArrestWarrant, direction: .outgoing, country: "PL",
                                        legalBasis: "comity", status: .sent, history: [StatusChange(status: .sent, date: d("2026-11-01"))],
                                        sent: d("2026-11-01"), due: d("2027-02-01"))],
        revision: 1, updated: t("2026-11-01T12:00:00Z"))

    static let larch = Case(
        id: "CCU-MER-0003", title: "Operation Larch", summary: "Investment fraud on pensioners.",
        unit: "CCU-MER", lawyer: "shughes", crimeTypes: [.fraud], status: .postConviction, opened: d("2023-06-01"),
        defendants: [
            Defendant(id: "D1", name: "Graham Tully", custody: .inCustody,
                      charges: [Charge(offence: "Fraud by false representation", legislation: "Fraud Act 2006 s.2", count: 14)],
                      outcome: Outcome(category: .guiltyPlea, date: d("2025-01-17")),
                      sentence: Sentence(custodialMonths: 96, suspended: false, description: "8 years' imprisonment"),
                      ancillaryOrders: [AncillaryOrder(type: .seriousCrimePreventionOrder, made: d("2025-03-03"), expires: d("2035-03-02"))],
                      confiscation: Confiscation(stage: .orderMade, benefitPence: 125_000_000, availablePence: 48_000_000,
                                                 orderPence: 48_000_000, orderDate: d("2026-05-20"), recoveredPence: 12_000_050)),
            Defendant(id: "D2", name: "Paula Reyes", custody: .onBail,
                      charges: [Charge(offence: "Money laundering", legislation: "Proceeds of Crime Act 2002 s.327")],
                      outcome: Outcome(category: .convictedAfterTrial, date: d("2025-02-28")),
                      sentence: Sentence(custodialMonths: 18, suspended: true)),
        ],
        hearings: [Hearing(date: d("2026-05-20"), court: "Liverpool Crown Court", type: .confiscation)],
        requests: [InternationalRequest(id: "R-301", kind: .extradition, direction: .outgoing, country: "AE", legalBasis: "bilateralTreaty",
                                        status: .executed, history: [StatusChange(status: .sent, date: d("2024-02-01")),
                                                                     StatusChange(status: .executed, date: d("2024-09-12"))],
                                        sent: d("2024-02-01"), due: d("2024-08-01"))],
        revision: 9, updated: t("2026-05-21T08:00:00Z"))

    static let tern = Case(
        id: "OCD-NTH-0004", title: "Operation Tern", unit: "OCD-NTH", lawyer: "jowen", crimeTypes: [.firearmsTrafficking],
        status: .preCharge, opened: d("2026-09-14"),
        requests: [InternationalRequest(id: "R-401", kind: .jointInvestigationTeam, direction: .outgoing, country: "FR",
                                        legalBasis: "eu2000", status: .draft, history: [StatusChange(status: .draft, date: d("2026-11-10"))])],
        revision: 2, updated: t("2026-11-10T11:00:00Z"))

    static let wren = Case(
        id: "INTL-0005", title: "Operation Wren", summary: "Ransomware attacks on NHS suppliers.", unit: "INTL", lawyer: "akhan",
        crimeTypes: [.cyberCrime], status: .atTrial, sensitivity: .officialSensitive, opened: d("2024-11-01"),
        defendants: [Defendant(id: "D1", name: "Viktor Lind", custody: .inCustody,
                               charges: [Charge(offence: "Unauthorised acts with intent to impair", legislation: "Computer Misuse Act 1990 s.3")])],
        hearings: [Hearing(date: d("2026-11-23"), court: "Central Criminal Court", type: .trial)],
        requests: [
            InternationalRequest(id: "R-501", kind: .mla, direction: .outgoing, country: "US", legalBasis: "bilateralTreaty",
                                 status: .partiallyExecuted, history: [StatusChange(status: .sent, date: d("2026-07-01")),
                                                                      StatusChange(status: .partiallyExecuted, date: d("2026-11-02"))],
                                 sent: d("2026-07-01"), due: d("2026-12-31"), lastChased: d("2026-11-20")),
            InternationalRequest(id: "R-502", kind: .mla, direction: .incoming, country: "DE", legalBasis: "coe1959",
                                 status: .inExecution, history: [StatusChange(status: .sent, date: d("2026-08-15")),
                                                                StatusChange(status: .inExecution, date: d("2026-09-01"))],
                                 sent: d("2026-08-15"), due: d("2026-10-15")),
        ],
        revision: 6, updated: t("2026-11-20T09:00:00Z"))

    static let heron = Case(
        id: "OCD-LON-0006", title: "Operation Heron", unit: "OCD-LON", lawyer: "jowen", crimeTypes: [.childSexualExploitation],
        status: .finalised, opened: d("2024-01-08"), finalised: d("2025-09-30"),
        defendants: [Defendant(id: "D1", name: "Neil Barton", custody: .onBail,
                               outcome: Outcome(category: .acquittedAfterTrial, date: d("2025-09-30")))],
        revision: 3, updated: t("2025-09-30T15:00:00Z"))

    static let damaged = DamagedCase(id: "OCD-LON-0007", path: "/srv/casedesk/cases/OCD-LON-0007.json",
                                     problems: [Problem(file: "cases/OCD-LON-0007.json", path: "$", line: 12, column: 5,
                                                        message: "expected ',' or '}' after an object member")])

    static let audit = [
        AuditEntry(at: t("2025-02-03T09:00:00Z"), user: "shughes", action: "create", case: "OCD-LON-0001", detail: ""),
        AuditEntry(at: t("2026-10-30T15:12:00Z"), user: "lbianchi", action: "chase", case: "OCD-LON-0001", detail: "requests[0].chases"),
        AuditEntry(at: t("2026-11-20T16:05:00Z"), user: "twalsh", action: "update", case: "OCD-LON-0001", detail: "notes"),
    ]

    static func store() -> MemoryStore {
        MemoryStore(meta: meta, cases: [kestrel, merlin, larch, tern, wren, heron], damaged: [damaged], audit: audit, clock: clock)
    }
}
