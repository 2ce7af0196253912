import ArgumentParser

@main
struct CaseDesk: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "casedesk",
        abstract: "Organised-crime and international casework in the terminal.")
}
