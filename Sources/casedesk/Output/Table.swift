import Foundation
import TerminalUI

/// Rows of text under named columns, printed as an aligned table, TSV, CSV or Markdown.
/// (JSON is printed by each command from typed values, so numbers stay numbers.)
struct Table {
    struct Column {
        var title: String
        var alignRight = false
        /// A column that may be cut (with an ellipsis) to fit the terminal's width.
        var flexible = false
        init(_ title: String, alignRight: Bool = false, flexible: Bool = false) {
            self.title = title; self.alignRight = alignRight; self.flexible = flexible
        }
    }

    var columns: [Column]
    var rows: [[String]] = []

    init(_ columns: [Column]) { self.columns = columns }

    mutating func append(_ row: [String]) {
        precondition(row.count == columns.count, "a row must have one cell per column")
        rows.append(row)
    }

    /// Writes the table. Text from data is always made visible (`Sanitizer.visible`) in the
    /// human formats; CSV keeps data exact for programs but is made visible too when it goes
    /// to a terminal, so no control character ever reaches one.
    func write(_ format: OutputFormat, to out: ByteOutput, terminal: Bool, width: Int?) {
        switch format {
        case .table: writeAligned(to: out, width: width)
        case .tsv:
            out.line(columns.map(\.title).joined(separator: "\t"))
            for row in rows { out.line(row.map(Sanitizer.visible).joined(separator: "\t")) }
        case .csv:
            out.write(CSV.line(columns.map(\.title)))
            for row in rows { out.write(CSV.line(terminal ? row.map(Sanitizer.visible) : row)) }
        case .markdown:
            out.line("| " + columns.map { Self.markdownCell($0.title) }.joined(separator: " | ") + " |")
            out.line("|" + columns.map { $0.alignRight ? " ---: |" : " --- |" }.joined())
            for row in rows { out.line("| " + row.map { Self.markdownCell(Sanitizer.visible($0)) }.joined(separator: " | ") + " |") }
        case .json:
            preconditionFailure("JSON is written by the command from typed values")
        }
    }

    private func writeAligned(to out: ByteOutput, width: Int?) {
        let visible = rows.map { $0.map(Sanitizer.visible) }
        var widths = columns.map { TextWidth.of($0.title) }
        for row in visible { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], TextWidth.of(cell)) } }
        if let width { shrink(&widths, toFit: width) }
        func render(_ cells: [String]) -> String {
            var line = ""
            for (i, cell) in cells.enumerated() {
                line += TextLayout.pad(cell, to: widths[i], align: columns[i].alignRight ? .right : .left)
                if i < cells.count - 1 { line += "  " }
            }
            // Empty trailing cells would leave spaces at the end of the line.
            while line.last == " " { line.removeLast() }
            return line
        }
        out.line(render(columns.map(\.title)))
        for row in visible { out.line(render(row)) }
    }

    /// Narrows the flexible columns (widest first, never below 8) until the line fits.
    private func shrink(_ widths: inout [Int], toFit limit: Int) {
        var total: Int { widths.reduce(0, +) + 2 * (widths.count - 1) }
        while total > limit {
            guard let i = widths.indices.filter({ columns[$0].flexible && widths[$0] > 8 })
                    .max(by: { widths[$0] < widths[$1] }) else { return }
            widths[i] -= min(widths[i] - 8, total - limit)
        }
    }

    static func markdownCell(_ s: String) -> String {
        s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "|", with: "\\|")
    }
}

/// RFC 4180: fields with a comma, quote, CR or LF are quoted, quotes doubled, lines end CRLF.
enum CSV {
    static func field(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
    static func line(_ fields: [String]) -> String { fields.map(field).joined(separator: ",") + "\r\n" }
}
