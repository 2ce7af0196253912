/// Styles for named roles. Every role has a default in code (`Theme.defaults`), so a theme
/// that sets only some roles still styles every screen; an unknown role reads as plain text.
public struct Theme: Sendable, Equatable {
    public var name: String
    /// The roles this theme sets itself; the rest come from `Theme.defaults`.
    public var styles: [Role: Style]

    public init(name: String, styles: [Role: Style] = [:]) {
        self.name = name
        self.styles = styles
    }

    public subscript(role: Role) -> Style {
        get { styles[role] ?? Theme.defaults[role] ?? .plain }
        set { styles[role] = newValue }
    }

    /// The built-in dark theme, used when no theme is chosen or a theme file is broken.
    public static let fallback = Theme(name: "default", styles: defaults)

    /// Defaults for every role. They are chosen so that meaning survives without colour:
    /// selection and focus are reverse/bold, warnings bold, errors bold+underline.
    public static let defaults: [Role: Style] = [
        .text: Style(),
        .muted: Style(fg: .brightBlack),
        .header: Style(fg: .brightWhite, bg: .blue, attributes: [.bold]),
        .footer: Style(fg: .white, bg: .ansi(0)),
        .title: Style(attributes: [.bold]),
        .titleFocused: Style(fg: .brightCyan, attributes: [.bold, .reverse]),
        .border: Style(fg: .brightBlack),
        .borderFocused: Style(fg: .brightCyan, attributes: [.bold]),
        .focus: Style(fg: .brightCyan, attributes: [.bold]),
        .selection: Style(fg: .black, bg: .cyan, attributes: [.bold]),
        .selectionInactive: Style(attributes: [.reverse]),
        .tableHeader: Style(fg: .brightWhite, attributes: [.bold, .underline]),
        .highlight: Style(fg: .brightYellow, attributes: [.bold]),
        .success: Style(fg: .green),
        .warning: Style(fg: .yellow, attributes: [.bold]),
        .error: Style(fg: .brightRed, attributes: [.bold, .underline]),
        .overdue: Style(fg: .brightRed, attributes: [.bold]),
        .toChase: Style(fg: .yellow, attributes: [.bold]),
        .marking: Style(fg: .black, bg: .yellow, attributes: [.bold]),
        .markingSensitive: Style(fg: .brightWhite, bg: .red, attributes: [.bold, .underline]),
        .chartBar: Style(fg: .cyan),
        .chartBarAlt: Style(fg: .magenta),
        .chartLabel: Style(),
        .sparkline: Style(fg: .green),
        .progress: Style(fg: .green, attributes: [.bold]),
        .progressEmpty: Style(fg: .brightBlack),
        .tabActive: Style(fg: .black, bg: .cyan, attributes: [.bold]),
        .tabInactive: Style(fg: .white),
        .keyHint: Style(fg: .brightYellow, bg: .ansi(0), attributes: [.bold]),
        .keyHintLabel: Style(fg: .white, bg: .ansi(0)),
        .label: Style(attributes: [.bold]),
        .input: Style(attributes: [.underline]),
        .inputFocused: Style(fg: .brightWhite, attributes: [.underline, .bold]),
        .placeholder: Style(fg: .brightBlack, attributes: [.italic]),
        .dialog: Style(fg: .brightWhite, bg: .blue),
        .dialogBorder: Style(fg: .brightCyan, bg: .blue, attributes: [.bold]),
        .button: Style(fg: .white, bg: .blue),
        .buttonFocused: Style(fg: .black, bg: .cyan, attributes: [.bold]),
    ]
}
