/// The figures of one period broken down one way: what the dashboard draws and `casedesk
/// report` prints. Rows cut by time are all present (a quiet year shows as an empty row);
/// rows of other breakdowns with no figure at all are left out.
public struct Report: Sendable, Equatable {
    public var period: ReportPeriod
    public var groupBy: GroupBy
    /// The day the report was asked on; open-state figures of unfinished rows are taken then.
    public var today: Day
    public var rows: [MeasureRow]
    /// The whole period, every case counted once (not the sum of overlapping rows).
    public var total: MeasureRow
    /// Things a reader must know to read the rows right (e.g. overlapping crime-type rows).
    public var notices: [String]

    public init(period: ReportPeriod, groupBy: GroupBy, today: Day, rows: [MeasureRow], total: MeasureRow, notices: [String]) {
        self.period = period; self.groupBy = groupBy; self.today = today
        self.rows = rows; self.total = total; self.notices = notices
    }

    /// Whether the rows overlap, so that they must not be summed.
    public var rowsOverlap: Bool { !notices.isEmpty }
}
