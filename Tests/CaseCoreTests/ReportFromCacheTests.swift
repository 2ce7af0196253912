import Foundation
import Testing
@testable import CaseCore
@testable import CaseDemo

/// Issue 16.4: `casedesk report` reads only what the measures need from the summary cache
/// (`ReportInput(stream:)`, no whole summary kept). Its figures equal those made from the
/// summaries of a full open, for every grouping, several periods and days, over demo cases
/// and cases of random shapes (many defendants, CTLs, requests, tasks).
@Suite struct ReportFromCacheTests {
    static func store(_ cases: [Case], meta: StoreMeta) throws -> JSONDirectoryStore {
        let store = try JSONDirectoryStore.create(at: Fixtures.tempDir(), meta: meta)
        _ = try store.writeNewCases(count: cases.count, user: "u", action: "test") { cases[$0] }
        try Data("{\"id\": \"BAD-1\", \"title\" 1}".utf8).write(to: URL(fileURLWithPath: store.directory.path + "/cases/BAD-1.json"))
        _ = try store.open { _, _ in }   // writes the summary cache
        return store
    }

    static func expectSameFigures(_ store: JSONDirectoryStore) throws {
        let snap = try store.open { _, _ in }
        let full = ReportInput(meta: snap.meta, summaries: snap.summaries, damaged: snap.damaged)
        let stream = try #require(try store.openStream(), "the cache was not used")
        let cached = try #require(ReportInput(stream: stream), "the cache did not decode")
        #expect(cached.damaged == snap.damaged && cached.damaged.map(\.id) == ["BAD-1"])
        #expect(cached.index.caseIDs.sorted() == full.index.caseIDs)
        let base = SummaryScannerTests.today
        let periods: [ReportPeriod] = [.all, ReportPeriod(parsing: "2013-2014")!, ReportPeriod(parsing: "2015-2016 Q3")!,
                                       .year(containing: base)]
        for today in [base, base.adding(days: -900)] {
            for period in periods {
                for by in GroupBy.allCases {
                    let a = full.report(period: period, groupBy: by, today: today)
                    let b = cached.report(period: period, groupBy: by, today: today)
                    #expect(a.report == b.report, "\(period.text) by \(by.rawValue) on \(today.iso)")
                    #expect(a.ctl.rows == b.ctl.rows && a.ctl.total == b.ctl.total,
                            "CTL \(period.text) by \(by.rawValue) on \(today.iso)")
                    // What `casedesk report` prints, to the byte.
                    for f in ReportFormatter.allCases { #expect(f.format(a.report) == f.format(b.report)) }
                }
            }
        }
    }

    @Test func demoCasesGiveTheFiguresOfAFullOpen() throws {
        let g = DemoGenerator(seed: 7, today: SummaryScannerTests.today)
        let store = try Self.store((0..<500).map { g.makeCase(index: $0) }, meta: g.meta)
        defer { Fixtures.remove(store) }
        try Self.expectSameFigures(store)
    }

    @Test func randomShapesGiveTheFiguresOfAFullOpen() throws {
        var rng = DemoRandom(seed: 33)
        let g = DemoGenerator(seed: 11, today: SummaryScannerTests.today)
        var cases = (0..<400).map { SummaryScannerTests.reshape(g.makeCase(index: $0), &rng) }
        cases[0].lawyer = nil; cases[0].hearings = []; cases[0].requests = []
        let store = try Self.store(cases, meta: g.meta)
        defer { Fixtures.remove(store) }
        try Self.expectSameFigures(store)
    }

    /// Cases that can add to no CTL figure (no CTL, and an open task as a next action) are
    /// left out of the CTL input, but the earliest of them still opens the first row by time.
    @Test func casesThatNeverCountForCTLsStillStartTheRowsByTime() throws {
        let g = DemoGenerator(seed: 7, today: SummaryScannerTests.today)
        var cases = (0..<60).map { g.makeCase(index: $0) }
        for (k, year) in [(0, 2003), (1, 2004)] {
            cases[k].opened = Day(year: year, month: 5, day: 1)!
            for d in cases[k].defendants.indices { cases[k].defendants[d].custodyTimeLimits = [] }
            cases[k].tasks.append(CaseTask(id: "T99", title: "Still to do", created: cases[k].opened))
        }
        let store = try Self.store(cases, meta: g.meta)
        defer { Fixtures.remove(store) }
        try Self.expectSameFigures(store)
        let stream = try #require(try store.openStream())
        let cached = try #require(ReportInput(stream: stream))
        #expect(cached.ctlCases.count < cached.index.caseIDs.count)
        let rows = cached.report(period: .all, groupBy: .year, today: SummaryScannerTests.today).ctl.rows
        #expect(rows.first?.key == "2003-2004")
    }

    /// A cache whose tables are sound but one summary's bytes are not: the stream says so
    /// (nil), and `casedesk report` then opens the store in full rather than miscount.
    @Test func aSummaryThatDoesNotDecodeRefusesTheStream() throws {
        let g = DemoGenerator(seed: 7, today: SummaryScannerTests.today)
        let store = try Self.store((0..<40).map { g.makeCase(index: $0) }, meta: g.meta)
        defer { Fixtures.remove(store) }
        let path = store.directory.path + "/" + SummaryCache.file
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        let copy = CacheBytes(copying: bytes)
        let start = try withExtendedLifetime(copy) { () throws -> Int in
            let layout = try #require(SummaryCache.Layout(copy.raw))
            let at = try #require((0..<layout.count).map(layout.record).first(where: layout.isSummary))
            return try #require(layout.result(at)).start
        }
        // A summary's result: its flag, then its id's length, made longer than the id.
        #expect(bytes[start] == 1)
        bytes[start + 1] = 0x7F
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let stream = try #require(try store.openStream())
        #expect(ReportInput(stream: stream) == nil)
    }
}
