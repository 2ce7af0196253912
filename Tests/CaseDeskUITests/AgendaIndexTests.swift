import CaseCore
import CaseDemo
import Testing
@testable import CaseDeskUI

/// The Agenda's index is replaced per case on a save (issue 15.8): after any run of saves it
/// shows, for every filter, exactly what CaseCore's `Agenda.items` (the CLI's agenda) gives
/// over the summaries as they now are.
@Suite struct AgendaIndexTests {
    static let today = Day(year: 2026, month: 11, day: 24)!
    static let context = QueryContext(today: today)

    static func expected(_ summaries: [CaseSummary], _ filter: AgendaFilter) -> [DeadlineItem] {
        Agenda.items(summaries, today: today, chaseIntervalDays: context.chaseIntervalDays, filter: filter)
    }

    static func rows(_ index: AgendaIndex, _ summaries: [CaseSummary], _ filter: AgendaFilter) -> AgendaRows {
        AgendaRows(index, entries: index.entries(filter, summaries: summaries))
    }

    static let filters: [AgendaFilter] = [
        AgendaFilter(),
        AgendaFilter(kinds: [.task]),
        AgendaFilter(kinds: [.custodyTimeLimit, .hearing], from: today, to: today.adding(days: 60)),
        AgendaFilter(mine: "jdoe"),
    ]

    @Test func savesReplacedInPlaceGiveWhatAFullBuildGives() {
        let g = DemoGenerator(seed: 11, today: Self.today)
        var cases = (0..<300).map { g.makeCase(index: $0) }
        var summaries = cases.map(CaseSummary.init)
        var index = AgendaIndex(summaries, context: Self.context)
        var rng = SystemRandomNumberGenerator()
        let filters = Self.filters + [AgendaFilter(mine: summaries[0].lawyer), AgendaFilter(units: [summaries[1].unit])]
        for step in 0..<60 {
            let i = Int.random(in: 0..<cases.count, using: &rng)
            var c = cases[i]
            // What a save changes: a task added or done, a hearing moved, a CTL's expiry.
            switch step % 3 {
            case 0: c.tasks.append(CaseTask(id: "T-x\(step)", title: "Task \(step)", due: Self.today.adding(days: step - 30),
                                            created: Self.today))
            case 1: if !c.tasks.isEmpty { c.tasks.removeLast() } else { c.title += " (moved)" }
            default: c = cases[(i + 7) % cases.count]; c.id = cases[i].id
            }
            c.revision += 1
            cases[i] = c
            summaries[i] = CaseSummary(c)
            index.replace(i, with: summaries[i], context: Self.context)
        }
        for filter in filters {
            let rows = Self.rows(index, summaries, filter)
            let expected = Self.expected(summaries, filter)
            #expect(rows.compactMap(\.item) == expected, "\(filter)")
            #expect(rows.counts.items == expected.count)
            // A heading before each group's items, with its count.
            var seen = 0
            for row in rows {
                if case .group(let group, let count) = row {
                    #expect(count > 0 && expected.dropFirst(seen).prefix(count).allSatisfy { AgendaGroup.of($0, today: Self.today) == group })
                    seen += count
                }
            }
            #expect(seen == expected.count)
            // Every shown item is found at its row again (the selection kept across a relayout).
            for (r, row) in rows.enumerated() where r % 17 == 1 {
                if let item = row.item { #expect(rows.row(of: item) == r) }
            }
        }
    }
}
