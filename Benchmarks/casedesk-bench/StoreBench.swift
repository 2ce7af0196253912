import CaseCore
import CaseDemo
import Foundation

/// `casedesk-bench store N`: writes an N-case demo store in /tmp with the bulk path, then
/// times a cold open (no summary cache), a warm open (with it), single saves (median of 50),
/// raw parser throughput on one core, and reports peak memory. The store is deleted after.
enum StoreBench {
    static func run(_ args: [String]) throws {
        let count = args.first.flatMap { Int($0) } ?? 10_000
        // With a second argument the store is kept there (and reused when it exists), so a
        // profiler can be pointed at the open path without rewriting 100,000 files.
        let keep = args.dropFirst().first
        let dir = URL(fileURLWithPath: keep ?? "/tmp/casedesk-bench-\(UUID().uuidString)")
        defer { if keep == nil { try? FileManager.default.removeItem(at: dir) } }
        let generator = DemoGenerator(seed: 2026, today: Day(year: 2026, month: 11, day: 24)!)
        print("store benchmark: \(count) cases in \(dir.path), \(ProcessInfo.processInfo.activeProcessorCount) cores")
        var t = Date()
        let store: JSONDirectoryStore
        if FileManager.default.fileExists(atPath: dir.path + "/store.json") {
            store = JSONDirectoryStore(directory: dir)
        } else {
            store = try JSONDirectoryStore.create(at: dir, meta: generator.meta)
            let result = try store.writeNewCases(count: count, user: "bench", action: "demo") { generator.makeCase(index: $0) }
            let writeSeconds = Date().timeIntervalSince(t)
            print(String(format: "bulk write:   %.2f s for %d cases (%.0f cases/s), %d refused; peak RSS %@",
                         writeSeconds, result.written, Double(result.written) / writeSeconds, result.refused.count, peakRSS()))
            for r in result.refused.prefix(3) { print("  refused \(r.id): \(r.error)") }
        }
        let bytes = try totalBytes(dir.appendingPathComponent("cases"))
        print(String(format: "store size:   %.1f MB", Double(bytes) / 1e6))

        // `store N DIR warm`: only a warm open in a fresh process, to see its own peak memory.
        if args.count > 2, args[2] == "warm" {
            let c0 = processCPU()
            t = Date()
            let snap = try store.open { _, _ in }
            let seconds = Date().timeIntervalSince(t)
            let c1 = processCPU()
            print(String(format: "warm open:    %.3f s (user %.3f s, sys %.3f s; %d summaries) in a fresh process; peak RSS %@",
                         seconds, c1.user - c0.user, c1.sys - c0.sys, snap.summaries.count, peakRSS()))
            return
        }
        try? FileManager.default.removeItem(at: dir.appendingPathComponent(".cache"))
        t = Date()
        let r0 = processCPU()
        var cold: StoreSnapshot? = try store.open { _, _ in }
        let coldCount = cold!.summaries.count, coldDamaged = cold!.damaged.count
        let ids = cold!.summaries.map(\.id)
        let coldSample = Array(cold!.summaries.prefix(1000))
        let coldSeconds = Date().timeIntervalSince(t)
        let r1 = processCPU()
        print(String(format: "cold open:    %.3f s (user %.3f s, sys %.3f s; %d summaries, %d damaged, %.0f MB/s); peak RSS %@",
                     coldSeconds, r1.user - r0.user, r1.sys - r0.sys,
                     coldCount, coldDamaged, Double(bytes) / 1e6 / coldSeconds, peakRSS()))
        cold = nil  // as the app would: one snapshot at a time

        t = Date()
        let w0 = processCPU()
        let warm = try store.open { _, _ in }
        let warmSeconds = Date().timeIntervalSince(t)
        let w1 = processCPU()
        let cacheSize = (try? FileManager.default.attributesOfItem(atPath: dir.path + "/.cache/summaries")[.size] as? Int) ?? 0
        print(String(format: "warm open:    %.3f s (user %.3f s, sys %.3f s; cache %.1f MB, same summaries: %@); peak RSS %@",
                     warmSeconds, w1.user - w0.user, w1.sys - w0.sys,
                     Double(cacheSize) / 1e6, warm.summaries.count == coldCount && Array(warm.summaries.prefix(1000)) == coldSample ? "yes" : "NO", peakRSS()))

        var saves: [Double] = []
        for n in 0..<50 {
            var c = try store.load(id: ids[(n * 7919) % ids.count])
            c.summary += " (benchmark edit \(n))"
            let start = Date()
            _ = try store.save(c, baseRevision: c.revision, user: "bench", action: "update")
            saves.append(Date().timeIntervalSince(start))
        }
        saves.sort()
        print(String(format: "save:         median %.2f ms, max %.2f ms (50 saves)", saves[25] * 1000, saves[49] * 1000))

        // Measured in CPU time of this thread, so that other work on the machine does not
        // distort the figure per core.
        let sample = try ids.prefix(2000).map { try Data(contentsOf: dir.appendingPathComponent("cases/\($0).json")) }
        let sampleBytes = Double(sample.reduce(0) { $0 + $1.count })
        var c0 = threadCPU()
        for d in sample { _ = try JSONParser.parse(d) }
        let parseCPU = threadCPU() - c0
        c0 = threadCPU()
        var cases: [Case] = []
        for (d, id) in zip(sample, ids) { cases.append(try CaseCodec.decode(data: d, fileName: id)) }
        let decodeCPU = threadCPU() - c0
        c0 = threadCPU()
        for c in cases { _ = CaseSummary(c) }
        let summaryCPU = threadCPU() - c0
        c0 = threadCPU()
        for n in 0..<cases.count { _ = generator.makeCase(index: n) }
        let generateCPU = threadCPU() - c0
        c0 = threadCPU()
        for c in cases { _ = CaseValidator.problems(of: c, meta: generator.meta) }
        let validateCPU = threadCPU() - c0
        c0 = threadCPU()
        for c in cases { _ = CaseCodec.encodeBytes(c) }
        let encodeCPU = threadCPU() - c0
        print(String(format: "one core CPU: generate %.0f µs/case; validate %.0f µs/case",
                     generateCPU / Double(cases.count) * 1e6, validateCPU / Double(cases.count) * 1e6))
        print(String(format: "one core CPU: parse %.0f MB/s; parse+decode %.0f MB/s; summaries %.0f µs/case; encode %.0f MB/s (%d files)",
                     sampleBytes / 1e6 / parseCPU, sampleBytes / 1e6 / decodeCPU, summaryCPU / Double(cases.count) * 1e6,
                     sampleBytes / 1e6 / encodeCPU, sample.count))
        print("peak RSS:     \(peakRSS())")
    }

    static func processCPU() -> (user: Double, sys: Double) {
        var u = rusage()
        getrusage(RUSAGE_SELF.rawValue, &u)
        return (Double(u.ru_utime.tv_sec) + Double(u.ru_utime.tv_usec) / 1e6,
                Double(u.ru_stime.tv_sec) + Double(u.ru_stime.tv_usec) / 1e6)
    }

    static func threadCPU() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    static func totalBytes(_ dir: URL) throws -> Int {
        try FileManager.default.contentsOfDirectory(atPath: dir.path).reduce(0) { sum, name in
            sum + ((try? FileManager.default.attributesOfItem(atPath: dir.path + "/" + name)[.size] as? Int) ?? 0)
        }
    }

    static func peakRSS() -> String {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return "unknown" }
        return status.split(separator: "\n").first { $0.hasPrefix("VmHWM") }.map {
            $0.split(separator: " ", omittingEmptySubsequences: true).dropFirst().joined(separator: " ")
        } ?? "unknown"
    }
}
