/// An in-memory grid of cells that views draw into; a backend puts it on a terminal.
///
/// Invariants: `cells.count == size.width * size.height` (sizes clamp at 0); every cell's
/// text has been sanitised, whatever a caller passes to `put`; a wide character is either
/// drawn whole (lead cell + continuation cell) or not at all.
public struct Buffer: Sendable, Equatable {
    public private(set) var size: Size
    /// Row-major cells: index = y * width + x.
    public internal(set) var cells: [Cell]

    public init(size: Size, filling cell: Cell = .blank) {
        let s = Size(width: max(0, size.width), height: max(0, size.height))
        self.size = s
        self.cells = Array(repeating: cell, count: s.width * s.height)
    }

    public var area: Rect { Rect(x: 0, y: 0, width: size.width, height: size.height) }

    /// Cell at (x, y). Reading outside the grid gives a blank; writing outside is ignored.
    /// Writing goes through the same wide-character repair as `put`.
    public subscript(x: Int, y: Int) -> Cell {
        get {
            guard x >= 0, y >= 0, x < size.width, y < size.height else { return .blank }
            return cells[y * size.width + x]
        }
        set {
            guard x >= 0, y >= 0, x < size.width, y < size.height else { return }
            var cell = newValue
            if !cell.isContinuation, !cell.grapheme.allSatisfy(Sanitizer.isSafe) {
                cell = Cell(cell.grapheme, style: cell.style)
            }
            if cell.width == 2 && x + 1 >= size.width { cell = .blank(cell.style) }
            write(cell, x: x, y: y)
            if cell.width == 2 { write(.continuation(cell.style), x: x + 1, y: y) }
        }
    }

    /// The same cell as `self[x, y]`, with labels for readability.
    public subscript(x x: Int, y y: Int) -> Cell {
        get { self[x, y] }
        set { self[x, y] = newValue }
    }

    /// Draws `text` from (x, y) in `style`, sanitised, clipped to `maxWidth` columns and to the
    /// buffer; a wide character that does not fit whole is left out. Zero-width clusters join
    /// the cell before them. Returns the columns used.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, maxWidth: Int? = nil, style: Style = Style()) -> Int {
        guard y >= 0, y < size.height else { return 0 }
        let limit = min(size.width, maxWidth.map { x + max(0, $0) } ?? size.width)
        guard x < limit else { return 0 }
        var col = x
        var lastIndex: Int? = nil
        if let _ = TextWidth.asciiPrintableCount(text) {
            // Fast path: every byte is one printable column.
            for b in text.utf8 {
                if col >= limit { break }
                if col >= 0 {
                    write(Cell(trusted: String(UnicodeScalar(b)), width: 1, style: style), x: col, y: y)
                }
                col += 1
            }
            return col - x
        }
        for ch in Sanitizer.visible(text) {
            let w = TextWidth.cluster(ch)
            if w == 0 {
                if let i = lastIndex { cells[i].grapheme.append(ch) }
                continue
            }
            if col + w > limit { break }
            if col < 0 {
                // Clipped on the left: a wide character straddling column 0 leaves a blank.
                if col + w > 0 { write(.blank(style), x: 0, y: y) }
                col += w
                continue
            }
            write(Cell(trusted: String(ch), width: w, style: style), x: col, y: y)
            lastIndex = y * size.width + col
            if w == 2 { write(.continuation(style), x: col + 1, y: y) }
            col += w
        }
        return col - x
    }

    /// Sets every cell of `rect` (clipped) to `cell`.
    public mutating func fill(_ rect: Rect, with cell: Cell) {
        let r = rect.intersection(area)
        guard !r.isEmpty else { return }
        if cell.width == 2 {
            var x = r.x
            while x + 1 < r.maxX {
                for y in r.y..<r.maxY { self[x, y] = cell }
                x += 2
            }
            return
        }
        for y in r.y..<r.maxY {
            for x in r.x..<r.maxX { write(cell, x: x, y: y) }
        }
    }

    /// Blanks `rect` in `style` (a panel background).
    public mutating func fill(_ rect: Rect, style: Style) { fill(rect, with: .blank(style)) }

    /// Lays `style` over the existing styles of `rect` (see `Style.patched`): text stays.
    public mutating func setStyle(_ style: Style, in rect: Rect) {
        let r = rect.intersection(area)
        guard !r.isEmpty else { return }
        for y in r.y..<r.maxY {
            for x in r.x..<r.maxX {
                let i = y * size.width + x
                cells[i].style = cells[i].style.patched(with: style)
            }
        }
    }

    /// Plain text of each row (continuation cells add nothing), for tests and dumps.
    public func lines() -> [String] {
        (0..<size.height).map { y in
            var line = ""
            for x in 0..<size.width { line += cells[y * size.width + x].grapheme }
            return line
        }
    }

    /// Rows joined by "\n", trailing spaces trimmed on each row.
    public func text() -> String {
        lines().map { line in
            var s = Substring(line)
            while s.last == " " { s.removeLast() }
            return String(s)
        }.joined(separator: "\n")
    }

    /// Stores a cell, repairing any wide character it cuts in half.
    mutating func write(_ cell: Cell, x: Int, y: Int) {
        let i = y * size.width + x
        let old = cells[i]
        if old.isContinuation, x > 0, cells[i - 1].width == 2, !(cell.isContinuation) {
            cells[i - 1] = .blank(cells[i - 1].style)
        }
        if old.width == 2, cell.width != 2, x + 1 < size.width, cells[i + 1].isContinuation {
            cells[i + 1] = .blank(cells[i + 1].style)
        }
        cells[i] = cell
    }
}
