import TerminalUI
@testable import CaseDeskUI

/// The user sessions the screen tests check, each a list of key presses through the key
/// tables, ending on the screen to compare.
enum Scenario: String, CaseIterable, Sendable {
    case home, filter, quickFilterMenu, quickFilter, sort, overview, defendants, hearings, requests, notes, history
    case board, chase, help, commandLine, tooSmall, progress, damaged
    case quickValues, quickSeveral, boardQuickValues, boardFiltered
    case people, agenda, dashboard, dashboardBottom, dashboardCrime, dashboardDrill

    /// The store a scenario starts on: the Fixture, the Agenda's (with CTLs and tasks) or the
    /// Dashboard's (whose figures are worked out in its comment).
    func start(size: Size) -> TestDriver {
        switch self {
        case .agenda: TestDriver(store: AgendaFixture.store(), size: size)
        case .dashboard, .dashboardBottom, .dashboardCrime, .dashboardDrill: TestDriver(store: DashboardFixture.store(), size: size)
        default: TestDriver(size: size, open: self != .progress)
        }
    }

    func run(size: Size) -> TestDriver {
        var d = start(size: size)
        switch self {
        case .home:
            d.press(CasesCommand.down)
        case .filter:
            d.press(CasesCommand.filter)
            d.type("kest")
        case .quickFilterMenu:
            d.press(CasesCommand.quickFilter)
            d.type("o")
            d.press(CasesCommand.quickFilter)
        case .quickFilter:
            d.press(CasesCommand.quickFilter)
            d.type("o")
        case .sort:
            d.press(CasesCommand.sort)
            d.press(CasesCommand.reverseSort)
        case .overview, .hearings, .requests, .notes, .history:
            d.press(CasesCommand.filter)
            d.type("kestrel")
            d.press(.enter)
            d.press(CasesCommand.open)
            let tabs: [Scenario: Int] = [.overview: 0, .hearings: 2, .requests: 3, .notes: 4, .history: 5]
            for _ in 0..<tabs[self]! { d.press(DetailCommand.nextTab) }
            if self == .requests { d.press(DetailCommand.down) }
        case .defendants:
            d.press(CasesCommand.open)
            d.press(DetailCommand.nextTab)
        case .board:
            d.press(GlobalCommand.board)
            d.press(BoardCommand.down)
        case .chase:
            d.press(GlobalCommand.board)
            for _ in 0..<2 { d.press(BoardCommand.down) }
            d.press(BoardCommand.chase)
            d.type("Rang Madrid")
            d.press(.enter)
        case .help:
            d.press(GlobalCommand.help)
        case .commandLine:
            d.press(GlobalCommand.commandLine)
            d.type("open OCD-L")
            d.press(.tab)
        case .tooSmall:
            d.resize(Size(width: 59, height: 16))
        case .progress:
            d.send(.loadProgress(done: 2, total: 7))
        case .damaged:
            d.press(CasesCommand.bottom)
            d.press(CasesCommand.open)
        case .quickValues, .quickSeveral:
            // Crime types in their order: any, drugs, firearms, OIC, human trafficking, CSE, …:
            // tick drugs (Operation Kestrel) and CSE (Operation Heron, finalised).
            d.press(CasesCommand.quickFilter)
            d.type("c")
            d.press(ListCommand.down, ListCommand.toggle, ListCommand.down, ListCommand.down, ListCommand.down, ListCommand.toggle)
            if self == .quickSeveral {
                d.press(ListCommand.pick)
                d.press(CasesCommand.quickFilter)
                d.type("f")                     // open (not finalised)
            }
        case .boardQuickValues, .boardFiltered:
            // Countries, most requests first then by code: any, AE, DE, ES, …: tick DE and ES.
            d.press(GlobalCommand.board)
            d.press(BoardCommand.quickFilter)
            d.type("c")
            d.press(ListCommand.down, ListCommand.down, ListCommand.toggle, ListCommand.toggle)
            if self == .boardFiltered {
                d.press(ListCommand.pick)
                d.press(BoardCommand.filter)
                d.type("ocd")
            }
        case .people:
            d.press(GlobalCommand.people)
        case .agenda:
            d.press(GlobalCommand.agenda)
        case .dashboard:
            d.press(GlobalCommand.dashboard)
        case .dashboardBottom:
            d.press(GlobalCommand.dashboard)
            d.press(DashboardCommand.bottom)
        case .dashboardCrime:
            d.press(GlobalCommand.dashboard)
            d.press(DashboardCommand.cycleBreakdown)
        case .dashboardDrill:
            // The crime-type table's Total row, the conviction-rate column: its cases.
            d.press(GlobalCommand.dashboard)
            d.press(DashboardCommand.cycleBreakdown)
            d.press(DashboardCommand.bottom)
            for _ in 0..<6 { d.press(DashboardCommand.right) }
            d.press(DashboardCommand.open)
        }
        return d
    }
}
