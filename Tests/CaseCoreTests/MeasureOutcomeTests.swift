import Testing
@testable import CaseCore

/// Outcomes, rates and sentences on a small store whose answers are worked out by hand.
@Suite struct MeasureOutcomeTests {
    let today = day("2015-01-01")
    let fy2013 = ReportPeriod.year(FinancialYear(startYear: 2013))

    /// Case A (drugs): D1 guilty plea 2013-05-01 (24 months), D2 convicted after trial
    /// 2013-06-30 (36 months suspended), D3 acquitted after trial 2013-07-01, D4 administratively
    /// finalised 2013-08-01. Case B (fraud and money laundering): D5 dropped 2014-03-31 (still
    /// 2013-2014), D6 directed acquittal 2014-04-01 (2014-2015), D7 guilty plea 2012-04-01 (12 months).
    var store: [CaseSummary] {
        [
            summary("A", unit: "OCD-LON", lawyer: "P1", crimeTypes: [.drugTrafficking], defendants: [
                defendant("D1", outcome: .guiltyPlea, on: "2013-05-01", months: 24),
                defendant("D2", outcome: .convictedAfterTrial, on: "2013-06-30", months: 36, suspended: true),
                defendant("D3", outcome: .acquittedAfterTrial, on: "2013-07-01"),
                defendant("D4", outcome: .administrativelyFinalised, on: "2013-08-01"),
            ]),
            summary("B", unit: "OCD-BHM", lawyer: nil, crimeTypes: [.fraud, .moneyLaundering], defendants: [
                defendant("D5", outcome: .dropped, on: "2014-03-31"),
                defendant("D6", outcome: .directedAcquittal, on: "2014-04-01"),
                defendant("D7", outcome: .guiltyPlea, on: "2012-04-01", months: 12),
                defendant("D8"),
            ]),
        ]
    }

    func report(_ period: ReportPeriod, _ by: GroupBy) -> Report {
        Measures.report(store, period: period, groupBy: by, context: QueryContext(today: today))
    }

    @Test func oneYearCountsEachDefendantInTheYearOfItsOutcome() {
        let t = report(fy2013, .none).total
        #expect(t.outcomeCounts == [1, 1, 1, 0, 1, 1])
        #expect(t.ratedOutcomes == 4)                        // administratively finalised left out
        #expect(t.convictionRate == 0.5)                     // (1 + 1) / 4
        #expect(t.guiltyPleaRate == 0.25)                    // 1 / 4
        #expect(t.custodialSentences == 1)                   // D2's sentence is suspended
        #expect(t.totalCustodialMonths == 24 && t.medianCustodialMonths == 24)
    }

    @Test func byYearAcrossTheMarch31Boundary() {
        let r = report(.all, .year)
        #expect(r.rows.map(\.key) == ["2012-2013", "2013-2014", "2014-2015"])
        #expect(r.rows.map(\.guiltyPleas) == [1, 1, 0])
        #expect(r.rows.map(\.dropped) == [0, 1, 0])          // 31 March stays in 2013-2014
        #expect(r.rows.map(\.directedAcquittals) == [0, 0, 1]) // 1 April starts 2014-2015
        #expect(r.rows.map(\.convictionRate) == [1.0, 0.5, 0.0])
        #expect(r.total.outcomesTotal == 7)
        #expect(r.total.medianCustodialMonths == 18)         // 12 and 24
        #expect(r.notices.isEmpty)
    }

    @Test func byQuarterAcrossJuneAndDecemberBoundaries() {
        let r = report(fy2013, .quarter)
        #expect(r.rows.map(\.key) == ["2013-2014 Q1", "2013-2014 Q2", "2013-2014 Q3", "2013-2014 Q4"])
        #expect(r.rows.map(\.convictions) == [2, 0, 0, 0])   // 30 June is Q1, 1 July Q2
        #expect(r.rows.map(\.convictionRate) == [1.0, 0.0, nil, 0.0])
        #expect(r.rows[1].administrativelyFinalised == 1 && r.rows[1].ratedOutcomes == 1)
        let q3 = report(.quarter(FinancialYear(startYear: 2013), .q3), .none)
        #expect(q3.rows.count == 1 && q3.total.convictionRate == nil && q3.total.outcomesTotal == 0)
    }

    @Test func severalCrimeTypesCountInEachRowAndSaySo() {
        let r = report(fy2013, .crimeType)
        #expect(r.rows.map(\.key) == ["drugTrafficking", "moneyLaundering", "fraud"])
        #expect(r.rows.map(\.label) == ["Drug trafficking", "Money laundering", "Fraud"])
        #expect(r.rows.map(\.dropped) == [0, 1, 1])          // D5 in both of B's rows
        #expect(r.rows.reduce(0) { $0 + $1.outcomesTotal } == 6 && r.total.outcomesTotal == 5)
        #expect(r.rowsOverlap && r.notices == [Measures.crimeTypeOverlapNotice])
        #expect(abs(r.rows[0].convictionRate! - 2.0 / 3.0) < 1e-12)
    }

    @Test func byUnitAndLawyer() {
        let meta = StoreMeta(name: "t", units: [Unit(id: "OCD-LON", name: "OCD London", kind: .organisedCrimeDivision)],
                             people: [Person(id: "P1", name: "Ada Shaw", role: .prosecutor)])
        let index = MeasureIndex(store)
        let units = Measures.report(index, period: fy2013, groupBy: .unit, today: today, meta: meta)
        // By code, as units are known (a unit without a name in the store's meta shows its id).
        #expect(units.rows.map(\.key) == ["OCD-BHM", "OCD-LON"])
        #expect(units.rows.map(\.label) == ["OCD-BHM", "OCD London"])
        #expect(units.rows.map(\.outcomesTotal) == [1, 4])
        let lawyers = Measures.report(index, period: fy2013, groupBy: .lawyer, today: today, meta: meta)
        #expect(lawyers.rows.map(\.key) == ["P1", "unassigned"])
        #expect(lawyers.rows.map(\.label) == ["Ada Shaw", "Unassigned"])
        // "Unassigned" is not a name: last, even after a name that sorts after it.
        let zara = StoreMeta(name: "t", units: meta.units, people: [Person(id: "P1", name: "Zara West", role: .prosecutor)])
        #expect(Measures.report(index, period: fy2013, groupBy: .lawyer, today: today, meta: zara).rows.map(\.label)
                == ["Zara West", "Unassigned"])
    }

    @Test func defendantsOfOneCaseFinalisedInDifferentYears() {
        let s = [summary("X", defendants: [defendant("1", outcome: .guiltyPlea, on: "2013-03-31"),
                                           defendant("2", outcome: .convictedAfterTrial, on: "2013-04-01")])]
        let r = Measures.report(s, period: .all, groupBy: .year, context: QueryContext(today: today))
        #expect(r.rows.map(\.key) == ["2012-2013", "2013-2014"])
        #expect(r.rows.map(\.guiltyPleas) == [1, 0] && r.rows.map(\.convictedAfterTrial) == [0, 1])
        #expect(Measures.caseIDs(MeasureIndex(s), period: .all, groupBy: .year, today: today,
                                 figure: .convictions, rowKey: "2012-2013") == ["X"])
    }

    @Test func emptyPeriodHasNoRateNeverZero() {
        let r = report(.year(FinancialYear(startYear: 2000)), .none)
        #expect(r.total.convictionRate == nil && r.total.guiltyPleaRate == nil)
        #expect(ReportFormatter.json(r).contains("\"convictionRate\": null"))
        #expect(ReportFormatter.markdown(r).contains("| 2000-2001 | 0 | 0 | 0 | 0 | 0 | 0 | – | – |"))
        let onlyAdmin = [summary("Z", defendants: [defendant("1", outcome: .administrativelyFinalised, on: "2013-05-05")])]
        let z = Measures.report(onlyAdmin, period: fy2013, groupBy: .none, context: QueryContext(today: today)).total
        #expect(z.administrativelyFinalised == 1 && z.convictionRate == nil)
        #expect(Measures.report([], period: .all, groupBy: .year, context: QueryContext(today: today)).rows.isEmpty)
    }

    @Test func trendAndChangeFromThePreviousPeriod() {
        let index = MeasureIndex(store)
        let trend = Measures.convictionRateTrend(index, today: today)
        #expect(trend.map(\.year.text) == ["2012-2013", "2013-2014", "2014-2015"])
        #expect(trend.map(\.convictionRate) == [1.0, 0.5, 0.0])
        let h = Measures.headline(index, period: fy2013, today: today)
        #expect(h.current.convictionRate == 0.5 && h.previous?.convictionRate == 1.0)
        #expect(h.convictionRateChange == -50)
        #expect(h.guiltyPleaRateChange == -75)
        #expect(Percent.points(h.convictionRateChange) == "-50")
        let empty = Measures.headline(index, period: .year(FinancialYear(startYear: 2012)), today: today)
        #expect(empty.previous?.convictionRate == nil && empty.convictionRateChange == nil)
        #expect(Measures.headline(index, period: .all, today: today).previous == nil)
    }

    @Test func drillDownListsTheCasesBehindAFigure() {
        let index = MeasureIndex(store)
        func ids(_ f: Figure, _ key: String?, by: GroupBy = .crimeType) -> [String] {
            Measures.caseIDs(index, period: fy2013, groupBy: by, today: today, figure: f, rowKey: key)
        }
        #expect(ids(.outcome(.dropped), "fraud") == ["B"])
        #expect(ids(.outcome(.dropped), "drugTrafficking") == [])
        #expect(ids(.ratedOutcomes, nil) == ["A", "B"])
        #expect(ids(.convictions, "total") == ["A"])
        #expect(ids(.custodialSentences, "drugTrafficking") == ["A"])
        #expect(ids(.outcome(.guiltyPlea), "nonsense") == [])
        #expect(ids(.outcomes, "OCD-BHM", by: .unit) == ["B"])
    }
}
