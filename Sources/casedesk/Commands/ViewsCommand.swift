import ArgumentParser
import CaseCore

/// `casedesk views …`: the saved views of views.toml (docs/views.md).
struct ViewsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "views",
        abstract: "List the saved views of the case list and the MLA board (views.toml).",
        discussion: """
            Views live in $XDG_CONFIG_HOME/casedesk/views.toml (~/.config/casedesk/views.toml), \
            a small text file a team can share; 'casedesk list --view NAME' uses a view of the \
            case list, 'casedesk requests --view NAME' a view of the MLA board (screen = "board"), \
            'casedesk list ... --save-view NAME' saves one, and the UI's :view does both. \
            The format is in docs/views.md.

            Examples:
              casedesk views list
              casedesk list --status awaitingTrial --overdue --sort nextHearing --save-view chase-list
              casedesk list --view chase-list
              casedesk requests --view spain
            """,
        subcommands: [ViewsListCommand.self])
}

struct ViewsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the saved views: name, screen (cases or board), filter, sort and columns.",
        discussion: """
            Examples:
              casedesk views list
              casedesk views list --format tsv | cut -f1
            """)

    static let formats: [OutputFormat] = [.table, .tsv, .csv]
    @Option(help: OutputFormat.help(formats)) var format: String = "table"

    func validate() throws { _ = try OutputFormat.parse(format, allowed: Self.formats) }

    func run() throws {
        let path = ViewsFile.defaultPath()
        let file = try ViewsFile.load(path: path)
        let outputFormat = try OutputFormat.parse(format, allowed: Self.formats)
        let out = ByteOutput.standardOutput
        if file.entries.isEmpty, outputFormat == .table {
            out.line("No saved views in \(path); save one with 'casedesk list ... --save-view NAME'.")
            return
        }
        var table = Table([.init("Name"), .init("Screen", priority: 30), .init("Filter", flexible: true, minWidth: 20),
                           .init("Sort", priority: 20), .init("Columns", flexible: true, priority: 10)])
        let human = outputFormat == .table
        let none = human ? "–" : ""
        for entry in file.entries {
            switch entry {
            case .cases(let v):
                let sort = v.sort.map { "\($0.key.rawValue) \($0.ascending ? "ascending" : "descending")" }
                table.append([v.name, "cases", v.filterSummary.isEmpty && human ? "every case" : v.filterSummary,
                              sort ?? none, v.columns.map { $0.map(\.rawValue).joined(separator: ",") } ?? none])
            case .board(let v):
                let sort = v.sort.map { "\($0.rawValue) \(v.ascending ? "ascending" : "descending")" }
                table.append([v.name, SavedBoardView.screenName, v.filterSummary.isEmpty && human ? "every request" : v.filterSummary,
                              sort ?? none, none])
            }
        }
        table.write(outputFormat, to: out, terminal: Terminal.stdoutIsTerminal, width: Terminal.stdoutColumns)
    }
}
