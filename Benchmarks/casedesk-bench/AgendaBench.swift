import CaseCore
import CaseDemo
import CaseDeskUI
import Foundation
import TerminalUI

/// The Agenda on a division-sized store (issue 15.8), through the app's own reduce and render:
/// the store opened (the catalog, agenda index included), key 5 (open: every item of every
/// case, grouped), each filter key in turn (t kind, o unit, w lawyer, m mine, F all), moves,
/// and saved cases (a task marked done, the `.saved` action a save sends) while it is shown.
/// Each key figure is reduce + render, what a keystroke costs before the terminal is written.
///
///     casedesk-bench agenda [N]        the demo store's N cases (seed 1), made in memory
///     casedesk-bench agenda STORE      a store on disk (for example Benchmarks/gen_store.py's)
enum AgendaBench {
    static func run(_ args: [String]) {
        let today = Day(year: 2026, month: 11, day: 24)!
        let meta: StoreMeta, summaries: [CaseSummary], saved: (Int) -> Case?, name: String
        if let first = args.first, Int(first) == nil {
            let store = JSONDirectoryStore(directory: URL(fileURLWithPath: first))
            do {
                let snapshot = try store.open { _, _ in }
                meta = snapshot.meta; summaries = snapshot.summaries; name = first
                let ids = summaries.map(\.id)
                saved = { i in try? store.load(id: ids[(i * 7_919) % ids.count]) }
            } catch {
                print("agenda: cannot open \(first): \(error)")
                return
            }
        } else {
            let count = args.first.flatMap { Int($0) } ?? 100_000
            let generator = DemoGenerator(seed: 1, today: today)
            meta = generator.meta; name = "demo"
            summaries = (0..<count).map { CaseSummary(generator.makeCase(index: $0)) }
            saved = { i in generator.makeCase(index: (i * 7_919) % count) }
        }
        var count = 0
        let items = time { count = Agenda.items(summaries, today: today, chaseIntervalDays: 28).count }
        print("agenda: \(name), \(summaries.count) cases, \(count) items; Agenda.items alone (casedesk agenda) \(UIBenchmark.ms(items)) ms")
        let size = Size(width: 140, height: 40)
        // A prosecutor with cases, so that "mine" admits some.
        let user = meta.people.first { p in p.role == .prosecutor && summaries.contains { $0.lawyer == p.id } }?.id ?? "bench"
        var state = AppState(storeName: "bench", today: today, user: user, size: size)
        var effects: [Effect] = []
        let opened = time {
            effects = CaseDeskApp.reduce(&state, .storeOpened(StoreSnapshot(meta: meta, summaries: summaries, damaged: [])))
        }
        print("agenda: store opened (the catalog the list needs) \(UIBenchmark.ms(opened)) ms")
        // The Agenda's index is built off the loop after the first screen (issue 17.5): built
        // and landed here, else every figure below would time the empty "Building the agenda…".
        var built: [DeferredIndexes] = []
        let deferred = time { for case .buildDeferred(let r) in effects { built.append(r.build()) } }
        guard !built.isEmpty else { print("agenda: no deferred build asked for"); exit(1) }
        for b in built { _ = CaseDeskApp.reduce(&state, .deferredBuilt(b)) }
        // The requests hold the summaries as they were asked; kept, the first save would copy
        // all of them (copy on write), which the UI, whose builds have ended, never does.
        effects = []; built = []
        print("agenda: deferred build off the loop (Agenda index, board search and order, side by side) \(UIBenchmark.ms(deferred)) ms")
        // The CPU time of this thread as well: on a loaded machine the wall time includes waiting for a core.
        var cpu: [Double] = []
        func measure(_ body: () -> Void) -> Double {
            let c0 = threadCPU()
            let wall = time(body)
            cpu.append(threadCPU() - c0)
            return wall
        }
        func key(_ k: Character) -> Double {
            measure { _ = CaseDeskApp.reduce(&state, .event(.key(.char(k)))); _ = CaseDeskApp.render(state, size: size) }
        }
        print("agenda: open (key 5, reduce + render) \(UIBenchmark.ms(key("5"))) ms")
        var all: [Double] = []
        cpu = []
        for k: Character in ["t", "o", "w", "m", "F"] {
            var xs: [Double] = []
            for _ in 0..<(k == "m" ? 4 : 10) { xs.append(key(k)) }
            all += xs
            print("agenda: re-filter \(k) median \(UIBenchmark.ms(UIBenchmark.median(xs))) ms, worst \(UIBenchmark.ms(xs.max() ?? 0)) ms")
        }
        print("agenda: re-filter, every key above: median \(UIBenchmark.ms(UIBenchmark.median(all))) ms, worst \(UIBenchmark.ms(all.max() ?? 0)) ms; CPU median \(UIBenchmark.ms(UIBenchmark.median(cpu))) ms, worst \(UIBenchmark.ms(cpu.max() ?? 0)) ms")
        _ = key("F")
        var moves: [Double] = []
        for _ in 0..<20 { moves.append(key("j")) }
        print("agenda: move (j) median \(UIBenchmark.ms(UIBenchmark.median(moves))) ms")
        var saves: [Double] = []
        cpu = []
        for i in 0..<9 {
            guard var c = saved(i) else { continue }
            c.revision += 1
            c.tasks.append(CaseTask(id: "T-bench\(i)", title: "Bench task", due: today.adding(days: 3), created: today))
            saves.append(measure {
                _ = CaseDeskApp.reduce(&state, .saved(c, purpose: .task(taskID: "T-bench\(i)", done: true)))
                _ = CaseDeskApp.render(state, size: size)
            })
        }
        print("agenda: saves, ms: \(saves.map { UIBenchmark.ms($0) })")
        print("agenda: a save shown on the Agenda median \(UIBenchmark.ms(UIBenchmark.median(saves))) ms, worst \(UIBenchmark.ms(saves.max() ?? 0)) ms; CPU median \(UIBenchmark.ms(UIBenchmark.median(cpu))) ms, worst \(UIBenchmark.ms(cpu.max() ?? 0)) ms")
    }

    static func time(_ body: () -> Void) -> Double { UIBenchmark.time(body) }

    static func threadCPU() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
}
