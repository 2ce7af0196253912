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
        AgendaRows(index, filter: filter)
    }

    static let filters: [AgendaFilter] = [
        AgendaFilter(),
        AgendaFilter(kinds: [.task]),
        AgendaFilter(kinds: [.custodyTimeLimit, .hearing], from: today, to: today.adding(days: 60)),
        AgendaFilter(mine: "jdoe"),
    ]

    /// With the index's own chunk size, and with chunks of 4 entries, so that saves split
    /// chunks and empty them in a copy that shares them.
    @Test(arguments: [2_048, 4])
    func savesReplacedInPlaceGiveWhatAFullBuildGives(chunk: Int) {
        let g = DemoGenerator(seed: 11, today: Self.today)
        var cases = (0..<300).map { g.makeCase(index: $0) }
        var summaries = cases.map(CaseSummary.init)
        var index = AgendaIndex(summaries, context: Self.context, chunk: chunk)
        // A copy shares the chunks and pages as the rows on screen do; it must not change.
        let before = index
        let summariesBefore = summaries
        let shownBefore = Self.rows(before, summaries, AgendaFilter()).items(in: summaries)
        var rng = SystemRandomNumberGenerator()
        let assignee = cases.lazy.flatMap(\.tasks).compactMap(\.assignee).first
        let filters = Self.filters + [
            AgendaFilter(mine: summaries[0].lawyer), AgendaFilter(mine: summaries[2].caseworker), AgendaFilter(mine: assignee),
            AgendaFilter(mine: "nobody"), AgendaFilter(units: [summaries[1].unit]),
            AgendaFilter(units: [summaries[1].unit, summaries[5].unit], kinds: [.task, .hearing, .custodyTimeLimit]),
            AgendaFilter(lawyers: [summaries[3].lawyer ?? "", summaries[4].lawyer ?? ""]), AgendaFilter(lawyers: [""]),
            AgendaFilter(units: ["no-such-unit"]), AgendaFilter(to: Self.today), AgendaFilter(from: Self.today.adding(days: 7)),
        ]
        for step in 0..<120 {
            let i = Int.random(in: 0..<cases.count, using: &rng)
            var c = cases[i]
            // What a save changes: a task added or done, a hearing moved, a CTL's expiry.
            switch step % 3 {
            case 0: c.tasks.append(CaseTask(id: "T-x\(step)", title: "Task \(step)", due: Self.today.adding(days: step - 30),
                                            created: Self.today))
            case 1: if !c.tasks.isEmpty { c.tasks.removeLast() } else { c.title += " (moved)"; c.lawyer = nil }
            default: c = cases[(i + 7) % cases.count]; c.id = cases[i].id
            }
            c.revision += 1
            cases[i] = c
            let old = summaries[i]
            summaries[i] = CaseSummary(c)
            index.replace(i, old: old, new: summaries[i]) { summaries[$0] }
        }
        #expect(Self.rows(before, summaries, AgendaFilter()).items(in: summariesBefore) == shownBefore)
        for filter in filters {
            let rows = Self.rows(index, summaries, filter)
            let expected = Self.expected(summaries, filter)
            #expect(rows.items(in: summaries) == expected, "\(filter)")
            #expect(rows.counts.items == expected.count)
            #expect(rows.counts.ctlExpired == expected.filter { $0.ctl == .expired }.count)
            #expect(rows.counts.ctlAtRisk == expected.filter { $0.ctl == .atRisk }.count)
            #expect(rows.counts.overdue == expected.filter { $0.state == .overdue || $0.state == .veryOverdue }.count)
            // A heading before each group's items, with its count.
            var seen = 0
            for r in 0..<rows.count {
                if case .group(let group, let count) = rows.slot(r) {
                    #expect(count > 0 && expected.dropFirst(seen).prefix(count).allSatisfy { AgendaGroup.of($0, today: Self.today) == group })
                    seen += count
                }
            }
            #expect(seen == expected.count)
            // Every shown item is found at its row again (the selection kept across a relayout).
            for r in 0..<rows.count where r % 17 == 1 {
                if let item = rows.item(r, in: summaries) {
                    #expect(rows.row(of: item, caseIndex: summaries.firstIndex { $0.id == item.caseID }!, in: summaries) == r)
                }
            }
        }
    }

    /// Two cases with one id (a store with a duplicated id): the index orders their items as
    /// the CLI does, by title and ref, though it keeps no item's text, and a save of one of
    /// them moves only its own entries.
    @Test func aDuplicatedIDIsOrderedByTheItemsText() {
        let g = DemoGenerator(seed: 12, today: Self.today)
        var cases = (0..<60).map { g.makeCase(index: $0) }
        let twin = cases.indices.first { !Self.expected([CaseSummary(cases[$0])], AgendaFilter()).isEmpty }!
        var copy = cases[twin]
        copy.title = "A twin"
        for k in copy.tasks.indices { copy.tasks[k].title = "Twin " + copy.tasks[k].title }
        cases.append(copy)
        var summaries = cases.map(CaseSummary.init)
        var index = AgendaIndex(summaries, context: Self.context, chunk: 4)
        #expect(Self.rows(index, summaries, AgendaFilter()).items(in: summaries) == Self.expected(summaries, AgendaFilter()))
        var changed = cases[twin]
        changed.tasks.append(CaseTask(id: "T-twin", title: "Ask the twin", due: Self.today.adding(days: 3), created: Self.today))
        let old = summaries[twin]
        summaries[twin] = CaseSummary(changed)
        index.replace(twin, old: old, new: summaries[twin]) { summaries[$0] }
        #expect(Self.rows(index, summaries, AgendaFilter()).items(in: summaries) == Self.expected(summaries, AgendaFilter()))
    }
}
