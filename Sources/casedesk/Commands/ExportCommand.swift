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
            json writes one document with every case in full, sorted by id; casedesk import
            reads it back. csv writes one row per defendant (a case without defendants gets
            one row), for spreadsheets. A case file that cannot be read is left out and named
            on stderr, and the exit status is then 1.

            Examples:
              casedesk export --output cases.json
              casedesk export --format csv --output defendants.csv
            """)

    @OptionGroup var options: StoreOptions
    static let formats: [OutputFormat] = [.json, .csv]
    @Option(help: OutputFormat.help(formats)) var format: String = "json"
    var outputFormat: OutputFormat { (try? OutputFormat.parse(format, allowed: Self.formats)) ?? .json }
    @Option(name: .shortAndLong, help: ArgumentHelp("Write to FILE instead of standard output.", valueName: "FILE"))
    var output: String?

    func validate() throws {
        _ = try OutputFormat.parse(format, allowed: Self.formats)
        if let output, output.isEmpty { throw ValidationError("--output needs a file name.") }
    }

    func run() throws {
        let toTerminal = output == nil && Terminal.stdoutIsTerminal
        let store = try StoreAccess.store(options)
        if outputFormat == .json, !toTerminal, let envelope = BundleStream.envelope(exported: store.clock()) {
            _ = try store.readMeta()   // a clear "not a store" error first
            let damaged = try streamBundle(store, envelope: envelope)
            try reportDamaged(damaged)
            return
        }
        let bytes: [UInt8]
        let damaged: [DamagedCase]
        if outputFormat == .json {
            let (bundle, bad) = try StoreAccess.store(options).exportBundle()
            damaged = bad
            bytes = toTerminal ? JSONOutput.bytes(bundle.toJSON(), keys: Self.bundleKeys,
                                                  children: ["cases": CaseCodec.caseKeyOrder], terminal: true)
                : Array(bundle.encode())
        } else {
            let opened = try StoreAccess.open(options)
            damaged = opened.snapshot.damaged
            bytes = Array(Self.csv(opened.snapshot, sanitise: toTerminal).utf8)
        }
        if let output {
            do { try Data(bytes).write(to: URL(fileURLWithPath: output), options: .atomic) } catch {
                throw CLIError("cannot write the export: \(FileErrors.reason(error))", at: output)
            }
        } else {
            ByteOutput.standardOutput.write(bytes: bytes)
        }
        try reportDamaged(damaged)
    }

    /// The bundle, streamed case by case to --output (through a temp file renamed into
    /// place, so a failed export never leaves half a file under the name) or to stdout.
    func streamBundle(_ store: JSONDirectoryStore, envelope: (head: [UInt8], tail: [UInt8])) throws -> [DamagedCase] {
        let ids = try store.caseFileIDs().sorted()
        let stream = BundleStream(store: store)
        guard let output else {
            return try stream.write(ids: ids, exported: store.clock(), envelope: envelope) {
                ByteOutput.standardOutput.write(bytes: $0)
            }
        }
        let temp = output + ".\(getpid()).tmp"
        guard FileManager.default.createFile(atPath: temp, contents: nil), let handle = FileHandle(forWritingAtPath: temp) else {
            throw CLIError("cannot create the export file", at: temp)
        }
        do {
            let damaged = try stream.write(ids: ids, exported: store.clock(), envelope: envelope) {
                try handle.write(contentsOf: $0)
            }
            try handle.synchronize()
            try handle.close()
            guard rename(temp, output) == 0 else {
                throw CLIError("cannot move the export into place: \(String(cString: strerror(errno)))", at: output)
            }
            return damaged
        } catch {
            try? handle.close()
            unlink(temp)
            if let e = error as? CLIError { throw e }
            throw CLIError("cannot write the export: \(FileErrors.reason(error))", at: output)
        }
    }

    func reportDamaged(_ damaged: [DamagedCase]) throws {
        if !damaged.isEmpty {
            ByteOutput.standardOutput.flush()
            let n = damaged.count
            throw CLIError("\(n) case file\(n == 1 ? " was" : "s were") left out of the export because \(n == 1 ? "it" : "they") could not be read; run 'casedesk check'",
                           at: damaged.map(\.path).prefix(3).joined(separator: ", ") + (n > 3 ? ", …" : ""))
        }
    }

    static let bundleKeys = ["format", "schemaVersion", "exported", "cases"]

    static let csvHeader = [
        "caseId", "urn", "title", "unit", "lawyer", "caseworker", "status", "crimeTypes", "sensitivity", "opened",
        "finalised", "defendantId", "defendant", "custody", "outcome", "outcomeDate", "custodialMonths", "suspended",
        "ancillaryOrders", "confiscationStage", "benefitPence", "orderPence", "recoveredPence",
    ]

    /// From the summaries, which hold every column: no case file is read twice.
    static func csv(_ snapshot: StoreSnapshot, sanitise: Bool) -> String {
        var text = CSV.line(csvHeader)
        for s in snapshot.summaries.sorted(by: { $0.id < $1.id }) {
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
            for d in defendants {
                let row = caseCells + d
                text += CSV.line(sanitise ? row.map(Sanitizer.visible) : row)
            }
        }
        return text
    }
}
