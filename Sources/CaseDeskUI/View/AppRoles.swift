import TerminalUI

/// The roles of CaseDesk's own marks, registered over TerminalUI's widget roles: every theme
/// the app uses goes through `AppRoles.register` (`AppState.init`, `.themeLoaded`), so a theme
/// file that does not set them still shows them.
extension Role {
    /// An overdue request or task: the mark also has a symbol and a word, never colour alone.
    public static let overdue: Role = "overdue"
    public static let toChase: Role = "toChase"
    /// The security marking of a case (OFFICIAL).
    public static let marking: Role = "marking"
    public static let markingSensitive: Role = "markingSensitive"
}

enum AppRoles {
    static let all: [Role] = [.overdue, .toChase, .marking, .markingSensitive, .searchMatch]

    static let defaults: [Role: Style] = [
        .overdue: Style(fg: .brightRed, attributes: [.bold]),
        .toChase: Style(fg: .yellow, attributes: [.bold]),
        .marking: Style(fg: .black, bg: .yellow, attributes: [.bold]),
        .markingSensitive: Style(fg: .brightWhite, bg: .red, attributes: [.bold, .underline]),
        .searchMatch: Style(fg: .black, bg: .brightYellow, attributes: [.underline]),
    ]

    static func register(_ theme: Theme) -> Theme { theme.registering(defaults) }
}

/// `casedesk` run with its input or output redirected: said with the way to do it instead.
struct NotATerminal: Error, CustomStringConvertible {
    var description: String {
        "casedesk needs a terminal: standard input and output must not be redirected (use a batch command such as `casedesk list` instead)"
    }
}
