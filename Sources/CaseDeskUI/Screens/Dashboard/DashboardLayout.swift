import CaseCore
import TerminalUI

/// Where the Dashboard's parts go at a size. Pure, and shared by reduce (to keep the selection
/// in view) and render, so both agree on what is on screen.
enum DashboardLayout {
    static func body(_ size: Size) -> Rect { AppLayout(size: size).body }
    static func bodyHeight(_ size: Size) -> Int { body(size).height }
    /// Case rows of the drill-down list: the body less its frame and column titles.
    static func drillRows(_ size: Size) -> Int { max(1, bodyHeight(size) - 3) }

    /// One column of sections per 40 columns of room, at most three: two at 80x24, three at 140.
    static func columnCount(width: Int) -> Int { width >= 120 ? 3 : (width >= 76 ? 2 : 1) }
    static let gap = 2

    /// A line of a column of sections: a section's title (`item == nil`) or one of its items.
    struct Slot: Equatable {
        var section: Int
        var item: Int?
    }

    /// Sections flowed into columns that scroll together.
    struct Flow {
        var sections: [DashboardSection]
        var area: Rect
        var columnWidth: Int
        /// Per column, its lines; nil is the blank between two sections.
        var columns: [[Slot?]]
        /// The selectable figures in reading order (down each column, then the next column).
        var selectable: [(column: Int, line: Int, slot: Slot)]

        var height: Int { area.height }
        var contentHeight: Int { columns.map(\.count).max() ?? 0 }

        func x(ofColumn c: Int) -> Int { area.x + c * (columnWidth + DashboardLayout.gap) }

        init(_ sections: [DashboardSection], area: Rect, columns count: Int) {
            self.sections = sections
            self.area = area
            columnWidth = max(1, (area.width - DashboardLayout.gap * (count - 1)) / count)
            let total = sections.reduce(0) { $0 + $1.height } + max(0, sections.count - 1)
            // Balance the columns, but never leave a column shorter than needed to fill the
            // screen when everything fits on one screen anyway.
            let target = max((total + count - 1) / count, 1)
            var cols: [[Slot?]] = [[]]
            for (s, section) in sections.enumerated() {
                let last = cols.count - 1
                let used = cols[last].count
                if used > 0, used + 1 + section.height > target, cols.count < count { cols.append([]) }
                if !cols[cols.count - 1].isEmpty { cols[cols.count - 1].append(nil) }
                cols[cols.count - 1].append(Slot(section: s, item: nil))
                for i in section.items.indices { cols[cols.count - 1].append(Slot(section: s, item: i)) }
            }
            columns = cols
            var sel: [(Int, Int, Slot)] = []
            for (c, col) in cols.enumerated() {
                for (l, slot) in col.enumerated() {
                    if let slot, let i = slot.item, sections[slot.section].items[i].isSelectable { sel.append((c, l, slot)) }
                }
            }
            selectable = sel
        }

        func item(_ slot: Slot) -> DashboardItem? { slot.item.map { sections[slot.section].items[$0] } }

        func selectedLine(_ i: Int) -> Int? { selectable.indices.contains(i) ? selectable[i].line : nil }

        /// Whether the figure is the first line of its section, so scrolling up shows the title too.
        func titleAbove(_ i: Int) -> Bool { selectable.indices.contains(i) && selectable[i].slot.item == 0 }

        /// What Enter lists on figure `i`; `cell` chooses among the figures of a line that has several.
        func target(_ i: Int, cell: Int = 0) -> DrillTarget? {
            guard selectable.indices.contains(i) else { return nil }
            return item(selectable[i].slot)?.target(cell: cell)
        }

        /// How many figures figure line `i` holds side by side (`h`/`l` step through them).
        func cellCount(_ i: Int) -> Int {
            guard selectable.indices.contains(i) else { return 0 }
            return item(selectable[i].slot)?.cellTargets.count ?? 0
        }
    }

    /// The overview (breakdown `none`): every section of the whole period, one margin column
    /// each side.
    static func overview(_ state: AppState, size: Size) -> Flow {
        let b = body(size)
        let area = Rect(x: b.x + 1, y: b.y, width: max(0, b.width - 2), height: b.height)
        let n = columnCount(width: area.width)
        let width = max(1, (area.width - gap * (n - 1)) / n)
        guard let f = state.dashboard.figures else { return Flow([], area: area, columns: n) }
        let sections = DashboardSections.overview(f, trend: state.dashboard.trend, width: width, tall: area.height >= 30)
        return Flow(sections, area: area, columns: n)
    }

    /// A breakdown: the table of rows, a caption naming the chosen column and any notice, and
    /// under them, when there are at least 8 lines to spare, the selected row's sections.
    struct Breakdown {
        var table: Rect
        var caption: Rect
        var captions: [Line]
        var sections: Rect?
        var keyWidth: Int

        /// Data rows the table shows (its height less the heading).
        var tableRows: Int { max(1, table.height - 1) }
    }

    static func breakdown(_ state: AppState, size: Size) -> Breakdown {
        let b = body(size)
        let inner = Rect(x: b.x + 1, y: b.y, width: max(0, b.width - 2), height: b.height)
        let report = state.dashboard.figures?.report
        let rowCount = (report?.rows.count ?? 0) + 1
        let labels = (report?.rows.map(\.label) ?? []) + ["Total"]
        let widest = labels.map(TextWidth.of).max() ?? 5
        let keyWidth = max(8, min(widest, max(14, min(40, inner.width / 3))))
        let captions = captionLines(state, width: inner.width)
        let spare = inner.height - captions.count - (rowCount + 1)
        let minSections = 8
        var tableHeight = min(rowCount + 1, max(2, inner.height - captions.count))
        var sections: Rect? = nil
        if spare >= minSections {
            sections = Rect(x: inner.x, y: inner.y + rowCount + 1 + captions.count + 1, width: inner.width,
                            height: spare - 1)
        } else if inner.height >= 30 {
            tableHeight = max(2, inner.height - captions.count - minSections - 1)
            sections = Rect(x: inner.x, y: inner.y + tableHeight + captions.count + 1, width: inner.width,
                            height: minSections)
        }
        let table = Rect(x: inner.x, y: inner.y, width: inner.width, height: tableHeight)
        let caption = Rect(x: inner.x, y: inner.y + tableHeight, width: inner.width, height: captions.count)
        return Breakdown(table: table, caption: caption, captions: captions, sections: sections, keyWidth: keyWidth)
    }

    /// Under the table: which figure Enter lists, then what a reader must know (rows that
    /// overlap, rates without administratively finalised, "–").
    static func captionLines(_ state: AppState, width: Int) -> [Line] {
        let column = DashboardColumn.all[min(state.dashboard.column, DashboardColumn.all.count - 1)]
        var lines = [Line(spans: [Span(text: "Column: ", role: .muted), Span(text: column.name, role: .title),
                                  Span(text: " (h/l choose, Enter lists the cases)", role: .muted)])]
        for notice in state.dashboard.figures?.report.notices ?? [] {
            lines += Line.wrapped("* " + notice, width: width, role: .warning)
        }
        lines += Line.wrapped("Rates leave out admin. finalised; – means no outcome in the period.", width: width, role: .muted)
        return lines
    }
}
