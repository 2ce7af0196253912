/// GitHub-flavoured Markdown tables, the one writer and the one escaping rule for the CLI's
/// `--format markdown`, `casedesk report` and the dashboard's `:export`.
public enum Markdown {
    /// A cell's text: a backslash is doubled and a `|` escaped, so neither a name with a `|`
    /// nor one ending in `\` splits or joins cells (GFM reads `\|` inside a cell as a `|` and
    /// `\\` as a backslash); a line break (LF, CR or CRLF) becomes one space, since a row is
    /// one line.
    public static func cell(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "|") || $0 == 0x0A || $0 == 0x0D })
        else { return s }
        var out = String.UnicodeScalarView()
        var afterCR = false
        for scalar in s.unicodeScalars {
            defer { afterCR = scalar == "\r" }
            switch scalar {
            case "\\": out.append(contentsOf: "\\\\".unicodeScalars)
            case "|": out.append(contentsOf: "\\|".unicodeScalars)
            case "\n" where afterCR: continue
            case "\r", "\n": out.append(" ")
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// `| a | b |`: cells given as they are (already escaped with `cell`, or holding markup
    /// such as `**Total**` on purpose).
    public static func row(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |" }

    /// The line under the header: `|---|---:|` (compact) or `| --- | ---: |` (spaced).
    public static func delimiter(alignRight: [Bool], spaced: Bool) -> String {
        spaced ? "|" + alignRight.map { $0 ? " ---: |" : " --- |" }.joined()
               : "|" + alignRight.map { $0 ? "---:|" : "---|" }.joined()
    }
}
