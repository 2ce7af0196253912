import Testing
@testable import CaseCore
import CaseDemo

/// Sorting from the ranks must give exactly the order of sorting the strings, for every column
/// and direction, with equal titles (in different cases), long titles, missing values, and a
/// subset of the cases (a filtered list).
@Suite struct CaseSortIndexTests {
    static let today = demoToday
    static let context = QueryContext(today: today)
    static let summaries: [CaseSummary] = {
        var cases = demoCases(600, seed: 9)
        // Titles that tie, differ only in case, or agree beyond the 32 bytes the string sort packs.
        cases[3].title = "Operation Kestrel"; cases[90].title = "operation kestrel"; cases[400].title = "OPERATION KESTREL"
        let long = "Operation with a title far longer than thirty-two bytes"
        cases[10].title = long + " A"; cases[11].title = long + " B"; cases[12].title = long
        return cases.map(CaseSummary.init)
    }()

    @Test(arguments: CaseSortKey.allCases)
    func ranksGiveTheStringOrder(key: CaseSortKey) {
        let s = Self.summaries
        var index = CaseSortIndex(s, context: Self.context)
        let meta = DemoGenerator(seed: 9, today: Self.today).meta
        let subset = s.indices.filter { $0 % 3 != 1 }
        for prepared in [false, true] {
            if prepared { index.prepare(key, summaries: s) }
            for ascending in [true, false] {
                let sort = CaseSort(key, ascending: ascending)
                for indices in [Array(s.indices), subset] {
                    #expect(sort.apply(indices, of: s, context: Self.context, meta: meta, index: index)
                            == sort.apply(indices, of: s, context: Self.context, meta: meta),
                            "\(key) \(ascending ? "↑" : "↓")\(prepared ? " prepared" : "")")
                }
            }
        }
    }

    /// A case saved in place (new title, lawyer, unit, status, opening date, requests): every column
    /// still sorts as from the strings, through the kept keys or back to the strings.
    @Test func aCaseChangedInPlaceStillSortsRight() {
        var s = Self.summaries
        var index = CaseSortIndex(s, context: Self.context)
        let meta = DemoGenerator(seed: 9, today: Self.today).meta
        for key in CaseSortKey.allCases { index.prepare(key, summaries: s) }
        var c = demoCases(6, seed: 9)[5]
        c.title = "Aardvark"
        c.lawyer = nil
        c.unit = "ZZ-NEW"                 // a unit no case had: a new slot
        c.status = .finalised
        c.opened = Day(iso: "2001-01-01")!
        c.requests = []
        let old = s[5]
        s[5] = CaseSummary(c)
        index.update(5, from: old, to: s[5])
        #expect(CaseSort(.title).apply(Array(s.indices), of: s, context: Self.context, index: index).first == 5)
        for key in CaseSortKey.allCases {
            for ascending in [true, false] {
                let sort = CaseSort(key, ascending: ascending)
                #expect(sort.apply(Array(s.indices), of: s, context: Self.context, meta: meta, index: index)
                        == sort.apply(Array(s.indices), of: s, context: Self.context, meta: meta), "\(key) \(ascending ? "↑" : "↓")")
            }
        }
    }
}
