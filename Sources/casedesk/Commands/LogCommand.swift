import ArgumentParser
import CaseCore
import TerminalUI

/// `casedesk log [CASE]`: the audit trail.
struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "Print the audit trail of the store, or of one case.",
        discussion: """
            One line per saved change: when, who, what, which case and which fields. A torn \
            last line in audit.jsonl (after a crash) is skipped with a warning on stderr.

            --show REV prints revision REV of CASE as the store keeps it: a revision someone \
            saved over (history/CASE/REV.json), a deleted one (trash/), or the case file itself.

            Examples:
              casedesk log
              casedesk log CD-2019-000042 --format json
              casedesk log CD-2019-000042 --show 6
            """)

    @OptionGroup var options: StoreOptions
    @Argument(help: ArgumentHelp("Only the changes of this case.", valueName: "CASE"))
    var caseID: String?
    static let formats: [OutputFormat] = [.table, .tsv, .json]
    @Option(help: OutputFormat.help(formats)) var format: String = "table"
    @Option(help: ArgumentHelp("Print revision REV of CASE as kept by the store (JSON).", valueName: "REV"))
    var show: Int?
    var outputFormat: OutputFormat { (try? OutputFormat.parse(format, allowed: Self.formats)) ?? .table }

    func validate() throws {
        _ = try OutputFormat.parse(format, allowed: Self.formats)
        if show != nil, caseID == nil { throw ValidationError("--show needs a CASE: casedesk log CASE --show REV") }
    }

    func run() throws {
        let store = try StoreAccess.anyStore(options)
        _ = try store.readMeta()   // a clear "not a store" error before anything else
        if let show, let caseID {
            guard let kept = try store.keptRevision(id: caseID, revision: show) else {
                throw CLIError("the store keeps no copy of revision \(show) of \(caseID) (only revisions saved over, deleted ones and the current one are kept)",
                               at: options.storePath())
            }
            ByteOutput.standardError.line("casedesk: revision \(show) of \(caseID), from \(Sanitizer.visible(kept.file))")
            ByteOutput.standardOutput.write(bytes: CaseCodec.encodeBytes(kept.case))
            return
        }
        let log = try store.audit(caseID: caseID)
        for p in log.skipped {
            ByteOutput.standardError.line("casedesk: warning: skipped an unreadable audit line: \(Sanitizer.visible(p.description))")
        }
        if let caseID, log.entries.isEmpty, try store.revisionOnDisk(id: caseID) == nil {
            throw CLIError("there is no case \(caseID) and no audit entry for it", at: options.storePath())
        }
        let out = ByteOutput.standardOutput
        if outputFormat == .json {
            out.write(bytes: JSONOutput.bytes(.array(log.entries.map(Self.json)), keys: ["at", "user", "action", "case", "detail"]))
            return
        }
        var table = Table([.init("At"), .init("User"), .init("Action"), .init("Case"), .init("Detail", flexible: true)])
        for e in log.entries { table.append([e.at.iso, e.user, e.action, e.case, e.detail]) }
        table.write(outputFormat, to: out, terminal: Terminal.stdoutIsTerminal, width: Terminal.stdoutColumns)
    }

    static func json(_ e: AuditEntry) -> JSONValue {
        .object(["at": .string(e.at.iso), "user": .string(e.user), "action": .string(e.action),
                 "case": .string(e.case), "detail": .string(e.detail)])
    }
}
