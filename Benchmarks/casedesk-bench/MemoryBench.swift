import CaseCore
import CaseDeskUI
import Foundation
import TerminalUI
#if canImport(Glibc)
import Glibc
#endif

/// `casedesk-bench memory DIR`: where the UI's memory goes at open (issue 16.4). Opens the
/// directory store as the UI does (warm when its summary cache is valid), installs the catalog
/// (`.storeOpened`), runs the builds the catalog asks for off the loop (sort ranks, Dashboard
/// measures) and shows the Dashboard, printing the resident memory after each step (with freed memory
/// given back) and what the summaries are
/// made of, byte by byte as malloc allocates them.
enum MemoryBench {
    static func run(_ args: [String]) throws {
        guard let path = args.first else { print("usage: casedesk-bench memory STORE_DIR"); exit(2) }
        let store = JSONDirectoryStore(directory: URL(fileURLWithPath: path))
        let size = Size(width: 140, height: 40)
        let today = Day(year: 2026, month: 11, day: 30)!
        var state = AppState(storeName: "bench", today: today, user: "bench", size: size)
        var last = heap()
        func step(_ what: String) {
            let now = heap()
            print(String(format: "memory: %-44@ heap %7.1f MB (%+7.1f MB)", what as NSString, mb(now), mb(now - last)))
            last = now
        }
        step("start")
        // As the UI opens it: the search text apart from the summaries (one copy, the index's).
        var snapshot: StoreSnapshot? = try store.openTextApart { _, _ in }
        step("summaries read (\(snapshot!.summaries.count))")
        report(snapshot!.summaries)
        var effects = CaseDeskApp.reduce(&state, .storeOpened(snapshot!))
        let all = effects
        snapshot = nil
        step("catalog installed (.storeOpened)")
        for case .buildSortIndex(let r) in effects { _ = CaseDeskApp.reduce(&state, .sortIndexBuilt(r.build(), generation: r.generation)) }
        step("sort ranks built")
        effects = effects.filter { if case .buildMeasures = $0 { return true }; return false }
        for case .buildMeasures(let r) in effects { _ = CaseDeskApp.reduce(&state, .measuresBuilt(r.build())) }
        step("measures built")
        for case .buildDeferred(let r) in all { _ = CaseDeskApp.reduce(&state, .deferredBuilt(r.build())) }
        step("Agenda index, board search and order built")
        _ = CaseDeskApp.reduce(&state, .event(.key(.char("3"))))
        _ = CaseDeskApp.render(state, size: size)
        step("Dashboard shown")
        print("memory: peak RSS \(StoreBench.peakRSS())")
        print("strides: summary \(MemoryLayout<CaseSummary>.stride), defendant \(MemoryLayout<DefendantSummary>.stride), hearing \(MemoryLayout<HearingSummary>.stride), request \(MemoryLayout<RequestSummary>.stride), task \(MemoryLayout<CaseTask>.stride), ctl \(MemoryLayout<CustodyTimeLimit>.stride), remand \(MemoryLayout<Remand?>.stride), ancillary \(MemoryLayout<AncillarySummary>.stride), day \(MemoryLayout<Day>.stride)")
        if args.contains("--parts") { try parts(store, today: today) }
    }

    /// Each index built alone from the summaries and held, so its own share shows.
    static func parts(_ store: JSONDirectoryStore, today: Day) throws {
        let snapshot = try store.openTextApart { _, _ in }
        let s = snapshot.summaries
        let context = QueryContext(today: today)
        var last = heap()
        func step(_ what: String) {
            let now = heap()
            print(String(format: "parts: %-44@ %+7.1f MB", what as NSString, mb(now - last)))
            last = now
        }
        var ranks = CaseSortIndex(s, context: context)
        step("case sort index (no keys)")
        for key in CaseSortKey.allCases { ranks.prepare(key, summaries: s) }
        step("case sort keys, all \(CaseSortKey.allCases.count)")
        let orders = RequestSortKey.allCases.map { RequestOrder(s, context: context, sortBy: $0) }
        step("board orders, all \(RequestSortKey.allCases.count) keys")
        let index = MeasureIndex(s, chaseIntervalDays: 28)
        step("measure index")
        index.prepareReports(today: today)
        step("measure cubes (prepareReports)")
        let items = s.map { DeadlineList.items(of: $0, today: today, chaseIntervalDays: 28) }
        step("deadline items (\(items.reduce(0) { $0 + $1.count }), stride \(MemoryLayout<DeadlineItem>.stride))")
        withExtendedLifetime((ranks, orders, index, items, snapshot)) {}
    }

    /// The resident memory after malloc gave back what it could (`malloc_trim`, looked up at
    /// run time: Swift's Glibc module does not include malloc.h), so freed memory is not counted.
    static func heap() -> Int {
        typealias Trim = @convention(c) (Int) -> Int32
        if let f = dlsym(nil, "malloc_trim") {
            _ = unsafeBitCast(f, to: Trim.self)(0)
        }
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS") }),
              let kb = Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") else { return 0 }
        return kb * 1024
    }

    static func mb(_ bytes: Int) -> Double { Double(bytes) / 1_048_576 }

    /// What malloc gives for `n` bytes: 8 bytes of header, rounded up to 16, at least 32.
    static func chunk(_ n: Int) -> Int { max(32, (n + 8 + 15) / 16 * 16) }

    /// An array's allocation (none when empty): 32 bytes of header and the elements.
    static func array<T>(_ a: [T]) -> Int { a.isEmpty ? 0 : chunk(32 + a.count * MemoryLayout<T>.stride) }

    /// A string's allocation: none for up to 15 UTF-8 bytes (stored inline), else 32 + bytes + 1.
    static func string(_ s: String?) -> Int {
        guard let s, s.utf8.count > 15 else { return 0 }
        return chunk(32 + s.utf8.count + 1)
    }

    static func report(_ summaries: [CaseSummary]) {
        var parts: [(String, Int)] = []
        func add(_ name: String, _ bytes: Int) {
            if let i = parts.firstIndex(where: { $0.0 == name }) { parts[i].1 += bytes } else { parts.append((name, bytes)) }
        }
        add("summary structs (inline)", summaries.count * MemoryLayout<CaseSummary>.stride)
        for s in summaries {
            // Courts, nationalities, countries and authorities are `NameTable` codes, and the
            // crime-type lists are shared (`CrimeTypesPool`): held once, not counted per summary.
            add("case strings (id, urn, title, unit, lawyer, caseworker)",
                string(s.id) + string(s.urn) + string(s.title) + string(s.unit) + string(s.lawyer) + string(s.caseworker))
            add("searchText", array(s.searchText))
            add("defendants arrays (inline)", array(s.defendants))
            for d in s.defendants {
                add("defendant strings", string(d.id) + string(d.name))
                add("defendant ancillary/CTL arrays", array(d.ancillaryOrders) + array(d.custodyTimeLimits))
                for c in d.custodyTimeLimits { add("defendant ancillary/CTL arrays", array(c.extensions) + string(c.charge)) }
            }
            add("hearings arrays (inline)", array(s.hearings))
            add("requests arrays (inline)", array(s.requests))
            for r in s.requests {
                add("request strings", string(r.id) + string(r.defendant))
            }
            add("tasks arrays (inline)", array(s.tasks))
            for t in s.tasks { add("task strings", string(t.id) + string(t.title) + string(t.assignee) + string(t.done?.by)) }
        }
        let total = parts.reduce(0) { $0 + $1.1 }
        print(String(format: "memory: summaries by part (malloc sizes), %.1f MB in all; CaseSummary stride %d bytes",
                     mb(total), MemoryLayout<CaseSummary>.stride))
        for (name, bytes) in parts.sorted(by: { $0.1 > $1.1 }) {
            print(String(format: "memory:   %-58@ %7.1f MB", name as NSString, mb(bytes)))
        }
    }
}
