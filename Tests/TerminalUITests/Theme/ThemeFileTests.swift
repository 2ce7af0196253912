import Foundation
import Testing
@testable import TerminalUI

@Suite struct ThemeFileTests {
    @Test func parsesPaletteRolesAndAttributes() {
        let text = """
            # a comment
            name = "mine"   # trailing comment
            [roles]
            selection = { fg = "ink", bg = "#ff8700", bold = true, reverse = false }
            "chart.bar" = { fg = 208 }
            muted = { dim = true }
            [palette]
            ink = "black"
            """
        let (theme, errors) = Theme.parse(text, name: "file-name", file: "mine.toml")
        #expect(errors.isEmpty)
        #expect(theme.name == "mine")
        #expect(theme[.selection] == Style(fg: .black, bg: .rgb(255, 135, 0), attributes: .bold))
        #expect(theme["chart.bar"] == Style(fg: .indexed(208)))
        #expect(theme[.muted] == Style(attributes: .dim))
        #expect(theme[.error] == Theme.defaults[.error])   // not set: default in code
    }

    @Test func errorsNameFileAndLineAndFallBack() {
        let text = """
            [roles]
            selection = { fg = "purple" }
            header = { fg = "red", blink = true }
            footer = "red"
            [colours]
            title = { fg = "red"
            warning = { fg = red }
            error = { fg = "red }
            """
        let (theme, errors) = Theme.parse(text, name: "bad", file: "/tmp/bad.toml")
        #expect(theme == .fallback)
        #expect(errors.map(\.line) == [5, 6, 7, 8, 2, 3, 4])
        #expect(errors[0].description == "/tmp/bad.toml:5: unknown section [colours] (expected [palette] or [roles])")
        #expect(errors.first { $0.line == 2 }!.message.contains("\"purple\" is not a colour"))
        #expect(errors.first { $0.line == 3 }!.message.contains("unknown field \"blink\""))
        #expect(errors.first { $0.line == 8 }!.message.contains("unterminated string"))
    }

    @Test func builtInThemesParseCleanlyAndMatchTheirFiles() throws {
        let themesDir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../Themes").standardized
        #expect(Theme.builtinNames == ["default", "light", "high-contrast", "monochrome"])
        for (name, text) in BuiltinThemes.sources {
            let (theme, errors) = Theme.load(named: name, searchPaths: [])
            #expect(errors.isEmpty, "\(name): \(errors)")
            #expect(theme.name == name)
            for role in Role.all { #expect(theme.styles[role] != nil, "\(name) lacks \(role)") }
            let file = try String(contentsOf: themesDir.appendingPathComponent("\(name).toml"), encoding: .utf8)
            #expect(file == text + "\n", "Themes/\(name).toml differs from its compiled-in copy")
        }
    }

    @Test func defaultThemeFileIsTheDefaultsInCode() {
        let (theme, _) = Theme.load(named: "default", searchPaths: [])
        for role in Role.all { #expect(theme[role] == Theme.defaults[role], "\(role)") }
    }

    @Test func monochromeUsesNoColour() {
        let (theme, _) = Theme.load(named: "monochrome", searchPaths: [])
        for (role, style) in theme.styles {
            #expect(style.fg == .default && style.bg == .default, "\(role)")
        }
        for role in [Role.selection, .focus, "overdue", .error, "marking"] { #expect(theme[role] != .plain) }
    }

    @Test func userDirectoryOverridesAndAdds() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("themes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "[roles]\nselection = { reverse = true }\n".write(to: dir.appendingPathComponent("light.toml"), atomically: true, encoding: .utf8)
        try "[roles]\nheader = { fg = \"nope\" }\n".write(to: dir.appendingPathComponent("broken.toml"), atomically: true, encoding: .utf8)
        let (light, e1) = Theme.load(named: "light", searchPaths: [dir])
        #expect(e1.isEmpty)
        #expect(light[.selection] == Style(attributes: .reverse))
        let (broken, e2) = Theme.load(named: "broken", searchPaths: [dir])
        #expect(broken == .fallback)
        #expect(e2.count == 1 && e2[0].line == 2 && e2[0].file.hasSuffix("broken.toml"))
        let (missing, e3) = Theme.load(named: "solarized", searchPaths: [dir])
        #expect(missing == .fallback)
        #expect(e3[0].message.contains("no theme named \"solarized\""))
        #expect(Theme.available(searchPaths: [dir]) == ["broken", "default", "high-contrast", "light", "monochrome"])
    }

    @Test func userThemeDirectoryFollowsXDG() {
        #expect(Theme.userThemeDirectory(app: "casedesk", environment: ["XDG_CONFIG_HOME": "/x", "HOME": "/h"])?.path == "/x/casedesk/themes")
        #expect(Theme.userThemeDirectory(app: "casedesk", environment: ["HOME": "/h"])?.path == "/h/.config/casedesk/themes")
        #expect(Theme.userThemeDirectory(app: "casedesk", environment: [:]) == nil)
    }
}
