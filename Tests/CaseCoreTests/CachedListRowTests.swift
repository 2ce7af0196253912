import Foundation
import Testing
@testable import CaseCore
@testable import CaseDemo

/// Issue 16.2: `casedesk list` writes its rows straight from the summary cache's table (no
/// summary built). Every cell read there equals the cell of the summary it was written from,
/// for demo cases and cases of random shapes, on days before, between and after their dates;
/// and a table that is truncated or garbled is refused, never read out of bounds.
@Suite struct CachedListRowTests {
    static let keys = CaseSortKey.allCases.filter(CachedListRow.holds)

    static func entries(_ cases: [Case]) -> [SummaryCache.Entry] {
        cases.enumerated().map { n, c in
            SummaryCache.Entry(name: c.id + ".json", size: n, mtime: Int64(n), result: .summary(CaseSummary(c)))
        }
    }

    /// Every row of the encoded cache, cell by cell, against `CaseListRow` of its summary.
    static func expectRowsEqual(_ cases: [Case], meta: StoreMeta) {
        let entries = entries(cases)
        let bytes = CacheBytes(copying: SummaryCache.encode(entries))
        withExtendedLifetime(bytes) {
            guard let layout = SummaryCache.Layout(bytes.raw) else { Issue.record("the cache does not parse"); return }
            let base = SummaryScannerTests.today
            let names = meta.personNames()
            for today in [base.adding(days: -4000), base.adding(days: -400), base, base.adding(days: 30), base.adding(days: 3000)] {
                for interval in [1, 28] {
                    let context = QueryContext(today: today, chaseIntervalDays: interval)
                    for (n, e) in entries.enumerated() {
                        guard case .summary(let s) = e.result else { continue }
                        let at = layout.record(n)
                        #expect(layout.rowIsSound(at))
                        let row = CachedListRow(layout: layout, at: at)
                        let expected = CaseListRow(s, meta: meta, context: context).cells(keys, human: false)
                        let got = keys.map { k in
                            var out: [UInt8] = []
                            row.appendDataCell(k, context: context, to: &out)
                            return String(decoding: out, as: UTF8.self)
                        }
                        #expect(got == expected, "case \(s.id) on \(today.iso), interval \(interval)")
                        // The aligned table's cells (issue 16.4): labels, the lawyer's name, `–`.
                        let human = CaseListRow(s, meta: meta, context: context).cells(keys, human: true)
                        #expect(keys.map { row.humanCell($0, context: context, meta: meta, names: names) } == human,
                                "case \(s.id) for people on \(today.iso), interval \(interval)")
                        // The next deadline is not in the table: the caller works it out from the summary.
                        let deadline = DeadlineList.nextDate(of: s, today: today, chaseIntervalDays: interval)
                        #expect(row.humanCell(.nextDeadline, context: context, meta: meta, names: names, nextDeadline: deadline)
                                == CaseListRow(s, meta: meta, context: context).cells([.nextDeadline], human: true)[0])
                        #expect(row.json(context) == CaseListRow(s, meta: meta, context: context).json, "JSON of \(s.id)")
                    }
                }
            }
        }
    }

    @Test func demoCasesGiveTheRowsOfTheirSummaries() {
        let g = DemoGenerator(seed: 5, today: SummaryScannerTests.today)
        Self.expectRowsEqual((0..<400).map { g.makeCase(index: $0) }, meta: g.meta)
    }

    @Test func randomShapesGiveTheRowsOfTheirSummaries() {
        var rng = DemoRandom(seed: 21)
        let g = DemoGenerator(seed: 9, today: SummaryScannerTests.today)
        var cases = (0..<300).map { SummaryScannerTests.reshape(g.makeCase(index: $0), &rng) }
        // No lawyer, no hearing, no request; a title with a tab and a control character.
        cases[0].lawyer = nil; cases[0].hearings = []; cases[0].requests = []
        cases[1].title = "Tab\there \u{1B}[31m and \u{202E}"
        Self.expectRowsEqual(cases, meta: g.meta)
    }

    static func encoded() -> [UInt8] {
        let g = DemoGenerator(seed: 2, today: SummaryScannerTests.today)
        var entries = entries((0..<20).map { g.makeCase(index: $0) })
        entries.append(SummaryCache.Entry(name: "BAD.json", size: 1, mtime: 1, result: .damaged(DamagedCase(
            id: "BAD", path: "cases/BAD.json", problems: [Problem(file: "cases/BAD.json", message: "broken")]))))
        return SummaryCache.encode(entries)
    }

    /// Whether the bytes are taken for a whole cache, every row sound and every result whole.
    static func accepted(_ bytes: [UInt8]) -> Bool {
        let b = CacheBytes(copying: bytes)
        return withExtendedLifetime(b) {
            guard let layout = SummaryCache.Layout(b.raw) else { return false }
            for n in 0..<layout.count {
                let at = layout.record(n)
                guard layout.name(at) != nil, layout.rowIsSound(at), let (s, e) = layout.result(at) else { return false }
                var r = BinaryReader(b.raw, at: s, end: e)
                _ = SummaryCache.decodeResult(&r, root: "")
                if r.failed || !r.atEnd { return false }
            }
            return (0..<layout.count).allSatisfy { layout.ordered($0) != nil }
        }
    }

    @Test func aTruncatedCacheIsRefusedAtEveryLength() {
        let bytes = Self.encoded()
        #expect(Self.accepted(bytes))
        #expect(SummaryCache.decode(bytes) != nil)
        for cut in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 400)) + [bytes.count - 1] {
            #expect(SummaryCache.Layout(CacheBytes(copying: Array(bytes.prefix(cut))).raw) == nil, "cut at \(cut)")
            #expect(SummaryCache.decode(Array(bytes.prefix(cut))) == nil, "cut at \(cut)")
        }
        // Another version, or one byte more, is not this layout either.
        var other = bytes
        other[SummaryCache.magic.count] &+= 1
        #expect(SummaryCache.decode(other) == nil)
        #expect(SummaryCache.decode(bytes + [0]) == nil)
    }

    /// Any byte of the table, the arena or the trailer changed: the cache is refused, or read
    /// within its bounds (a changed letter of a title is still a title); it never crashes.
    @Test func aGarbledTableIsRefusedOrReadInBounds() {
        let bytes = Self.encoded()
        let b = CacheBytes(copying: bytes)
        let layout = SummaryCache.Layout(b.raw)!
        var refused = 0, tried = 0
        var rng = DemoRandom(seed: 4)
        for at in stride(from: layout.arenaAt, to: bytes.count, by: 3) {
            var garbled = bytes
            garbled[at] ^= UInt8(rng.int(1...255))
            tried += 1
            if !Self.accepted(garbled) { refused += 1 }
        }
        withExtendedLifetime(b) {}
        #expect(refused > 0 && refused < tried)
        // A reference past the arena, and a status this program does not know.
        var past = bytes
        let title = layout.record(0) + SummaryCache.Layout.title
        past.replaceSubrange(title..<(title + 4), with: [0xFF, 0xFF, 0xFF, 0x0F])
        #expect(!Self.accepted(past))
        var status = bytes
        status[layout.record(1) + SummaryCache.Layout.status] = 200
        #expect(!Self.accepted(status))
    }
}
