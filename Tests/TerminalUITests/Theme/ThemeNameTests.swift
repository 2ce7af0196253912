import Foundation
import Testing
@testable import TerminalUI

/// Issue 13.8: a theme is a name looked up in the theme directories, never a path; a file
/// anywhere else is loaded only when given explicitly (`Theme.load(file:)`, `--theme-file`).
@Suite struct ThemeNameTests {
    func tree() throws -> (root: URL, themes: URL) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("theme-names-\(UUID().uuidString)")
        let themes = root.appendingPathComponent("config/casedesk/themes")
        try FileManager.default.createDirectory(at: themes, withIntermediateDirectories: true)
        // A theme outside the directory that would load cleanly if a path were followed.
        try "name = \"evil\"\n[roles]\nselection = { reverse = true }\n"
            .write(to: root.appendingPathComponent("evil.toml"), atomically: true, encoding: .utf8)
        return (root, themes)
    }

    @Test(arguments: ["../../../evil", "../../../evil.toml", "/tmp/evil", "a/b", "..", ".", ".hidden", "", "x\u{1B}]0;t\u{7}",
                      String(repeating: "a", count: 65)])
    func aNameThatIsAPathIsRefused(_ name: String) throws {
        let (root, themes) = try tree()
        defer { try? FileManager.default.removeItem(at: root) }
        let (theme, errors) = Theme.load(named: name, searchPaths: [themes])
        #expect(theme == .fallback)
        #expect(errors.count == 1)
        #expect(errors.first?.message.contains("not a theme name") == true, "\(errors)")
        #expect(!Theme.isValidName(name))
    }

    @Test(arguments: ["default", "high-contrast", "my_theme.2", "light.toml"])
    func ordinaryNamesAreNames(_ name: String) {
        #expect(Theme.isValidName(name))
        let (_, errors) = Theme.load(named: name, searchPaths: [])
        #expect(errors.isEmpty || errors[0].message.contains("no theme named"))
    }

    @Test func anExplicitFileLoads() throws {
        let (root, _) = try tree()
        defer { try? FileManager.default.removeItem(at: root) }
        let (theme, errors) = Theme.load(file: root.appendingPathComponent("evil.toml"))
        #expect(errors.isEmpty)
        #expect(theme.name == "evil")
        #expect(theme[.selection] == Style(attributes: .reverse))
        let (missing, e2) = Theme.load(file: root.appendingPathComponent("nope.toml"))
        #expect(missing == .fallback)
        #expect(e2.first?.message.contains("cannot read") == true, "\(e2)")
    }
}
