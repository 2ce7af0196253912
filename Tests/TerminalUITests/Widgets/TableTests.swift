import Testing
@testable import TerminalUI

@Suite struct TableTests {
    static let columns = [
        TableColumn("ID", minWidth: 6, maxWidth: 8, priority: 10),
        TableColumn("Title", minWidth: 8, priority: 9),
        TableColumn("Unit", minWidth: 5, maxWidth: 8, priority: 2),
        TableColumn("Defs", minWidth: 4, maxWidth: 4, priority: 5, alignment: .right),
    ]
    static let data: [[String]] = [
        ["C-0001", "Operation Nightjar", "OCU", "3"],
        ["C-0002", "日本語の事件", "FRAUD", "12"],
        ["C-0003", "Bad \u{1B}[31m data", "OCU", "1"],
        ["C-0004", "Quiet case", "CYBER", "0"],
    ]

    func table(_ state: TableState, focused: Bool = true) -> Table {
        Table(columns: TableTests.columns, rowCount: TableTests.data.count, state: state, focused: focused) { TableRow(TableTests.data[$0]) }
    }

    @Test func columnWidthsDropLeastImportantFirst() {
        let c = TableTests.columns
        #expect(TableColumn.widths(c, width: 40) == [8, 17, 8, 4])
        #expect(TableColumn.widths(c, width: 26) == [6, 8, 5, 4])
        #expect(TableColumn.widths(c, width: 25) == [8, 11, 0, 4])
        #expect(TableColumn.widths(c, width: 18) == [8, 9, 0, 0])
        #expect(TableColumn.widths(c, width: 10) == [8, 0, 0, 0])
        #expect(TableColumn.widths(c, width: 3) == [0, 0, 0, 0])
    }

    @Test func rendersAt40x6WithSelectionAndSortMark() {
        let screen = render(Size(width: 40, height: 6)) { b in
            b.render(table(TableState(selected: 1, sortColumn: 3, sortAscending: false)), in: b.area, theme: .fallback)
        }
        expectScreen(screen, """
              ID       Title           Unit     Def▼
              C-0001   Operation Nigh… OCU         3
            ▶ C-0002   日本語の事件    FRAUD      12
              C-0003   Bad ␛[31m data  OCU         1
              C-0004   Quiet case      CYBER       0
            """)
        #expect(screen[x: 5, y: 2].style == Theme.fallback[.text].patched(with: Theme.fallback[.selection]))
    }

    @Test func rendersAt20x5DroppingColumns() {
        let screen = render(Size(width: 20, height: 5)) { b in
            b.render(table(TableState(selected: 3)), in: b.area, theme: .fallback)
        }
        expectScreen(screen, """
              ID       Title
              C-0001   Operatio…
              C-0002   日本語の…
              C-0003   Bad ␛[31…
            ▶ C-0004   Quiet ca…
            """)
    }

    @Test func emptyTableShowsMessage() {
        let t = Table(columns: TableTests.columns, rowCount: 0, state: TableState(), emptyMessage: "no cases match") { _ in TableRow([]) }
        let screen = render(Size(width: 30, height: 3)) { b in b.render(t, in: b.area, theme: .fallback) }
        expectScreen(screen, """
              ID      Title     Unit  Defs
                    no cases match
            """)
    }

    @Test func onlyVisibleRowsAreProduced() {
        final class Counter { var calls: [Int] = [] }
        let counter = Counter()
        var state = TableState()
        state.select(99_990, rowCount: 100_000, viewport: 10)
        let t = Table(columns: TableTests.columns, rowCount: 100_000, state: state) { i in
            counter.calls.append(i)
            return TableRow(["C-\(i)", "row \(i)", "U", "\(i % 7)"])
        }
        let screen = render(Size(width: 40, height: 11)) { b in b.render(t, in: b.area, theme: .fallback) }
        #expect(counter.calls == Array(99_981...99_990))
        #expect(screen.lines()[10].hasPrefix("▶ C-99990"))
    }

    @Test func stateKeepsSelectionInView() {
        var s = TableState()
        s.move(by: 1, rowCount: 50, viewport: 10)
        #expect(s.selected == 1 && s.offset == 0)
        s.pageDown(rowCount: 50, viewport: 10)
        #expect(s.selected == 10 && s.offset == 1)
        s.last(rowCount: 50, viewport: 10)
        #expect(s.selected == 49 && s.offset == 40)
        s.move(by: -5, rowCount: 50, viewport: 10)
        #expect(s.selected == 44 && s.offset == 40)
        s.scrollToSelection(rowCount: 20, viewport: 10)   // rows were filtered away
        #expect(s.selected == 19 && s.offset == 10)
        s.first(rowCount: 20, viewport: 10)
        #expect(s.selected == 0 && s.offset == 0)
        s.select(5, rowCount: 0, viewport: 10)
        #expect(s.selected == nil)
        s.sort(by: 2)
        s.sort(by: 2)
        #expect(s.sortColumn == 2 && !s.sortAscending)
    }
}

@Suite struct TableMouseTests {
    @Test func clickRowMapsToIndexThroughTheScroll() {
        var state = TableState()
        state.select(30, rowCount: 100, viewport: 10)   // rows 21...30 in view
        let t = Table(columns: TableTests.columns, rowCount: 100, state: state) { TableRow(["\($0)"]) }
        let area = Rect(x: 0, y: 2, width: 40, height: 11)   // header at y 2, rows from y 3
        #expect(t.rowIndex(atY: 2, in: area) == nil)      // the header
        #expect(t.rowIndex(atY: 3, in: area) == 21)
        #expect(t.rowIndex(atY: 12, in: area) == 30)
        #expect(t.rowIndex(atY: 13, in: area) == nil)
        let short = Table(columns: TableTests.columns, rowCount: 2, state: TableState()) { TableRow(["\($0)"]) }
        #expect(short.rowIndex(atY: 5, in: area) == nil)    // below the last row
    }
}
