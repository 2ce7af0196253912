/// Building a `Headline` from rows already computed: the dashboard keeps the reports it has
/// computed (by period and grouping) and pairs the period's total with the total of the
/// period before, instead of walking the index again for both. The change figures stay
/// `Headline`'s own.
extension Headline {
    /// - Parameters: `current` and `previous` are the `total` rows of `Measures.report` for
    ///   `period` and for `period.previous` (nil for `all`, which has no period before).
    public static func pairing(period: ReportPeriod, current: MeasureRow, previous: MeasureRow?) -> Headline {
        Headline(period: period, current: current, previous: previous)
    }
}
