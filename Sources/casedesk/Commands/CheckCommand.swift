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
            Reads store.json, every case file and audit.jsonl, and prints one line per problem:
            the file, the line and column for a syntax error, the JSON path and what is wrong.
            Nothing is changed. Warnings are printed but do not make the exit status 1.

            Examples:
              casedesk check
              casedesk check --store /srv/casedesk || echo "store needs attention"
            """)

    @OptionGroup var options: StoreOptions
    static let formats: [OutputFormat] = [.table, .json]
    @Option(help: OutputFormat.help(formats)) var format: String = "table"
    var outputFormat: OutputFormat { (try? OutputFormat.parse(format, allowed: Self.formats)) ?? .table }

    func validate() throws { _ = try OutputFormat.parse(format, allowed: Self.formats) }

    func run() throws {
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

    static func json(_ p: Problem) -> JSONValue {
        .object(["file": p.file.map(JSONValue.string) ?? .null, "line": p.line.map { .number(String($0)) } ?? .null,
                 "column": p.column.map { .number(String($0)) } ?? .null, "path": .string(p.path),
                 "message": .string(p.message), "warning": .bool(p.isWarning)])
    }
}
