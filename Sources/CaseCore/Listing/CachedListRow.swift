/// One row of `casedesk list` read in place from the summary cache's table: the cells a
/// program gets (TSV, CSV), the cells people get (the aligned table) and the row's JSON
/// without a `CaseSummary` built for the case. Each cell equals `CaseListRow.cell(key, human:)`
/// of the summary the record was written from (`CachedListRowTests` holds the two equal over
/// demo and generated stores).
public struct CachedListRow {
    let layout: SummaryCache.Layout
    let at: Int

    /// Whether the table holds what `key`'s column shows: the next deadline needs the whole
    /// summary (its custody time limits, tasks and requests).
    public static func holds(_ key: CaseSortKey) -> Bool { key != .nextDeadline }

    private typealias L = SummaryCache.Layout

    private func append(_ field: Int, to out: inout [UInt8]) {
        if let s = layout.string(at + field) { out.append(contentsOf: s) }
    }

    private func day(_ field: Int) -> Int32? {
        let d = layout.raw.i32(at + field)
        return d == L.noDay ? nil : d
    }

    public func overdue(_ context: QueryContext) -> Bool {
        day(L.overdueAfter).map { context.today.ordinal > $0 } ?? false
    }

    public func toChase(_ context: QueryContext) -> Bool {
        day(L.chaseFrom).map { Int(context.today.ordinal) - Int($0) >= context.chaseIntervalDays } ?? false
    }

    /// The date of the first hearing not before today (hearings are kept by date).
    public func nextHearing(_ context: QueryContext) -> Day? {
        nextHearingIndex(context).map { Day(ordinal: layout.raw.i32(layout.arenaAt + Int(layout.raw.u32(at + L.hearings)) + $0 * L.hearingSize)) }
    }

    private func nextHearingIndex(_ context: QueryContext) -> Int? {
        let raw = layout.raw, list = layout.arenaAt + Int(raw.u32(at + L.hearings))
        var lo = 0, hi = Int(raw.u32(at + L.hearingCount))
        let count = hi, today = context.today.ordinal
        while lo < hi {
            let mid = (lo + hi) / 2
            if raw.i32(list + mid * L.hearingSize) < today { lo = mid + 1 } else { hi = mid }
        }
        return lo < count ? lo : nil
    }

    private func string(_ field: Int) -> String? {
        layout.string(at + field).map { String(decoding: $0, as: UTF8.self) }
    }

    private func crimeTypes() -> [CrimeType] {
        let raw = layout.raw, crimes = layout.arenaAt + Int(raw.u32(at + L.crimes))
        return (0..<Int(raw[at + L.crimeCount])).map { CrimeType.allCases[Int(raw[crimes + $0])] }
    }

    /// The row as JSON: equal to `CaseListRow.json` of the summary.
    public func json(_ context: QueryContext) -> JSONValue {
        let raw = layout.raw
        let next = nextHearingIndex(context).map { k in
            let h = layout.arenaAt + Int(raw.u32(at + L.hearings)) + k * L.hearingSize
            return (Day(ordinal: raw.i32(h)), HearingType.allCases[Int(raw[h + 4])], layout.string(h + 5).map { String(decoding: $0, as: UTF8.self) } ?? "")
        }
        return CaseListRow.json(id: string(L.id) ?? "", urn: string(L.urn), title: string(L.title) ?? "", unit: string(L.unit) ?? "",
                                lawyer: string(L.lawyer), caseworker: string(L.caseworker),
                                status: CaseStatus.allCases[Int(raw[at + L.status])], crimeTypes: crimeTypes(),
                                sensitivity: Sensitivity.allCases[Int(raw[at + L.sensitivity])],
                                opened: Day(ordinal: raw.i32(at + L.opened)), finalised: day(L.finalised).map(Day.init(ordinal:)),
                                defendants: Int(raw.u32(at + L.defendants)), next: next,
                                overdue: overdue(context), toChase: toChase(context))
    }

    /// Appends the cell of `key` for programs (the store's spellings, nothing for nothing);
    /// appends nothing for a column the table does not hold (see `holds`).
    public func appendDataCell(_ key: CaseSortKey, context: QueryContext, to out: inout [UInt8]) {
        let raw = layout.raw
        switch key {
        case .id: append(L.id, to: &out)
        case .title: append(L.title, to: &out)
        case .unit: append(L.unit, to: &out)
        case .lawyer: append(L.lawyer, to: &out)
        case .crimeTypes:
            let crimes = layout.arenaAt + Int(raw.u32(at + L.crimes))
            for k in 0..<Int(raw[at + L.crimeCount]) {
                if k > 0 { out.append(UInt8(ascii: ",")) }
                out.append(contentsOf: CrimeType.allCases[Int(raw[crimes + k])].rawValue.utf8)
            }
        case .status: out.append(contentsOf: CaseStatus.allCases[Int(raw[at + L.status])].rawValue.utf8)
        case .defendants: out.append(contentsOf: String(raw.u32(at + L.defendants)).utf8)
        case .nextHearing: if let d = nextHearing(context) { out.append(contentsOf: d.iso.utf8) }
        case .flags:
            let overdue = overdue(context), chase = toChase(context)
            if overdue { out.append(contentsOf: "overdue".utf8) }
            if chase { out.append(contentsOf: (overdue ? ",toChase" : "toChase").utf8) }
        case .opened: out.append(contentsOf: Day(ordinal: raw.i32(at + L.opened)).iso.utf8)
        case .updated: out.append(contentsOf: Timestamp(seconds: raw.i64(at + L.updated)).description.utf8)
        case .nextDeadline: break
        }
    }

    /// The cell of `key` for people (labels, the lawyer's name, `–` for nothing), as the
    /// aligned table prints it. `names`: `meta.personNames()`, as `CaseListRow` takes it; the
    /// next deadline, which the table does not hold (see `holds`), is the caller's, worked out
    /// from the summary.
    public func humanCell(_ key: CaseSortKey, context: QueryContext, meta: StoreMeta, names: [String: String]?,
                          nextDeadline: Day? = nil) -> String {
        let raw = layout.raw, none = "–"
        switch key {
        case .id: return string(L.id) ?? ""
        case .title: return string(L.title) ?? ""
        case .unit: return string(L.unit) ?? ""
        case .lawyer: return string(L.lawyer).map { CaseListRow.personName($0, meta: meta, names: names) } ?? none
        case .crimeTypes: return crimeTypes().map(\.short).joined(separator: ", ")
        case .status: return CaseStatus.allCases[Int(raw[at + L.status])].label
        case .defendants: return String(raw.u32(at + L.defendants))
        case .nextHearing: return nextHearing(context)?.iso ?? none
        case .flags: return (overdue(context) ? "!" : "") + (toChase(context) ? "c" : "")
        case .opened: return Day(ordinal: raw.i32(at + L.opened)).iso
        case .updated: return Timestamp(seconds: raw.i64(at + L.updated)).description
        case .nextDeadline: return nextDeadline?.iso ?? none
        }
    }
}

extension SummaryStream {
    /// Every summary's list row, in case id order, read in place from the cache (checked
    /// entry by entry when the stream was opened).
    public func forEachRow(_ body: (CachedListRow) throws -> Void) rethrows {
        try withExtendedLifetime(cache.bytes) {
            for k in summaryStarts { try body(CachedListRow(layout: cache.layout, at: cache.records[k])) }
        }
    }

    /// The list rows of the summaries at these positions (as `forEachPositioned` gave them),
    /// in this order, read in place.
    public func forEachRow(at positions: [Int32], _ body: (CachedListRow) throws -> Void) rethrows {
        try withExtendedLifetime(cache.bytes) {
            for p in positions { try body(CachedListRow(layout: cache.layout, at: cache.records[summaryStarts[Int(p)]])) }
        }
    }
}
