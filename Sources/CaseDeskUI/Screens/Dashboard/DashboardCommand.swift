import TerminalUI

/// The keys of the Dashboard: one table that drives dispatch, the footer, the help screen and
/// docs/keys.md. `:period …` and `:export FILE` are line commands (DashboardScreen+Commands, DashboardExport).
enum DashboardCommand: String, CommandSet {
    case previousPeriod, nextPeriod, cyclePeriod, cycleBreakdown
    case up, down, left, right, top, bottom, pageUp, pageDown
    case open, back

    static let section = "dashboard"
    static let title = "Dashboard"
    static let movementWords = MovementWords.list(of: "figure or row")

    var defaultKeys: [Key] {
        switch self {
        case .previousPeriod: [.char("[")]
        case .nextPeriod: [.char("]")]
        case .cyclePeriod: [.char("p")]
        case .cycleBreakdown: [.char("b")]
        case .left: [.char("h"), .left, .backTab]
        case .right: [.char("l"), .right, .tab]
        case .open: [.enter]
        case .back: [.escape]
        default: sharedKeys
        }
    }

    var help: String {
        switch self {
        case .previousPeriod: "previous year or quarter"
        case .nextPeriod: "next year or quarter"
        case .cyclePeriod: "period kind: financial year, quarter, all years"
        case .cycleBreakdown: "breakdown: none, crime type, unit, lawyer, country"
        case .left: "previous column (the figure Enter lists)"
        case .right: "next column (the figure Enter lists)"
        case .open: "list the cases behind the figure; on a case, open it"
        case .back: "close the case list, else back to Cases"
        default: sharedHelp
        }
    }

    var group: String {
        switch self {
        case .previousPeriod, .nextPeriod, .cyclePeriod, .cycleBreakdown: "Period"
        case .open, .back: "Open"
        case .left, .right: "Move"
        default: sharedGroup
        }
    }

    /// `2l` is the second column on.
    var countUse: CountUse? {
        switch self {
        case .left, .right: .repeated
        default: sharedCountUse
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
