/// A named purpose a style serves ("selection", "error"). Views ask the theme for a role,
/// never for a colour, so every theme file can restyle every screen. These are the roles of
/// the widgets; an application adds its own (`extension Role`) and their defaults
/// (`Theme.registering`).
/// Invariant: `name` is the key used in theme files (`[roles]` table).
public struct Role: Sendable, Hashable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let name: String

    public init(_ name: String) { self.name = name }
    public init(stringLiteral value: String) { self.name = value }
    public var description: String { name }

    public static let text: Role = "text"
    public static let muted: Role = "muted"
    public static let header: Role = "header"
    public static let footer: Role = "footer"
    public static let title: Role = "title"
    public static let titleFocused: Role = "titleFocused"
    public static let border: Role = "border"
    public static let borderFocused: Role = "borderFocused"
    public static let focus: Role = "focus"
    public static let selection: Role = "selection"
    /// The selection bar of a pane that does not have focus.
    public static let selectionInactive: Role = "selectionInactive"
    public static let tableHeader: Role = "tableHeader"
    public static let highlight: Role = "highlight"
    public static let success: Role = "success"
    public static let warning: Role = "warning"
    public static let error: Role = "error"
    public static let chartBar: Role = "chartBar"
    public static let chartBarAlt: Role = "chartBarAlt"
    public static let chartLabel: Role = "chartLabel"
    public static let sparkline: Role = "sparkline"
    public static let progress: Role = "progress"
    public static let progressEmpty: Role = "progressEmpty"
    public static let tabActive: Role = "tabActive"
    public static let tabInactive: Role = "tabInactive"
    public static let keyHint: Role = "keyHint"
    public static let keyHintLabel: Role = "keyHintLabel"
    public static let label: Role = "label"
    public static let input: Role = "input"
    public static let inputFocused: Role = "inputFocused"
    public static let placeholder: Role = "placeholder"
    public static let dialog: Role = "dialog"
    public static let dialogBorder: Role = "dialogBorder"
    public static let button: Role = "button"
    public static let buttonFocused: Role = "buttonFocused"

    /// Every role the built-in widgets and themes know, in documentation order.
    public static let all: [Role] = [
        .text, .muted, .header, .footer, .title, .titleFocused, .border, .borderFocused, .focus,
        .selection, .selectionInactive, .tableHeader, .highlight, .success, .warning, .error,
        .chartBar, .chartBarAlt, .chartLabel, .sparkline, .progress, .progressEmpty,
        .tabActive, .tabInactive, .keyHint, .keyHintLabel, .label, .input, .inputFocused, .placeholder,
        .dialog, .dialogBorder, .button, .buttonFocused,
    ]
}
