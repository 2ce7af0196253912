import TerminalUI

/// A table in a frame, as the list-like views draw it (the case list, the MLA board, the
/// Agenda, People and units): the frame with its titles, the column titles on the first inner
/// row, one data row a line below, the selected row marked by "›" as well as by its style (so
/// it shows without colour), and a line saying why when there are no rows. One home for how
/// such a table starts, so the views cannot drift apart in where a row goes.
struct FramedTable {
    let inner: Rect
    let specs: [ColumnSpec]
    let columns: [(index: Int, x: Int, width: Int)]
    let theme: Theme

    /// Data rows a framed table in `rect` shows: inside the border, below the column titles.
    /// The reducers page by it, so a page is exactly what is on screen.
    static func dataRows(in rect: Rect) -> Int { max(1, rect.height - 3) }

    /// Draws the frame and the column titles; nil (the frame alone, if it fits) when there is
    /// no room for the titles and one row. Column 0 is after a one-cell gutter for "›".
    init?(_ buffer: inout Buffer, _ rect: Rect, title: String, right: String? = nil, focused: Bool = true,
          specs: [ColumnSpec], theme: Theme) {
        let inner = Frame.draw(&buffer, rect, title: title, focused: focused, theme: theme, right: right)
        guard inner.width > 0, inner.height > 1 else { return nil }
        self.inner = inner
        self.specs = specs
        self.theme = theme
        columns = Columns.layout(specs, width: inner.width - 1)
        Columns.drawRow(&buffer, specs.map(\.title), layout: columns, specs: specs, origin: inner.x + 1, y: inner.y,
                        style: theme[.tableHeader])
    }

    /// Rows below the column titles.
    var height: Int { inner.height - 1 }

    /// The rows of a list of `count` shown from `offset`, each with the line it goes on.
    func rows(from offset: Int, count: Int) -> [(row: Int, y: Int)] {
        let start = max(0, offset), end = min(count, start + height)
        guard start < end else { return [] }
        return (start..<end).map { ($0, inner.y + 1 + $0 - start) }
    }

    /// The data rows right of the gutter, for a highlight over what is shown.
    var rowsArea: Rect { Rect(x: inner.x + 1, y: inner.y + 1, width: inner.width - 1, height: height) }

    /// Line `y` right of the gutter, for a highlight over one row.
    func line(_ y: Int) -> Rect { Rect(x: inner.x + 1, y: y, width: inner.width - 1, height: 1) }

    /// Said on the first row when there are no rows: why (an empty store, or a filter).
    func empty(_ text: String, into buffer: inout Buffer) {
        buffer.put(text, x: inner.x + 1, y: inner.y + 1, maxWidth: inner.width - 1, style: theme[.muted])
    }

    /// A group's heading row ("Sent (3)"), from the gutter.
    func heading(_ text: String, y: Int, into buffer: inout Buffer) {
        buffer.put(text, x: inner.x, y: y, maxWidth: inner.width, style: theme[.title])
    }

    /// A data row; the selected one gets the selection style across the table and "›".
    func row(_ cells: [String], y: Int, selected: Bool, style: Style, cellStyles: [Int: Style] = [:],
             into buffer: inout Buffer) {
        if selected {
            buffer.setStyle(theme[.selection], in: Rect(x: inner.x, y: y, width: inner.width, height: 1))
            buffer.put("›", x: inner.x, y: y, style: theme[.selection])
        }
        Columns.drawRow(&buffer, cells, layout: columns, specs: specs, origin: inner.x + 1, y: y,
                        style: selected ? theme[.selection] : style, cellStyles: cellStyles)
    }
}
