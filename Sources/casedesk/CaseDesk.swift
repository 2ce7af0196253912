import ArgumentParser

/// The root command lists the subcommands and nothing else; with none it opens the UI.
@main
struct CaseDesk: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "casedesk",
        abstract: "Organised-crime and international casework in the terminal.",
        discussion: """
            With no command, casedesk opens the full-screen UI on the store. \
            The store is --store, else $CASEDESK_STORE, else $XDG_DATA_HOME/casedesk \
            (~/.local/share/casedesk). Errors exit with status 1, usage errors with 2.

            Try it:  casedesk demo
            """,
        subcommands: [UICommand.self, InitCommand.self, DemoCommand.self, ListCommand.self, RequestsCommand.self, AgendaCommand.self,
                      ReportCommand.self, CheckCommand.self, ImportCommand.self, ExportCommand.self,
                      LogCommand.self, NoteCommand.self, ShowCommand.self, ViewsCommand.self, PeopleCommand.self, UnitsCommand.self, DBCommand.self],
        defaultSubcommand: UICommand.self)

    static func main() { Entry.run() }
}
