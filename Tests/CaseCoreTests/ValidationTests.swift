import Foundation
import Testing
@testable import CaseCore

@Suite struct ValidationTests {
    let day = Fixtures.day

    func paths(_ c: Case, meta: StoreMeta? = Fixtures.meta) -> [String] {
        CaseValidator.problems(of: c, meta: meta).map(\.path)
    }

    @Test func badCaseID() {
        var c = Fixtures.sampleCase()
        c.id = "../etc"
        #expect(paths(c) == ["$.id"])
        c.id = String(repeating: "a", count: 41)
        #expect(paths(c) == ["$.id"])
    }

    @Test func emptyCrimeTypes() {
        var c = Fixtures.sampleCase()
        c.crimeTypes = []
        #expect(paths(c) == ["$.crimeTypes"])
    }

    @Test func duplicateDefendantAndRequestIDs() {
        var c = Fixtures.sampleCase()
        c.defendants[1].id = "D1"
        c.requests.append(c.requests[0])
        c.requests[0].defendant = nil; c.requests[1].defendant = nil
        #expect(paths(c) == ["$.defendants[1].id", "$.requests[1].id"])
    }

    @Test func negativeMoneyMonthsAndCounts() {
        var c = Fixtures.sampleCase()
        c.defendants[0].confiscation?.recoveredPence = -1
        c.defendants[0].sentence = Sentence(custodialMonths: -2)
        c.defendants[0].charges[0].count = -1
        #expect(Set(paths(c)) == ["$.defendants[0].confiscation.recoveredPence", "$.defendants[0].sentence.custodialMonths",
                                  "$.defendants[0].charges[0].count"])
    }

    @Test func historyOutOfLifecycleOrder() {
        var c = Fixtures.sampleCase()
        c.requests[0].history = [StatusChange(status: .acknowledged, date: day), StatusChange(status: .sent, date: day)]
        c.requests[0].status = .sent
        #expect(paths(c) == ["$.requests[0].history[1].status"])
        c.requests[0].history = [StatusChange(status: .sent, date: day), StatusChange(status: .refused, date: day.adding(days: -1))]
        c.requests[0].status = .refused
        #expect(paths(c) == ["$.requests[0].history[1].date"])
        c.requests[0].history = [StatusChange(status: .sent, date: day)]
        c.requests[0].status = .executed
        #expect(paths(c) == ["$.requests[0].history[0].status"])
        c.requests[0].history = [StatusChange(status: .executed, date: day), StatusChange(status: .withdrawn, date: day)]
        c.requests[0].status = .withdrawn
        #expect(paths(c) == ["$.requests[0].history[1].status"], "nothing may follow a closed status")
    }

    @Test func lastChasedOlderThanNewestChase() {
        var c = Fixtures.sampleCase()
        c.requests[0].chases = [Chase(date: day.adding(days: 40))]
        #expect(paths(c) == ["$.requests[0].lastChased"])
        c.requests[0].lastChased = nil
        #expect(paths(c) == ["$.requests[0].lastChased"])
    }

    @Test func countryCodes() {
        var c = Fixtures.sampleCase()
        c.requests[0].country = "Spain"
        c.defendants[0].nationality = "QQ"
        let problems = CaseValidator.problems(of: c, meta: Fixtures.meta)
        #expect(problems.map(\.path) == ["$.defendants[0].nationality", "$.requests[0].country"])
        #expect(problems[0].message == "unknown country code \"QQ\"")
    }

    @Test func referencesToUnitsPeopleAndDefendants() {
        var c = Fixtures.sampleCase()
        c.unit = "NOPE"; c.lawyer = "X"; c.caseworker = "Y"
        c.requests[0].liaison = "Z"; c.requests[0].defendant = "D9"
        #expect(paths(c) == ["$.requests[0].defendant", "$.unit", "$.lawyer", "$.caseworker", "$.requests[0].liaison"])
        #expect(paths(c, meta: nil) == ["$.requests[0].defendant"])
    }

    @Test func finalisedWithoutOutcomesIsOnlyAWarning() {
        var c = Fixtures.sampleCase()
        c.finalised = day
        let problems = CaseValidator.problems(of: c, meta: Fixtures.meta)
        #expect(problems.count == 1)
        #expect(problems[0].isWarning)
        #expect(problems[0].message == "set to 2013-02-01 although defendants D1, D2 have no outcome")
        for n in c.defendants.indices { c.defendants[n].outcome = Outcome(category: .dropped, date: day) }
        #expect(CaseValidator.problems(of: c, meta: Fixtures.meta) == [])
    }
}
