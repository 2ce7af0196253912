extension Buffer {
    /// Draws `text` fitted to exactly `width` columns from (x, y): aligned, padded with blanks
    /// in `style`, and cut with "…" when too wide — what `put(TextLayout.pad(...))` draws,
    /// in a single pass over the text (table cells are the hot path of every frame).
    public mutating func putFitted(_ text: String, x: Int, y: Int, width: Int, align: Alignment = .left, style: Style = Style()) {
        guard width > 0, y >= 0, y < size.height else { return }
        if align != .left || x < 0 || x + width > size.width {
            put(TextLayout.pad(text, to: width, align: align), x: x, y: y, maxWidth: width, style: style)
            return
        }
        let end = x + width
        var col = x
        if let n = TextWidth.asciiPrintableCount(text) {
            let shown = n <= width ? n : width - 1
            var i = 0
            for b in text.utf8 {
                if i == shown { break }
                write(Cell(trusted: String(UnicodeScalar(b)), width: 1, style: style), x: col, y: y)
                col += 1
                i += 1
            }
            if n > width { write(Cell(trusted: "…", width: 1, style: style), x: col, y: y); col += 1 }
        } else {
            var lastStart = x
            var lastIndex: Int? = nil
            for ch in Sanitizer.visible(text) {
                let w = TextWidth.cluster(ch)
                if w == 0 {
                    if let i = lastIndex { cells[i].grapheme.append(ch) }
                    continue
                }
                if col + w > end {
                    // Too wide: make room for the ellipsis by taking back the last cluster if needed.
                    if col >= end { col = lastStart }
                    write(Cell(trusted: "…", width: 1, style: style), x: col, y: y)
                    col += 1
                    break
                }
                write(Cell(trusted: String(ch), width: w, style: style), x: col, y: y)
                lastIndex = y * size.width + col
                if w == 2 { write(.continuation(style), x: col + 1, y: y) }
                lastStart = col
                col += w
            }
        }
        while col < end {
            write(.blank(style), x: col, y: y)
            col += 1
        }
    }
}
