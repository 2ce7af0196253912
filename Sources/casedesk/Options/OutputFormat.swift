import ArgumentParser

/// How a batch command prints: an aligned table for people, TSV/CSV/JSON for programs,
/// Markdown for reports pasted into documents. Each command accepts the subset that fits.
enum OutputFormat: String, CaseIterable, Sendable {
    case table, tsv, csv, json, markdown
    /// iCalendar (RFC 5545): only `casedesk agenda` offers it.
    case ics

    /// Parses `--format`, naming only the formats this command offers when it is wrong.
    static func parse(_ text: String, allowed: [OutputFormat]) throws -> OutputFormat {
        guard let f = allowed.first(where: { $0.rawValue == text.lowercased() }) else {
            throw ValidationError("--format \"\(text)\" is not available here; use one of: "
                                  + allowed.map(\.rawValue).joined(separator: ", ") + ".")
        }
        return f
    }

    static func help(_ allowed: [OutputFormat]) -> ArgumentHelp {
        ArgumentHelp("Output format: \(allowed.map(\.rawValue).joined(separator: ", ")).", valueName: "FORMAT")
    }
}
