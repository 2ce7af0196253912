extension TextTable {
    /// `aligned`'s lines, written one at a time as the rows are handed out, so that a table of
    /// 100,000 rows never sits in memory (`casedesk list`, issue 16.4): `rows` hands every row
    /// to its argument, in order, and is called once to measure the columns and then once per
    /// block of `TableFit`'s layout (almost always one) to write them. It must hand out the
    /// same rows each time. The lines are exactly `aligned`'s (which is built on this).
    public static func writeAligned<E: Error>(columns: [Column], rows: (_ row: ([String]) -> Void) throws(E) -> Void,
                                              measure: (String) -> Int = { $0.count },
                                              fit: (String, Int, _ alignRight: Bool) -> String = TextTable.pad,
                                              maxWidth: Int? = nil, underline: Bool = false, wrapTitles: Bool = false,
                                              line emit: (String) -> Void) throws(E) {
        // Swift refuses a closure that captures `measure` or `emit` (non-escaping parameters)
        // as the argument of another non-escaping parameter; `rows` does not escape either.
        try withoutActuallyEscaping(rows) { (rows) throws(E) in
            try write(columns: columns, rows: rows, measure: measure, fit: fit, maxWidth: maxWidth, underline: underline,
                      wrapTitles: wrapTitles, line: emit)
        }
    }

    private static func write<E: Error>(columns: [Column], rows: @escaping (_ row: ([String]) -> Void) throws(E) -> Void,
                                        measure: (String) -> Int, fit: (String, Int, _ alignRight: Bool) -> String,
                                        maxWidth: Int?, underline: Bool, wrapTitles: Bool, line emit: (String) -> Void) throws(E) {
        // The first pass keeps one width per column, no cell.
        var cellWidths = columns.map { _ in 0 }
        try rows { row in
            precondition(row.count == columns.count, "a row must have one cell per column")
            for (i, cell) in row.enumerated() { cellWidths[i] = max(cellWidths[i], measure(cell)) }
        }
        let natural = columns.indices.map { max(cellWidths[$0], measure(columns[$0].title)) }
        let narrow = wrapTitles ? columns.indices.map {
            max(cellWidths[$0], TitleWrap.longestWord(columns[$0].title, measure: measure)) } : nil
        let layout = TableFit(columns: columns, natural: natural, narrow: narrow, limit: maxWidth)
        for (b, block) in layout.blocks.enumerated() {
            if b > 0 { emit("") }
            func render(_ cells: [String]) -> String {
                var line = zip(cells, block).map { fit($0, $1.width, columns[$1.column].alignRight) }
                    .joined(separator: "  ")
                if let maxWidth, measure(line) > maxWidth { line = fit(line, maxWidth, false) }
                // Empty trailing cells would leave spaces at the end of the line.
                while line.last == " " { line.removeLast() }
                return line
            }
            // Wrapped titles sit on the rule: shorter ones get blank lines above.
            let titles = block.map { p in
                measure(columns[p.column].title) <= p.width ? [columns[p.column].title]
                    : TitleWrap.lines(columns[p.column].title, width: p.width, measure: measure)
            }
            let depth = titles.map(\.count).max() ?? 1
            for k in 0..<depth {
                emit(render(titles.map { t in k < depth - t.count ? "" : t[k - (depth - t.count)] }))
            }
            if underline { emit(block.map { String(repeating: "-", count: $0.width) }.joined(separator: "  ")) }
            // The second pass: each row's line is written before the next row is asked for.
            try rows { row in emit(render(block.map { row[$0.column] })) }
        }
    }
}
