import TerminalUI

// CaseDesk's built-in themes, compiled in so that casedesk works from any directory. They are
// the application's (they style its roles: overdue, toChase, marking), not TerminalUI's.
// Each text is a copy of Themes/NAME.toml (regenerate with the script in docs/terminalui.md);
// BuiltinThemeTests checks that they stay identical.

enum BuiltinThemes {
    /// Theme file texts by name, in the order the themes are listed.
    static let all: [BuiltinTheme] = sources.map { BuiltinTheme(name: $0.name, text: $0.text) }
    static var names: [String] { sources.map(\.name) }

    private static let sources: [(name: String, text: String)] = [
        ("default", #"""
            # CaseDesk built-in theme: default (dark terminals).
            # Format: Themes/README.md. Every role not listed here keeps its built-in default.
            name = "default"
            description = "Dark terminals; 16 ANSI colours so it follows the terminal's palette"

            [roles]
            text = { }
            muted = { fg = "bright-black" }
            header = { fg = "bright-white", bg = "blue", bold = true }
            footer = { fg = "white", bg = "black" }
            title = { bold = true }
            titleFocused = { fg = "bright-cyan", bold = true, reverse = true }
            border = { fg = "bright-black" }
            borderFocused = { fg = "bright-cyan", bold = true }
            focus = { fg = "bright-cyan", bold = true }
            selection = { fg = "black", bg = "cyan", bold = true }
            selectionInactive = { reverse = true }
            tableHeader = { fg = "bright-white", bold = true, underline = true }
            highlight = { fg = "bright-yellow", bold = true }
            success = { fg = "green" }
            warning = { fg = "yellow", bold = true }
            error = { fg = "bright-red", bold = true, underline = true }
            overdue = { fg = "bright-red", bold = true }
            toChase = { fg = "yellow", bold = true }
            marking = { fg = "black", bg = "yellow", bold = true }
            markingSensitive = { fg = "bright-white", bg = "red", bold = true, underline = true }
            searchMatch = { fg = "black", bg = "bright-yellow", underline = true }
            chartBar = { fg = "cyan" }
            chartBarAlt = { fg = "magenta" }
            chartLabel = { }
            sparkline = { fg = "green" }
            progress = { fg = "green", bold = true }
            progressEmpty = { fg = "bright-black" }
            tabActive = { fg = "black", bg = "cyan", bold = true }
            tabInactive = { fg = "white" }
            keyHint = { fg = "bright-yellow", bg = "black", bold = true }
            keyHintLabel = { fg = "white", bg = "black" }
            label = { bold = true }
            input = { underline = true }
            inputFocused = { fg = "bright-white", bold = true, underline = true }
            placeholder = { fg = "bright-black", italic = true }
            dialog = { fg = "bright-white", bg = "blue" }
            dialogBorder = { fg = "bright-cyan", bg = "blue", bold = true }
            button = { fg = "white", bg = "blue" }
            buttonFocused = { fg = "black", bg = "cyan", bold = true }
            """#),
        ("light", #"""
            # CaseDesk built-in theme: light (light terminal backgrounds).
            # Uses 256-colour shades where they read better; they degrade to the nearest of 16 or 8.
            name = "light"
            description = "Light terminals: dark text, soft blue bars"

            [palette]
            ink = "#262626"
            paper = "#eeeeee"
            soft = "#d7e7ff"
            accent = "#005faf"
            grey = "#808080"
            alert = "#af0000"
            amber = "#af5f00"

            [roles]
            text = { fg = "ink" }
            muted = { fg = "grey" }
            header = { fg = "white", bg = "accent", bold = true }
            footer = { fg = "ink", bg = "paper" }
            title = { fg = "ink", bold = true }
            titleFocused = { fg = "accent", bold = true, reverse = true }
            border = { fg = "grey" }
            borderFocused = { fg = "accent", bold = true }
            focus = { fg = "accent", bold = true }
            selection = { fg = "ink", bg = "soft", bold = true }
            selectionInactive = { fg = "ink", bg = "paper" }
            tableHeader = { fg = "ink", bold = true, underline = true }
            highlight = { fg = "accent", bold = true, underline = true }
            success = { fg = "#005f00" }
            warning = { fg = "amber", bold = true }
            error = { fg = "alert", bold = true, underline = true }
            overdue = { fg = "alert", bold = true }
            toChase = { fg = "amber", bold = true }
            marking = { fg = "black", bg = "#ffd75f", bold = true }
            markingSensitive = { fg = "white", bg = "alert", bold = true, underline = true }
            searchMatch = { fg = "black", bg = "yellow", underline = true }
            chartBar = { fg = "accent" }
            chartBarAlt = { fg = "#875f87" }
            chartLabel = { fg = "ink" }
            sparkline = { fg = "#005f00" }
            progress = { fg = "accent", bold = true }
            progressEmpty = { fg = "grey" }
            tabActive = { fg = "white", bg = "accent", bold = true }
            tabInactive = { fg = "ink" }
            keyHint = { fg = "accent", bg = "paper", bold = true }
            keyHintLabel = { fg = "ink", bg = "paper" }
            label = { fg = "ink", bold = true }
            input = { fg = "ink", underline = true }
            inputFocused = { fg = "black", bold = true, underline = true }
            placeholder = { fg = "grey", italic = true }
            dialog = { fg = "ink", bg = "paper" }
            dialogBorder = { fg = "accent", bg = "paper", bold = true }
            button = { fg = "ink", bg = "paper" }
            buttonFocused = { fg = "white", bg = "accent", bold = true }
            """#),
        ("high-contrast", #"""
            # CaseDesk built-in theme: high-contrast (low vision, projectors, bright rooms).
            # Bright colours on black, bold everywhere it carries meaning.
            name = "high-contrast"
            description = "Maximum contrast: bright colours on black, bold marks"

            [roles]
            text = { fg = "bright-white", bg = "black" }
            muted = { fg = "white", bg = "black" }
            header = { fg = "black", bg = "bright-yellow", bold = true }
            footer = { fg = "bright-white", bg = "black", bold = true }
            title = { fg = "bright-white", bold = true, underline = true }
            titleFocused = { fg = "black", bg = "bright-yellow", bold = true }
            border = { fg = "white" }
            borderFocused = { fg = "bright-yellow", bold = true }
            focus = { fg = "bright-yellow", bold = true, underline = true }
            selection = { fg = "black", bg = "bright-yellow", bold = true }
            selectionInactive = { fg = "black", bg = "white", bold = true }
            tableHeader = { fg = "bright-cyan", bold = true, underline = true }
            highlight = { fg = "black", bg = "bright-cyan", bold = true }
            success = { fg = "bright-green", bold = true }
            warning = { fg = "bright-yellow", bold = true, underline = true }
            error = { fg = "bright-white", bg = "red", bold = true, underline = true }
            overdue = { fg = "bright-red", bold = true, underline = true }
            toChase = { fg = "bright-yellow", bold = true, underline = true }
            marking = { fg = "black", bg = "bright-white", bold = true }
            markingSensitive = { fg = "bright-white", bg = "red", bold = true, underline = true }
            searchMatch = { fg = "black", bg = "bright-yellow", bold = true, underline = true }
            chartBar = { fg = "bright-cyan", bold = true }
            chartBarAlt = { fg = "bright-magenta", bold = true }
            chartLabel = { fg = "bright-white" }
            sparkline = { fg = "bright-green", bold = true }
            progress = { fg = "bright-green", bold = true }
            progressEmpty = { fg = "white" }
            tabActive = { fg = "black", bg = "bright-yellow", bold = true }
            tabInactive = { fg = "bright-white" }
            keyHint = { fg = "black", bg = "bright-white", bold = true }
            keyHintLabel = { fg = "bright-white", bg = "black", bold = true }
            label = { fg = "bright-white", bold = true }
            input = { fg = "bright-white", underline = true }
            inputFocused = { fg = "bright-yellow", bold = true, underline = true }
            placeholder = { fg = "white", italic = true }
            dialog = { fg = "bright-white", bg = "black" }
            dialogBorder = { fg = "bright-yellow", bg = "black", bold = true }
            button = { fg = "bright-white", bg = "black", bold = true }
            buttonFocused = { fg = "black", bg = "bright-yellow", bold = true }
            """#),
        ("monochrome", #"""
            # CaseDesk built-in theme: monochrome (no colour at all; also what NO_COLOR gives any theme).
            # Meaning is carried by bold, underline, reverse and dim only.
            name = "monochrome"
            description = "No colour: bold, underline, reverse and dim only"

            [roles]
            text = { }
            muted = { dim = true }
            header = { reverse = true, bold = true }
            footer = { reverse = true }
            title = { bold = true }
            titleFocused = { bold = true, reverse = true }
            border = { dim = true }
            borderFocused = { bold = true }
            focus = { bold = true, underline = true }
            selection = { reverse = true, bold = true }
            selectionInactive = { underline = true }
            tableHeader = { bold = true, underline = true }
            highlight = { bold = true, underline = true }
            success = { bold = true }
            warning = { bold = true }
            error = { bold = true, underline = true }
            overdue = { bold = true, underline = true }
            toChase = { bold = true }
            marking = { reverse = true, bold = true }
            markingSensitive = { reverse = true, bold = true, underline = true }
            searchMatch = { reverse = true, underline = true }
            chartBar = { }
            chartBarAlt = { dim = true }
            chartLabel = { }
            sparkline = { }
            progress = { bold = true }
            progressEmpty = { dim = true }
            tabActive = { reverse = true, bold = true }
            tabInactive = { }
            keyHint = { reverse = true, bold = true }
            keyHintLabel = { reverse = true }
            label = { bold = true }
            input = { underline = true }
            inputFocused = { bold = true, underline = true }
            placeholder = { dim = true, italic = true }
            dialog = { }
            dialogBorder = { bold = true }
            button = { }
            buttonFocused = { reverse = true, bold = true }
            """#),
    ]
}
