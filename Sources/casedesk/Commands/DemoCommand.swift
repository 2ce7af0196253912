import ArgumentParser
import CaseCore

/// `casedesk demo [DIR]`: make a realistic demo store and open it.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Make a realistic demo store (default: a new temporary directory) and open it.",
        discussion: """
            The store has cases of every crime type, unit and status, defendants with outcomes
            since 2010-2011, sentences, ancillary orders, confiscation at every stage, and MLA,
            extradition, EAW, EIO and JIT requests in every state, some overdue and some to
            chase. The same --seed always gives the same store. When standard output is a
            terminal the UI opens on it; otherwise (or with --no-open) the path is printed.

            Examples:
              casedesk demo
              casedesk demo /tmp/cases --no-open
              casedesk demo /tmp/big --cases 100000 --no-open
            """)

    @OptionGroup var options: StoreOptions
    @Argument(help: ArgumentHelp("An empty or new directory for the store (default: a new temporary directory).",
                                 valueName: "DIR"))
    var directory: String?
    @Option(help: "How many cases to make.") var cases: Int = DemoGenerator.defaultCaseCount
    @Option(help: "The seed of the generator; the same seed gives the same store.") var seed: UInt64 = 1
    @Flag(help: "Do not open the UI; just print where the store is.") var noOpen = false
    @Option(help: .hidden) var today: String?

    func validate() throws {
        guard cases >= 0, cases <= 10_000_000 else {
            throw ValidationError("--cases must be between 0 and 10000000, found \(cases).")
        }
        try Today.validate(today)
    }

    func run() throws {
        throw CLIError("the JSON store is not built yet", at: directory ?? "a temporary directory")
    }
}
