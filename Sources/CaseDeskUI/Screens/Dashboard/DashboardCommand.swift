import TerminalUI

/// The keys of the Dashboard: one table that drives dispatch, the footer, the help screen and
/// docs/keys.md. `:period …` and `:export FILE` are line commands (DashboardScreen+Commands, DashboardExport).
enum DashboardCommand: String, CommandSet {
    case previousPeriod, nextPeriod, cyclePeriod, cycleBreakdown
    case up, down, left, right, top, bottom, pageUp, pageDown
    case open, back

    static let section = "dashboard"
    static let title = "Dashboard"

    var defaultKeys: [Key] {
        switch self {
        case .previousPeriod: [.char("[")]
        case .nextPeriod: [.char("]")]
        case .cyclePeriod: [.char("p")]
        case .cycleBreakdown: [.char("b")]
        case .up: MovementKeys.up
        case .down: MovementKeys.down
        case .left: [.char("h"), .left, .backTab]
        case .right: [.char("l"), .right, .tab]
        case .top: MovementKeys.top
        case .bottom: MovementKeys.bottom
        case .pageUp: MovementKeys.pageUp
        case .pageDown: MovementKeys.pageDown
        case .open: [.enter]
        case .back: [.escape]
        }
    }

    var help: String {
        switch self {
        case .previousPeriod: "previous year or quarter"
        case .nextPeriod: "next year or quarter"
        case .cyclePeriod: "period kind: financial year, quarter, all years"
        case .cycleBreakdown: "breakdown: none, crime type, unit, lawyer, country"
        case .up: "previous figure or row"
        case .down: "next figure or row"
        case .left: "previous column (the figure Enter lists)"
        case .right: "next column (the figure Enter lists)"
        case .top: "first figure or row"
        case .bottom: "last figure or row"
        case .pageUp: "page up"
        case .pageDown: "page down"
        case .open: "list the cases behind the figure; on a case, open it"
        case .back: "close the case list, else back to Cases"
        }
    }

    var group: String {
        switch self {
        case .previousPeriod, .nextPeriod, .cyclePeriod, .cycleBreakdown: "Period"
        case .open, .back: "Open"
        default: "Move"
        }
    }

    var hint: String? {
        switch self {
        case .previousPeriod: "prev"
        case .nextPeriod: "next"
        case .cyclePeriod: "year/qtr/all"
        case .cycleBreakdown: "breakdown"
        case .open: "cases"
        case .back: "back"
        default: nil
        }
    }
}
