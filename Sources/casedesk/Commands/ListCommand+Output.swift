import CaseCore
import Tabular
import TerminalUI

extension ListCommand {
    /// The rows, written as they come: JSON, TSV and CSV a row at a time, the aligned table a
    /// line at a time after a first pass that measures its columns; 100,000 rows never sit in
    /// memory as one value, nor as cells (issue 16.4).
    struct Output {
        let format: OutputFormat
        let meta: StoreMeta
        let context: QueryContext
        let columns: [CaseSortKey]
        let names: [String: String]
        let out = ByteOutput.standardOutput
        /// Asked once: CSV is made visible only on a terminal.
        let terminal = Terminal.stdoutIsTerminal
        var rows = 0
        var line: [UInt8] = []
        var cell: [UInt8] = []

        init(command: ListCommand, meta: StoreMeta, context: QueryContext, columns: [CaseSortKey]) {
            format = command.outputFormat
            self.meta = meta
            self.context = context
            self.columns = columns
            names = meta.personNames()
        }

        mutating func write(_ source: Rows) throws {
            var source = source
            switch format {
            case .json:
                try source.forEach { add($0) }
                out.write(bytes: rows == 0 ? JSONOutput.bytes(.array([])) : [0x0A, UInt8(ascii: "]"), 0x0A])
            case .tsv, .csv:
                out.write(text(columns.map { CaseListRow.column($0).title }))
                try source.forEach { add($0) }
            default:
                try Table.writeTerminalLines(columns: columns.map(CaseListRow.column), rows: { (row) throws in
                    try source.forEach { row(humanCells($0)) }
                }, width: Terminal.stdoutColumns, line: out.line)
            }
        }

        /// The aligned table's cells: labels and names, as `CaseListRow` gives them.
        func humanCells(_ row: Rows.Row) -> [String] {
            switch row {
            case .summary(let s): CaseListRow(s, meta: meta, context: context, names: names).cells(columns, human: true)
            case .cached(let r, let deadline):
                columns.map { r.humanCell($0, context: context, meta: meta, names: names, nextDeadline: deadline) }
            }
        }

        /// TSV and CSV: the same bytes as the table's (made visible, except CSV into a pipe).
        func text(_ cells: [String]) -> String {
            let cells = format == .tsv || terminal ? cells.map(Sanitizer.visible) : cells
            return format == .tsv ? TSV.line(cells) + "\n" : CSV.line(cells)
        }

        mutating func add(_ row: Rows.Row) {
            switch row {
            case .summary(let s): add(s)
            case .cached(let r, _): add(r)
            }
        }

        mutating func add(_ s: CaseSummary) {
            let row = CaseListRow(s, meta: meta, context: context, names: names)
            if format == .json { return addJSON(row.json) }
            out.write(text(row.cells(columns, human: false)))
            rows += 1
        }

        /// A TSV, CSV or JSON row from the cache's table: the same bytes as `add` of its summary.
        mutating func add(_ row: CachedListRow) {
            if format == .json { return addJSON(row.json(context)) }
            let csv = format == .csv, visible = !csv || terminal
            line.removeAll(keepingCapacity: true)
            for (k, key) in columns.enumerated() {
                if k > 0 { line.append(csv ? UInt8(ascii: ",") : 0x09) }
                cell.removeAll(keepingCapacity: true)
                row.appendDataCell(key, context: context, to: &cell)
                if visible, !Sanitizer.isVisibleAsItIs(cell) {
                    cell = Array(Sanitizer.visible(String(decoding: cell, as: UTF8.self)).utf8)
                }
                if csv { CSV.appendField(cell, to: &line) } else { line += cell }
            }
            if csv { line.append(0x0D) }
            line.append(0x0A)
            out.write(bytes: line)
            rows += 1
        }

        mutating func addJSON(_ json: JSONValue) {
            line.removeAll(keepingCapacity: true)
            line += rows == 0 ? [UInt8(ascii: "["), 0x0A, 0x20, 0x20] : [UInt8(ascii: ","), 0x0A, 0x20, 0x20]
            // One level deeper: every line of the row after its first gains two spaces
            // (strings hold no raw newline: the writer escapes them).
            for b in JSONOutput.bytes(json, keys: CaseListRow.jsonKeys).dropLast() {
                line.append(b)
                if b == 0x0A { line += [0x20, 0x20] }
            }
            out.write(bytes: line)
            rows += 1
        }
    }
}
