/// An ordered table of key bindings that an application fills from its own table and that a
/// config file may override. Invariant: each key runs at most one command (the first binding
/// that lists it wins; `overridden` moves a key to its new command).
public struct KeyMap<Command: Hashable & Sendable>: Sendable {
    public private(set) var bindings: [KeyBinding<Command>]
    private var index: [Key: Command]

    public init(_ bindings: [KeyBinding<Command>]) {
        self.bindings = bindings
        var index: [Key: Command] = [:]
        for b in bindings {
            for k in b.keys where index[k] == nil { index[k] = b.command }
        }
        self.index = index
    }

    /// The command `key` runs, if any.
    public func command(for key: Key) -> Command? { index[key] }

    /// The keys that run `command` now (after any override).
    public func keys(for command: Command) -> [Key] {
        bindings.first { $0.command == command }?.keys ?? []
    }

    /// The name a config file uses for a command: its `description` (for an enum, the case name).
    public static func name(of command: Command) -> String { String(describing: command) }

    /// This map with the keys of some commands replaced, as a config file says
    /// (command name → keys). A key given to a command is taken from any other command.
    /// Names that match no command are ignored here; use `overridden(byNames:)` to report them.
    public func overridden(by config: [String: [Key]]) -> KeyMap {
        var result = bindings
        let moved = Set(config.values.flatMap { $0 })
        for i in result.indices {
            let name = KeyMap.name(of: result[i].command)
            if let keys = config[name] {
                result[i].keys = keys
            } else {
                result[i].keys.removeAll { moved.contains($0) }
            }
        }
        return KeyMap(result)
    }

    /// As `overridden(by:)`, from key names as written in a config file. Returns the new map and
    /// one message per problem (unknown command, unparsable key), naming `source` (file:line
    /// is up to the caller) so the user can fix it; good entries still apply.
    public func overridden(byNames config: [String: [String]], source: String = "config") -> (KeyMap, [String]) {
        var problems: [String] = []
        var parsed: [String: [Key]] = [:]
        let known = Set(bindings.map { KeyMap.name(of: $0.command) })
        for (command, names) in config.sorted(by: { $0.key < $1.key }) {
            guard known.contains(command) else {
                problems.append("\(source): unknown command \"\(command)\" (known: \(known.sorted().joined(separator: ", ")))")
                continue
            }
            var keys: [Key] = []
            for n in names {
                if let k = KeySpec.parse(n) { keys.append(k) } else {
                    problems.append("\(source): \"\(n)\" for \(command) is not a key name (examples: j, G, enter, ctrl-r, alt-x, pgdn, f5)")
                }
            }
            if !keys.isEmpty { parsed[command] = keys }
        }
        return (overridden(by: parsed), problems)
    }

    /// The bindings the footer shows, in table order.
    public var footerBindings: [KeyBinding<Command>] { bindings.filter { $0.inFooter && !$0.keys.isEmpty } }
}
