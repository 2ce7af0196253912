import Testing
@testable import TerminalUI

@Suite struct KeySpecTests {
    @Test(arguments: [
        ("j", Key.char("j")), ("G", .char("G")), ("?", .char("?")), ("space", .char(" ")),
        ("enter", .enter), ("Enter", .enter), ("esc", .escape), ("tab", .tab),
        ("shift-tab", .backTab), ("S-Tab", .backTab), ("ctrl-r", .ctrl("r")), ("Ctrl-R", .ctrl("r")),
        ("C-u", .ctrl("u")), ("^d", .ctrl("d")), ("alt-x", .alt("x")), ("M-x", .alt("x")),
        ("up", .up), ("pgdn", .pageDown), ("PageUp", .pageUp), ("f5", .function(5)), ("F12", .function(12)),
        ("home", .home), ("end", .end), ("backspace", .backspace), ("del", .delete),
    ])
    func parsesNames(_ name: String, _ key: Key) {
        #expect(KeySpec.parse(name) == key)
    }

    @Test(arguments: ["", "ctrl-", "ctrl-1", "f0", "f99", "hyper-x", "enterr", "\u{7}"])
    func rejectsNonKeys(_ name: String) {
        #expect(KeySpec.parse(name) == nil)
    }

    @Test func describesKeysForHumans() {
        #expect(KeySpec(.ctrl("r")).description == "Ctrl-r")
        #expect(KeySpec(.enter).description == "Enter")
        #expect(KeySpec(.backTab).description == "Shift-Tab")
        #expect(KeySpec(.pageDown).description == "PgDn")
        #expect(KeySpec(.char(" ")).description == "Space")
        #expect(KeySpec(.function(5)).description == "F5")
    }

    @Test func nameRoundTrips() {
        let keys: [Key] = [.char("j"), .char(" "), .ctrl("a"), .alt("x"), .up, .pageUp, .pageDown, .backTab,
                           .enter, .escape, .tab, .backspace, .delete, .insert, .home, .end, .function(7)]
        for k in keys { #expect(KeySpec.parse(k.name) == k, "\(k.name)") }
    }
}
