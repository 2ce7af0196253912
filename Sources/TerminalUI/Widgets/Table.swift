/// A table of rows produced on demand: `row(i)` is called only for the rows in view, so a
/// table of 100,000 rows costs what a screenful costs.
///
/// Layout: a marker column ("▶ " on the selected row, so the selection shows without colour),
/// then the columns that fit (see `TableColumn.widths`), a header row with the sort mark
/// (▲ ascending, ▼ descending) unless `showHeader` is false. Numbers are right-aligned by
/// giving their column `.right` alignment. The selection bar is `.selection` when the table
/// has focus and `.selectionInactive` when not.
public struct Table: Widget {
    public var columns: [TableColumn]
    public var rowCount: Int
    public var row: (Int) -> TableRow
    public var state: TableState
    public var focused: Bool
    public var showHeader: Bool
    public var columnSpacing: Int
    /// Shown, muted, when there are no rows.
    public var emptyMessage: String

    public init(columns: [TableColumn], rowCount: Int, state: TableState, focused: Bool = true,
                showHeader: Bool = true, columnSpacing: Int = 1, emptyMessage: String = "nothing to show",
                row: @escaping (Int) -> TableRow) {
        self.columns = columns
        self.rowCount = max(0, rowCount)
        self.row = row
        self.state = state
        self.focused = focused
        self.showHeader = showHeader
        self.columnSpacing = columnSpacing
        self.emptyMessage = emptyMessage
    }

    static let marker = "▶ "
    static let markerWidth = 2

    /// Rows of data that fit in `area` (its height less the header). Reducers pass this as
    /// the `viewport` of `TableState`'s moving functions.
    public static func viewportRows(for area: Rect, showHeader: Bool = true) -> Int {
        max(0, area.height - (showHeader ? 1 : 0))
    }

    /// The column widths this table uses in `area` (0 for dropped columns).
    public func columnWidths(in area: Rect) -> [Int] {
        TableColumn.widths(columns, width: area.width - Table.markerWidth, spacing: columnSpacing)
    }

    /// The row drawn at screen row `y` when the table is rendered in `area` (for a mouse
    /// click), or nil for the header or an empty row.
    public func rowIndex(atY y: Int, in area: Rect) -> Int? {
        let top = area.y + (showHeader ? 1 : 0)
        let viewport = area.maxY - top
        guard y >= top, y < area.maxY, rowCount > 0 else { return nil }
        let offset = TableState.offset(from: state.offset, selected: state.selected, rowCount: rowCount, viewport: viewport)
        let index = offset + (y - top)
        return index < rowCount ? index : nil
    }

    public func render(into buffer: inout Buffer, area: Rect, theme: Theme) {
        guard !area.isEmpty else { return }
        let widths = columnWidths(in: area)
        var y = area.y
        if showHeader {
            buffer.fill(area.row(0), style: theme[.tableHeader])
            drawRow(&buffer, area: area, y: y, widths: widths, cells: headerCells(widths), style: theme[.tableHeader],
                    cellStyles: [:], marker: "  ")
            y += 1
        }
        let viewport = area.maxY - y
        guard rowCount > 0 else {
            if viewport > 0 {
                buffer.put(TextLayout.pad(emptyMessage, to: area.width, align: .center), x: area.x, y: y, style: theme[.muted])
            }
            return
        }
        let offset = TableState.offset(from: state.offset, selected: state.selected, rowCount: rowCount, viewport: viewport)
        let selectionStyle = theme[focused ? .selection : .selectionInactive]
        for i in offset..<min(rowCount, offset + viewport) {
            let r = row(i)
            let selected = i == state.selected
            let base = theme[.text].patched(with: r.style ?? .plain)
            let rowStyle = selected ? base.patched(with: selectionStyle) : base
            let line = Rect(x: area.x, y: y, width: area.width, height: 1)
            buffer.fill(line, style: rowStyle)
            var cellStyles = r.cellStyles
            if selected { for (k, v) in cellStyles { cellStyles[k] = rowStyle.patched(with: v).patched(with: selectionStyle) } }
            drawRow(&buffer, area: area, y: y, widths: widths, cells: r.cells, style: rowStyle, cellStyles: cellStyles,
                    marker: selected ? Table.marker : "  ")
            y += 1
        }
    }

    private func headerCells(_ widths: [Int]) -> [String] {
        columns.indices.map { i in
            guard i == state.sortColumn else { return columns[i].title }
            let mark = state.sortAscending ? "▲" : "▼"
            let title = columns[i].title
            if TextWidth.of(title) + 2 <= widths[i] { return title + " " + mark }
            return TextLayout.truncate(title, to: widths[i] - 1, ellipsis: "") + mark
        }
    }

    private func drawRow(_ buffer: inout Buffer, area: Rect, y: Int, widths: [Int], cells: [String], style: Style,
                         cellStyles: [Int: Style], marker: String) {
        buffer.put(marker, x: area.x, y: y, maxWidth: min(Table.markerWidth, area.width), style: style)
        var x = area.x + Table.markerWidth
        for (i, w) in widths.enumerated() where w > 0 {
            if x >= area.maxX { break }
            let text = i < cells.count ? cells[i] : ""
            let cellStyle = cellStyles[i].map { style.patched(with: $0) } ?? style
            buffer.putFitted(text, x: x, y: y, width: min(w, area.maxX - x), align: columns[i].alignment, style: cellStyle)
            x += w + columnSpacing
        }
    }
}
