/// Selection, scroll offset and sort of a table, owned by the application.
/// Invariant after any of the moving functions: `selected` is nil or within `0..<rowCount`,
/// and the selected row lies inside the viewport `offset ..< offset + viewport`.
public struct TableState: Sendable, Hashable {
    public var selected: Int?
    /// Index of the first row shown.
    public var offset: Int
    public var sortColumn: Int?
    public var sortAscending: Bool

    public init(selected: Int? = 0, offset: Int = 0, sortColumn: Int? = nil, sortAscending: Bool = true) {
        self.selected = selected
        self.offset = offset
        self.sortColumn = sortColumn
        self.sortAscending = sortAscending
    }

    /// Selects `index` (clamped) and scrolls as little as possible to show it.
    public mutating func select(_ index: Int, rowCount: Int, viewport: Int) {
        guard rowCount > 0 else { selected = nil; offset = 0; return }
        selected = min(max(0, index), rowCount - 1)
        scrollToSelection(rowCount: rowCount, viewport: viewport)
    }

    /// Moves the selection by `delta` rows (negative: up), stopping at the ends.
    public mutating func move(by delta: Int, rowCount: Int, viewport: Int) {
        select((selected ?? (delta > 0 ? -1 : rowCount)) + delta, rowCount: rowCount, viewport: viewport)
    }

    public mutating func pageDown(rowCount: Int, viewport: Int) { move(by: max(1, viewport - 1), rowCount: rowCount, viewport: viewport) }
    public mutating func pageUp(rowCount: Int, viewport: Int) { move(by: -max(1, viewport - 1), rowCount: rowCount, viewport: viewport) }
    public mutating func first(rowCount: Int, viewport: Int) { select(0, rowCount: rowCount, viewport: viewport) }
    public mutating func last(rowCount: Int, viewport: Int) { select(rowCount - 1, rowCount: rowCount, viewport: viewport) }

    /// Sorts by `column`; choosing the current sort column again reverses the order.
    public mutating func sort(by column: Int) {
        if sortColumn == column { sortAscending.toggle() } else {
            sortColumn = column
            sortAscending = true
        }
    }

    /// Adjusts `offset` so the selection is visible and no empty space is left at the bottom
    /// that rows could fill (after a resize or after rows were filtered away).
    public mutating func scrollToSelection(rowCount: Int, viewport: Int) {
        offset = TableState.offset(from: offset, selected: selected, rowCount: rowCount, viewport: viewport)
        if let s = selected, s >= rowCount { selected = rowCount > 0 ? rowCount - 1 : nil }
    }

    /// The offset nearest to `offset` that shows `selected`.
    static func offset(from offset: Int, selected: Int?, rowCount: Int, viewport: Int) -> Int {
        guard viewport > 0, rowCount > 0 else { return 0 }
        var o = min(max(0, offset), max(0, rowCount - viewport))
        if let s = selected.map({ min(max(0, $0), rowCount - 1) }) {
            if s < o { o = s }
            if s >= o + viewport { o = s - viewport + 1 }
        }
        return o
    }
}
