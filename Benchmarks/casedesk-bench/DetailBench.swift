import CaseCore
import CaseDemo
import CaseDeskUI
import Foundation
import TerminalUI

/// Issue 13.11: the case detail screen on a huge case — a 50 MB summary, or 100,000
/// defendants. Each figure is one key (reduce + render at 140x40), the time a user waits.
/// `casedesk-bench detail [SUMMARY_MB] [DEFENDANTS]`.
enum DetailBench {
    static func run(summaryMB: Int = 50, defendants: Int = 100_000) {
        let today = Day(year: 2026, month: 11, day: 24)!
        let generator = DemoGenerator(seed: 1, today: today)
        var words = "Importation of cocaine through the port of Felixstowe in refrigerated containers, and laundering. "
        while words.utf8.count < 1 << 20 { words += words }
        var big = generator.makeCase(index: 0)
        big.summary = String(repeating: String(words.utf8.prefix(1 << 20))!, count: summaryMB)
        var many = generator.makeCase(index: 1)
        let template = many.defendants[0]
        many.defendants = (0..<defendants).map { var d = template; d.id = "D\($0)"; d.name = "Defendant \($0)"; return d }
        many.requests = many.requests.map { var r = $0; r.defendant = nil; return r }
        for (label, c, tab) in [("summary \(summaryMB) MB, Overview", big, 0), ("\(defendants) defendants, Defendants tab", many, 1)] {
            let size = Size(width: 140, height: 40)
            var state = AppState(storeName: "bench", today: today, user: "bench", size: size)
            _ = CaseDeskApp.reduce(&state, .storeOpened(StoreSnapshot(meta: generator.meta, summaries: [CaseSummary(c)], damaged: [])))
            func key(_ k: Key) -> Double {
                UIBenchmark.time { _ = CaseDeskApp.reduce(&state, .event(.key(k))); _ = CaseDeskApp.render(state, size: size) }
            }
            let open = UIBenchmark.time {
                _ = CaseDeskApp.reduce(&state, .event(.key(.enter)))
                _ = CaseDeskApp.reduce(&state, .caseLoaded(c, purpose: .detail))
                _ = CaseDeskApp.render(state, size: size)
            }
            var tabs: [Double] = []
            for _ in 0..<tab { tabs.append(key(.tab)) }
            let down = (0..<5).map { _ in key(.char("j")) }
            let page = (0..<3).map { _ in key(.pageDown) }
            let bottom = key(.char("G"))
            let up = (0..<3).map { _ in key(.char("k")) }
            let top = key(.char("g"))
            print("detail (\(label)): open \(UIBenchmark.ms(open)) ms" + (tabs.isEmpty ? "" : ", Tab \(UIBenchmark.ms(tabs.max()!)) ms")
                  + "; per key: down \(UIBenchmark.ms(UIBenchmark.median(down))) ms, page down \(UIBenchmark.ms(UIBenchmark.median(page))) ms, "
                  + "bottom \(UIBenchmark.ms(bottom)) ms, up \(UIBenchmark.ms(UIBenchmark.median(up))) ms, top \(UIBenchmark.ms(top)) ms")
        }
    }
}
