import CaseCore
import Testing
import TerminalUI
@testable import CaseDeskUI

/// Three cases whose every figure is worked out by hand below. Today is 2026-11-24, so the
/// dashboard opens on the financial year 2026-2027 (1 April 2026 – 31 March 2027).
///
/// 2026-2027, per defendant: Alder A1 guilty plea (96 months custody), A2 convicted after trial
/// (60 months), A3 acquitted after trial; Birch B1 dropped, B2 administratively finalised.
/// Rated outcomes 4 (B2 is left out), convictions 2: conviction rate 50%, guilty-plea rate 25%.
/// Custody: 2 sentences, 156 months, median 78. Confiscation: A1's order of £250,000 (made
/// 2026-09-01), £100,000 recovered, A1's restraint 2026-04-10; A1 at stage "order made".
/// Ancillary: one Serious Crime Prevention Order, one Travel Restriction Order.
/// MLA as of today: Birch's outgoing request to Spain is open, overdue (due 2026-09-01) and to
/// chase (sent 2026-06-01, never chased); its incoming request from France was executed
/// 2026-05-11, 40 days after it was sent. Caseload: Birch open; Birch opened; Alder finalised.
///
/// 2025-2026: Cedar C1 and C3 guilty pleas, C2 directed acquittal: conviction rate 2/3 = 67%,
/// guilty-plea rate 67%; so 2026-2027 shows ▼ 17 pts and ▼ 42 pts.
/// Alder has two crime types (drug trafficking, money laundering): its three defendants count
/// in both rows.
enum DashboardFixture {
    static let today = Fixture.today
    static func d(_ s: String) -> Day { Day(iso: s)! }

    static let meta = StoreMeta(name: "Review Unit", units: [
        Unit(id: "OCD-LON", name: "Organised Crime Division London", kind: .organisedCrimeDivision),
        Unit(id: "OCD-BHM", name: "Organised Crime Division Birmingham", kind: .organisedCrimeDivision),
    ], people: [
        Person(id: "shughes", name: "Sarah Hughes", role: .prosecutor),
        Person(id: "akhan", name: "Amir Khan", role: .prosecutor),
    ], chaseIntervalDays: 28)

    static let alder = Case(
        id: "DASH-001", title: "Operation Alder", unit: "OCD-LON", lawyer: "shughes",
        crimeTypes: [.drugTrafficking, .moneyLaundering], status: .finalised, opened: d("2025-01-10"),
        finalised: d("2026-09-30"),
        defendants: [
            Defendant(id: "A1", name: "Adam Ash", custody: .inCustody,
                      outcome: Outcome(category: .guiltyPlea, date: d("2026-06-15")), sentence: Sentence(custodialMonths: 96),
                      ancillaryOrders: [AncillaryOrder(type: .seriousCrimePreventionOrder, made: d("2026-09-30"))],
                      confiscation: Confiscation(stage: .orderMade, restraintDate: d("2026-04-10"), orderPence: 25_000_000,
                                                 orderDate: d("2026-09-01"), recoveredPence: 10_000_000)),
            Defendant(id: "A2", name: "Beth Ash", custody: .inCustody,
                      outcome: Outcome(category: .convictedAfterTrial, date: d("2026-09-20")), sentence: Sentence(custodialMonths: 60),
                      ancillaryOrders: [AncillaryOrder(type: .travelRestrictionOrder, made: d("2026-09-30"))]),
            Defendant(id: "A3", name: "Carl Ash", custody: .onBail,
                      outcome: Outcome(category: .acquittedAfterTrial, date: d("2026-09-20"))),
        ],
        updated: Fixture.clock)

    static let birch = Case(
        id: "DASH-002", title: "Operation Birch", unit: "OCD-BHM", lawyer: "akhan",
        crimeTypes: [.organisedImmigrationCrime], status: .awaitingTrial, opened: d("2026-05-01"),
        defendants: [
            Defendant(id: "B1", name: "Dora Birch", custody: .onBail, outcome: Outcome(category: .dropped, date: d("2026-07-01"))),
            Defendant(id: "B2", name: "Eric Birch", custody: .inCustody,
                      outcome: Outcome(category: .administrativelyFinalised, date: d("2026-08-01"))),
            Defendant(id: "B3", name: "Fay Birch", custody: .inCustody),
        ],
        requests: [
            InternationalRequest(id: "MLA-ES-1", kind: .mla, direction: .outgoing, country: "ES", legalBasis: "eu2000",
                                 status: .sent, history: [StatusChange(status: .sent, date: d("2026-06-01"))],
                                 sent: d("2026-06-01"), due: d("2026-09-01")),
            InternationalRequest(id: "MLA-FR-1", kind: .mla, direction: .incoming, country: "FR", legalBasis: "eu2000",
                                 status: .executed, history: [StatusChange(status: .sent, date: d("2026-04-01")),
                                                              StatusChange(status: .executed, date: d("2026-05-11"))],
                                 sent: d("2026-04-01")),
        ],
        updated: Fixture.clock)

    static let cedar = Case(
        id: "DASH-003", title: "Operation Cedar", unit: "OCD-LON", lawyer: "shughes",
        crimeTypes: [.fraud], status: .finalised, opened: d("2024-06-01"), finalised: d("2025-12-01"),
        defendants: [
            Defendant(id: "C1", name: "Gil Cedar", custody: .inCustody,
                      outcome: Outcome(category: .guiltyPlea, date: d("2025-11-10")), sentence: Sentence(custodialMonths: 30)),
            Defendant(id: "C2", name: "Hal Cedar", custody: .onBail, outcome: Outcome(category: .directedAcquittal, date: d("2025-11-20"))),
            Defendant(id: "C3", name: "Ivy Cedar", custody: .onBail, outcome: Outcome(category: .guiltyPlea, date: d("2025-12-01"))),
        ],
        updated: Fixture.clock)

    static var cases: [Case] { [alder, birch, cedar] }

    static func store() -> MemoryStore { MemoryStore(meta: meta, cases: cases, clock: Fixture.clock) }

    /// The program on this store at `size`, on the Dashboard.
    static func driver(_ size: Size = Size(width: 80, height: 24)) -> TestDriver {
        var d = TestDriver(store: store(), size: size)
        d.press(GlobalCommand.dashboard)
        return d
    }
}

/// The fixture's figures, as worked out in its comment, straight from CaseCore: if these hold,
/// the screens below show the right numbers.
@Suite struct DashboardFixtureTests {
    @Test func figuresOfTheDefaultYear() {
        let d = DashboardFixture.driver()
        let f = try! #require(d.state.dashboard.figures)
        let t = f.report.total
        #expect(f.period == .year(FinancialYear(startYear: 2026)))
        #expect([t.guiltyPleas, t.convictedAfterTrial, t.acquittedAfterTrial, t.directedAcquittals, t.dropped,
                 t.administrativelyFinalised] == [1, 1, 1, 0, 1, 1])
        #expect(DashboardFormat.rate(convictions: t) == "50%")
        #expect(DashboardFormat.rate(guiltyPleas: t) == "25%")
        #expect(DashboardFormat.change(f.headline.convictionRateChange).text == "▼ 17 pts")
        #expect(DashboardFormat.change(f.headline.guiltyPleaRateChange).text == "▼ 42 pts")
        #expect([t.custodialSentences, t.totalCustodialMonths] == [2, 156])
        #expect(t.medianCustodialMonths == 78)
        #expect([t.confiscationOrders, t.restraintOrders] == [1, 1])
        #expect(DashboardFormat.pounds(t.confiscationOrderedPence) == "£250,000")
        #expect(DashboardFormat.pounds(t.recoveredPence) == "£100,000")
        #expect(t.confiscationCases(at: .orderMade) == 1)
        #expect(t.ancillaryOrders(.seriousCrimePreventionOrder) == 1 && t.ancillaryOrders(.travelRestrictionOrder) == 1)
        #expect([t.openOutgoingRequests, t.openIncomingRequests, t.overdueRequests, t.requestsToChase, t.executedRequests]
                == [1, 0, 1, 1, 1])
        #expect(t.medianDaysToExecute == 40)
        #expect([t.casesOpen, t.casesOpened, t.casesFinalised] == [1, 1, 1])
        #expect(d.state.dashboard.trend.map { Percent.text($0.convictionRate) } == ["–", "67%", "50%"])
    }
}
