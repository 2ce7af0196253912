import ArgumentParser
import CaseCore
import Foundation
import TerminalUI

/// `casedesk export`: every case as a JSON bundle, or one CSV row per defendant.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the store's cases as a JSON bundle (for import) or as CSV.",
        discussion: """
            json writes one document with every case in full, sorted by id; casedesk import \
            reads it back. The store may be a directory or a PostgreSQL server (the cases this \
            user may see; 'casedesk db export DIR' writes a store directory). csv writes one \
            row per defendant (a case without defendants gets one row), for spreadsheets. A case file that cannot be read is left out, named on \
            stderr (and in the JSON document's leftOut), and the exit status is then 1. \
            --output FILE is created 0600, as private as the store, and an existing FILE is \
            refused unless --force.

            Examples:
              casedesk export --output cases.json
              casedesk export --format csv --output defendants.csv
            """)

    @OptionGroup var options: StoreOptions
    static let formats: [OutputFormat] = [.json, .csv]
    @Option(help: OutputFormat.help(formats)) var format: String = "json"
    var outputFormat: OutputFormat { (try? OutputFormat.parse(format, allowed: Self.formats)) ?? .json }
    @Option(name: .shortAndLong, help: ArgumentHelp("Write to FILE (created private, 0600) instead of standard output.",
                                                    valueName: "FILE"))
    var output: String?
    @Flag(help: "Replace --output FILE if it exists (without it, an existing file is never written over).")
    var force = false

    func validate() throws {
        _ = try OutputFormat.parse(format, allowed: Self.formats)
        if let output, output.isEmpty { throw ValidationError("--output needs a file name.") }
        if force, output == nil { throw ValidationError("--force replaces the --output file; give --output FILE.") }
    }

    func run() throws {
        let toTerminal = output == nil && Terminal.stdoutIsTerminal
        let store = try StoreAccess.anyStore(options)
        _ = try store.readMeta()   // a clear "not a store" error before anything is written
        var damaged: [DamagedCase] = []
        // Everything is produced through `emit`, to the file or to stdout.
        let produce: (_ emit: ([UInt8]) throws -> Void) throws -> Void
        if outputFormat == .json {
            let ids = try store.exportIDs().sorted()
            // On a terminal, every string made visible (as JSONOutput does for other commands).
            let visible: @Sendable (JSONValue) -> JSONValue = { JSONOutput.visible($0) }
            let writer = BundleWriter(store: store, exported: store.clock(), transform: toTerminal ? visible : nil)
            produce = { emit in damaged = try writer.write(ids: ids, to: emit).leftOut }
        } else if let directory = store as? JSONDirectoryStore, let stream = try StoreAccess.stream(directory) {
            // From the summary cache a window at a time, in id order, each row written as it
            // is made: 100,000 cases are never held together (issue 16.4).
            produce = { emit in
                try emit(Array(CSV.line(Self.csvHeader).utf8))
                var chunk = ""
                try stream.forEach { s in
                    chunk += Self.csvRows(s, sanitise: toTerminal)
                    if chunk.utf8.count >= 1 << 16 { try emit(Array(chunk.utf8)); chunk = "" }
                }
                try emit(Array(chunk.utf8))
                damaged = stream.damaged
            }
        } else {
            let opened = try StoreAccess.open(options)
            damaged = opened.snapshot.damaged
            let bytes = Array(Self.csv(opened.snapshot, sanitise: toTerminal).utf8)
            produce = { emit in try emit(bytes) }
        }
        if let output {
            do {
                try ExportFile.write(to: output, overwrite: force, produce)
            } catch let e as ExportFile.Exists {
                throw CLIError("\(e.path) already exists; nothing was written (--force replaces it)")
            }
        } else {
            try produce { ByteOutput.standardOutput.write(bytes: $0) }
        }
        try reportDamaged(damaged)
    }

    func reportDamaged(_ damaged: [DamagedCase]) throws {
        if !damaged.isEmpty {
            ByteOutput.standardOutput.flush()
            let n = damaged.count
            let named = outputFormat == .json ? " (named in the document's leftOut)" : ""
            throw CLIError("\(n) case file\(n == 1 ? " was" : "s were") left out of the export\(named) because \(n == 1 ? "it" : "they") could not be read; run 'casedesk check'",
                           at: damaged.map(\.path).prefix(3).joined(separator: ", ") + (n > 3 ? ", …" : ""))
        }
    }

    static let csvHeader = [
        "caseId", "urn", "title", "unit", "lawyer", "caseworker", "status", "crimeTypes", "sensitivity", "opened",
        "finalised", "defendantId", "defendant", "custody", "outcome", "outcomeDate", "custodialMonths", "suspended",
        "ancillaryOrders", "confiscationStage", "benefitPence", "orderPence", "recoveredPence",
    ]

    /// From the summaries, which hold every column: no case file is read twice.
    static func csv(_ snapshot: StoreSnapshot, sanitise: Bool) -> String {
        var text = CSV.line(csvHeader)
        for s in snapshot.summaries.sorted(by: { $0.id < $1.id }) { text += csvRows(s, sanitise: sanitise) }
        return text
    }

    /// The rows of one case: one per defendant, or one for a case without defendants.
    static func csvRows(_ s: CaseSummary, sanitise: Bool) -> String {
        let caseCells = [s.id, s.urn ?? "", s.title, s.unit, s.lawyer ?? "", s.caseworker ?? "", s.status.rawValue,
                         s.crimeTypes.map(\.rawValue).joined(separator: ";"), s.sensitivity.rawValue, s.opened.iso,
                         s.finalised?.iso ?? ""]
        let defendants: [[String]] = s.defendants.isEmpty ? [Array(repeating: "", count: 12)] : s.defendants.map { d in
            let k = d.confiscation
            return [d.id, d.name, d.custody.rawValue, d.outcome?.rawValue ?? "", d.outcomeDate?.iso ?? "",
                    d.custodialMonths.map(String.init) ?? "", d.custodialMonths == nil ? "" : (d.suspended ? "true" : "false"),
                    d.ancillaryOrders.map(\.type.rawValue).joined(separator: ";"), k?.stage.rawValue ?? "",
                    k?.benefitPence.map(String.init) ?? "", k?.orderPence.map(String.init) ?? "",
                    k?.recoveredPence.map(String.init) ?? ""]
        }
        var text = ""
        for d in defendants {
            let row = caseCells + d
            text += CSV.line(sanitise ? row.map(Sanitizer.visible) : row)
        }
        return text
    }
}
