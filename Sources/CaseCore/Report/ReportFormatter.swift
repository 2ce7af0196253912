import Foundation
import Tabular

/// The output formats of `casedesk report`, also used by the dashboard's export.
public enum ReportFormatter: String, Sendable, CaseIterable {
    /// Aligned plain text for a terminal.
    case table
    /// RFC 4180: a header line, CRLF line ends, fields quoted when they need it.
    case csv
    /// `{"period": ..., "groupBy": ..., "rows": [...]}` with keys in a fixed order.
    case json
    /// GitHub tables ready to paste into a review paper.
    case markdown

    public func format(_ report: Report) -> String {
        switch self {
        case .table: ReportFormatter.table(report)
        case .csv: ReportFormatter.csv(report)
        case .json: ReportFormatter.json(report)
        case .markdown: ReportFormatter.markdown(report)
        }
    }

    // MARK: JSON

    /// Exactly `{"period", "groupBy", "rows"}`; each row: `key`, `label`, `asOf`, the figures
    /// of `ReportField` in order, then `confiscationStages`, `ancillaryOrders` (objects keyed
    /// by the JSON spelling of the stage or type, every one present) and
    /// `mostOverdueCountries`. Rates are exact (0–1) or null.
    public static func json(_ report: Report) -> String {
        var out = "{\n  \"period\": \(JSONText.string(report.period.text)),\n"
        out += "  \"groupBy\": \(JSONText.string(report.groupBy.rawValue)),\n  \"rows\": ["
        for (i, r) in report.rows.enumerated() {
            out += i == 0 ? "\n" : ",\n"
            var fields = ["\"key\": \(JSONText.string(r.key))", "\"label\": \(JSONText.string(r.label))",
                          "\"asOf\": \(JSONText.string(r.asOf.iso))"]
            for f in ReportField.allCases { fields.append("\(JSONText.string(f.key)): \(f.json(r))") }
            fields.append("\"confiscationStages\": {" + ConfiscationStage.allCases.map {
                "\(JSONText.string($0.rawValue)): \(r.confiscationCases(at: $0))" }.joined(separator: ", ") + "}")
            fields.append("\"ancillaryOrders\": {" + AncillaryOrderType.allCases.map {
                "\(JSONText.string($0.rawValue)): \(r.ancillaryOrders($0))" }.joined(separator: ", ") + "}")
            fields.append("\"mostOverdueCountries\": [" + r.mostOverdueCountries.map {
                "{\"country\": \(JSONText.string($0.country)), \"count\": \($0.count)}" }.joined(separator: ", ") + "]")
            out += "    {\n      " + fields.joined(separator: ",\n      ") + "\n    }"
        }
        out += report.rows.isEmpty ? "]\n}\n" : "\n  ]\n}\n"
        return out
    }

    // MARK: CSV

    /// One line per row with the JSON key names as headings; nested counts flattened as
    /// `ancillaryOrders.<type>` and `confiscationStages.<stage>`; no rate is an empty field.
    public static func csv(_ report: Report) -> String {
        var header = ["key", "label", "asOf"] + ReportField.allCases.map(\.key)
        header += ConfiscationStage.allCases.map { "confiscationStages.\($0.rawValue)" }
        header += AncillaryOrderType.allCases.map { "ancillaryOrders.\($0.rawValue)" }
        header.append("mostOverdueCountries")
        var rows: [[String]] = []
        for r in report.rows {
            var cells = [r.key, r.label, r.asOf.iso]
            cells += ReportField.allCases.map { let j = $0.json(r); return j == "null" ? "" : j }
            cells += ConfiscationStage.allCases.map { String(r.confiscationCases(at: $0)) }
            cells += AncillaryOrderType.allCases.map { String(r.ancillaryOrders($0)) }
            cells.append(r.mostOverdueCountries.map { "\($0.country):\($0.count)" }.joined(separator: " "))
            rows.append(cells)
        }
        return CSV.document(header: header, rows: rows)
    }

    // MARK: Markdown and plain table

    /// One GitHub table per section, a total line when there are several rows, and the
    /// notices as notes underneath. Rates to the nearest whole percent, money in pounds.
    public static func markdown(_ report: Report) -> String {
        var out = "## \(report.period.label): by \(report.groupBy.heading.lowercased())\n"
        if report.groupBy == .none { out = "## \(report.period.label)\n" }
        for section in ReportField.sections {
            let grid = cells(report, section.fields)
            out += "\n### \(section.title)\n\n"
            out += Markdown.row(grid.header.map(Markdown.cell)) + "\n"
            out += Markdown.delimiter(alignRight: grid.header.indices.map { $0 > 0 }, spaced: false) + "\n"
            for (i, row) in grid.rows.enumerated() {
                var cells = row.map(Markdown.cell)
                if grid.totalAt == i { cells[0] = "**\(cells[0])**" }
                out += Markdown.row(cells) + "\n"
            }
        }
        out += extras(report, markdown: true)
        return out
    }

    /// Aligned columns for a terminal: text left, numbers right. `lines` prints each
    /// section's table (the CLI's fits it to the terminal; by default every column whole).
    public static func table(_ report: Report, lines: (TextTable) -> [String] = { $0.aligned(underline: true) }) -> String {
        var out = "\(report.period.label)" + (report.groupBy == .none ? "" : ", by \(report.groupBy.heading.lowercased())") + "\n"
        for section in ReportField.sections {
            let grid = cells(report, section.fields)
            let table = TextTable(grid.header.indices.map {
                TextTable.Column(grid.header[$0], alignRight: $0 > 0) }, rows: grid.rows)
            out += "\n\(section.title)\n"
            for line in lines(table) { out += line + "\n" }
        }
        out += extras(report, markdown: false)
        return out
    }

    struct Grid { var header: [String]; var rows: [[String]]; var totalAt: Int? }

    static func cells(_ report: Report, _ fields: [ReportField]) -> Grid {
        let header = [report.groupBy.heading] + fields.map(\.heading)
        var rows = report.rows.map { r in [r.label] + fields.map { $0.display(r) } }
        var totalAt: Int? = nil
        if report.groupBy != .none, report.rows.count != 1 {
            totalAt = rows.count
            rows.append(["Total"] + fields.map { $0.display(report.total) })
        }
        return Grid(header: header, rows: rows, totalAt: totalAt)
    }

    /// Ancillary orders and confiscation stages (for the whole period), then the notices.
    static func extras(_ report: Report, markdown: Bool) -> String {
        var out = ""
        let t = report.total
        let orders = AncillaryOrderType.allCases.filter { t.ancillaryOrders($0) > 0 }
            .map { "\($0.label) \(Grouping.thousands(t.ancillaryOrders($0)))" }
        let stages = ConfiscationStage.allCases.filter { t.confiscationCases(at: $0) > 0 }
            .map { "\($0.label) \(Grouping.thousands(t.confiscationCases(at: $0)))" }
        out += "\nAncillary orders made: " + (orders.isEmpty ? "none" : orders.joined(separator: ", ")) + ".\n"
        out += "Confiscation, defendants by current stage: " + (stages.isEmpty ? "none" : stages.joined(separator: ", ")) + ".\n"
        out += "Rates leave out administratively finalised outcomes; \(Percent.none) means no outcome in the period.\n"
        for n in report.notices { out += (markdown ? "\n> " : "\nNote: ") + n + "\n" }
        return out
    }
}
