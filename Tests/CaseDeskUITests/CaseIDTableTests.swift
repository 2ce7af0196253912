import CaseCore
import CaseDemo
import Testing
@testable import CaseDeskUI

/// The catalog's id → position table: every id found at its first position, ids it does not
/// hold not found, and a save in place (same ids) leaves it right.
@Suite struct CaseIDTableTests {
    @Test func everyIDIsFoundAtItsFirstPositionAndNoOtherIs() {
        let g = DemoGenerator(seed: 5, today: Day(year: 2026, month: 11, day: 24)!)
        let base = CaseSummary(g.makeCase(index: 0))
        var summaries: [CaseSummary] = []
        var rng = SystemRandomNumberGenerator()
        for n in 0..<3_000 {
            var s = base
            // Short ids and long ones (stored out of line), and some given twice.
            s.id = n % 7 == 0 ? "CD-\(n)" : "CD-2026-\(String(repeating: "0", count: n % 13))\(n)-long-enough-for-the-heap"
            summaries.append(s)
        }
        for _ in 0..<50 { summaries.append(summaries[Int.random(in: 0..<summaries.count, using: &rng)]) }
        let table = CaseIDTable(summaries)
        var first: [String: Int] = [:]
        for (i, s) in summaries.enumerated() where first[s.id] == nil { first[s.id] = i }
        for s in summaries { #expect(table.index(of: s.id, in: summaries) == first[s.id]) }
        for missing in ["", "CD-", "CD-3000", "cd-7", "CD-2026-0-long-enough-for-the-heap"] where first[missing] == nil {
            #expect(table.index(of: missing, in: summaries) == nil)
        }
        // A summary changed in place keeps its id: still found where it is.
        summaries[10].title = "Changed"
        #expect(table.index(of: summaries[10].id, in: summaries) == first[summaries[10].id])
        #expect(CaseIDTable().index(of: "CD-1", in: []) == nil)
    }
}
