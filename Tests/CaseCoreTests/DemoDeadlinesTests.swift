import Testing
@testable import CaseCore
@testable import CaseDemo

/// Schema version 2 in the demo store: every CTL mark, tasks, payment dates, and the 2021 rule
/// for EU instruments.
@Suite struct DemoDeadlinesTests {
    static let today = DemoGeneratorTests.today

    @Test(arguments: DemoGeneratorTests.seeds) func theDefaultStoreShowsEveryDeadline(seed: UInt64) {
        let cases = DemoGeneratorTests.store(seed: seed)
        let ctls = cases.flatMap(\.defendants).flatMap(\.custodyTimeLimits)
        let states = ctls.map { $0.state(on: Self.today) }
        #expect(states.contains(.expired))
        #expect(states.contains(.atRisk))
        #expect(states.contains(.running))
        #expect(states.contains(.ended))
        #expect(ctls.contains { $0.extensionPending && $0.state(on: Self.today) == .running })
        #expect(ctls.contains { $0.grantedExtension != nil })
        #expect(ctls.contains { $0.courtDifference != nil } || seed == .max)
        #expect(ctls.contains { $0.limit == .crownCourt182 })
        let more = DemoGeneratorTests.store(seed: seed, count: 400).flatMap(\.defendants).flatMap(\.custodyTimeLimits)
        #expect(Set(more.map(\.limit)) == [.summaryOnly56, .eitherWayMagistrates70, .crownCourt182, .newIndictment112])
        #expect(Set(cases.flatMap(\.defendants).compactMap(\.remand)).isSuperset(of: [.custody, .conditionalBail]))
        let tasks = cases.flatMap(\.tasks)
        #expect(tasks.contains { !$0.isOpen })
        #expect(tasks.contains { $0.isOpen && ($0.due.map { $0 < Self.today } ?? false) })
        #expect(cases.flatMap(\.defendants).contains { $0.confiscation?.paymentDue != nil })
        #expect(cases.flatMap(\.requests).contains { $0.kind == .tcaArrestWarrant })
        let summaries = cases.map(CaseSummary.init)
        #expect(summaries.contains { DeadlineList.isWithoutNextAction($0, today: Self.today) })
    }

    @Test(arguments: DemoGeneratorTests.seeds) func noEUInstrumentIsSentAfter2020(seed: UInt64) {
        let requests = DemoGeneratorTests.store(seed: seed, count: 400).flatMap(\.requests)
        let eu = requests.filter { $0.kind == .europeanArrestWarrant || $0.kind == .europeanInvestigationOrder }
        #expect(!eu.isEmpty)
        #expect(eu.allSatisfy { ($0.sent ?? $0.history[0].date) <= DeadlineChecks.lastEUInstrumentDay })
    }

    /// `casedesk demo --cases 10000` on 2026-11-30 refused CD-2026-009118: a CTL drawn as
    /// expired was given an expiry (a few days ago) before it started (yesterday).
    @Test func aCTLThatStartedDaysAgoIsNeverGivenAnEarlierExpiry() {
        let g = DemoGenerator(seed: 1, today: Day(year: 2026, month: 11, day: 30)!)
        let c = g.makeCase(index: 9117)
        #expect(c.id == "CD-2026-009118")
        #expect(CaseValidator.problems(of: c, meta: g.meta) == [], "\(c.id)")
        for today in [Day(year: 2024, month: 2, day: 29)!, Day(year: 2026, month: 12, day: 31)!, Day(year: 2027, month: 3, day: 1)!] {
            let g = DemoGenerator(seed: 1, today: today)
            for i in stride(from: 0, to: 20_000, by: 7) {
                for ctl in g.makeCase(index: i).defendants.flatMap(\.custodyTimeLimits) {
                    #expect(ctl.expires.map { $0 >= ctl.from } ?? true, "\(today) case \(i)")
                    #expect(ctl.extensions.allSatisfy { $0.newExpiry.map { $0 >= ctl.from } ?? true }, "\(today) case \(i)")
                }
            }
        }
    }

    @Test func everyDemoCaseIsValidWithoutWarnings() {
        let g = DemoGenerator(seed: 3, today: Self.today)
        for i in 0..<1500 {
            let c = g.makeCase(index: i)
            #expect(CaseValidator.problems(of: c, meta: g.meta) == [], "\(c.id)")
        }
    }
}
