import Tabular
import TerminalUI

/// How the CLI prints a `TextTable` (the formatting module's): text from data is always made
/// visible (`Sanitizer.visible`) in the human formats and measured in terminal columns; CSV
/// keeps data exact for programs but is made visible too when it goes to a terminal, so no
/// control character ever reaches one. (JSON is printed by each command from typed values,
/// so numbers stay numbers.)
extension TextTable {
    func write(_ format: OutputFormat, to out: ByteOutput, terminal: Bool, width: Int?) {
        switch format {
        case .table:
            Self.writeTerminalLines(columns: columns, rows: { row in for r in rows { row(r) } }, width: width, line: out.line)
        case .tsv: out.write(visible.tsv())
        case .csv: out.write(terminal ? visible.csv() : csv())
        case .markdown: out.write(visible.markdown(spaced: true))
        case .json, .ics:
            preconditionFailure("JSON and iCalendar are written by the command from typed values")
        }
    }
}

extension TextTable {
    var visible: TextTable { TextTable(columns, rows: rows.map { $0.map(Sanitizer.visible) }) }

    /// The aligned lines for people: text made visible, measured in terminal columns, fitted
    /// to `width` by Tabular's one rule (`TableFit`) when there is one.
    func terminalLines(width: Int?, underline: Bool = false, wrapTitles: Bool = false) -> [String] {
        var lines: [String] = []
        Self.writeTerminalLines(columns: columns, rows: { row in for r in rows { row(r) } }, width: width,
                                underline: underline, wrapTitles: wrapTitles) { lines.append($0) }
        return lines
    }

    /// `terminalLines` of the rows `rows` hands out, each line given to `line` as soon as it is
    /// made: `rows` is asked once to measure and once to write (`writeAligned`), so a long
    /// list (`casedesk list`) never holds its rows, a visible copy of them, or its lines.
    static func writeTerminalLines<E: Error>(columns: [Column], rows: (_ row: ([String]) -> Void) throws(E) -> Void, width: Int?,
                                             underline: Bool = false, wrapTitles: Bool = false,
                                             line: (String) -> Void) throws(E) {
        // `rows` does not escape; Swift only needs to be told so to let the closure below use it.
        try withoutActuallyEscaping(rows) { (rows) throws(E) in
            try writeAligned(columns: columns, rows: { (row) throws(E) in try rows { row($0.map(Sanitizer.visible)) } },
                             measure: TextWidth.of, fit: { TextLayout.pad($0, to: $1, align: $2 ? .right : .left) },
                             maxWidth: width, underline: underline, wrapTitles: wrapTitles, line: line)
        }
    }
}

/// The names the commands print with.
typealias Table = TextTable
typealias CSV = Tabular.CSV
