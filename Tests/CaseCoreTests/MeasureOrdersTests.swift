import Testing
@testable import CaseCore

/// Confiscation, ancillary orders and caseload on hand-built stores.
@Suite struct MeasureOrdersTests {
    let fy2013 = ReportPeriod.year(FinancialYear(startYear: 2013))

    @Test func confiscationAndRestraintInThePeriodOfTheirDates() {
        let s = [
            summary("A", opened: "2012-01-01", defendants: [
                defendant("1", outcome: .guiltyPlea, on: "2013-06-01",
                          confiscation: Confiscation(stage: .orderMade, restraintDate: day("2013-05-01"),
                                                     orderPence: 123_456_789, orderDate: day("2013-09-01"), recoveredPence: 5_000_000)),
                defendant("2", confiscation: Confiscation(stage: .restraint, restraintDate: day("2013-03-31"))),
                defendant("3", confiscation: Confiscation(stage: .satisfied, orderPence: 100, orderDate: day("2014-04-01"), recoveredPence: 100)),
            ]),
            // Finalised before the year began: its defendants' stages are not in 2013-2014's pipeline.
            summary("B", status: .finalised, opened: "2010-01-01", finalised: "2013-03-31", defendants: [
                defendant("4", confiscation: Confiscation(stage: .enforcement)),
            ]),
        ]
        let ctx = QueryContext(today: day("2015-01-01"))
        let t = Measures.report(s, period: fy2013, groupBy: .none, context: ctx).total
        #expect(t.confiscationOrders == 1 && t.confiscationOrderedPence == 123_456_789 && t.recoveredPence == 5_000_000)
        #expect(t.restraintOrders == 1)                      // 31 March 2013 was the year before
        #expect(t.confiscationCases(at: .orderMade) == 1 && t.confiscationCases(at: .restraint) == 1)
        #expect(t.confiscationCases(at: .satisfied) == 1 && t.confiscationCases(at: .enforcement) == 0)
        let md = ReportFormatter.markdown(Measures.report(s, period: fy2013, groupBy: .none, context: ctx))
        #expect(md.contains("| £1,234,568 | £50,000 |"))   // whole pounds, 50p rounds up
        let byYear = Measures.report(s, period: .all, groupBy: .year, context: ctx)
        #expect(byYear.rows.first { $0.key == "2012-2013" }?.confiscationCases(at: .enforcement) == 1)
    }

    @Test func medianByCountsAndBySort() {
        #expect(MeasureAccumulator.median([]) == nil)
        #expect(MeasureAccumulator.median([7]) == 7)
        #expect(MeasureAccumulator.median([30, 10, 20]) == 20)
        #expect(MeasureAccumulator.median([40, 10, 20, 30]) == 25)
        #expect(MeasureAccumulator.median([5, 5, 6, 5]) == 5)
        #expect(MeasureAccumulator.median([1, 1_000_000, 3]) == 3)            // wide range: sorted
        #expect(MeasureAccumulator.median([0, 2_000_000]) == 1_000_000)
    }

    @Test func ancillaryOrdersByTypeMadeInThePeriod() {
        let s = [summary("A", crimeTypes: [.humanTrafficking], defendants: [
            defendant("1", orders: [(.seriousCrimePreventionOrder, "2013-04-01"), (.travelRestrictionOrder, "2013-03-31")]),
            defendant("2", orders: [(.seriousCrimePreventionOrder, "2014-03-31"), (.slaveryAndTraffickingPreventionOrder, "2013-12-31")]),
        ])]
        let r = Measures.report(s, period: fy2013, groupBy: .crimeType, context: QueryContext(today: day("2015-01-01")))
        #expect(r.total.ancillaryOrders(.seriousCrimePreventionOrder) == 2)
        #expect(r.total.ancillaryOrders(.travelRestrictionOrder) == 0)
        #expect(r.total.ancillaryOrders(.slaveryAndTraffickingPreventionOrder) == 1)
        #expect(r.total.ancillaryOrdersTotal == 3 && r.rows.map(\.key) == ["humanTrafficking"] && r.notices.isEmpty)
        #expect(ReportFormatter.json(r).contains("\"ancillaryOrders\": {\"seriousCrimePreventionOrder\": 2, \"travelRestrictionOrder\": 0,"))
    }

    /// C1 opened 1 April 2013 and finalised 31 March 2014; C2 opened 31 March 2013, still open;
    /// C3 opened 1 April 2014.
    var caseload: [CaseSummary] {
        [
            summary("C1", unit: "U1", status: .finalised, opened: "2013-04-01", finalised: "2014-03-31"),
            summary("C2", unit: "U1", opened: "2013-03-31"),
            summary("C3", unit: "U2", opened: "2014-04-01"),
        ]
    }

    @Test func caseloadOfAPastYearIsTakenAtItsEnd() {
        let ctx = QueryContext(today: day("2014-06-01"))
        let t = Measures.report(caseload, period: fy2013, groupBy: .none, context: ctx).total
        #expect(t.casesOpened == 1 && t.casesFinalised == 1)
        #expect(t.casesOpen == 1)                            // C1 closed on 31 March: only C2
        #expect(t.asOf == day("2014-03-31"))
        let units = Measures.report(caseload, period: fy2013, groupBy: .unit, context: ctx)
        #expect(units.rows.map(\.key) == ["U1"])             // U2 has nothing in 2013-2014
        let years = Measures.report(caseload, period: .all, groupBy: .year, context: ctx)
        #expect(years.rows.map(\.key) == ["2012-2013", "2013-2014", "2014-2015"])
        #expect(years.rows.map(\.casesOpened) == [1, 1, 1])
        #expect(years.rows.map(\.casesOpen) == [1, 1, 2])    // 2014-2015 is taken today
        #expect(years.rows.map(\.asOf) == [day("2013-03-31"), day("2014-03-31"), day("2014-06-01")])
        #expect(years.total.casesOpen == 2)
        let index = MeasureIndex(caseload)
        #expect(Measures.caseIDs(index, period: .all, groupBy: .year, today: ctx.today, figure: .casesOpen,
                                 rowKey: "2014-2015") == ["C2", "C3"])
        #expect(Measures.caseIDs(index, period: .all, groupBy: .year, today: ctx.today, figure: .casesFinalised,
                                 rowKey: "2013-2014") == ["C1"])
    }
}
