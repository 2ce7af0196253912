/// Rows of text under named columns, written as aligned text, TSV, CSV or a Markdown table.
/// It knows nothing of what the text means: callers give it the cells they want printed
/// (made visible for a terminal, or exact for a program).
public struct TextTable: Sendable {
    public struct Column: Sendable {
        public var title: String
        public var alignRight: Bool
        /// A column that may be cut to fit a width, never below `minWidth` while another
        /// column can be left out instead (see `TableFit`).
        public var flexible: Bool
        public var minWidth: Int
        /// Columns with a priority may be left out on a narrow terminal, lowest first; nil:
        /// always shown. Among flexible columns, the highest priority gets spare room first.
        public var priority: Int?
        /// The name `--columns` and saved views use (the title when not given).
        public var key: String
        public init(_ title: String, alignRight: Bool = false, flexible: Bool = false, minWidth: Int = 8,
                    priority: Int? = nil, key: String? = nil) {
            self.title = title; self.alignRight = alignRight; self.flexible = flexible
            self.minWidth = minWidth; self.priority = priority; self.key = key ?? title
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
    /// never cut). With `maxWidth`, the table is fitted to it by `TableFit`'s rule (titles
    /// wrap at spaces only with `wrapTitles`), and no line is ever longer. With `underline`,
    /// a line of dashes follows the header.
    public func aligned(measure: (String) -> Int = { $0.count },
                        fit: (String, Int, _ alignRight: Bool) -> String = TextTable.pad,
                        maxWidth: Int? = nil, underline: Bool = false, wrapTitles: Bool = false) -> [String] {
        var out: [String] = []
        Self.writeAligned(columns: columns, rows: { row in for r in rows { row(r) } }, measure: measure, fit: fit,
                          maxWidth: maxWidth, underline: underline, wrapTitles: wrapTitles) { out.append($0) }
        return out
    }

    /// Spaces added on the left (right-aligned) or the right, by Character count.
    public static func pad(_ s: String, to width: Int, alignRight: Bool) -> String {
        let fill = String(repeating: " ", count: max(0, width - s.count))
        return alignRight ? fill + s : s + fill
    }
}
