import Testing
@testable import TerminalUI

@Suite struct BufferTests {
    @Test func putDrawsTextAndReturnsColumns() {
        var b = Buffer(size: Size(width: 10, height: 2))
        #expect(b.put("hello", x: 1, y: 0) == 5)
        #expect(b.put("日本", x: 0, y: 1) == 4)
        expectScreen(b, """
             hello
            日本
            """)
        #expect(b[x: 0, y: 1].width == 2)
        #expect(b[x: 1, y: 1].isContinuation)
    }

    @Test func putClipsAndNeverHalfDrawsAWideCharacter() {
        var b = Buffer(size: Size(width: 5, height: 1))
        #expect(b.put("ab日本", x: 0, y: 0) == 4)
        #expect(b.lines() == ["ab日 "])
        var c = Buffer(size: Size(width: 10, height: 1))
        #expect(c.put("a日本", x: 0, y: 0, maxWidth: 4) == 3)
        #expect(c.lines() == ["a日       "])
    }

    @Test func putSanitisesEverything() {
        var b = Buffer(size: Size(width: 12, height: 1))
        b.put("\u{1B}[2J\u{7}x", x: 0, y: 0)
        #expect(b.lines() == ["␛[2J␇x      "])
        b[x: 0, y: 0] = Cell("\u{1B}")
        #expect(b[x: 0, y: 0].grapheme == "␛")
    }

    @Test func combiningMarksJoinTheirCell() {
        var b = Buffer(size: Size(width: 4, height: 1))
        #expect(b.put("e\u{301}x", x: 0, y: 0) == 2)
        #expect(b[x: 0, y: 0].grapheme == "e\u{301}")
        #expect(b[x: 1, y: 0].grapheme == "x")
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var b = Buffer(size: Size(width: 4, height: 1))
        b.put("日本", x: 0, y: 0)
        b.put("x", x: 1, y: 0)   // lands on the second column of 日
        #expect(b.lines() == [" x本"])
        b.put("y", x: 2, y: 0)   // lands on the first column of 本
        #expect(b.lines() == [" xy "])
        #expect(!b[x: 3, y: 0].isContinuation)
    }

    @Test func outOfRangeIsIgnored() {
        var b = Buffer(size: Size(width: 3, height: 1))
        #expect(b.put("abc", x: 0, y: 5) == 0)
        #expect(b.put("abc", x: -1, y: 0) == 3)
        #expect(b.lines() == ["bc "])
        b[x: 9, y: 9] = Cell("z")
        #expect(b[x: 9, y: 9] == .blank)
    }

    @Test func fillAndSetStyle() {
        var b = Buffer(size: Size(width: 4, height: 2))
        b.put("ab", x: 0, y: 0, style: Style(fg: .red))
        b.fill(Rect(x: 0, y: 1, width: 4, height: 1), with: Cell("-"))
        b.setStyle(Style(bg: .blue, attributes: .bold), in: Rect(x: 0, y: 0, width: 4, height: 1))
        expectScreen(b, """
            ab
            ----
            """)
        #expect(b[x: 0, y: 0].style == Style(fg: .red, bg: .blue, attributes: .bold))
        #expect(b[x: 3, y: 0].style == Style(bg: .blue, attributes: .bold))
    }

    @Test func textTrimsTrailingSpaces() {
        var b = Buffer(size: Size(width: 6, height: 2))
        b.put("a", x: 0, y: 0)
        #expect(b.text() == "a\n")
        #expect(b.lines() == ["a     ", "      "])
    }

    @Test func negativeSizesClampToZero() {
        let b = Buffer(size: Size(width: -3, height: 2))
        #expect(b.size == Size(width: 0, height: 2))
        #expect(b.cells.isEmpty)
    }
}

@Suite struct BufferFittedTests {
    @Test(arguments: [
        ("hello", 8, Alignment.left), ("hello world", 8, .left), ("日本語テキスト", 8, .left), ("日本語テキスト", 7, .left),
        ("a日本語", 4, .left), ("\u{1B}[31mred", 6, .left), ("e\u{301}tude", 3, .left), ("42", 6, .right),
        ("日本", 5, .center), ("", 3, .left), ("abc", 3, .left), ("abcd", 3, .left),
    ])
    func matchesPutOfPad(_ text: String, _ width: Int, _ align: Alignment) {
        var a = Buffer(size: Size(width: 12, height: 1), filling: Cell("x"))
        var b = a
        a.putFitted(text, x: 1, y: 0, width: width, align: align, style: Style(fg: .red))
        b.put(TextLayout.pad(text, to: width, align: align), x: 1, y: 0, style: Style(fg: .red))
        #expect(a == b, "\(a.lines()) vs \(b.lines())")
    }
}
