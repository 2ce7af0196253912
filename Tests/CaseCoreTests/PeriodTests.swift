import Testing
@testable import CaseCore

@Suite struct PeriodTests {
    @Test(arguments: [
        ("2013-03-31", 2012), ("2013-04-01", 2013), ("2013-06-30", 2013), ("2013-07-01", 2013),
        ("2013-12-31", 2013), ("2014-01-01", 2013), ("2014-03-31", 2013), ("2014-04-01", 2014),
        ("2012-02-29", 2011),
    ])
    func financialYearOfADate(_ iso: String, _ startYear: Int) {
        #expect(FinancialYear(containing: day(iso)).startYear == startYear)
        #expect(FinancialYear.containing(day(iso)).contains(day(iso)))
    }

    @Test(arguments: [
        ("2013-03-31", Quarter.q4), ("2013-04-01", .q1), ("2013-06-30", .q1), ("2013-07-01", .q2),
        ("2013-09-30", .q2), ("2013-10-01", .q3), ("2013-12-31", .q3), ("2014-01-01", .q4),
    ])
    func quarterOfADate(_ iso: String, _ q: Quarter) {
        #expect(Quarter(containing: day(iso)) == q)
        let p = ReportPeriod.quarter(containing: day(iso))
        #expect(p.contains(day(iso)))
    }

    @Test func yearTextAndDays() {
        let y = FinancialYear(startYear: 2013)
        #expect(y.text == "2013-2014")
        #expect(y.firstDay == day("2013-04-01"))
        #expect(y.lastDay == day("2014-03-31"))
        #expect(y.days.contains(day("2014-03-31")))
        #expect(!y.days.contains(day("2014-04-01")))
        #expect(!y.days.contains(day("2013-03-31")))
        #expect(y.previous.text == "2012-2013" && y.next.text == "2014-2015")
    }

    @Test(arguments: ["2013-2014", " 2013-2014 "])
    func parsesAYear(_ text: String) {
        #expect(FinancialYear(parsing: "2013-2014") == FinancialYear(startYear: 2013))
        #expect(ReportPeriod(parsing: text) == .year(FinancialYear(startYear: 2013)))
    }

    @Test(arguments: ["2013-2015", "2013-2013", "2013-14", "13-14", "2013/2014", "abcd-efgh", "", "2013-2014 Q5",
                      "2013-2014 Q0", "2013-2014Q3", "2013-2014 X3", "every"])
    func refusesBadPeriods(_ text: String) {
        #expect(ReportPeriod(parsing: text) == nil)
        #expect(FinancialYear(parsing: text) == nil)
    }

    @Test(arguments: ["2013-2014 Q3", "2013-2014-Q3", "2013-2014 q3", "2013-2014-q3"])
    func parsesAQuarter(_ text: String) {
        #expect(ReportPeriod(parsing: text) == .quarter(FinancialYear(startYear: 2013), .q3))
    }

    @Test func parsesAllAndRoundTripsText() {
        #expect(ReportPeriod(parsing: "all") == .all)
        #expect(ReportPeriod(parsing: "ALL") == .all)
        for p in [ReportPeriod.all, .year(FinancialYear(startYear: 2010)), .quarter(FinancialYear(startYear: 2010), .q4)] {
            #expect(ReportPeriod(parsing: p.text) == p)
        }
        #expect(ReportPeriod.quarter(FinancialYear(startYear: 2013), .q3).label == "2013-2014 Q3 (Oct–Dec)")
        #expect(ReportPeriod.all.label == "All years")
    }

    @Test func quarterDays() {
        let y = FinancialYear(startYear: 2013)
        #expect(Quarter.q1.days(in: y) == day("2013-04-01")...day("2013-06-30"))
        #expect(Quarter.q2.days(in: y) == day("2013-07-01")...day("2013-09-30"))
        #expect(Quarter.q3.days(in: y) == day("2013-10-01")...day("2013-12-31"))
        #expect(Quarter.q4.days(in: y) == day("2014-01-01")...day("2014-03-31"))
        #expect(Quarter.q4.days(in: FinancialYear(startYear: 2015)).upperBound == day("2016-03-31"))
    }

    @Test func periodContainsItsBoundaries() {
        let q3 = ReportPeriod.quarter(FinancialYear(startYear: 2013), .q3)
        #expect(q3.contains(day("2013-10-01")) && q3.contains(day("2013-12-31")))
        #expect(!q3.contains(day("2013-09-30")) && !q3.contains(day("2014-01-01")))
        #expect(ReportPeriod.all.contains(day("1990-01-01")))
        #expect(!ReportPeriod.all.contains(nil as Day?))
        #expect(ReportPeriod.all.days == nil && ReportPeriod.all.lastDay == nil)
    }

    @Test func previousAndNextStepAcrossYears() {
        let y = FinancialYear(startYear: 2013)
        #expect(ReportPeriod.quarter(y, .q1).previous == .quarter(y.previous, .q4))
        #expect(ReportPeriod.quarter(y, .q4).next == .quarter(y.next, .q1))
        #expect(ReportPeriod.quarter(y, .q2).previous == .quarter(y, .q1))
        #expect(ReportPeriod.quarter(y, .q2).next == .quarter(y, .q3))
        #expect(ReportPeriod.year(y).previous == .year(y.previous))
        #expect(ReportPeriod.year(y).next == .year(y.next))
        #expect(ReportPeriod.all.previous == nil && ReportPeriod.all.next == nil)
    }

    @Test func yearsSpannedHaveNoGaps() {
        let a = summary("A", opened: "2010-06-01")
        let b = summary("B", opened: "2011-01-01",
                        defendants: [defendant("D1", outcome: .guiltyPlea, on: "2014-04-01")])
        #expect(FinancialYear.spanned(by: [a, b]).map(\.text) == ["2010-2011", "2011-2012", "2012-2013", "2013-2014", "2014-2015"])
        #expect(FinancialYear.spanned(by: []).isEmpty)
    }
}
