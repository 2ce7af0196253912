import Testing
@testable import TerminalUI

@Suite struct KeyMapTests {
    enum Command: Hashable, Sendable { case down, up, open, quit }

    let map = KeyMap<Command>([
        KeyBinding([.char("j"), .down], .down, help: "down", group: "Move"),
        KeyBinding([.char("k"), .up], .up, help: "up", group: "Move"),
        KeyBinding(keys: ["enter", "l"], .open, help: "open"),
        KeyBinding(keys: ["q"], .quit, help: "quit", inFooter: false),
    ])

    @Test func dispatchesKeys() {
        #expect(map.command(for: .char("j")) == .down)
        #expect(map.command(for: .down) == .down)
        #expect(map.command(for: .enter) == .open)
        #expect(map.command(for: .char("x")) == nil)
        #expect(map.keys(for: .open) == [.enter, .char("l")])
        #expect(map.footerBindings.map(\.command) == [.down, .up, .open])
        #expect(map.bindings[0].keysDescription == "j/Down")
    }

    @Test func configOverrideMovesKeys() {
        let m = map.overridden(by: ["open": [.char("o"), .char("j")]])
        #expect(m.command(for: .char("o")) == .open)
        #expect(m.command(for: .char("j")) == .open)      // taken from "down"
        #expect(m.command(for: .down) == .down)
        #expect(m.command(for: .enter) == nil)
        #expect(m.bindings.map(\.help) == map.bindings.map(\.help))
    }

    @Test func configOverrideByNamesReportsProblems() {
        let (m, problems) = map.overridden(byNames: ["quit": ["ctrl-q", "bogus-key"], "fly": ["f"]], source: "keys.toml")
        #expect(m.command(for: .ctrl("q")) == .quit)
        #expect(problems.count == 2)
        #expect(problems.contains { $0.contains("keys.toml") && $0.contains("\"fly\"") })
        #expect(problems.contains { $0.contains("\"bogus-key\"") })
    }
}
