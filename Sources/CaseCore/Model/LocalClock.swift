import Foundation

/// The one source of "now" and "today" for the whole program, CLI and UI alike. "Today" is
/// the user's local calendar date (the time zone of `TZ` or the system), never the UTC day:
/// a chase recorded at 00:30 BST is dated that day, not the day before. Timestamps stay UTC
/// instants on disk; only the day they fall on is local. Tests inject a fixed clock and zone.
public struct LocalClock: Sendable {
    public var timeZone: TimeZone
    public var now: @Sendable () -> Timestamp

    public init(timeZone: TimeZone = .current, now: @escaping @Sendable () -> Timestamp = { Timestamp.now() }) {
        self.timeZone = timeZone
        self.now = now
    }

    /// The system clock in the user's time zone.
    public static var system: LocalClock { LocalClock() }

    /// A clock stopped at `instant`, in `timeZone` (tests, `--today`-style runs).
    public static func fixed(_ instant: Timestamp, timeZone: TimeZone) -> LocalClock {
        LocalClock(timeZone: timeZone, now: { instant })
    }

    /// Today's date where the user is.
    public var today: Day { day(of: now()) }

    /// The local calendar date on which the instant `t` falls.
    public func day(of t: Timestamp) -> Day {
        Timestamp(seconds: t.seconds + Int64(timeZone.secondsFromGMT(for: t.date))).day
    }
}
