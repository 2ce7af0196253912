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

    @Test func userDirectoryOverridesAndAdds() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("themes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "[roles]\nselection = { reverse = true }\n".write(to: dir.appendingPathComponent("light.toml"), atomically: true, encoding: .utf8)
        try "[roles]\nheader = { fg = \"nope\" }\n".write(to: dir.appendingPathComponent("broken.toml"), atomically: true, encoding: .utf8)
        let builtins = [BuiltinTheme(name: "light", text: "[roles]\nselection = { bold = true }\n"),
                        BuiltinTheme(name: "plain", text: "name = \"plain\"\n")]
        let (light, e1) = Theme.load(named: "light", searchPaths: [dir], builtins: builtins)
        #expect(e1.isEmpty)
        #expect(light[.selection] == Style(attributes: .reverse))
        let (broken, e2) = Theme.load(named: "broken", searchPaths: [dir])
        #expect(broken == .fallback)
        #expect(e2.count == 1 && e2[0].line == 2 && e2[0].file.hasSuffix("broken.toml"))
        let (missing, e3) = Theme.load(named: "solarized", searchPaths: [dir], builtins: builtins)
        #expect(missing == .fallback)
        #expect(e3[0].message == "no theme named \"solarized\" (available: broken, light, plain)")
        #expect(Theme.available(searchPaths: [dir], builtins: builtins) == ["broken", "light", "plain"])
        // A built-in no file overrides is read from its text.
        let (plain, e4) = Theme.load(named: "plain", searchPaths: [dir], builtins: builtins)
        #expect(e4.isEmpty && plain.name == "plain" && plain[.selection] == Theme.defaults[.selection])
        // TerminalUI has no built-in theme of its own.
        #expect(Theme.available(searchPaths: []) == [])
    }

    @Test func userThemeDirectoryFollowsXDG() {
        #expect(Theme.userThemeDirectory(app: "casedesk", environment: ["XDG_CONFIG_HOME": "/x", "HOME": "/h"])?.path == "/x/casedesk/themes")
        #expect(Theme.userThemeDirectory(app: "casedesk", environment: ["HOME": "/h"])?.path == "/h/.config/casedesk/themes")
        #expect(Theme.userThemeDirectory(app: "casedesk", environment: [:]) == nil)
    }
}
