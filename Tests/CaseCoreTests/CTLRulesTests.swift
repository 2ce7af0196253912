import Testing
@testable import CaseCore

/// Custody time limits: expiry per limit, the court's date, extensions, the end, at risk,
/// expired and the 28-day reviews, at month ends, on a leap day and across a year end.
@Suite struct CTLRulesTests {
    static func d(_ s: String) -> Day { Day(iso: s)! }
    static func ctl(_ from: String, _ limit: CTLLimit, expires: String? = nil, extensions: [CTLExtension] = [],
                    ended: CTLEnd? = nil) -> CustodyTimeLimit {
        CustodyTimeLimit(from: d(from), limit: limit, expires: expires.map(d), extensions: extensions, ended: ended)
    }

    @Test(arguments: [
        ("2024-01-01", CTLLimit.summaryOnly56, "2024-02-26"),
        ("2024-01-04", .summaryOnly56, "2024-02-29"),          // ends on the leap day
        ("2023-12-31", .eitherWayMagistrates70, "2024-03-10"),  // from a year end, across February of a leap year
        ("2024-11-05", .summaryOnly56, "2024-12-31"),          // ends on a year end
        ("2024-11-06", .summaryOnly56, "2025-01-01"),          // crosses into the next year
        ("2017-01-02", .crownCourt182, "2017-07-03"),
        ("2023-03-01", .crownCourt182, "2023-08-30"),
        ("2024-02-29", .newIndictment112, "2024-06-20"),       // from the leap day
    ])
    func computedExpiry(from: String, limit: CTLLimit, expected: String) {
        let c = Self.ctl(from, limit)
        #expect(c.computedExpiry == Self.d(expected))
        #expect(c.expiry == Self.d(expected))
        #expect(c.expirySource == .computed)
        #expect(c.courtDifference == nil)
    }

    @Test func otherHasNoComputedExpiry() {
        #expect(Self.ctl("2024-01-31", .other).computedExpiry == nil)
        #expect(Self.ctl("2024-01-31", .other).state(on: Self.d("2024-02-01")) == .noExpiry)
        #expect(Self.ctl("2024-01-31", .other, expires: "2024-04-30").expiry == Self.d("2024-04-30"))
    }

    @Test func crownCourtLessDaysAlreadyInCustody() {
        // Remanded on 31 January 2024, sent to the Crown Court 10 days later: 182 - 10 from sending.
        let from = Self.d("2024-01-31")
        #expect(CTLRules.crownCourtExpiry(sentOn: from.adding(days: 10), daysAlreadyInCustody: 10)
                == Self.ctl("2024-01-31", .crownCourt182).computedExpiry)
        #expect(CTLRules.crownCourtExpiry(sentOn: Self.d("2024-03-01"), daysAlreadyInCustody: 30) == Self.d("2024-07-31"))
    }

    @Test func theCourtsDateWinsAndTheDifferenceIsKnown() {
        let c = Self.ctl("2024-01-01", .summaryOnly56, expires: "2024-02-27")
        #expect(c.expiry == Self.d("2024-02-27"))
        #expect(c.expirySource == .court)
        #expect(c.courtDifference?.court == Self.d("2024-02-27"))
        #expect(c.courtDifference?.computed == Self.d("2024-02-26"))
        #expect(Self.ctl("2024-01-01", .summaryOnly56, expires: "2024-02-26").courtDifference == nil)
    }

    @Test func aGrantedExtensionMovesTheExpiry() {
        let granted = CTLExtension(applied: Self.d("2024-02-10"), heard: Self.d("2024-02-20"), granted: true,
                                   newExpiry: Self.d("2024-04-30"))
        let c = Self.ctl("2024-01-01", .summaryOnly56, expires: "2024-02-27", extensions: [granted])
        #expect(c.expiry == Self.d("2024-04-30"))
        #expect(c.expirySource == .extension)
        #expect(c.state(on: Self.d("2024-02-28")) == .running)
        #expect(c.state(on: Self.d("2024-04-02")) == .atRisk)
    }

    @Test func atRiskAndExpiredBoundaries() {
        let c = Self.ctl("2024-01-01", .summaryOnly56)          // expires 2024-02-26
        #expect(c.state(on: Self.d("2024-01-28")) == .running)  // 29 days left
        #expect(c.state(on: Self.d("2024-01-29")) == .atRisk)   // 28 days left
        #expect(c.state(on: Self.d("2024-02-26")) == .atRisk)   // the last day
        #expect(c.daysLeft(on: Self.d("2024-02-26")) == 0)
        #expect(c.state(on: Self.d("2024-02-27")) == .expired)
        #expect(c.daysLeft(on: Self.d("2024-02-27")) == -1)
    }

    @Test func aPendingApplicationTakesAnExpiryOutOfRiskButARefusalDoesNot() {
        let pending = CTLExtension(applied: Self.d("2024-02-01"))
        #expect(Self.ctl("2024-01-01", .summaryOnly56, extensions: [pending]).state(on: Self.d("2024-02-10")) == .running)
        let refused = CTLExtension(applied: Self.d("2024-02-01"), heard: Self.d("2024-02-05"), granted: false)
        #expect(Self.ctl("2024-01-01", .summaryOnly56, extensions: [refused]).state(on: Self.d("2024-02-10")) == .atRisk)
        // Pending or not, a passed expiry is expired.
        #expect(Self.ctl("2024-01-01", .summaryOnly56, extensions: [pending]).state(on: Self.d("2024-02-27")) == .expired)
    }

    @Test func endedStopsTheClock() {
        let c = Self.ctl("2024-01-01", .summaryOnly56, ended: CTLEnd(date: Self.d("2024-02-20"), reason: .trialStarted))
        #expect(c.isRunning(on: Self.d("2024-02-19")))
        #expect(!c.isRunning(on: Self.d("2024-02-20")))
        #expect(c.state(on: Self.d("2024-03-31")) == .ended)
        #expect(!c.failed(asOf: Self.d("2024-03-31")))
        #expect(c.nextReview(onOrAfter: Self.d("2024-02-20")) == nil)
        let late = Self.ctl("2024-01-01", .summaryOnly56, ended: CTLEnd(date: Self.d("2024-02-28"), reason: .bailed))
        #expect(late.failed(asOf: Self.d("2024-03-31")))
        #expect(Self.ctl("2024-01-01", .summaryOnly56).failed(asOf: Self.d("2024-02-27")))
        #expect(!Self.ctl("2024-01-01", .summaryOnly56).failed(asOf: Self.d("2024-02-26")))
    }

    @Test func reviewsEvery28DaysFromTheStart() {
        let c = Self.ctl("2024-01-31", .crownCourt182)          // expires 2024-07-31
        #expect(c.nextReview(onOrAfter: Self.d("2024-01-31")) == Self.d("2024-02-28"))
        #expect(c.nextReview(onOrAfter: Self.d("2024-02-28")) == Self.d("2024-02-28"))
        #expect(c.nextReview(onOrAfter: Self.d("2024-02-29")) == Self.d("2024-03-27"))
        #expect(c.nextReview(onOrAfter: Self.d("2024-07-04")) == Self.d("2024-07-17"))
        #expect(c.nextReview(onOrAfter: Self.d("2024-07-18")) == nil)   // the next, 2024-08-14, is after the expiry
        let yearEnd = Self.ctl("2024-12-10", .summaryOnly56)
        #expect(yearEnd.nextReview(onOrAfter: Self.d("2024-12-31")) == Self.d("2025-01-07"))
    }

    @Test func aDefendantsEarliestRunningExpiry() {
        let d = Defendant(id: "D1", name: "A", custody: .inCustody, remand: .custody, custodyTimeLimits: [
            Self.ctl("2024-01-01", .crownCourt182),                                                     // 2024-07-01
            Self.ctl("2024-01-01", .summaryOnly56, ended: CTLEnd(date: Self.d("2024-01-20"), reason: .discontinued)),
            Self.ctl("2024-01-10", .eitherWayMagistrates70),                                            // 2024-03-20
        ])
        #expect(d.earliestRunningCTL(on: Self.d("2024-02-01"))?.index == 2)
        #expect(d.earliestRunningCTL(on: Self.d("2024-01-15"))?.index == 1)
        #expect(DefendantSummary(d).earliestRunningCTL(on: Self.d("2024-02-01"))?.expiry == Self.d("2024-03-20"))
    }

    @Test func calendarMonthsAndYears() {
        #expect(DeadlineRules.addingYears(2, to: Self.d("2024-02-29")) == Self.d("2026-02-28"))
        #expect(DeadlineRules.addingYears(2, to: Self.d("2022-02-28")) == Self.d("2024-02-28"))
        #expect(DeadlineRules.addingMonths(6, to: Self.d("2024-08-31")) == Self.d("2025-02-28"))
        #expect(DeadlineRules.addingMonths(3, to: Self.d("2024-11-30")) == Self.d("2025-02-28"))
        #expect(DeadlineRules.addingMonths(1, to: Self.d("2023-12-31")) == Self.d("2024-01-31"))
    }
}
