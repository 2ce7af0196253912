import Foundation
import Testing
import TerminalUI
@testable import CaseDeskUI

/// CaseDesk's built-in themes (compiled in from Themes/*.toml): the application's, not
/// TerminalUI's, since they style its roles too.
@Suite struct BuiltinThemeTests {
    @Test func builtInThemesParseCleanlyAndMatchTheirFiles() throws {
        let themesDir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Themes").standardized
        #expect(BuiltinThemes.names == ["default", "light", "high-contrast", "monochrome"])
        for builtin in BuiltinThemes.all {
            let (theme, errors) = Theme.load(named: builtin.name, searchPaths: [], builtins: BuiltinThemes.all)
            #expect(errors.isEmpty, "\(builtin.name): \(errors)")
            #expect(theme.name == builtin.name)
            for role in Role.all + AppRoles.all { #expect(theme.styles[role] != nil, "\(builtin.name) lacks \(role)") }
            let file = try String(contentsOf: themesDir.appendingPathComponent("\(builtin.name).toml"), encoding: .utf8)
            #expect(file == builtin.text + "\n", "Themes/\(builtin.name).toml differs from its compiled-in copy")
        }
    }

    /// The widget roles of Themes/default.toml are TerminalUI's defaults in code.
    @Test func defaultThemeFileIsTheDefaultsInCode() {
        let (theme, _) = Theme.load(named: "default", searchPaths: [], builtins: BuiltinThemes.all)
        for role in Role.all { #expect(theme[role] == Theme.defaults[role], "\(role)") }
    }

    @Test func monochromeUsesNoColour() {
        let (theme, _) = Theme.load(named: "monochrome", searchPaths: [], builtins: BuiltinThemes.all)
        for (role, style) in theme.styles {
            #expect(style.fg == .default && style.bg == .default, "\(role)")
        }
        for role in [Role.selection, .focus, .overdue, .error, .marking] { #expect(theme[role] != .plain) }
    }
}
