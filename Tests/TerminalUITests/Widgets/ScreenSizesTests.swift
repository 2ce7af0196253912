import Testing
@testable import TerminalUI

/// A whole screen built from the widgets (header, list and detail panes, footer), rendered
/// at the sizes a user may have: too small, 80x24, and 200x60.
@Suite struct ScreenSizesTests {
    enum Command: Hashable, Sendable { case down, open, filter, next, quit }
    static let keys = KeyMap<Command>([
        KeyBinding([.char("j"), .down], .down, help: "down"),
        KeyBinding([.enter], .open, help: "open"),
        KeyBinding([.char("/")], .filter, help: "filter"),
        KeyBinding([.tab], .next, help: "pane"),
        KeyBinding([.char("q")], .quit, help: "quit"),
    ])
    static let rows: [[String]] = [
        ["C-0001", "Operation Nightjar", "drugs", "OCU", "investigation", "3"],
        ["C-0002", "Kestrel — 日本 ring", "fraud", "FRAUD", "charged", "12"],
        ["C-0003", "Tern \u{1B}[31m(bad data)", "cyber", "CYBER", "trial", "1"],
    ]
    static let columns = [
        TableColumn("ID", minWidth: 6, maxWidth: 8, priority: 10),
        TableColumn("Title", minWidth: 12, maxWidth: 40, priority: 9),
        TableColumn("Crime", minWidth: 6, maxWidth: 12, priority: 4),
        TableColumn("Unit", minWidth: 5, maxWidth: 8, priority: 3),
        TableColumn("Status", minWidth: 8, maxWidth: 14, priority: 6),
        TableColumn("Defs", minWidth: 4, maxWidth: 4, priority: 5, alignment: .right),
    ]
    static let needed = Size(width: 40, height: 8)

    static func screen(_ size: Size) -> Buffer {
        var b = Buffer(size: size)
        let theme = Theme.fallback
        guard size.fits(needed) else {
            b.render(TooSmall(needed: needed), in: b.area, theme: theme)
            return b
        }
        let (header, rest) = b.area.cutTop(1)
        let (body, footer) = rest.cutBottom(1)
        b.fill(header, style: theme[.header])
        b.put(" CaseDesk  store: demo", x: 0, y: 0, style: theme[.header])
        let panes = size.width >= 100 ? body.splitHorizontally([.fill(3, min: 40), .fill(2, min: 30)]) : [body]
        let list = Block(title: "Cases", titleRight: "2 of 3", focused: true)
        b.render(list, in: panes[0], theme: theme)
        let state = TableState(selected: 1, sortColumn: 0)
        b.render(Table(columns: columns, rowCount: rows.count, state: state) { TableRow(rows[$0]) }, in: list.inner(panes[0]), theme: theme)
        if panes.count > 1 {
            let detail = Block(title: "C-0002 Kestrel")
            b.render(detail, in: panes[1], theme: theme)
            b.render(TextView([
                TextView.Paragraph("Kestrel — 日本 ring", role: .title),
                TextView.Paragraph("Fraud ring laundering proceeds through import companies; requests to Japan and Spain pending.", indent: 2),
            ]), in: detail.inner(panes[1]), theme: theme)
        }
        b.render(Footer(keyMap: keys, status: "sorted by ID"), in: footer, theme: theme)
        return b
    }

    @Test func tooSmallAt20x5() {
        expectScreen(ScreenSizesTests.screen(Size(width: 20, height: 5)), """

             terminal too small
                (need 40x8)
                  now 20x5
            """)
    }

    @Test func at80x24() {
        expectScreen(ScreenSizesTests.screen(Size(width: 80, height: 24)), """
             CaseDesk  store: demo
            ┏ Cases ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━ 2 of 3 ━┓
            ┃  ID ▲     Title                     Crime        Unit     Status         Defs┃
            ┃  C-0001   Operation Nightjar        drugs        OCU      investigation     3┃
            ┃▶ C-0002   Kestrel — 日本 ring       fraud        FRAUD    charged          12┃
            ┃  C-0003   Tern ␛[31m(bad data)      cyber        CYBER    trial             1┃
            ┃                                                                              ┃
            ┃                                                                              ┃
            ┃                                                                              ┃
            ┃                                                                              ┃
            ┃                                                                              ┃
            ┃                                                                              ┃
            ┃                                                                              ┃
            ┃                                                                              ┃
            ┃                                                                              ┃
            ┃                                                                              ┃
            ┃                                                                              ┃
            ┃                                                                              ┃
            ┃                                                                              ┃
            ┃                                                                              ┃
            ┃                                                                              ┃
            ┃                                                                              ┃
            ┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛
             j/↓ down  Enter open  / filter  Tab pane  q quit                  sorted by ID
            """)
    }

    @Test func at200x60() {
        expectScreen(ScreenSizesTests.screen(Size(width: 200, height: 60)), """
             CaseDesk  store: demo
            ┏ Cases ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━ 2 of 3 ━┓┌ C-0002 Kestrel ──────────────────────────────────────────────────────────────┐
            ┃  ID ▲     Title                                    Crime        Unit     Status         Defs                         ┃│Kestrel — 日本 ring                                                           │
            ┃  C-0001   Operation Nightjar                       drugs        OCU      investigation     3                         ┃│  Fraud ring laundering proceeds through import companies; requests to Japan  │
            ┃▶ C-0002   Kestrel — 日本 ring                      fraud        FRAUD    charged          12                         ┃│  and Spain pending.                                                          │
            ┃  C-0003   Tern ␛[31m(bad data)                     cyber        CYBER    trial             1                         ┃│                                                                              │
            ┃                                                                                                                      ┃│                                                                              │
            ┃                                                                                                                      ┃│                                                                              │
            ┃                                                                                                                      ┃│                                                                              │
            ┃                                                                                                                      ┃│                                                                              │
            ┃                                                                                                                      ┃│                                                                              │
            ┃                                                                                                                      ┃│                                                                              │
            ┃                                                                                                                      ┃│                                                                              │
            ┃                                                                                                                      ┃│                                                                              │
            ┃                                                                                                                      ┃│                                                                              │
            ┃                                                                                                                      ┃│                                                                              │
            ┃                                                                                                                      ┃│                                                                              │
            ┃                                                                                                                      ┃│                                                                              │
            ┃                                                                                                                      ┃│                                                                              │
            ┃                                                                                                                      ┃│                                                                              │
            ┃                                                                                                                      ┃│                                                                              │
            ┃                                                                                                                      ┃│                                                                              │
            ┃                                                                                                                      ┃│                                                                              │
            ┃                                                                                                                      ┃│                                                                              │
            ┃                                                                                                                      ┃│                                                                              │
            ┃                                                                                                                      ┃│                                                                              │
            ┃                                                                                                                      ┃│                                                                              │
            ┃                                                                                                                      ┃│                                                                              │
            ┃                                                                                                                      ┃│                                                                              │
            ┃                                                                                                                      ┃│                                                                              │
            ┃                                                                                                                      ┃│                                                                              │
            ┃                                                                                                                      ┃│                                                                              │
            ┃                                                                                                                      ┃│                                                                              │
            ┃                                                                                                                      ┃│                                                                              │
            ┃                                                                                                                      ┃│                                                                              │
            ┃                                                                                                                      ┃│                                                                              │
            ┃                                                                                                                      ┃│                                                                              │
            ┃                                                                                                                      ┃│                                                                              │
            ┃                                                                                                                      ┃│                                                                              │
            ┃                                                                                                                      ┃│                                                                              │
            ┃                                                                                                                      ┃│                                                                              │
            ┃                                                                                                                      ┃│                                                                              │
            ┃                                                                                                                      ┃│                                                                              │
            ┃                                                                                                                      ┃│                                                                              │
            ┃                                                                                                                      ┃│                                                                              │
            ┃                                                                                                                      ┃│                                                                              │
            ┃                                                                                                                      ┃│                                                                              │
            ┃                                                                                                                      ┃│                                                                              │
            ┃                                                                                                                      ┃│                                                                              │
            ┃                                                                                                                      ┃│                                                                              │
            ┃                                                                                                                      ┃│                                                                              │
            ┃                                                                                                                      ┃│                                                                              │
            ┃                                                                                                                      ┃│                                                                              │
            ┃                                                                                                                      ┃│                                                                              │
            ┃                                                                                                                      ┃│                                                                              │
            ┃                                                                                                                      ┃│                                                                              │
            ┃                                                                                                                      ┃│                                                                              │
            ┃                                                                                                                      ┃│                                                                              │
            ┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛└──────────────────────────────────────────────────────────────────────────────┘
             j/↓ down  Enter open  / filter  Tab pane  q quit                                                                                                                                          sorted by ID
            """)
    }
}
