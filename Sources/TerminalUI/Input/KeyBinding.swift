/// Keys, the command they run, and the help text shown for them. Dispatch, footer hints and
/// the help screen all read the same value, so help cannot go stale.
public struct KeyBinding<Command: Hashable & Sendable>: Sendable, Equatable {
    public var keys: [Key]
    public var command: Command
    /// One short phrase: "open", "next pane", "filter".
    public var help: String
    /// A heading for the help screen ("Move", "Edit"); nil puts it under a general heading.
    public var group: String?
    /// Whether the footer shows this binding (the help screen shows all).
    public var inFooter: Bool

    public init(_ keys: [Key], _ command: Command, help: String, group: String? = nil, inFooter: Bool = true) {
        self.keys = keys
        self.command = command
        self.help = help
        self.group = group
        self.inFooter = inFooter
    }

    /// Builds a binding from key names ("ctrl-r", "enter"); names that do not parse are
    /// a programming error in the application's table and stop the program in debug builds.
    public init(keys names: [String], _ command: Command, help: String, group: String? = nil, inFooter: Bool = true) {
        let parsed = names.compactMap(KeySpec.parse)
        assert(parsed.count == names.count, "bad key name in \(names)")
        self.init(parsed, command, help: help, group: group, inFooter: inFooter)
    }

    /// The keys in human form, joined: "j/Down".
    public var keysDescription: String { keys.map(\.description).joined(separator: "/") }
}
