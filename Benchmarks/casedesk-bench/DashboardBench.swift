import CaseCore
import CaseDemo
import CaseDeskUI
import Foundation
import TerminalUI

/// The Dashboard on a division-sized store: 100,000 demo summaries in the app state, then each
/// change a supervisor makes (period, breakdown, drill-down), driven by keys through the public
/// reduce and render. Every figure is reduce (recomputing the measures) + render of one
/// 140x40 frame: what the user waits for. Median and worst of the repetitions.
enum DashboardBench {
    static func run(cases count: Int = 100_000) {
        let today = Day(year: 2026, month: 11, day: 24)!
        let generator = DemoGenerator(seed: 1, today: today)
        let t0 = Date()
        let summaries = (0..<count).map { CaseSummary(generator.makeCase(index: $0)) }
        print("dashboard: built \(count) summaries in \(ms(Date().timeIntervalSince(t0))) ms")
        var fresh0: MeasureIndex?
        let index = time { fresh0 = MeasureIndex(summaries, chaseIntervalDays: 28) }
        print("dashboard: measure index (built once when the store opens) \(ms(index)) ms")
        for g in [GroupBy.none, .crimeType, .unit, .lawyer, .country] {
            let t = time { _ = Measures.walkReport(fresh0!, period: .all, groupBy: g, today: today) }
            print("dashboard: one walk (what a report cost before cubes), all years by \(g.rawValue): \(ms(t)) ms")
        }
        for g in [GroupBy.none, .crimeType, .unit, .lawyer, .country] {
            let fresh = MeasureIndex(summaries, chaseIntervalDays: 28)
            let t = time { _ = Measures.report(fresh, period: .all, groupBy: g, today: today) }
            print("dashboard: first report by \(g.rawValue) on a fresh index (builds its cube): \(ms(t)) ms")
        }
        let cubes = time { fresh0!.prepareReports(today: today) }
        print("dashboard: per-quarter cubes of every breakdown (built once when the store opens) \(ms(cubes)) ms")
        // CaseCore alone, for comparison with the frames below: one report per breakdown.
        for g in [GroupBy.none, .crimeType, .unit, .lawyer, .country] {
            var runs: [Double] = []
            for _ in 0..<3 { runs.append(time { _ = Measures.report(fresh0!, period: .year(FinancialYear(startYear: 2025)), groupBy: g, today: today) }) }
            var all: [Double] = []
            for _ in 0..<3 { all.append(time { _ = Measures.report(fresh0!, period: .all, groupBy: g, today: today) }) }
            print("dashboard: Measures.report by \(g.rawValue): 2025-2026 median \(ms(median(runs))) ms, all years \(ms(median(all))) ms")
        }

        let size = Size(width: 140, height: 40)
        var state = AppState(storeName: "bench", today: today, user: "bench", size: size)
        var effects: [Effect] = []
        let opened = time { effects = CaseDeskApp.reduce(&state, .storeOpened(StoreSnapshot(meta: generator.meta, summaries: summaries, damaged: []))) }
        print("dashboard: install snapshot (list, board; the loop waits for this) \(ms(opened)) ms")
        // The measures are built off the loop (`.buildMeasures`), as the program's runtime does.
        var ready: [MeasuresReady] = []
        let built = time { for case .buildMeasures(let r) in effects { ready.append(r.build()) } }
        let installed = time { for r in ready { _ = CaseDeskApp.reduce(&state, .measuresBuilt(r)) } }
        print("dashboard: measure index and cubes, built off the loop \(ms(built)) ms; installing them \(ms(installed)) ms")

        func key(_ k: Key) { _ = CaseDeskApp.reduce(&state, .event(.key(k))) }
        func frame(_ body: () -> Void) -> Double { time { body(); _ = CaseDeskApp.render(state, size: size) } }
        /// The breakdown on screen, read from the context line as a user would.
        func breakdown() -> String {
            let line = CaseDeskApp.render(state, size: size).lines()[1]
            guard let r = line.range(of: "Breakdown ") else { return "?" }
            let rest = line[r.upperBound...]
            return ["crime type", "none", "unit", "lawyer", "country"].first { rest.hasPrefix($0) } ?? "?"
        }
        func nextBreakdown() -> String {
            let all = ["none", "crime type", "unit", "lawyer", "country"]
            return all[((all.firstIndex(of: breakdown()) ?? 0) + 1) % all.count]
        }

        let first = frame { key(.char("3")) }
        print("dashboard: first view (3) \(ms(first)) ms")

        // Every period × breakdown once, cold (its reports not computed yet), then the same
        // again, warm (reports reused from the dashboard's cache; only render and formatting).
        let periods = ["2026-2027", "2025-2026", "2019-2020", "2013-2014", "2026-2027 Q3", "2025-2026 Q1",
                       "2016-2017 Q4", "all"]
        var cold: [Double] = [], warm: [Double] = []
        var coldBy: [String: [Double]] = [:]
        for pass in 0..<2 {
            for p in periods {
                key(.char(":"))
                for c in "period " + p { key(.char(c)) }
                var changes = [(breakdown(), frame { key(.enter) })]
                for _ in 0..<4 { changes.append((nextBreakdown(), frame { key(.char("b")) })) }
                for (b, t) in changes {
                    if pass == 0 { cold.append(t); coldBy[b, default: []].append(t) } else { warm.append(t) }
                }
                if pass == 0 {
                    print("dashboard: cold \(p.padding(toLength: 13, withPad: " ", startingAt: 0)) "
                          + changes.map { "\($0.0) \(ms($0.1))" }.joined(separator: ", ") + " ms")
                }
            }
        }
        for b in ["none", "crime type", "unit", "lawyer", "country"] {
            let xs = coldBy[b] ?? []
            print("dashboard: cold by \(b.padding(toLength: 10, withPad: " ", startingAt: 0)) median \(ms(median(xs))) ms, worst \(ms(xs.max() ?? 0)) ms")
        }
        print("dashboard: cold, all \(cold.count) changes: median \(ms(median(cold))) ms, worst \(ms(cold.max() ?? 0)) ms (budget 16 ms)")
        print("dashboard: warm, all \(warm.count) changes: median \(ms(median(warm))) ms, worst \(ms(warm.max() ?? 0)) ms")
        // [ and ] on the overview: each step needs the new period and the one before it.
        while breakdown() != "none" { key(.char("b")) }
        key(.char(":")); for c in "period 2024-2025 Q2" { key(.char(c)) }; key(.enter)
        var steps: [Double] = []
        for _ in 0..<6 { steps.append(frame { key(.char("[")) }) }
        print("dashboard: [ six quarters back from 2024-2025 Q2 (cold): median \(ms(median(steps))) ms, worst \(ms(steps.max() ?? 0)) ms")
        let drill = frame { key(.enter) }
        var moves: [Double] = []
        for _ in 0..<20 { moves.append(frame { key(.char("j")) }) }
        print("dashboard: drill-down (Enter on guilty pleas) \(ms(drill)) ms; move in the list median \(ms(median(moves))) ms")
        key(.escape)
        var scroll: [Double] = []
        for _ in 0..<30 { scroll.append(frame { key(.char("j")) }) }
        print("dashboard: move in the overview (no recompute) median \(ms(median(scroll))) ms")
        // A save: the case is put back into the index and its cubes off the loop, instead of
        // every summary being read again.
        var c = generator.makeCase(index: 4_321)
        c.revision += 1
        if !c.defendants.isEmpty { c.defendants[0].outcome = Outcome(category: .guiltyPlea, date: Day(year: 2025, month: 9, day: 15)!) }
        let asked = CaseDeskApp.reduce(&state, .caseLoaded(c, purpose: .refresh))
        for case .buildMeasures(let r) in asked {
            var ready: MeasuresReady?
            let t = time { ready = r.build() }
            let shown = time { _ = CaseDeskApp.reduce(&state, .measuresBuilt(ready!)); _ = CaseDeskApp.render(state, size: size) }
            print("dashboard: a save, off the loop: \(ready!.inPlace ? "case put back in place" : "full build") \(ms(t)) ms; installing and drawing \(ms(shown)) ms")
        }
        print("dashboard: peak RSS \(StoreBench.peakRSS()) (\(count) summaries, the app state, two indexes and their cubes)")
    }

    static func time(_ body: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }
    static func median(_ xs: [Double]) -> Double { xs.isEmpty ? 0 : xs.sorted()[xs.count / 2] }
    static func ms(_ s: Double) -> String { String(format: "%.2f", s * 1000) }
}
