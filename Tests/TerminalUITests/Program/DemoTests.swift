import Testing
@testable import TerminalUI

/// The demo driven by keys through the program loop on the test backend, as a user would.
@Suite struct DemoTests {
    func drive(_ events: [InputEvent], size: Size = Size(width: 60, height: 14)) -> (TerminalUIDemo.Model, TestBackend) {
        let backend = TestBackend(size: size, events: events)
        var initial = TerminalUIDemo.Model()
        initial.size = size
        let final = Terminal.run(backend: backend, initial: initial, update: TerminalUIDemo.update,
                                 view: { TerminalUIDemo.view($0, $1, theme: .fallback) })
        return (final, backend)
    }

    @Test func tableTabMovesAndTheDialogQuits() {
        let (m, backend) = drive([.key(.char("2")), .key(.char("j")), .key(.char("j")), .key(.char("d")), .key(.left), .key(.enter)])
        #expect(m.tab == 1 && m.table.selected == 2)
        expectScreen(backend.buffer, """
             TerminalUI demo  60x14
             Events │▸Table │ Form │ Charts
            ┏ Requests ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━ 3 of 100000 ━┓
            ┃  ID         Title                   Country          Days┃
            ┃  R-10000    Requ┏ Quit ━━━━━━━━━━━━━━━━┓ña              0┃
            ┃  R-10001    Requ┃ Leave the demo?      ┃schland         1┃
            ┃▶ R-10002    Requ┃                      ┃                2┃
            ┃  R-10003    Requ┃   ▶ Yes ◀  [ No ]    ┃δα              3┃
            ┃  R-10004    Requ┃                      ┃iye             4┃
            ┃  R-10005    Requ┗━━━━━━━━━━━━━━━━━━━━━━┛ия              5┃
            ┃  R-10006    Request 6 for bank rec… España              6┃
            ┃  R-10007    Request 7 for bank rec… Deutschland         7┃
            ┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛
             1-4 tabs  j/k move  d dialog  q quit      key Left  (left)
            """)
    }

    @Test func formTabTypesAndTooSmallShows() {
        let (m, _) = drive([.key(.char("3")), .key(.tab), .paste("2024-01-02"), .key(.char("q")), .key(.escape), .key(.char("q"))])
        #expect(m.form.values == ["C-0042", "2024-01-02q", ""])
        #expect(m.tab == 0)
        let (_, small) = drive([.key(.char("q"))], size: Size(width: 20, height: 5))
        expectScreen(small.buffer, """

             terminal too small
                (need 40x10)
                  now 20x5
            """)
    }
}
