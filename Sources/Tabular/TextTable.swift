/// Rows of text under named columns, written as aligned text, TSV, CSV or a Markdown table.
/// It knows nothing of what the text means: callers give it the cells they want printed
/// (made visible for a terminal, or exact for a program).
public struct TextTable: Sendable {
    public struct Column: Sendable {
        public var title: String
        public var alignRight: Bool
        /// A column that may be cut to fit a width (see `aligned`).
        public var flexible: Bool
        public init(_ title: String, alignRight: Bool = false, flexible: Bool = false) {
            self.title = title; self.alignRight = alignRight; self.flexible = flexible
        }
    }

    public var columns: [Column]
    public private(set) var rows: [[String]] = []

    public init(_ columns: [Column], rows: [[String]] = []) {
        self.columns = columns
        for row in rows { append(row) }
    }

    public mutating func append(_ row: [String]) {
        precondition(row.count == columns.count, "a row must have one cell per column")
        rows.append(row)
    }

    public var titles: [String] { columns.map(\.title) }

    public func csv() -> String { CSV.document(header: titles, rows: rows) }

    /// A header line and one line per row, each ending in LF.
    public func tsv() -> String {
        ([TSV.line(titles)] + rows.map(TSV.line)).map { $0 + "\n" }.joined()
    }

    /// A header, the delimiter line, one line per row; every cell escaped with `Markdown.cell`.
    public func markdown(spaced: Bool) -> String {
        var out = Markdown.row(titles.map(Markdown.cell)) + "\n"
        out += Markdown.delimiter(alignRight: columns.map(\.alignRight), spaced: spaced) + "\n"
        for row in rows { out += Markdown.row(row.map(Markdown.cell)) + "\n" }
        return out
    }

    /// Columns padded to their widest cell and two spaces apart, trailing spaces dropped.
    /// `measure` gives a text's width (columns on a terminal; by default Characters); `fit`
    /// makes a text exactly a width, cutting it if it is longer (by default: spaces added,
    /// never cut). With `maxWidth`, flexible columns are narrowed (widest first, never below
    /// 8) until a line fits. With `underline`, a line of dashes follows the header.
    public func aligned(measure: (String) -> Int = { $0.count },
                        fit: (String, Int, _ alignRight: Bool) -> String = TextTable.pad,
                        maxWidth: Int? = nil, underline: Bool = false) -> [String] {
        var widths = columns.map { measure($0.title) }
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], measure(cell)) } }
        if let maxWidth { shrink(&widths, toFit: maxWidth) }
        func render(_ cells: [String]) -> String {
            var line = zip(cells, widths).enumerated().map { i, cw in fit(cw.0, cw.1, columns[i].alignRight) }
                .joined(separator: "  ")
            // Empty trailing cells would leave spaces at the end of the line.
            while line.last == " " { line.removeLast() }
            return line
        }
        var out = [render(titles)]
        if underline { out.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")) }
        for row in rows { out.append(render(row)) }
        return out
    }

    /// Spaces added on the left (right-aligned) or the right, by Character count.
    public static func pad(_ s: String, to width: Int, alignRight: Bool) -> String {
        let fill = String(repeating: " ", count: max(0, width - s.count))
        return alignRight ? fill + s : s + fill
    }

    private func shrink(_ widths: inout [Int], toFit limit: Int) {
        var total: Int { widths.reduce(0, +) + 2 * (widths.count - 1) }
        while total > limit {
            guard let i = widths.indices.filter({ columns[$0].flexible && widths[$0] > 8 })
                    .max(by: { widths[$0] < widths[$1] }) else { return }
            widths[i] -= min(widths[i] - 8, total - limit)
        }
    }
}
