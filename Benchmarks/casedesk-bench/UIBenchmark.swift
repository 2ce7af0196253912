import CaseCore
import CaseDemo
import CaseDeskUI
import Foundation
import TerminalUI

/// The UI's speed on a division-sized store: 100,000 demo summaries in the app state, then
/// what a user does. Each figure is the median of its repetitions, reduce + render together,
/// because that is what one keystroke costs before the terminal is written.
enum UIBenchmark {
    static func run(cases count: Int = 100_000) {
        let today = Day(year: 2026, month: 11, day: 24)!
        let generator = DemoGenerator(seed: 1, today: today)
        let t0 = Date()
        let summaries = (0..<count).map { CaseSummary(generator.makeCase(index: $0)) }
        print("ui: built \(count) summaries in \(ms(Date().timeIntervalSince(t0))) ms")

        let context = QueryContext(today: today)
        var raw: [Double] = []
        for q in ["o", "op", "ope", "oper"] {
            raw.append(time { _ = CaseFilter(text: q).apply(to: summaries, context: context) })
        }
        print("ui: CaseFilter.apply alone (no narrowing) median \(ms(median(raw))) ms")
        let size = Size(width: 140, height: 40)
        var state = AppState(storeName: "bench", today: today, user: "bench", size: size)
        var effects: [Effect] = []
        let opened = time { effects = CaseDeskApp.reduce(&state, .storeOpened(StoreSnapshot(meta: generator.meta, summaries: summaries, damaged: []))) }
        print("ui: install snapshot (sort, filter, board) \(ms(opened)) ms")
        // The sort ranks are built off the loop (`.buildSortIndex`), as the runtime does.
        var built: [(SortIndexes, Int)] = []
        let ranks = time { for case .buildSortIndex(let r) in effects { built.append((r.build(), r.generation)) } }
        for (index, generation) in built { _ = CaseDeskApp.reduce(&state, .sortIndexBuilt(index, generation: generation)) }
        // As the runtime drops effects and answers once done: the state holds the only copy of
        // the summaries and the ranks, so a save changes them in place.
        built.removeAll()
        effects.removeAll()
        print("ui: sort ranks of ids and titles, built off the loop \(ms(ranks)) ms")

        func key(_ k: Key) { _ = CaseDeskApp.reduce(&state, .event(.key(k))) }
        var frames: [Double] = []
        for _ in 0..<20 { frames.append(time { _ = CaseDeskApp.render(state, size: size) }) }
        print("ui: render home 140x40 median \(ms(median(frames))) ms")

        key(.char("/"))
        var typing: [Double] = []
        for c in "operation kes" {
            typing.append(time {
                key(.char(c))
                _ = CaseDeskApp.render(state, size: size)
            })
        }
        print("ui: filter keystroke (reduce + render) median \(ms(median(typing))) ms, worst \(ms(typing.max() ?? 0)) ms")
        var erasing: [Double] = []
        for _ in 0..<5 {
            erasing.append(time {
                key(.backspace)
                _ = CaseDeskApp.render(state, size: size)
            })
        }
        print("ui: filter backspace (widens, no narrowing) median \(ms(median(erasing))) ms")
        key(.escape)

        var moves: [Double] = []
        for _ in 0..<50 { moves.append(time { key(.char("j")); _ = CaseDeskApp.render(state, size: size) }) }
        print("ui: move down (reduce + render) median \(ms(median(moves))) ms")
        // A column's first sort makes its keys; every sort after that sorts integers.
        let sort = time { key(.char("s")) }
        var sorts: [Double] = [], again: [Double] = []
        let columns = CaseSortKey.allCases.count
        for _ in 0..<(columns - 1) { sorts.append(time { key(.char("s")); _ = CaseDeskApp.render(state, size: size) }) }
        for _ in 0..<columns { again.append(time { key(.char("s")); _ = CaseDeskApp.render(state, size: size) }) }
        print("ui: sort, first s \(ms(sort)) ms; a column's first sort (reduce + render) median \(ms(median(sorts))) ms, worst \(ms(sorts.max() ?? 0)) ms")
        print("ui: sort by a column sorted before (reduce + render) median \(ms(median(again))) ms, worst \(ms(again.max() ?? 0)) ms")
        key(.char("2"))
        var board: [Double] = []
        for _ in 0..<20 { board.append(time { key(.char("j")); _ = CaseDeskApp.render(state, size: size) }) }
        print("ui: MLA board move (reduce + render) median \(ms(median(board))) ms")
        // The board's `/` (issue 18.1): a search of every request's text, then a pass over the order.
        key(.char("/"))
        var boardTyping: [Double] = []
        for c in "spain cd-2" { boardTyping.append(time { key(.char(c)); _ = CaseDeskApp.render(state, size: size) }) }
        print("ui: MLA board filter keystroke (reduce + render) median \(ms(median(boardTyping))) ms, worst \(ms(boardTyping.max() ?? 0)) ms")
        var boardErasing: [Double] = []
        for _ in 0..<5 { boardErasing.append(time { key(.backspace); _ = CaseDeskApp.render(state, size: size) }) }
        print("ui: MLA board filter backspace median \(ms(median(boardErasing))) ms")
        key(.escape)
        // `f o` (overdue) then `f t` (to chase): a quick filter is one pass over the order.
        let quick = time { key(.char("f")); key(.char("o")); _ = CaseDeskApp.render(state, size: size) }
        let both = time { key(.char("f")); key(.char("t")); _ = CaseDeskApp.render(state, size: size) }
        print("ui: MLA board quick filter overdue \(ms(quick)) ms, then to chase too \(ms(both)) ms")
        key(.char("F"))
        // A case saved (here: read back with a new revision, as after a chase): what the loop
        // does with the answer, whatever the store's write cost (casedesk-bench store).
        var saves: [Double] = []
        for i in 0..<5 {
            var c = generator.makeCase(index: 1_000 + i)
            c.revision += 1
            c.title += " (renamed)"
            saves.append(time { _ = CaseDeskApp.reduce(&state, .caseLoaded(c, purpose: .refresh)); _ = CaseDeskApp.render(state, size: size) })
        }
        print("ui: a saved case's new summary in place (reduce + render) median \(ms(median(saves))) ms, worst \(ms(saves.max() ?? 0)) ms")
    }

    static func time(_ body: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }
    static func median(_ xs: [Double]) -> Double { xs.isEmpty ? 0 : xs.sorted()[xs.count / 2] }
    static func ms(_ s: Double) -> String { String(format: "%.2f", s * 1000) }
}
