import ArgumentParser
import CaseCore
import Foundation
import TerminalUI

/// `casedesk check`: validate every file of a store.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate a store: list every problem, exit 1 if there is any.",
        discussion: """
            Reads store.json, every case file and audit.jsonl, and prints one line per problem: \
            the file, the line and column for a syntax error, the JSON path and what is wrong. \
            Nothing is changed. Warnings are printed but do not make the exit status 1.

            With --deadlines it checks the custody time limits instead of the files: one line per \
            running CTL that is EXPIRED or AT RISK (expiring within 28 days with no extension \
            applied for), saying why, and exit status 1 when there is any; a running CTL with no \
            known expiry is a warning. For a daily cron or CI job.

            Examples:
              casedesk check
              casedesk check --store /srv/casedesk || echo "store needs attention"
              casedesk check --deadlines --store /srv/casedesk || mail -s "CTL alarm" team
            """)

    @OptionGroup var options: StoreOptions
    static let formats: [OutputFormat] = [.table, .json]
    @Option(help: OutputFormat.help(formats)) var format: String = "table"
    var outputFormat: OutputFormat { (try? OutputFormat.parse(format, allowed: Self.formats)) ?? .table }
    @Flag(help: "Check the custody time limits: exit 1 when one is expired or at risk with no extension applied for.")
    var deadlines = false
    @Option(help: .hidden) var today: String?

    func validate() throws {
        _ = try OutputFormat.parse(format, allowed: Self.formats)
        try Today.validate(today)
    }

    func run() throws {
        if deadlines { return try checkDeadlines() }
        let path = options.storePath()
        let problems = StoreChecker.check(directory: URL(fileURLWithPath: path))
        let errors = problems.filter { !$0.isWarning }.count
        let out = ByteOutput.standardOutput
        if outputFormat == .json {
            out.write(bytes: JSONOutput.bytes(.array(problems.map(Self.json)),
                                              keys: ["file", "line", "column", "path", "message", "warning"]))
        } else {
            for p in problems { out.line(Sanitizer.visible(p.description)) }
        }
        out.flush()
        let files = Set(problems.compactMap(\.file)).count
        if errors > 0 {
            ByteOutput.standardError.line("casedesk: \(errors) problem\(errors == 1 ? "" : "s") in \(files) file\(files == 1 ? "" : "s") (\(path)).")
            throw ExitCode(1)
        }
        if outputFormat == .table {
            let warnings = problems.count
            out.line("No problems in \(Sanitizer.visible(path))" + (warnings > 0 ? " (\(warnings) warning\(warnings == 1 ? "" : "s"))." : "."))
        }
    }

    func checkDeadlines() throws {
        let snapshot = try StoreAccess.open(options).snapshot
        let day = Today.resolve(today)
        let findings = CTLCheck.findings(snapshot.summaries, today: day)
        let failing = findings.filter(\.fails)
        let out = ByteOutput.standardOutput
        if outputFormat == .json {
            let doc = JSONValue.object(["asOf": .string(day.iso), "findings": .array(findings.map(Self.json))])
            out.write(bytes: JSONOutput.bytes(doc, keys: ["asOf", "findings"], children: ["findings": KeyOrder(Self.findingKeys)]))
        } else {
            for f in findings { out.line(Sanitizer.visible(f.line)) }
        }
        out.flush()
        StoreAccess.warnAboutDamage(snapshot)
        let expired = failing.filter { $0.state == .expired }.count
        let summary = "\(expired) CTL expired, \(failing.count - expired) at risk as of \(day.iso) (\(options.storePath()))."
        if !failing.isEmpty {
            ByteOutput.standardError.line("casedesk: " + Sanitizer.visible(summary))
            throw ExitCode(1)
        }
        if outputFormat == .table { out.line("No custody time limit expired or at risk as of \(day.iso).") }
    }

    static let findingKeys = ["case", "defendant", "path", "charge", "state", "expiry", "daysLeft", "message"]

    static func json(_ f: CTLFinding) -> JSONValue {
        let state = f.state == .expired ? "expired" : f.state == .atRisk ? "atRisk" : "noExpiry"
        return .object(["case": .string(f.caseID), "defendant": .string(f.defendantID), "path": .string(f.path),
                        "charge": f.charge.map(JSONValue.string) ?? .null, "state": .string(state),
                        "expiry": f.expiry.map { .string($0.iso) } ?? .null,
                        "daysLeft": f.daysLeft.map { .number(String($0)) } ?? .null, "message": .string(f.line)])
    }

    static func json(_ p: Problem) -> JSONValue {
        .object(["file": p.file.map(JSONValue.string) ?? .null, "line": p.line.map { .number(String($0)) } ?? .null,
                 "column": p.column.map { .number(String($0)) } ?? .null, "path": .string(p.path),
                 "message": .string(p.message), "warning": .bool(p.isWarning)])
    }
}
