/// Styles for named roles. Every widget role has a default in code (`Theme.defaults`), and an
/// application registers defaults for its own roles (`registering`), so a theme that sets only
/// some roles still styles every screen; an unknown role reads as plain text.
public struct Theme: Sendable, Equatable {
    public var name: String
    /// The roles this theme sets itself; the rest come from `fallbacks`.
    public var styles: [Role: Style]
    /// The defaults in code: the widgets' (`Theme.defaults`) and any the application registered.
    public private(set) var fallbacks: [Role: Style] = Theme.defaults

    public init(name: String, styles: [Role: Style] = [:]) {
        self.name = name
        self.styles = styles
    }

    public subscript(role: Role) -> Style {
        get { styles[role] ?? fallbacks[role] ?? .plain }
        set { styles[role] = newValue }
    }

    /// Two themes are the same when they set the same styles under the same name: the defaults
    /// an application registers are its own, the same for every theme it uses.
    public static func == (a: Theme, b: Theme) -> Bool { a.name == b.name && a.styles == b.styles }

    /// This theme with defaults for an application's own roles (a theme file still wins).
    public func registering(_ roles: [Role: Style]) -> Theme {
        var t = self
        t.fallbacks.merge(roles) { _, app in app }
        return t
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
