import Tabular

/// The custody time limit measures (`CTLMeasures`) in `casedesk report`: a section after the
/// other figures in the table and markdown, a `custodyTimeLimits` object beside `rows` in JSON,
/// and one more block of lines in CSV. The Dashboard's `:export` appends the same text, so an
/// export and `casedesk report` of one period and breakdown are the same file.
public enum CTLReportText {
    public static func table(_ r: (rows: [CTLFigures], total: CTLFigures), groupBy: GroupBy, markdown: Bool,
                             lines: (TextTable) -> [String] = { $0.aligned(underline: true) }) -> String {
        let rows = r.rows + (r.rows.count == 1 && groupBy != .none ? [] : [r.total])
        let header = [groupBy == .none || r.rows.isEmpty ? "" : groupBy.heading] + CTLFigure.allCases.map(\.label)
        let cells = rows.map { row in [row.label] + CTLFigure.allCases.map { f in Grouping.thousands(row[f]) } }
        let title = "Custody time limits (as of \(r.total.asOf.iso))"
        if markdown {
            var out = "\n### \(title)\n\n| " + header.joined(separator: " | ") + " |\n"
            out += "|" + header.indices.map { $0 == 0 ? "---|" : "---:|" }.joined() + "\n"
            for row in cells { out += "| " + row.map(Markdown.cell).joined(separator: " | ") + " |\n" }
            return out + note
        }
        let table = TextTable(header.indices.map { TextTable.Column(header[$0], alignRight: $0 > 0) },
                              rows: cells)
        var out = "\n\(title)\n"
        for line in lines(table) { out += line + "\n" }
        return out + note
    }

    public static let note = "Running, at risk, expired and open cases without a next action are as of the period's end (or today); extensions and failures in the period.\n"

    public static let keys = ["key", "label", "asOf"] + CTLFigure.allCases.map(\.rawValue)

    public static func json(_ r: (rows: [CTLFigures], total: CTLFigures)) -> String {
        func object(_ f: CTLFigures) -> String {
            var o: JSONObject = ["key": .string(f.key), "label": .string(f.label), "asOf": .string(f.asOf.iso)]
            for c in CTLFigure.allCases { o[c.rawValue] = .number(String(f[c])) }
            return JSONWriter.compactString(.object(o), order: KeyOrder(keys))
        }
        var out = "  \"custodyTimeLimits\": {\n    \"total\": \(object(r.total)),\n    \"rows\": ["
        out += r.rows.map { "\n      " + object($0) }.joined(separator: ",")
        out += r.rows.isEmpty ? "]\n  }" : "\n    ]\n  }"
        return out
    }

    /// The formatter's JSON object with `custodyTimeLimits` added as its last key.
    public static func addJSON(_ r: (rows: [CTLFigures], total: CTLFigures), to text: String) -> String {
        guard text.hasSuffix("\n}\n") else { return text }
        return String(text.dropLast(3)) + ",\n" + json(r) + "\n}\n"
    }

    public static func csv(_ r: (rows: [CTLFigures], total: CTLFigures)) -> String {
        var out = "\r\n" + CSV.line(keys)
        for f in r.rows + [r.total] { out += CSV.line([f.key, f.label, f.asOf.iso] + CTLFigure.allCases.map { String(f[$0]) }) }
        return out
    }
}
