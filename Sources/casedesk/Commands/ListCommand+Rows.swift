import CaseCore

extension ListCommand {
    /// Where the listed rows come from, in order. They are handed out as often as asked and
    /// never all kept: the aligned table asks twice (it measures its columns, then writes each
    /// line), the other formats once (issue 16.4).
    struct Rows {
        enum Source {
            /// Every case, each row read in place from the summary cache (no summary decoded).
            case cached(SummaryStream)
            /// The cases that pass the filter, decoded from the summary cache a window at a
            /// time; `deadlines`: a column shows the next deadline, which only a summary gives.
            case filtered(SummaryStream, CaseFilter, QueryContext, deadlines: Bool)
            /// The summaries of an opened store at these positions, in this order.
            case ordered([CaseSummary], [Int])
        }

        enum Row {
            case summary(CaseSummary)
            /// `nextDeadline`: worked out from the summary on the first pass, when a column shows it.
            case cached(CachedListRow, nextDeadline: Day?)
        }

        let source: Source
        /// What the first pass over `.filtered` found: the stream positions of the rows that
        /// passed (and their next deadlines when shown), 4 (12) bytes a row, so that a second
        /// pass reads those rows in place instead of decoding and filtering every summary
        /// again (measured: a filtered table took 25% longer than before streaming without
        /// this). Nil before that pass, or when the stream had to open the store (an entry of
        /// the cache did not decode) and its summaries have no position.
        private var kept: Kept?
        private struct Kept {
            var positions: [Int32] = []
            var deadlines: [Day?] = []
        }

        static func cached(_ stream: SummaryStream) -> Rows { Rows(source: .cached(stream)) }
        static func filtered(_ stream: SummaryStream, _ filter: CaseFilter, _ context: QueryContext, deadlines: Bool) -> Rows {
            Rows(source: .filtered(stream, filter, context, deadlines: deadlines))
        }
        static func ordered(_ summaries: [CaseSummary], _ order: [Int]) -> Rows { Rows(source: .ordered(summaries, order)) }

        mutating func forEach(_ body: (Row) -> Void) throws {
            switch source {
            case .cached(let stream): stream.forEachRow { body(.cached($0, nextDeadline: nil)) }
            case .filtered(let stream, _, _, let deadlines) where kept != nil:
                let kept = kept!
                var n = 0
                stream.forEachRow(at: kept.positions) { row in
                    body(.cached(row, nextDeadline: deadlines ? kept.deadlines[n] : nil))
                    n += 1
                }
            case .filtered(let stream, let filter, let context, let deadlines):
                var found = Kept(), positioned = true
                try stream.forEachPositioned { s, position in
                    guard filter.matches(s, context) else { return }
                    if let position {
                        found.positions.append(Int32(position))
                        if deadlines {
                            found.deadlines.append(DeadlineList.nextDate(of: s, today: context.today,
                                                                         chaseIntervalDays: context.chaseIntervalDays))
                        }
                    } else {
                        positioned = false
                    }
                    body(.summary(s))
                }
                kept = positioned ? found : nil
            case .ordered(let summaries, let order): for n in order { body(.summary(summaries[n])) }
            }
        }
    }
}
