import TerminalUI

/// The commands of one screen: the key table that dispatches keys, the footer hints, the help
/// screen, the config file and docs/keys.md are all built from these values, so none of them
/// can disagree with another.
protocol CommandSet: RawRepresentable<String>, CaseIterable, Hashable, Sendable where AllCases == [Self] {
    /// The name used in the config file (`cases.sort = s`) and in docs/keys.md.
    static var section: String { get }
    /// The heading of this table in the help screen.
    static var title: String { get }
    var defaultKeys: [Key] { get }
    /// One line for the help screen.
    var help: String { get }
    /// Help screen grouping ("Move", "Find", ...).
    var group: String { get }
    /// A word or two for the footer, nil when the command is not worth footer room.
    var hint: String? { get }
}

extension CommandSet {
    static var defaultMap: KeyMap<Self> {
        KeyMap(allCases.map { KeyBinding($0.defaultKeys, $0, help: $0.help, group: $0.group, inFooter: $0.hint != nil) })
    }
}
