import ArgumentParser

/// How a batch command prints: an aligned table for people, TSV/CSV/JSON for programs,
/// Markdown for reports pasted into documents. Each command accepts the subset that fits.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case table, tsv, csv, json, markdown

    /// The error for a format a command does not offer, listing those it does.
    static func check(_ format: OutputFormat, allowed: [OutputFormat]) throws {
        guard allowed.contains(format) else {
            throw ValidationError("--format \(format.rawValue) is not available here; use one of: "
                                  + allowed.map(\.rawValue).joined(separator: ", ") + ".")
        }
    }
}
