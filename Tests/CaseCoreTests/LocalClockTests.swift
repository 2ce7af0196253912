import Foundation
import Testing
@testable import CaseCore

/// "Today" is the user's local date, not the UTC day: 00:30 BST on 2 June is 23:30 UTC on
/// 1 June, and a chase recorded then is dated 2 June.
@Suite struct LocalClockTests {
    static let london = TimeZone(identifier: "Europe/London")!
    static let utc = TimeZone(identifier: "UTC")!

    @Test func justAfterMidnightBSTIsTheNewDayNotTheUTCOne() {
        let t = Timestamp(iso: "2026-06-01T23:30:00Z")!
        #expect(t.day == Day(iso: "2026-06-01"))   // the UTC day, what the UI used to take
        #expect(LocalClock.fixed(t, timeZone: Self.london).today == Day(iso: "2026-06-02"))
        #expect(LocalClock.fixed(t, timeZone: Self.utc).today == Day(iso: "2026-06-01"))
    }

    @Test func winterLondonIsUTCAndZonesWestAreBehind() {
        let t = Timestamp(iso: "2026-01-01T00:30:00Z")!
        #expect(LocalClock.fixed(t, timeZone: Self.london).today == Day(iso: "2026-01-01"))
        #expect(LocalClock.fixed(t, timeZone: TimeZone(identifier: "America/New_York")!).today == Day(iso: "2025-12-31"))
        #expect(LocalClock.fixed(t, timeZone: TimeZone(identifier: "Pacific/Auckland")!).today == Day(iso: "2026-01-01"))
    }

    @Test func theDayOfAnyInstantUsesTheOffsetInForceThen() {
        // Same clock, two instants either side of the clocks going forward (29 March 2026).
        let clock = LocalClock.fixed(Timestamp(seconds: 0), timeZone: Self.london)
        #expect(clock.day(of: Timestamp(iso: "2026-03-28T23:30:00Z")!) == Day(iso: "2026-03-28"))
        #expect(clock.day(of: Timestamp(iso: "2026-03-29T23:30:00Z")!) == Day(iso: "2026-03-30"))
    }
}
