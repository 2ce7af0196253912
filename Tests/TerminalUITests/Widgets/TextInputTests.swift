import Testing
@testable import TerminalUI

@Suite struct TextInputTests {
    func typed(_ keys: [Key], start: TextInputState = TextInputState()) -> TextInputState {
        var s = start
        for k in keys { s.edit(key: k) }
        return s
    }

    @Test func typingAndMoving() {
        let s = typed([.char("a"), .char("c"), .left, .char("b"), .end, .char("d")])
        #expect(s.text == "abcd" && s.cursor == 4)
        let h = typed([.home, .char("x"), .ctrl("e"), .char("y"), .ctrl("a"), .right, .char("-")], start: TextInputState("mid"))
        #expect(h.text == "x-midy" && h.cursor == 2)
    }

    @Test func deletingKeys() {
        let base = TextInputState("hello big world", cursor: 9)   // after "hello big"
        #expect(typed([.backspace], start: base).text == "hello bi world")
        #expect(typed([.delete], start: base).text == "hello bigworld")
        #expect(typed([.ctrl("k")], start: base).text == "hello big")
        let u = typed([.ctrl("u")], start: base)
        #expect(u.text == " world" && u.cursor == 0)
        let w = typed([.ctrl("w")], start: base)
        #expect(w.text == "hello  world" && w.cursor == 6)
        #expect(typed([.ctrl("w"), .ctrl("w")], start: base).text == " world")
        #expect(typed([.backspace], start: TextInputState("", cursor: 0)).text == "")
        #expect(typed([.delete], start: TextInputState("ab")).text == "ab")
    }

    @Test func nonEditingKeysAreLeftToTheCaller() {
        var s = TextInputState("x")
        let results = [s.edit(key: .enter), s.edit(key: .escape), s.edit(key: .tab), s.edit(key: .char("y"))]
        #expect(results == [false, false, false, true])
        #expect(s.text == "xy")
    }

    @Test func pasteAndWideText() {
        var s = TextInputState("日本")
        s.insert("a\nb")
        #expect(s.text == "日本a b" && s.cursor == 5)
        s.edit(key: .home)
        s.edit(key: .delete)
        #expect(s.text == "本a b")
    }

    @Test func rendersCursorAndScrollsSideways() {
        let short = render(Size(width: 12, height: 1)) { b in
            b.render(TextInput(state: TextInputState("filter", cursor: 2)), in: b.area, theme: .fallback)
        }
        expectScreen(short, "filter")
        #expect(short[x: 2, y: 0].style.attributes.contains(.reverse))
        #expect(!short[x: 1, y: 0].style.attributes.contains(.reverse))
        let long = render(Size(width: 8, height: 1)) { b in
            b.render(TextInput(state: TextInputState("Operation Nightjar")), in: b.area, theme: .fallback)
        }
        expectScreen(long, "ightjar")
        #expect(long[x: 7, y: 0].style.attributes.contains(.reverse))
        let empty = render(Size(width: 12, height: 1)) { b in
            b.render(TextInput(state: TextInputState(), focused: false, placeholder: "type to filter"), in: b.area, theme: .fallback)
        }
        expectScreen(empty, "type to filt")
    }
}
