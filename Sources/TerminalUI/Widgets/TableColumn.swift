/// A table column: its title, how wide it may be, and how important it is.
/// Invariants: `minWidth >= 1`; `maxWidth`, when set, is `>= minWidth`.
public struct TableColumn: Sendable, Hashable {
    public var title: String
    public var minWidth: Int
    /// nil: the column takes any spare width.
    public var maxWidth: Int?
    /// Higher is more important: when the table is narrow, columns are dropped lowest
    /// priority first (among equal priorities, the rightmost first).
    public var priority: Int
    public var alignment: Alignment

    public init(_ title: String, minWidth: Int, maxWidth: Int? = nil, priority: Int = 0, alignment: Alignment = .left) {
        self.title = title
        self.minWidth = max(1, minWidth)
        self.maxWidth = maxWidth.map { max($0, max(1, minWidth)) }
        self.priority = priority
        self.alignment = alignment
    }

    /// Widths for `columns` in `width` cells with `spacing` between them: 0 for a dropped
    /// column. Columns start at their minimum; spare width is then handed out one cell at a
    /// time, round-robin, to columns below their maximum.
    public static func widths(_ columns: [TableColumn], width: Int, spacing: Int = 1) -> [Int] {
        var kept = Set(columns.indices)
        func needed() -> Int {
            let cols = kept.map { columns[$0].minWidth }.reduce(0, +)
            return cols + max(0, kept.count - 1) * spacing
        }
        // Drop the least important until the minimums fit.
        let dropOrder = columns.indices.sorted {
            columns[$0].priority != columns[$1].priority ? columns[$0].priority < columns[$1].priority : $0 > $1
        }
        var d = 0
        while needed() > width, d < dropOrder.count {
            kept.remove(dropOrder[d])
            d += 1
        }
        var widths = columns.indices.map { kept.contains($0) ? columns[$0].minWidth : 0 }
        var spare = width - needed()
        let growable = columns.indices.filter { kept.contains($0) }
        while spare > 0 {
            var grew = false
            for i in growable where spare > 0 {
                if let m = columns[i].maxWidth, widths[i] >= m { continue }
                widths[i] += 1
                spare -= 1
                grew = true
            }
            if !grew { break }
        }
        return widths
    }
}

/// One row as the table's row provider gives it.
public struct TableRow: Sendable, Equatable {
    public var cells: [String]
    /// A style for the whole row (e.g. `theme[.warning]`); the selection bar is laid over it.
    public var style: Style?
    /// Styles for single cells, by column index (e.g. a status column).
    public var cellStyles: [Int: Style]

    public init(_ cells: [String], style: Style? = nil, cellStyles: [Int: Style] = [:]) {
        self.cells = cells
        self.style = style
        self.cellStyles = cellStyles
    }
}
