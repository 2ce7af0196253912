import Testing
@testable import TerminalUI

@Suite struct ThemeTests {
    @Test func everyRoleHasADefault() {
        for role in Role.all { #expect(Theme.defaults[role] != nil, "\(role)") }
    }

    @Test func partialThemeFallsBackPerRole() {
        var t = Theme(name: "partial", styles: [.selection: Style(attributes: .reverse)])
        #expect(t[.selection] == Style(attributes: .reverse))
        #expect(t[.error] == Theme.defaults[.error])
        #expect(t["no-such-role"] == .plain)
        t[.error] = Style(fg: .red)
        #expect(t[.error] == Style(fg: .red))
    }

    @Test func meaningDoesNotRestOnColourAlone() {
        // Without colour, these roles must still differ from plain text (the application's own
        // roles, overdue, toChase and marking, are checked where they are defined: AppRolesTests).
        for role in [Role.selection, .focus, .borderFocused, .warning, .error, .header, .tabActive] {
            #expect(ColorDepth.monochrome.degrade(Theme.fallback[role]) != .plain, "\(role)")
        }
    }
}
