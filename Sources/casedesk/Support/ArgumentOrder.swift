/// The shape of a command line before ArgumentParser reads it: the store options may come
/// before the command (`casedesk --store X list`, as git and kubectl allow), and a first word
/// that is no command is named as such, not as an unexpected argument of the UI.
enum ArgumentOrder {
    /// The options every command shares (`StoreOptions`) that take a value.
    static let shared = ["--store", "--user", "--theme", "--theme-file"]
    /// The shared options that take none.
    static let sharedFlags = ["--no-mouse"]
    /// The commands that read no store: the shared options before them are dropped.
    static let storeless: Set<String> = ["views"]

    enum Outcome: Equatable {
        case arguments([String])
        case unknownCommand(String)
    }

    /// `[--store X] [--user U] COMMAND REST` → `COMMAND --store X --user U REST`; for a command
    /// of a group (`people list`, `units add`, `db init`) the options go after its subcommand,
    /// since the group itself takes none. `groups` names each group's subcommands.
    static func normalise(_ args: [String], commands: [String], groups: [String: [String]] = [:]) -> Outcome {
        var leading: [String] = []
        var i = 0
        while i < args.count {
            let a = args[i]
            if shared.contains(a), i + 1 < args.count {
                leading += [a, args[i + 1]]
                i += 2
            } else if sharedFlags.contains(a) || shared.contains(where: { a.hasPrefix($0 + "=") }) {
                leading.append(a)
                i += 1
            } else {
                break
            }
        }
        guard i < args.count else { return .arguments(args) }
        let word = args[i]
        // Options (--help, --version, a misspelt option) and `help` are ArgumentParser's.
        if word.hasPrefix("-") || word == "help" { return .arguments(args) }
        guard commands.contains(word) else { return .unknownCommand(word) }
        // Views are the user's whatever the store (views.toml), so `casedesk --store X views
        // list`, typed as every other command is, takes the options and has no use for them.
        if storeless.contains(word) { return .arguments(Array(args[i...])) }
        if let subcommands = groups[word], i + 1 < args.count, subcommands.contains(args[i + 1]) {
            return .arguments([word, args[i + 1]] + leading + args[(i + 2)...])
        }
        return .arguments([word] + leading + args[(i + 1)...])
    }
}
