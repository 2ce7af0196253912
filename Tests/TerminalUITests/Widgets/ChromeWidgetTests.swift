import Testing
@testable import TerminalUI

/// Block, Tabs, Footer and TooSmall: the frame around every screen.
@Suite struct ChromeWidgetTests {
    @Test func blockShowsFocusByItsBorder() {
        let screen = render(Size(width: 30, height: 4)) { b in
            let panes = b.area.splitHorizontally([.fill(), .fill()])
            b.render(Block(title: "Cases", titleRight: "3 of 9", focused: true), in: panes[0], theme: .fallback)
            b.render(Block(title: "Detail"), in: panes[1], theme: .fallback)
        }
        expectScreen(screen, """
            ┏ Cases ━━━━━━┓┌ Detail ─────┐
            ┃             ┃│             │
            ┃             ┃│             │
            ┗━━━━━━━━━━━━━┛└─────────────┘
            """)
        #expect(Block().inner(Rect(x: 0, y: 0, width: 15, height: 4)) == Rect(x: 1, y: 1, width: 13, height: 2))
    }

    @Test func blockTitleRightAndTruncation() {
        let screen = render(Size(width: 24, height: 2)) { b in
            b.render(Block(title: "A very long pane title", titleRight: "12 of 340", focused: false), in: b.area, theme: .fallback)
        }
        expectScreen(screen, """
            ┌ A very… ─ 12 of 340 ─┐
            └──────────────────────┘
            """)
    }

    @Test func tabsMarkTheActiveOne() {
        let titles = ["Overview", "Defendants", "Hearings", "Requests", "Notes", "History"]
        let wide = render(Size(width: 70, height: 1)) { b in b.render(Tabs(titles, selected: 1), in: b.area, theme: .fallback) }
        expectScreen(wide, " Overview │▸Defendants │ Hearings │ Requests │ Notes │ History")
        let narrow = render(Size(width: 20, height: 1)) { b in b.render(Tabs(titles, selected: 5), in: b.area, theme: .fallback) }
        expectScreen(narrow, " Notes │▸History")
        #expect(wide[x: 12, y: 0].style == Theme.fallback[.tabActive])
    }

    @Test func footerShowsHintsFromTheKeyMapThatFit() {
        enum C: Hashable, Sendable { case down, open, filter, help, quit }
        let map = KeyMap<C>([
            KeyBinding([.char("j"), .down], .down, help: "down"),
            KeyBinding([.enter], .open, help: "open"),
            KeyBinding([.char("/")], .filter, help: "filter"),
            KeyBinding([.char("?")], .help, help: "help"),
            KeyBinding([.char("q")], .quit, help: "quit", inFooter: false),
        ])
        let wide = render(Size(width: 60, height: 1)) { b in b.render(Footer(keyMap: map, status: "12 of 340"), in: b.area, theme: .fallback) }
        expectScreen(wide, " j/↓ down  Enter open  / filter  ? help           12 of 340")
        let narrow = render(Size(width: 20, height: 1)) { b in b.render(Footer(keyMap: map), in: b.area, theme: .fallback) }
        expectScreen(narrow, " j/↓ down")
        #expect(wide[x: 1, y: 0].style == Theme.fallback[.keyHint])
    }

    @Test(arguments: [(20, 5), (60, 10), (10, 2)])
    func tooSmallSaysWhatIsNeeded(width: Int, height: Int) {
        let screen = render(Size(width: width, height: height)) { b in
            b.render(TooSmall(needed: Size(width: 60, height: 16)), in: b.area, theme: .fallback)
        }
        let text = screen.text()
        #expect(text.replacingOccurrences(of: "\n", with: " ").contains("need") || width < 12)
        if width == 20 {
            expectScreen(screen, """

                 terminal too small
                    (need 60x16)
                      now 20x5
                """)
        }
    }
}

extension String {
    func replacingOccurrences(of a: String, with b: String) -> String {
        split(separator: Character(a), omittingEmptySubsequences: false).joined(separator: b)
    }
}
