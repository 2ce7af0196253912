import Testing
@testable import CaseCore
import CaseDemo
@testable import Tabular

// Issue 18.8: `casedesk list`, `requests` and `report` fit the terminal. The screens are what
// the CLI prints for the same rows (it measures in terminal columns; these rows are narrow
// characters only, so Characters are the same).
@Suite struct TableFitTests {
    static func listTable(_ keys: [CaseSortKey] = CaseListRow.defaultKeys) -> TextTable {
        let g = DemoGenerator(seed: 7, today: demoToday)
        let context = QueryContext(today: demoToday, chaseIntervalDays: g.meta.chaseIntervalDays)
        var t = TextTable(keys.map(CaseListRow.column))
        for i in 0..<8 { t.append(CaseListRow(CaseSummary(g.makeCase(index: i)), meta: g.meta, context: context).cells(keys, human: true)) }
        return t
    }

    static func cut(_ s: String, _ w: Int, _ right: Bool) -> String {
        s.count <= w ? TextTable.pad(s, to: w, alignRight: right) : String(s.prefix(w - 1)) + "…"
    }

    static func lines(_ t: TextTable, _ width: Int?, wrap: Bool = false) -> [String] {
        t.aligned(fit: cut, maxWidth: width, underline: wrap, wrapTitles: wrap)
    }

    @Test func listAt80KeepsTitlesWholeAndLeavesOutColumns() {
        // Unit, crime and lawyer give way before the title is cut; the narrow Defs fits back.
        let expected = #"""
Id              Title               Status             Defs  Next hearing  Flags
CD-2026-000001  Operation Lapwing   Pre-charge            3  –
CD-2025-000002  Operation Nightjar  Charged               5  –
CD-2025-000003  Operation Skylark   Awaiting trial        4  2026-12-19    !
CD-2025-000004  Operation Wagtail   At trial              2  2026-11-28
CD-2025-000005  Operation Whimbrel  Awaiting sentence     2  2026-12-30    !
CD-2023-000006  Operation Avocet    Post-conviction       3  2026-12-21    !
CD-2009-000007  Operation Dunlin    Finalised             2  –
CD-2026-000008  Operation Plover    Pre-charge            4  –
"""#.split(separator: "\n").map(String.init)
        #expect(Self.lines(Self.listTable(), 80) == expected)
    }

    @Test func listAt120UsesTheWidth() {
        // Every column; the title and the lawyer whole, the crime types get what is left.
        let expected = #"""
Id              Title               Crime          Unit     Lawyer          Status             Defs  Next hearing  Flags
CD-2026-000001  Operation Lapwing   Drugs          OCD-LON  James Thornton  Pre-charge            3  –
CD-2025-000002  Operation Nightjar  Firearms, Dr…  CCU-NW   Gareth Gill     Charged               5  –
CD-2025-000003  Operation Skylark   OIC, Traffic…  CCU-SE   Chidi Rahman    Awaiting trial        4  2026-12-19    !
CD-2025-000004  Operation Wagtail   Trafficking    SFU      Andrew Davies   At trial              2  2026-11-28
CD-2025-000005  Operation Whimbrel  CSE            OCD-NTH  Owen Llewellyn  Awaiting sentence     2  2026-12-30    !
CD-2023-000006  Operation Avocet    Cyber          CCU-WM   Patrick Carter  Post-conviction       3  2026-12-21    !
CD-2009-000007  Operation Dunlin    ML             INTL     James Reilly    Finalised             2  –
CD-2026-000008  Operation Plover    Acquisitive    OCD-BHM  Helen Ferguson  Pre-charge            4  –
"""#.split(separator: "\n").map(String.init)
        #expect(Self.lines(Self.listTable(), 120) == expected)
    }

    @Test(arguments: [40, 60, 80, 100, 120, 200])
    func noLineIsWiderThanTheTerminal(width: Int) {
        for line in Self.lines(Self.listTable(CaseSortKey.allCases), width) { #expect(line.count <= width, "\(line)") }
    }

    @Test func withoutAWidthEveryColumnIsWhole() {
        let t = Self.listTable()
        #expect(Self.lines(t, nil) == t.aligned())
        #expect(Self.lines(t, nil)[0].hasPrefix("Id              Title               Crime "))
        #expect(Self.lines(t, 10_000) == t.aligned())
    }

    @Test func aTitleIsCutBelowItsFloorOnlyWhenNothingElseCanGo() {
        let t = TextTable([.init("Id"), .init("Title", flexible: true, minWidth: 24), .init("Status", priority: 1)],
                          rows: [["A-1", "Operation Yellowhammer North", "Awaiting trial"]])
        #expect(Self.lines(t, 40) == ["Id   Title", "A-1  Operation Yellowhammer North"])
        #expect(Self.lines(t, 20) == ["Id   Title", "A-1  Operation Yell…"])
    }

    @Test func figuresGoIntoBlocksRepeatingTheLabel() {
        let t = TextTable([.init("Unit"), .init("Guilty pleas", alignRight: true), .init("Convictions after trial", alignRight: true),
                           .init("Conviction rate", alignRight: true)],
                          rows: [["OCD-LON", "12", "3", "80%"], ["Total", "1,204", "35", "72%"]])
        #expect(Self.lines(t, 30, wrap: true) == [
            "         Guilty  Convictions",
            "Unit      pleas  after trial",
            "-------  ------  -----------",
            "OCD-LON      12            3",
            "Total     1,204           35",
            "",
            "         Conviction",
            "Unit           rate",
            "-------  ----------",
            "OCD-LON         80%",
            "Total           72%",
        ])
    }

    @Test func columnsAreChosenByKeyAndAnUnknownOneIsNamed() throws {
        let keys = CaseSortKey.allCases.map(\.rawValue)
        #expect(try ColumnChoice.indices(["id,Title", "nextdeadline", "id"], keys: keys) == [0, 1, 8])
        #expect(throws: ColumnChoice.Failure(description:
            "--columns: there is no column \"owner\"; columns: \(keys.joined(separator: ", ")).")) {
            try ColumnChoice.indices(["id,owner"], keys: keys)
        }
        #expect(throws: ColumnChoice.Failure.self) { try ColumnChoice.indices([" , "], keys: keys) }
        let t = Self.listTable().selecting([1, 0])
        #expect(t.titles == ["Title", "Id"] && t.rows[0] == ["Operation Lapwing", "CD-2026-000001"])
    }
}
