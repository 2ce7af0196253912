import TerminalUI

/// The keys of the Dashboard. PLACEHOLDER owned by the dashboard helper: add commands here
/// (period, breakdown, ...) and they appear in dispatch, footer, help and docs/keys.md.
enum DashboardCommand: String, CommandSet {
    case back

    static let section = "dashboard"
    static let title = "Dashboard"

    var defaultKeys: [Key] {
        switch self {
        case .back: [.escape, .char("h")]
        }
    }

    var help: String {
        switch self {
        case .back: "back to Cases"
        }
    }

    var group: String { "Move" }

    var hint: String? {
        switch self {
        case .back: "back"
        }
    }
}
