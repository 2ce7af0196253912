import CaseCore
import CaseDemo
import Foundation

/// `casedesk-bench queries [N]`: the list filter, sort, MLA board and dashboard measures on
/// 10,000 and N (default 100,000) demo summaries built in memory. Run it in release:
/// `swift run -c release casedesk-bench queries 100000`. The target is one frame (16 ms) for
/// a filter keystroke and for any dashboard change.
enum QueryBench {
    static func run(arguments: [String]) {
        let largest = arguments.first.flatMap(Int.init) ?? 100_000
        for n in Set([min(10_000, largest), largest]).sorted() { bench(cases: n) }
    }

    static func bench(cases n: Int) {
        let today = Day(year: 2026, month: 11, day: 24)!
        let generator = DemoGenerator(seed: 42, today: today)
        var t0 = ContinuousClock.now
        let summaries = (0..<n).map { CaseSummary(generator.makeCase(index: $0)) }
        let defendants = summaries.reduce(0) { $0 + $1.defendants.count }
        let requests = summaries.reduce(0) { $0 + $1.requests.count }
        print("\n== \(n) cases (\(defendants) defendants, \(requests) requests), made in \(fmt(ms(since: t0))) ms")
        let context = QueryContext(today: today, chaseIntervalDays: generator.meta.chaseIntervalDays)

        // Filter: type a six-letter word of a title one key at a time, each key narrowing the last.
        let word = String(summaries[min(n - 1, 4_321)].title.split(separator: " ")[1].lowercased().prefix(6))
        let textBytes = summaries.reduce(0) { $0 + $1.searchText.count }
        print("search text: \(textBytes / n) bytes a case on average")
        var narrowed: [[Sample]] = Array(repeating: [], count: word.count)
        var full: [[Sample]] = Array(repeating: [], count: word.count)
        var hits: [Int] = []
        for _ in 0..<7 {
            var previous: FilterResult? = nil
            for (i, end) in word.indices.dropFirst().map({ $0 }).appending(word.endIndex).enumerated() {
                let f = CaseFilter(text: String(word[..<end]))
                var r: FilterResult? = nil
                narrowed[i].append(sample { r = f.apply(to: summaries, context: context, narrowing: previous) })
                full[i].append(sample { _ = f.apply(to: summaries, context: context) })
                previous = r
                if hits.count < word.count { hits.append(r!.indices.count) }
            }
        }
        print("filter \"\(word)\", one key at a time (hits \(hits.map(String.init).joined(separator: " → "))):")
        for i in 0..<word.count {
            print("  key \(i + 1) \"\(word.prefix(i + 1))\": narrowed: \(stats(narrowed[i]))")
            print("  key \(i + 1) \"\(word.prefix(i + 1))\": full scan: \(stats(full[i]))")
        }
        let quick = CaseFilter(statuses: [.awaitingTrial, .atTrial], overdueOnly: true)
        print("  quick filters (status + overdue): \(stats(times(7) { _ = quick.apply(to: summaries, context: context) }))")

        // Sort every column over every case.
        let all = Array(summaries.indices)
        var sortTimes: [Sample] = []
        for key in CaseSortKey.allCases {
            let t = times(3) { _ = CaseSort(key).apply(all, of: summaries, context: context, meta: generator.meta) }
            sortTimes += t
            print("  sort by \(key.rawValue): \(stats(t))")
        }
        print("sort, all columns: \(stats(sortTimes))")
        t0 = .now
        let sortIndex = CaseSortIndex(summaries, context: context)
        print("sort index (ranks of ids and titles, once per load): \(fmt(ms(since: t0))) ms")
        var rankTimes: [Sample] = []
        for key in CaseSortKey.allCases {
            let t = times(3) { _ = CaseSort(key).apply(all, of: summaries, context: context, meta: generator.meta, index: sortIndex) }
            rankTimes += t
            print("  sort by \(key.rawValue), from the ranks: \(stats(t))")
        }
        print("sort from the ranks, all columns: \(stats(rankTimes))")

        print("request board (grouped, sorted by due): \(stats(times(5) { _ = RequestBoard(summaries, context: context) }))")

        // Dashboard: the index is built once per load; each change of period or breakdown is a report.
        t0 = .now
        let index = MeasureIndex(summaries, chaseIntervalDays: context.chaseIntervalDays)
        print("measure index (once per load): \(fmt(ms(since: t0))) ms")
        t0 = .now
        index.prepareReports(today: today)
        print("measure cubes, every breakdown (once per load, off the UI loop): \(fmt(ms(since: t0))) ms")
        let walkAll = times(3) { _ = Measures.walkReport(index, period: .all, groupBy: .quarter, today: today) }
        print("one walk without cubes, all years by quarter: \(stats(walkAll))")
        let thisYear = FinancialYear(containing: today)
        let periods: [ReportPeriod] = [.all, .year(thisYear), .year(FinancialYear(startYear: 2013)),
                                       .quarter(thisYear, Quarter(containing: today)),
                                       .quarter(FinancialYear(startYear: 2015), .q4)]
        var dash: [Sample] = []
        for by in GroupBy.allCases {
            var row: [String] = []
            for p in periods {
                let t = times(5) { _ = Measures.report(index, period: p, groupBy: by, today: today, meta: generator.meta) }
                dash += t
                row.append("\(p.text): \(fmt(median(t.map(\.wall))))/\(fmt(median(t.map(\.cpu))))")
            }
            print("  report by \(by.rawValue) (median wall/cpu): " + row.joined(separator: ", "))
        }
        print("dashboard report, every breakdown and period: \(stats(dash))")
        let headline = times(5) { _ = Measures.headline(index, period: .year(thisYear), today: today) }
        print("headline (period and the one before): \(stats(headline))")
        print("conviction-rate trend: \(stats(times(5) { _ = Measures.convictionRateTrend(index, today: today) }))")
        let drill = times(5) {
            _ = Measures.caseIDs(index, period: .year(thisYear), groupBy: .crimeType, today: today,
                                 figure: .outcome(.guiltyPlea), rowKey: CrimeType.drugTrafficking.rawValue)
        }
        print("drill-down (cases behind one figure): \(stats(drill))")
    }

    /// Wall-clock and this thread's CPU time of one run, in ms. The CPU time is what the code
    /// costs; the wall time also holds whatever else the machine was doing (a shared build
    /// machine can make it several times larger).
    struct Sample { var wall: Double; var cpu: Double }

    static func sample(_ body: () -> Void) -> Sample {
        let c0 = cpuNow(), t0 = ContinuousClock.now
        body()
        return Sample(wall: ms(since: t0), cpu: (cpuNow() - c0) * 1000)
    }

    static func times(_ n: Int, _ body: () -> Void) -> [Sample] { (0..<n).map { _ in sample(body) } }

    static func cpuNow() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    static func ms(since t0: ContinuousClock.Instant) -> Double {
        let d = ContinuousClock.now - t0
        return Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
    }

    static func median(_ v: [Double]) -> Double {
        let s = v.sorted()
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }

    static func fmt(_ v: Double) -> String { String(format: "%.2f", v) }
    static func stats(_ v: [Sample]) -> String {
        let w = v.map(\.wall), c = v.map(\.cpu)
        return "wall median \(fmt(median(w))) worst \(fmt(w.max() ?? 0)) ms, cpu median \(fmt(median(c))) worst \(fmt(c.max() ?? 0)) ms"
    }
}

extension Array {
    func appending(_ e: Element) -> [Element] { self + [e] }
}
