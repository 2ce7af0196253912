import Testing
@testable import TerminalUI

@Suite struct FormAndDialogTests {
    func form() -> FormState {
        FormState([
            FormField("Title", value: "Operation Nightjar"),
            FormField("Opened", value: "2013-13-01", error: "month must be 01-12"),
            FormField("Lawyer", hint: "initials, e.g. JMB", placeholder: "none"),
        ], focus: 1)
    }

    @Test func formRendersLabelsInputsAndMessages() {
        let screen = render(Size(width: 40, height: 6)) { b in b.render(Form(state: form()), in: b.area, theme: .fallback) }
        expectScreen(screen, """
             Title: Operation Nightjar
            Opened▸ 2013-13-01
                    ✗ month must be 01-12
            Lawyer: none
                    initials, e.g. JMB
            """)
        #expect(screen[x: 8, y: 2].style == Theme.fallback[.error])
    }

    @Test func formScrollsToTheFocusedField() {
        var s = form()
        s.focus(2)
        let screen = render(Size(width: 30, height: 3)) { b in b.render(Form(state: s), in: b.area, theme: .fallback) }
        expectScreen(screen, """
            Lawyer▸ none
                    initials, e.g. JMB
            """)
        #expect(screen[x: 8, y: 0].style.attributes.contains(.reverse))
    }

    @Test func formKeysMoveFocusAndEdit() {
        var s = form()
        let tab = s.handle(.key(.tab))
        #expect(tab && s.focus == 2)
        let typed = s.handle(.key(.char("J")))
        let pasted = s.handle(.paste("MB"))
        #expect(typed && pasted && s.values[2] == "JMB")
        let back = s.handle(.key(.backTab))
        #expect(back && s.focus == 1)
        let enter = s.handle(.key(.enter))
        #expect(!enter)
        s.setErrors([0: "required"])
        #expect(s.fields[0].error == "required" && s.fields[1].error == nil)
    }

    @Test func confirmDialogAt40x10() {
        let d = Dialog(title: "Delete case", message: "Delete case C-0042 and its history? This cannot be undone.",
                       kind: .confirm, state: DialogState(selected: 1))
        let screen = render(Size(width: 40, height: 10)) { b in b.render(d, in: b.area, theme: .fallback) }
        expectScreen(screen, """

             ┏ Delete case ━━━━━━━━━━━━━━━━━━━━━━━┓
             ┃ Delete case C-0042 and its         ┃
             ┃ history? This cannot be undone.    ┃
             ┃                                    ┃
             ┃          [ Yes ]  ▶ No ◀           ┃
             ┃                                    ┃
             ┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛
            """)
    }

    @Test func dialogKeys() {
        let confirm = Dialog(title: "t", message: "m", kind: .confirm)
        var s = DialogState()
        #expect(s.handle(.right, for: confirm) == nil && s.selected == 1)
        #expect(s.handle(.enter, for: confirm) == .chosen(1))
        #expect(s.handle(.char("y"), for: confirm) == .chosen(0))
        #expect(s.handle(.escape, for: confirm) == .cancelled)
        let choice = Dialog(title: "Status", message: "Move to", kind: .choice(["Sent", "Acknowledged", "Executed"]))
        var c = DialogState()
        #expect(c.handle(.char("3"), for: choice) == .chosen(2))
        #expect(c.handle(.left, for: choice) == nil && c.selected == 2)
    }

    @Test func choiceDialogStacksButtonsWhenNarrow() {
        let d = Dialog(title: "Status", message: "Move request to:", kind: .choice(["Sent", "Acknowledged", "Executed"]))
        let screen = render(Size(width: 26, height: 9)) { b in b.render(d, in: b.area, theme: .fallback) }
        expectScreen(screen, """
             ┏ Status ━━━━━━━━━━━━━━┓
             ┃ Move request to:     ┃
             ┃                      ┃
             ┃ ▶ 1 Sent ◀           ┃
             ┃ [ 2 Acknowledged ]   ┃
             ┃ [ 3 Executed ]       ┃
             ┃                      ┃
             ┗━━━━━━━━━━━━━━━━━━━━━━┛
            """)
    }
}
