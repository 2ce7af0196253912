import TerminalUI

/// A table column for `Columns.layout`: fixed columns keep `width`; the flexible one takes
/// what is left (at least `width`). When the row is too narrow, the lowest `priority`
/// columns are dropped first.
struct ColumnSpec: Sendable {
    var title: String
    var width: Int
    var flexible = false
    var priority = 0
    var alignment: Alignment = .left
}

enum Columns {
    /// The columns that fit in `width` with one space between them, and each one's x offset
    /// and width, in the original order. Each entry is (spec index, x, width).
    static func layout(_ specs: [ColumnSpec], width: Int) -> [(index: Int, x: Int, width: Int)] {
        var kept = Array(specs.indices)
        func need(_ set: [Int]) -> Int { set.reduce(0) { $0 + specs[$1].width } + max(0, set.count - 1) }
        while need(kept) > width, kept.count > 1 {
            let drop = kept.min { specs[$0].priority < specs[$1].priority }!
            kept.removeAll { $0 == drop }
        }
        let spare = max(0, width - need(kept))
        let flex = kept.first { specs[$0].flexible }
        var x = 0
        var out: [(Int, Int, Int)] = []
        for i in kept {
            var w = specs[i].width
            if i == flex { w += spare }
            w = min(w, max(0, width - x))
            out.append((i, x, w))
            x += w + 1
        }
        return out
    }

    /// Draws one row of cells at `y`, each truncated to its column.
    static func drawRow(_ buffer: inout Buffer, _ cells: [String], layout: [(index: Int, x: Int, width: Int)],
                        specs: [ColumnSpec], origin: Int, y: Int, style: Style, cellStyles: [Int: Style] = [:]) {
        for col in layout where col.width > 0 && col.index < cells.count {
            let text = TextLayout.truncate(Sanitizer.visible(cells[col.index]), to: col.width)
            let aligned = TextLayout.pad(text, to: col.width, align: specs[col.index].alignment)
            let s = cellStyles[col.index].map { style.patched(with: $0) } ?? style
            buffer.put(aligned, x: origin + col.x, y: y, maxWidth: col.width, style: s)
        }
    }
}
