import Testing
@testable import CaseCore

/// A saved case put back into the index (and its cubes) must give every report a full build
/// over the changed summaries gives, for every period and breakdown, change after change.
@Suite struct MeasureIndexReplacingTests {
    static let today = demoToday

    /// Changes a save can make, each to a copy of `c` (`others` lends existing ids).
    static func changed(_ c: Case, _ kind: Int, others: [Case]) -> Case {
        var c = c
        let d = Day(iso: "2025-09-15")!
        switch kind {
        case 0:   // an outcome, a sentence and confiscation for the first defendant
            if !c.defendants.isEmpty {
                c.defendants[0].outcome = Outcome(category: .convictedAfterTrial, date: d)
                c.defendants[0].sentence = Sentence(custodialMonths: 97)
                c.defendants[0].confiscation = Confiscation(stage: .orderMade, restraintDate: Day(iso: "2024-02-01")!,
                                                            orderPence: 12_345_600, orderDate: d, recoveredPence: 100_000)
                c.defendants[0].ancillaryOrders.append(AncillaryOrder(type: .travelRestrictionOrder, made: d))
            }
        case 1:   // another lawyer and unit that the store already has
            c.lawyer = others.first { $0.lawyer != nil && $0.lawyer != c.lawyer }?.lawyer
            c.unit = others.first { $0.unit != c.unit }!.unit
        case 2:   // finalised, with every defendant's outcome
            for i in c.defendants.indices where c.defendants[i].outcome == nil {
                c.defendants[i].outcome = Outcome(category: .guiltyPlea, date: d)
            }
            c.status = .finalised
            c.finalised = d
        case 3:   // requests gone, crime types changed
            c.requests = []
            c.crimeTypes = [.fraud, .moneyLaundering]
        default:  // a request executed, one added to a country the store knows
            if !c.requests.isEmpty, c.requests[0].status.isOpen {
                c.requests[0].status = .executed
                c.requests[0].history.append(StatusChange(status: .executed, date: d))
            }
            let country = others.first { !$0.requests.isEmpty }!.requests[0].country
            c.requests.append(InternationalRequest(id: c.id + "-RX", kind: .mla, direction: .outgoing, country: country,
                                                   legalBasis: "coe1959", status: .sent,
                                                   history: [StatusChange(status: .sent, date: Day(iso: "2025-06-01")!)],
                                                   sent: Day(iso: "2025-06-01")!, due: Day(iso: "2025-09-01")!))
        }
        return c
    }

    @Test func replacedCasesGiveTheReportsOfAFullBuild() throws {
        var cases = demoCases(250, seed: 7)
        var summaries = cases.map(CaseSummary.init)
        var index = MeasureIndex(summaries)
        index.prepareReports(today: Self.today)
        var replaced = 0
        for (step, ci) in [17, 80, 81, 200, 5, 123, 17].enumerated() {
            let new = Self.changed(cases[ci], step % 5, others: cases)
            let old = summaries[ci]
            cases[ci] = new
            summaries[ci] = CaseSummary(new)
            guard let next = index.replacing(ci, old: old, new: summaries[ci], today: Self.today) else {
                index = MeasureIndex(summaries)      // as the app does: a full build
                index.prepareReports(today: Self.today)
                continue
            }
            replaced += 1
            #expect(next.cubes.cached(.lawyer, today: Self.today) != nil, "the cubes are carried over")
            index = next
            let fresh = MeasureIndex(summaries)
            for period in MeasureCubeTests.periods(fresh, today: Self.today) {
                for g in GroupBy.allCases {
                    #expect(Measures.report(index, period: period, groupBy: g, today: Self.today)
                            == Measures.report(fresh, period: period, groupBy: g, today: Self.today),
                            "step \(step), case \(ci): \(period.text) by \(g.rawValue)")
                }
            }
            #expect(Measures.caseIDs(index, period: .all, groupBy: .crimeType, today: Self.today, figure: .convictions, rowKey: nil)
                    == Measures.caseIDs(fresh, period: .all, groupBy: .crimeType, today: Self.today, figure: .convictions, rowKey: nil))
        }
        #expect(replaced >= 5, "most changes are put in place, not rebuilt")
    }

    /// A save dated on the last day the store holds (a chase or an outcome today) reaches the
    /// edge without moving it: still put in place, with the figures of a full build.
    @Test func aDayOnTheEdgeIsPutInPlace() throws {
        var cases = demoCases(250, seed: 7)
        var summaries = cases.map(CaseSummary.init)
        let index = MeasureIndex(summaries)
        index.prepareReports(today: Self.today)
        let last = try #require(index.lastDay)
        let ci = try #require(cases.indices.first { i in
            !cases[i].defendants.isEmpty && !summaries[i].defendants.contains { $0.outcomeDate == last } && cases[i].opened < last
        })
        let old = summaries[ci]
        cases[ci].defendants[0].outcome = Outcome(category: .guiltyPlea, date: last)
        summaries[ci] = CaseSummary(cases[ci])
        let replaced = try #require(index.replacing(ci, old: old, new: summaries[ci], today: Self.today))
        let fresh = MeasureIndex(summaries)
        for period in [ReportPeriod.all, .year(FinancialYear(containing: last)), .quarter(FinancialYear(containing: last), Quarter(containing: last))] {
            for g in GroupBy.allCases {
                #expect(Measures.report(replaced, period: period, groupBy: g, today: Self.today)
                        == Measures.report(fresh, period: period, groupBy: g, today: Self.today), "\(period.text) by \(g.rawValue)")
            }
        }
    }

    /// The confiscations kept apart from the defendants stay one for each defendant with a
    /// stage, in defendant order (what the walk counts on), as saves give a defendant one, take
    /// a case's defendants away, or add a defendant with one.
    @Test func confiscationsStayInStepWithTheirDefendants() throws {
        var cases = demoCases(120, seed: 11)
        var summaries = cases.map(CaseSummary.init)
        var index = MeasureIndex(summaries)
        let withOne = try #require(cases.indices.first { i in cases[i].defendants.contains { $0.confiscation != nil } })
        let without = try #require(cases.indices.first { i in i > 5 && !cases[i].defendants.isEmpty
                                                             && cases[i].defendants.allSatisfy { $0.confiscation == nil } })
        let d = Day(iso: "2025-09-15")!
        var donor = try #require(cases[withOne].defendants.first { $0.confiscation != nil })
        donor.id = "DX"
        let changes: [(Int, (inout Case) -> Void)] = [
            (without, { $0.defendants[0].confiscation = Confiscation(stage: .restraint, restraintDate: d) }),
            (withOne, { $0.defendants = [] }),
            (3, { $0.defendants.insert(donor, at: 0) }),
        ]
        var replaced = 0
        for (ci, change) in changes {
            let old = summaries[ci]
            change(&cases[ci])
            summaries[ci] = CaseSummary(cases[ci])
            let fresh = MeasureIndex(summaries)
            guard let next = index.replacing(ci, old: old, new: summaries[ci], today: Self.today) else {
                index = fresh
                continue
            }
            replaced += 1
            index = next
            #expect(index.confiscations == fresh.confiscations, "case \(ci)")
            #expect(index.defendants.map(\.stage) == fresh.defendants.map(\.stage), "case \(ci)")
            #expect(index.confiscations.count == index.defendants.filter { $0.stage >= 0 }.count)
        }
        #expect(replaced >= 2)
    }

    /// Only a full build can number a new lawyer, or move the first or last day the index spans.
    @Test func aNewLawyerOrADayAtTheEdgeNeedsAFullBuild() {
        let cases = demoCases(60, seed: 3)
        let summaries = cases.map(CaseSummary.init)
        let index = MeasureIndex(summaries)
        var c = cases[10]
        c.lawyer = "someone-new"
        #expect(index.replacing(10, old: summaries[10], new: CaseSummary(c), today: Self.today) == nil)
        c = cases[10]
        c.opened = Day(iso: "1990-01-01")!
        #expect(index.replacing(10, old: summaries[10], new: CaseSummary(c), today: Self.today) == nil)
        #expect(index.replacing(10, old: summaries[10], new: summaries[11], today: Self.today) == nil)   // another id
    }
}
