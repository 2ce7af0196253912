import CaseCore
import CaseDeskUI
import CaseStorePostgres
import Foundation
import TerminalUI

/// A PostgreSQL store seen from the UI's side (issue 17.5), in one process, through the calls
/// the UI makes: `readMeta` (the check before the screen is taken), `open` (the one streamed
/// query of summaries), `.storeOpened` (the catalog installed) and a render of the case list;
/// then saves as the UI's save effect makes them (`store.save` of a loaded case with a note
/// added, base revision the loaded one), each followed by the `.saved` reduce + render.
/// Wall and process CPU for each step, so that a slow open can be taken apart.
///
///     casedesk-bench server postgres://… [OPENS] [SAVES]
enum ServerBench {
    static func run(_ args: [String]) throws {
        guard let address = args.first else {
            print("usage: casedesk-bench server postgres://USER@HOST/DB [OPENS] [SAVES]")
            exit(2)
        }
        let opens = args.dropFirst().first.flatMap { Int($0) } ?? 5
        let saveCount = args.dropFirst(2).first.flatMap { Int($0) } ?? 30
        let store = try PostgresStore(addressText: address)
        let today = Day(year: 2026, month: 11, day: 30)!
        let size = Size(width: 140, height: 40)
        var state = AppState(storeName: "bench", today: today, user: "bench", size: size)
        var ids: [String] = []
        for i in 0..<opens {
            // A new store each time: a new connection, as a new process would make.
            let fresh = try PostgresStore(addressText: address)
            let c0 = StoreBench.processCPU()
            var snapshot: StoreSnapshot?
            let meta = try time { _ = try fresh.readMeta() }
            let open = try time { snapshot = try fresh.open { _, _ in } }
            let c1 = StoreBench.processCPU()
            state = AppState(storeName: "bench", today: today, user: "bench", size: size)
            let count = snapshot!.summaries.count
            ids = snapshot!.summaries.map(\.id)
            let install = try time { _ = CaseDeskApp.reduce(&state, .storeOpened(snapshot!)); snapshot = nil }
            let render = try time { _ = CaseDeskApp.render(state, size: size) }
            let c2 = StoreBench.processCPU()
            print(String(format: "server open %d: %d cases; readMeta %.1f ms, open %.1f ms (CPU %.0f ms), install %.1f ms, render %.1f ms (CPU %.0f ms); total %.1f ms",
                         i + 1, count, meta * 1000, open * 1000, (c1.user + c1.sys - c0.user - c0.sys) * 1000,
                         install * 1000, render * 1000, (c2.user + c2.sys - c1.user - c1.sys) * 1000,
                         (meta + open + install + render) * 1000))
        }
        guard !ids.isEmpty else { return }
        var saves: [Double] = [], shown: [Double] = []
        for i in 0..<saveCount {
            let id = ids[(i * 7_919) % ids.count]
            var c = try store.load(id: id)
            let base = c.revision
            c.notes.append(Note(at: Timestamp.now(), author: "bench", text: "casedesk-bench server save \(i)"))
            var saved: Case?
            saves.append(try time { saved = try store.save(c, baseRevision: base, user: "bench", action: "note") })
            shown.append(try time {
                _ = CaseDeskApp.reduce(&state, .caseLoaded(saved!, purpose: .refresh))
                _ = CaseDeskApp.render(state, size: size)
            })
        }
        let s = saves.sorted()
        print(String(format: "server save: %d saves, median %.2f ms, min %.2f ms, max %.2f ms; the saved summary in place (reduce + render) median %.2f ms",
                     s.count, UIBenchmark.median(s) * 1000, s[0] * 1000, s[s.count - 1] * 1000, UIBenchmark.median(shown) * 1000))
    }

    static func time(_ body: () throws -> Void) throws -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }
}
