import ArgumentParser

/// The shape of a command line before ArgumentParser reads it: the store options may come
/// before the command (`casedesk --store X list`, as git and kubectl allow), and a first word
/// that is no command is named as such, not as an unexpected argument of the UI.
enum ArgumentOrder {
    /// The options every command shares (`StoreOptions`) that take a value.
    static let shared = ["--store", "--user", "--theme", "--theme-file"]
    /// The shared options that take none.
    static let sharedFlags = ["--no-mouse"]
    /// Whether a command takes the shared options (declares `@OptionGroup var …: StoreOptions`),
    /// read from the command itself as ArgumentParser reads its options; a group takes them when
    /// one of its subcommands does.
    static func takesStoreOptions(_ command: ParsableCommand.Type) -> Bool {
        let subcommands = command.configuration.subcommands
        if !subcommands.isEmpty { return subcommands.contains(where: takesStoreOptions) }
        return Mirror(reflecting: command.init()).children.contains { $0.value is OptionGroup<StoreOptions> }
    }

    /// The commands (`views`) and group subcommands (`views list`) that read no store: the
    /// shared options before them are taken and dropped.
    static func storeless(_ commands: [ParsableCommand.Type]) -> Set<String> {
        var names: Set<String> = []
        for command in commands {
            let name = command._commandName
            if !takesStoreOptions(command) { names.insert(name) }
            for sub in command.configuration.subcommands where !takesStoreOptions(sub) {
                names.insert(name + " " + sub._commandName)
            }
        }
        return names
    }

    enum Outcome: Equatable {
        case arguments([String])
        case unknownCommand(String)
    }

    /// `[--store X] [--user U] COMMAND REST` → `COMMAND --store X --user U REST`; for a command
    /// of a group (`people list`, `units add`, `db init`) the options go after its subcommand,
    /// since the group itself takes none. `groups` names each group's subcommands.
    static func normalise(_ args: [String], commands: [String], groups: [String: [String]] = [:],
                          storeless: Set<String> = []) -> Outcome {
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
        if let subcommands = groups[word], i + 1 < args.count, subcommands.contains(args[i + 1]) {
            let sub = args[i + 1]
            return .arguments([word, sub] + (storeless.contains(word + " " + sub) ? [] : leading) + args[(i + 2)...])
        }
        if storeless.contains(word) { return .arguments(Array(args[i...])) }
        return .arguments([word] + leading + args[(i + 1)...])
    }
}
