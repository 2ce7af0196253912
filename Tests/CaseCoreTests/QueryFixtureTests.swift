import Testing
@testable import CaseCore
import CaseDemo

// Builders for the query, measure and report tests: real `Case` values through the public
// memberwise inits, turned into summaries exactly as the store does.

func day(_ iso: String) -> Day { Day(iso: iso)! }

let fixtureUpdated = Timestamp(iso: "2026-01-01T00:00:00Z")!

/// "Today" of the tests built on demo stores.
let demoToday = Day(iso: "2026-11-24")!

/// `count` demo cases (the same for the same seed), for tests that hold a fast path to a plain one.
func demoCases(_ count: Int, seed: UInt64, today: Day = demoToday) -> [Case] {
    let g = DemoGenerator(seed: seed, today: today)
    return (0..<count).map { g.makeCase(index: $0) }
}

func defendant(_ id: String, name: String? = nil, nationality: String? = nil,
               outcome: OutcomeCategory? = nil, on date: String? = nil,
               months: Int? = nil, suspended: Bool? = nil, orders: [(AncillaryOrderType, String)] = [],
               confiscation: Confiscation? = nil, offence: String = "Conspiracy to supply a controlled drug of Class A") -> Defendant {
    Defendant(id: id, name: name ?? "Defendant \(id)", nationality: nationality, custody: .inCustody,
              charges: [Charge(offence: offence)],
              outcome: outcome.map { Outcome(category: $0, date: day(date!)) },
              sentence: months.map { Sentence(custodialMonths: $0, suspended: suspended) },
              ancillaryOrders: orders.map { AncillaryOrder(type: $0.0, made: day($0.1)) },
              confiscation: confiscation)
}

func request(_ id: String, _ direction: RequestDirection = .outgoing, country: String = "ES",
             status: RequestStatus, sent: String? = nil, due: String? = nil, chased: String? = nil,
             closed: String? = nil) -> InternationalRequest {
    var history: [StatusChange] = []
    if let sent { history.append(StatusChange(status: .sent, date: day(sent))) }
    if let closed { history.append(StatusChange(status: status, date: day(closed))) }
    return InternationalRequest(id: id, kind: .mla, direction: direction, country: country,
                                legalBasis: "coe1959", status: status, history: history,
                                sent: sent.map(day), due: due.map(day), lastChased: chased.map(day))
}

func summary(_ id: String, title: String? = nil, unit: String = "OCD-LON", lawyer: String? = "P1",
             caseworker: String? = nil, crimeTypes: [CrimeType] = [.drugTrafficking],
             status: CaseStatus = .charged, opened: String = "2012-05-01", finalised: String? = nil,
             defendants: [Defendant] = [], hearings: [String] = [], requests: [InternationalRequest] = [],
             updated: Timestamp = fixtureUpdated) -> CaseSummary {
    CaseSummary(Case(id: id, title: title ?? "Operation \(id)", unit: unit, lawyer: lawyer,
                     caseworker: caseworker, crimeTypes: crimeTypes, status: status,
                     opened: day(opened), finalised: finalised.map(day), defendants: defendants,
                     hearings: hearings.map { Hearing(date: day($0), court: "Southwark Crown Court", type: .trial) },
                     requests: requests, updated: updated))
}

@Suite struct QueryFixtureTests {
    @Test func requestFixtureRecordsExecutionDate() {
        let s = summary("A", requests: [request("R1", status: .executed, sent: "2013-01-10", closed: "2013-03-01")])
        #expect(s.requests[0].executed == day("2013-03-01"))
        #expect(s.requests[0].daysToExecute == day("2013-01-10").days(to: day("2013-03-01")))
    }
}
