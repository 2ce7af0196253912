/// What a query needs besides the summaries: the day it is asked on (injected, so tests and
/// the dashboard of a past period can choose it) and the store's chase interval.
public struct QueryContext: Sendable, Equatable {
    public var today: Day
    /// Days after which an open request that has been sent should be chased again.
    public var chaseIntervalDays: Int

    public init(today: Day, chaseIntervalDays: Int = 28) {
        self.today = today; self.chaseIntervalDays = chaseIntervalDays
    }
}
