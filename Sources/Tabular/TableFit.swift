/// How a table wider than the terminal is made to fit: the one rule for every table the CLI
/// prints on a terminal (`casedesk list`, `requests`, `report`, `agenda`, `log`).
///
/// In order, stopping as soon as the lines fit:
/// 1. every column at its natural width (its widest cell or title);
/// 2. with `wrapTitles`, each title wraps at spaces so a column is only as wide as its widest
///    cell or longest title word;
/// 3. columns that have a `priority` are left out, lowest first, until every column fits at
///    its floor (a flexible column's `minWidth`, others their width) — so a title is never cut
///    to "Operati…" to keep a less useful column whole (a narrow column left out on the way
///    comes back if it fits beside the ones kept);
/// 4. flexible columns are cut below their floors (lowest priority first) to `hardMinimum`;
/// 5. the columns are split into blocks printed one under another, each repeating the first
///    column (the row's key), so a report's figures are never cut or left out.
/// Whatever room is left goes back to flexible columns, highest priority first (the title).
public struct TableFit: Sendable, Equatable {
    public struct Placed: Sendable, Equatable {
        public var column: Int
        public var width: Int
    }

    /// The blocks of columns, printed one under another; almost always one.
    public var blocks: [[Placed]]

    /// No flexible column is cut narrower than this, even on a very narrow terminal.
    public static let hardMinimum = 4

    public init(blocks: [[Placed]]) { self.blocks = blocks }

    /// `natural`: each column's widest cell or title; `narrow`: the same with titles wrapped
    /// (nil when titles may not wrap); `limit`: the terminal's width, nil for no fitting.
    public init(columns: [TextTable.Column], natural: [Int], narrow: [Int]?, limit: Int?) {
        let all = Array(columns.indices)
        func placed(_ cols: [Int], _ w: [Int]) -> [Placed] { cols.map { Placed(column: $0, width: w[$0]) } }
        guard let limit, Self.total(all, natural) > limit else { self.init(blocks: [placed(all, natural)]); return }
        let widths = narrow ?? natural
        let floors = all.map { columns[$0].flexible ? min(widths[$0], columns[$0].minWidth) : widths[$0] }

        var visible = all
        while Self.total(visible, floors) > limit,
              let drop = visible.filter({ columns[$0].priority != nil })
                  .min(by: { (columns[$0].priority!, -$0) < (columns[$1].priority!, -$1) }) {
            visible.removeAll { $0 == drop }
        }
        // A narrow column left out on the way may fit beside the ones kept: use the width.
        for c in all.filter({ !visible.contains($0) }).sorted(by: { columns[$0].priority! > columns[$1].priority! }) {
            let with = (visible + [c]).sorted()
            if Self.total(with, floors) <= limit { visible = with }
        }
        let byPriority = visible.filter { columns[$0].flexible }
            .sorted { (columns[$0].priority ?? Int.max, -$0) > (columns[$1].priority ?? Int.max, -$1) }
        if Self.total(visible, floors) <= limit {
            self.init(blocks: [placed(visible, Self.giveRoom(floors, upTo: widths, to: byPriority, in: visible, limit))])
            return
        }
        var cut = floors
        for c in byPriority.reversed() {
            let over = Self.total(visible, cut) - limit
            if over <= 0 { break }
            cut[c] -= min(over, max(0, cut[c] - min(cut[c], Self.hardMinimum)))
        }
        if Self.total(visible, cut) <= limit { self.init(blocks: [placed(visible, cut)]); return }

        // Blocks: the first column, then as many others as fit at their floors.
        let key = visible[0]
        var blocks: [[Int]] = []
        var current = [key]
        for c in visible.dropFirst() {
            if current.count > 1, Self.total(current + [c], floors) > limit {
                blocks.append(current)
                current = [key]
            }
            current.append(c)
        }
        blocks.append(current)
        self.init(blocks: blocks.map { block in
            placed(block, Self.giveRoom(floors, upTo: widths, to: byPriority.filter(block.contains), in: block, limit))
        })
    }

    /// The width of a line of these columns, two spaces apart.
    static func total(_ cols: [Int], _ widths: [Int]) -> Int {
        cols.reduce(0) { $0 + widths[$1] } + 2 * max(0, cols.count - 1)
    }

    private static func giveRoom(_ floors: [Int], upTo widths: [Int], to order: [Int], in cols: [Int], _ limit: Int) -> [Int] {
        var w = floors
        var room = limit - total(cols, floors)
        for c in order where room > 0 {
            let add = min(room, widths[c] - w[c])
            w[c] += add
            room -= add
        }
        return w
    }
}

/// Titles wrapped at spaces, for tables whose headings are longer than their figures.
enum TitleWrap {
    /// The longest word of a title.
    static func longestWord(_ title: String, measure: (String) -> Int) -> Int {
        title.split(separator: " ").map { measure(String($0)) }.max() ?? 0
    }

    /// Greedy lines of at most `width` (a word longer than the width gets a line of its own).
    static func lines(_ title: String, width: Int, measure: (String) -> Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in title.split(separator: " ").map(String.init) {
            if line.isEmpty { line = word }
            else if measure(line) + 1 + measure(word) <= width { line += " " + word }
            else { lines.append(line); line = word }
        }
        lines.append(line)
        return lines
    }
}
