import Testing
@testable import CaseCore
import CaseDemo

/// Splitting the walk over cores must not change a single figure: every slice count gives
/// the rows (and the cases behind a figure) of the one-thread walk.
@Suite struct MeasureParallelWalkTests {
    static let today = Day(iso: "2026-11-24")!
    static let index: MeasureIndex = {
        let g = DemoGenerator(seed: 7, today: today)
        return MeasureIndex((0..<400).map { CaseSummary(g.makeCase(index: $0)) })
    }()

    func rows(_ period: ReportPeriod, _ groupBy: GroupBy, parts: Int) -> [MeasureRow] {
        let index = Self.index
        let layout = RowLayout(index: index, period: period, groupBy: groupBy, today: Self.today)
        let acc = ParallelWalk.run(MeasureWalk(index: index, layout: layout), records: 0, parts: parts,
                                   make: { MeasureAccumulator(rows: layout.count + 1, countryCount: index.countries.count) },
                                   merge: { $0.merge($1) })
        return acc.rows(keys: layout.rowKeys + [.total], labels: layout.keys + ["Total"],
                        asOf: Array(repeating: Self.today, count: layout.count + 1), countryKeys: index.countries)
    }

    @Test(arguments: [GroupBy.none, .year, .quarter, .crimeType, .unit, .lawyer, .country])
    func slicedWalksGiveTheSameRows(groupBy: GroupBy) {
        for period in [ReportPeriod.all, ReportPeriod(parsing: "2024-2025")!, ReportPeriod(parsing: "2025-2026 Q3")!] {
            let whole = rows(period, groupBy, parts: 1)
            #expect(whole.last!.outcomeCounts.reduce(0, +) > 0 || period != .all)
            for parts in [2, 3, 7] {
                #expect(rows(period, groupBy, parts: parts) == whole, "\(period.text) by \(groupBy) in \(parts) parts")
            }
        }
    }

    @Test func slicedDrillDownListsTheSameCases() {
        let index = Self.index
        let layout = RowLayout(index: index, period: .all, groupBy: .crimeType, today: Self.today)
        func ids(parts: Int) -> [Bool] {
            ParallelWalk.run(MeasureWalk(index: index, layout: layout), records: 0, parts: parts,
                             make: { DrillSink(figure: .convictions, row: layout.total, country: -1,
                                               marked: Array(repeating: false, count: index.caseIDs.count)) },
                             merge: { $0.merge($1) }).marked
        }
        let whole = ids(parts: 1)
        #expect(whole.contains(true))
        #expect(ids(parts: 4) == whole)
    }
}
