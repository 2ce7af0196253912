import CaseCore
import CaseDemo
import CaseDeskUI
import Foundation
import TerminalUI

/// The Agenda on a division-sized store (issue 15.8): the demo's summaries in the app state,
/// then key 5 (open: every item of every case, grouped), a filter key (t, the kind), and a
/// saved case (a task added) while the Agenda is shown. Each figure is reduce + render, as a
/// keystroke costs before the terminal is written.
enum AgendaBench {
    static func run(cases count: Int = 100_000) {
        let today = Day(year: 2026, month: 11, day: 24)!
        let generator = DemoGenerator(seed: 1, today: today)
        let summaries = (0..<count).map { CaseSummary(generator.makeCase(index: $0)) }
        let items = time { _ = Agenda.items(summaries, today: today, chaseIntervalDays: 28) }
        print("agenda: Agenda.items over \(count) cases alone \(UIBenchmark.ms(items)) ms")
        let size = Size(width: 140, height: 40)
        var state = AppState(storeName: "bench", today: today, user: "bench", size: size)
        _ = CaseDeskApp.reduce(&state, .storeOpened(StoreSnapshot(meta: generator.meta, summaries: summaries, damaged: [])))
        func key(_ k: Key) { _ = CaseDeskApp.reduce(&state, .event(.key(k))) }
        let open = time { key(.char("5")); _ = CaseDeskApp.render(state, size: size) }
        print("agenda: open (key 5, reduce + render) \(UIBenchmark.ms(open)) ms")
        var filters: [Double] = []
        for _ in 0..<10 { filters.append(time { key(.char("t")); _ = CaseDeskApp.render(state, size: size) }) }
        print("agenda: re-filter (t, reduce + render) median \(UIBenchmark.ms(UIBenchmark.median(filters))) ms, worst \(UIBenchmark.ms(filters.max() ?? 0)) ms")
        key(.char("F"))
        var moves: [Double] = []
        for _ in 0..<20 { moves.append(time { key(.char("j")); _ = CaseDeskApp.render(state, size: size) }) }
        print("agenda: move (j, reduce + render) median \(UIBenchmark.ms(UIBenchmark.median(moves))) ms")
        var saves: [Double] = []
        for i in 0..<5 {
            var c = generator.makeCase(index: 2_000 + i)
            c.revision += 1
            c.tasks.append(CaseTask(id: "T-bench", title: "Bench task", due: today.adding(days: 3), created: today))
            saves.append(time { _ = CaseDeskApp.reduce(&state, .caseLoaded(c, purpose: .refresh)); _ = CaseDeskApp.render(state, size: size) })
        }
        print("agenda: a saved case shown on the Agenda (reduce + render) median \(UIBenchmark.ms(UIBenchmark.median(saves))) ms, worst \(UIBenchmark.ms(saves.max() ?? 0)) ms")
    }

    static func time(_ body: () -> Void) -> Double { UIBenchmark.time(body) }
}
