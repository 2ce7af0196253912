import TerminalUI

/// The key tables in force: the defaults, overridden by the user's config file. Every screen
/// dispatches through these, and the help screen and footer read them, so a rebinding shows
/// everywhere at once.
struct KeyTables: Sendable {
    var global: KeyMap<GlobalCommand>
    var cases: KeyMap<CasesCommand>
    var detail: KeyMap<DetailCommand>
    var board: KeyMap<BoardCommand>
    var dashboard: KeyMap<DashboardCommand>
    var help: KeyMap<HelpCommand>
    var agenda: KeyMap<AgendaCommand> = AgendaCommand.defaultMap
    var list: KeyMap<ListCommand> = ListCommand.defaultMap
    var people: KeyMap<PeopleCommand> = PeopleCommand.defaultMap

    static let defaults = KeyTables(global: GlobalCommand.defaultMap, cases: CasesCommand.defaultMap,
                                    detail: DetailCommand.defaultMap, board: BoardCommand.defaultMap,
                                    dashboard: DashboardCommand.defaultMap, help: HelpCommand.defaultMap)

    /// Every table's section name, for config validation and docs.
    static let sections: [String] = [GlobalCommand.section, CasesCommand.section, DetailCommand.section,
                                     BoardCommand.section, DashboardCommand.section, HelpCommand.section,
                                     AgendaCommand.section, ListCommand.section, PeopleCommand.section]

    /// The command names a section knows, or nil for an unknown section.
    static func commands(in section: String) -> [String]? {
        switch section {
        case GlobalCommand.section: GlobalCommand.allCases.map(\.rawValue)
        case CasesCommand.section: CasesCommand.allCases.map(\.rawValue)
        case DetailCommand.section: DetailCommand.allCases.map(\.rawValue)
        case BoardCommand.section: BoardCommand.allCases.map(\.rawValue)
        case DashboardCommand.section: DashboardCommand.allCases.map(\.rawValue)
        case HelpCommand.section: HelpCommand.allCases.map(\.rawValue)
        case AgendaCommand.section: AgendaCommand.allCases.map(\.rawValue)
        case ListCommand.section: ListCommand.allCases.map(\.rawValue)
        case PeopleCommand.section: PeopleCommand.allCases.map(\.rawValue)
        default: nil
        }
    }

    /// These tables with the config's bindings replacing the default keys of the commands it names.
    func applying(_ config: KeyConfig) -> KeyTables {
        var t = self
        t.global = Self.rebind(global, config.bindings[GlobalCommand.section])
        t.cases = Self.rebind(cases, config.bindings[CasesCommand.section])
        t.detail = Self.rebind(detail, config.bindings[DetailCommand.section])
        t.board = Self.rebind(board, config.bindings[BoardCommand.section])
        t.dashboard = Self.rebind(dashboard, config.bindings[DashboardCommand.section])
        t.help = Self.rebind(help, config.bindings[HelpCommand.section])
        t.agenda = Self.rebind(agenda, config.bindings[AgendaCommand.section])
        t.list = Self.rebind(list, config.bindings[ListCommand.section])
        t.people = Self.rebind(people, config.bindings[PeopleCommand.section])
        return t
    }

    private static func rebind<C: CommandSet>(_ map: KeyMap<C>, _ overrides: [String: [Key]]?) -> KeyMap<C> {
        // KeyMap names a command by its case name, which is our raw value: the config's words.
        guard let overrides, !overrides.isEmpty else { return map }
        return map.overridden(by: overrides)
    }
}
