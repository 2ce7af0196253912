import CaseCore
import Foundation

/// `casedesk-bench scan-check DIR`: reads every case file of a store both ways, the summary
/// scanner and the full decode, and says whether every summary is the same (exit 1 if not),
/// how many files the scanner left to the full decode, and the time of each way on one core.
/// For stores written by other programs (Benchmarks/gen_store.py), beside the unit tests'
/// demo and reshaped cases.
enum ScanCheck {
    static func run(_ args: [String]) {
        guard let store = args.first else { print("usage: casedesk-bench scan-check STORE"); exit(2) }
        let dir = store + "/cases"
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
        var same = 0, left = 0, differ = 0, damaged = 0
        var full = 0.0, scan = 0.0
        for name in names {
            guard let data = FileManager.default.contents(atPath: dir + "/" + name) else { continue }
            let id = String(name.dropLast(5))
            let bytes = [UInt8](data)
            let t0 = Date()
            let expected = bytes.withUnsafeBufferPointer { b in
                (try? CaseCodec.decode(bytes: b, fileName: id, file: nil).case).map(CaseSummary.init)
            }
            let t1 = Date()
            let got = bytes.withUnsafeBufferPointer { SummaryScanner.summary(of: $0, fileName: id) }
            scan += Date().timeIntervalSince(t1)
            full += t1.timeIntervalSince(t0)
            if expected == nil { damaged += 1 }
            if got == nil { left += 1 } else if got == expected { same += 1 } else { differ += 1; print("differs: \(name)") }
        }
        print("scan-check: \(names.count) files: \(same) the same, \(differ) different, \(left) left to the full decode "
              + "(\(damaged) damaged)")
        print(String(format: "scan-check: full decode and summary %.2f s, scanner %.2f s (one core, %.1fx)", full, scan, full / max(scan, 1e-9)))
        if differ > 0 { exit(1) }
    }
}
