import Testing
@testable import CaseCore

@Suite struct QuerySortTests {
    let ctx = QueryContext(today: day("2014-02-01"), chaseIntervalDays: 28)
    var cases: [CaseSummary] {
        [
            summary("C", title: "operation alpha", unit: "U2", lawyer: "P2", crimeTypes: [.fraud], status: .charged,
                    opened: "2013-01-01", defendants: [defendant("1"), defendant("2")], hearings: ["2014-03-01"],
                    updated: Timestamp(iso: "2014-01-03T00:00:00Z")!),
            summary("A", title: "Operation Bravo", unit: "U1", lawyer: "P1", crimeTypes: [.drugTrafficking, .fraud],
                    status: .finalised, opened: "2012-01-01", defendants: [defendant("1")],
                    requests: [request("R", status: .sent, sent: "2013-01-01", due: "2013-06-01")],
                    updated: Timestamp(iso: "2014-01-01T00:00:00Z")!),
            summary("B", title: "Operation Bravo", unit: "U1", lawyer: nil, crimeTypes: [.drugTrafficking],
                    status: .preCharge, opened: "2013-01-01", hearings: ["2014-02-01", "2013-01-01"],
                    requests: [request("R2", status: .sent, sent: "2013-12-01")],
                    updated: Timestamp(iso: "2014-01-02T00:00:00Z")!),
        ]
    }

    func order(_ key: CaseSortKey, _ ascending: Bool = true, meta: StoreMeta? = nil) -> [String] {
        let s = cases
        return CaseSort(key, ascending: ascending).apply(Array(s.indices), of: s, context: ctx, meta: meta).map { s[$0].id }
    }

    /// Ids compare by their UTF-8 bytes, unsigned, a shorter one first when it is the
    /// other's beginning: the order the list opens in, which is checked rather than sorted
    /// when the summaries already follow it.
    @Test func idsCompareByTheirBytes() {
        let ids = ["", "A", "a", "AB", "A-1", "A-10", "A-2", "CD-2019-000042", "CD-2019-000042x", "é", "e", "Zoë", "Zoe",
                   "\u{1F600}", "~", "CD-2019-00004", String(repeating: "x", count: 40), String(repeating: "x", count: 41)]
        for a in ids {
            for b in ids {
                let bytes = Array(a.utf8).lexicographicallyPrecedes(Array(b.utf8)) ? -1 : (Array(a.utf8) == Array(b.utf8) ? 0 : 1)
                #expect(CaseSort.compareBytes(a, b, fold: false) == bytes, "\(a) vs \(b)")
            }
        }
        var summaries = ids.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }.enumerated().map { n, id in
            CaseSummary(Case(id: id, title: "t", unit: "u", crimeTypes: [.fraud], status: .charged,
                             opened: Day(year: 2020, month: 1, day: 1)!, updated: Timestamp(seconds: Int64(n))))
        }
        let context = ctx
        #expect(CaseSort(.id).apply(Array(summaries.indices), of: summaries, context: context) == Array(summaries.indices))
        #expect(CaseSort(.id, ascending: false).apply(Array(summaries.indices), of: summaries, context: context)
                == Array(summaries.indices.reversed()))
        summaries.swapAt(3, 7)   // out of order: sorted, not taken as it is
        let sorted = CaseSort(.id).apply(Array(summaries.indices), of: summaries, context: context).map { summaries[$0].id }
        #expect(sorted == summaries.map(\.id).sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) })
    }

    @Test func everyColumnSortsWithTiesById() {
        #expect(order(.id) == ["A", "B", "C"])
        #expect(order(.id, false) == ["C", "B", "A"])
        #expect(order(.title) == ["C", "A", "B"])                      // case-insensitive; tie by id
        #expect(order(.title, false) == ["A", "B", "C"])               // ties stay by id ascending
        #expect(order(.crimeTypes) == ["B", "A", "C"])                 // [drugs] < [drugs, fraud] < [fraud]
        #expect(order(.unit) == ["A", "B", "C"])
        #expect(order(.lawyer) == ["A", "C", "B"])                     // no lawyer last
        #expect(order(.status) == ["B", "C", "A"])                     // lifecycle, not alphabet
        #expect(order(.defendants) == ["B", "A", "C"])
        #expect(order(.nextHearing) == ["B", "C", "A"])                // none last
        #expect(order(.nextHearing, false) == ["C", "B", "A"])         // none last either way
        #expect(order(.flags, false) == ["A", "B", "C"])               // overdue+chase, chase, none
        #expect(order(.opened) == ["A", "B", "C"])
        #expect(order(.updated, false) == ["C", "B", "A"])
    }

    @Test func unitAndLawyerSortByNamesShown() {
        let meta = StoreMeta(name: "t", units: [Unit(id: "U1", name: "Zeta", kind: .area), Unit(id: "U2", name: "Alpha", kind: .area)],
                             people: [Person(id: "P1", name: "Young", role: .prosecutor), Person(id: "P2", name: "Adams", role: .prosecutor)])
        #expect(order(.unit, meta: meta) == ["C", "A", "B"])
        #expect(order(.lawyer, meta: meta) == ["C", "A", "B"])
    }

    @Test func longTitlesCompareBeyondThePrefix() {
        let base = "Operation Very Long Title Indeed Phase "    // longer than the 32-byte prefix
        let s = [summary("Z1", title: base + "B"), summary("A1", title: base + "A"), summary("M1", title: base + "B"),
                 summary("B2", title: "operation very long title indeed")]
        func titles(_ asc: Bool) -> [String] {
            CaseSort(.title, ascending: asc).apply(Array(s.indices), of: s, context: ctx).map { s[$0].id }
        }
        #expect(titles(true) == ["B2", "A1", "M1", "Z1"])
        #expect(titles(false) == ["M1", "Z1", "A1", "B2"])     // equal titles stay by id ascending
    }

    @Test func sortsASubsetOnly() {
        let s = cases
        #expect(CaseSort(.id).apply([2, 0], of: s, context: ctx) == [2, 0])
        #expect(CaseSortKey.updated.next == .id && CaseSortKey.id.next == .title)
        #expect(CaseSort(.title).reversed == CaseSort(.title, ascending: false))
    }

    @Test func slotsAgreeWithDeclarationOrder() {
        #expect(CaseStatus.allCases.allSatisfy { $0.slot == $0.position })
        #expect(CrimeType.allCases.allSatisfy { $0.slot == $0.position } && CrimeType.allCases.count == CrimeType.count)
        #expect(OutcomeCategory.allCases.allSatisfy { $0.slot == $0.position } && OutcomeCategory.allCases.count == OutcomeCategory.count)
        #expect(AncillaryOrderType.allCases.allSatisfy { $0.slot == $0.position } && AncillaryOrderType.allCases.count == AncillaryOrderType.count)
        #expect(ConfiscationStage.allCases.allSatisfy { $0.slot == $0.position } && ConfiscationStage.allCases.count == ConfiscationStage.count)
        #expect(RequestStatus.allCases.allSatisfy { $0.slot == $0.position } && RequestStatus.allCases.count == RequestStatus.count)
    }
}
