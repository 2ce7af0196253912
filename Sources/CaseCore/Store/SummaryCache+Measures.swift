import Foundation

// The measures' reading of the cache (issue 16.4, `casedesk report`): the same binary form
// as `decodeSummary` reads, stepping over the strings and lists no measure looks at (titles,
// names, courts, authorities, task titles, the search text), so a report of 100,000 cases
// allocates none of them. What it keeps is every field `MeasureIndex` and `CTLMeasures`
// read; `ReportFromCacheTests` holds a report from these equal to one from full summaries,
// every grouping, over demo and reshaped stores. A change to `encode` must be followed here.
extension SummaryCache {
    /// A summary with only what the measures read; the other strings empty or nil, the
    /// search text empty. Never shown or saved: it is folded into a report and dropped.
    /// Made through the decode's initialisers with `names` (as `decodeSummary`), so a name
    /// repeated from case to case is looked up once per worker, not under a process-wide
    /// lock each time.
    static func decodeMeasureSummary(_ r: inout BinaryReader, names: inout DecodeNames) -> CaseSummary {
        let id = r.string()
        r.skipOptional(); r.skip()                              // urn, title
        let unit = names.pooled(&r), lawyer = names.optPooled(&r)
        r.skipOptional()                                        // caseworker
        let crimeTypes = names.crimeTypes(&r)
        let status = r.vocab(CaseStatus.self), sensitivity = r.vocab(Sensitivity.self)
        let opened = r.day(), finalised = r.optDay(), revision = r.int(), updated = Timestamp(seconds: r.int64())
        let defendants = (0..<r.count()).map { _ in decodeDefendant(&r, &names, named: false) }
        let hearings = (0..<r.count()).map { _ in
            let date = r.day(), type = r.vocab(HearingType.self)
            r.skip()                                            // court
            return HearingSummary(date: date, type: type, courtCode: emptyName)
        }
        let requests = (0..<r.count()).map { _ in
            r.skip()                                            // id
            let kind = r.vocab(RequestKind.self), direction = r.vocab(RequestDirection.self), country = names.code(&r)
            let urgent = r.bool(), status = r.vocab(RequestStatus.self)
            let sent = r.optDay(), due = r.optDay(), lastChased = r.optDay(), executed = r.optDay(), statusDate = r.optDay()
            let chaseCount = r.int()
            r.skipOptional(); r.skipOptional(); r.skipOptional()  // authority, liaison, defendant
            return RequestSummary(id: "", kind: kind, direction: direction, countryCode: country, urgent: urgent, status: status,
                                  sent: sent, due: due, lastChased: lastChased, executed: executed, statusDate: statusDate,
                                  chaseCount: chaseCount, authorityCode: NameTable.none, liaisonCode: NameTable.none, defendant: nil)
        }
        let noteCount = r.int()
        let tasks = (0..<r.count()).map { _ in
            r.skip(); r.skip()                                  // id, title
            let due = r.optDay()
            r.skipOptional()                                    // assignee
            let created = r.day(), doneDate = r.optDay()
            r.skipOptional()                                    // done by
            return CaseTask(id: "", title: "", due: due, assignee: nil, created: created,
                            done: doneDate.map { TaskDone(date: $0, by: "") })
        }
        r.skip()                                                // search text
        return CaseSummary(id: id, urn: nil, title: "", pooledUnit: unit, lawyer: lawyer, caseworker: nil,
                           crimeTypes: crimeTypes, status: status, sensitivity: sensitivity, opened: opened,
                           finalised: finalised, revision: revision, updated: updated, defendants: defendants,
                           hearings: hearings, requests: requests, noteCount: noteCount, tasks: tasks, searchText: [])
    }

    /// The code of "", the court of a measures' hearing (no measure reads courts).
    private static let emptyName = NameTable.code("")
}

extension SummaryCache.InOrder {
    /// The measures' summary of the entry whose result lies at `range`; nil when it is not
    /// a summary that decodes whole.
    func measureSummary(_ range: (start: Int, end: Int), names: inout DecodeNames) -> CaseSummary? {
        withExtendedLifetime(bytes) {
            var r = BinaryReader(layout.raw, at: range.start, end: range.end)
            guard r.bool() else { return nil }
            let s = SummaryCache.decodeMeasureSummary(&r, names: &names)
            return r.failed || !r.atEnd ? nil : s
        }
    }
}

extension SummaryStream {
    /// Every summary as the measures read it (`decodeMeasureSummary`), in the order of the
    /// cache file rather than of case ids (no figure depends on the order): a window at a
    /// time decoded on every core while `body` takes the window before (one thread), and
    /// each window's pages of the mapped file let go once read, so a report of 100,000 cases
    /// never holds the file's summaries in memory. The table and the strings (a fifth of the
    /// file, read to check the cache) are let go first: where each result lies is all the
    /// measures need of them.
    /// False, having stopped, when an entry does not decode (a cache damaged in a way its
    /// tables did not show): the caller then starts again from a full open.
    public func forEachMeasureSummary(window: Int = 2048, _ body: (CaseSummary) throws -> Void) rethrows -> Bool {
        let layout = cache.layout
        var found: [(start: Int, end: Int)] = []
        found.reserveCapacity(layout.count)
        for n in 0..<layout.count {
            let at = layout.record(n)
            guard layout.isSummary(at) else { continue }
            guard let range = layout.result(at) else { return false }
            found.append(range)
        }
        cache.bytes.release(layout.arenaAt..<layout.raw.count)
        let cache = cache, ranges = found, count = found.count
        var from = 0
        var current = Self.decodeWindow(cache, ranges, from..<min(count, window))
        while from < count {
            let to = min(count, from + window)
            guard !current.contains(where: { $0 == nil }) else { return false }
            cache.bytes.release(ranges[from].start..<ranges[to - 1].end)
            let next = WindowBox(), group = DispatchGroup()
            defer { group.wait() }   // no decoding left running once this returns (or throws)
            if to < count {
                DispatchQueue.global().async(group: group) {
                    next.summaries = Self.decodeWindow(cache, ranges, to..<min(count, to + window))
                }
            }
            for s in current { try body(s!) }
            group.wait()
            current = next.summaries
            from = to
        }
        return true
    }

    /// The measures' summaries of the entries at `window` of `ranges`, decoded on every core.
    private static func decodeWindow(_ cache: SummaryCache.InOrder, _ ranges: [(start: Int, end: Int)],
                                     _ window: Range<Int>) -> [CaseSummary?] {
        let lo = window.lowerBound
        return ResultSlots.fill(window.count, state: { DecodeNames(expected: 256) }) { k, names in
            cache.measureSummary(ranges[lo + k], names: &names)
        }
    }

    /// The next window's summaries, handed from the thread that decodes them to the one
    /// that waits for it (`DispatchGroup.wait` orders the write before the read).
    private final class WindowBox: @unchecked Sendable {
        var summaries: [CaseSummary?] = []
    }
}
