import Testing
@testable import TerminalUI

@Suite struct TextLayoutTests {
    @Test func truncateKeepsShortTextAndCutsLongText() {
        #expect(TextLayout.truncate("hello", to: 5) == "hello")
        #expect(TextLayout.truncate("hello world", to: 5) == "hell…")
        #expect(TextLayout.truncate("hello", to: 0) == "")
        #expect(TextLayout.truncate("hello", to: 1) == "…")
        #expect(TextLayout.truncate("hello", to: 3, ellipsis: "...") == "...")
        #expect(TextLayout.truncate("hello", to: 2, ellipsis: "...") == "he")
    }

    @Test func truncateNeverCutsAWideCharacter() {
        // 日本語 is 6 columns; 4 columns leave 3 for text: only one wide char fits.
        let t = TextLayout.truncate("日本語", to: 4)
        #expect(t == "日…")
        #expect(TextWidth.of(t) == 3)
        #expect(TextLayout.truncate("a日本", to: 4) == "a日…")
    }

    @Test func truncateShowsControlsVisibly() {
        #expect(TextLayout.truncate("\u{1B}[2Jboom", to: 4) == "␛[2…")
    }

    @Test func padAlignsToExactWidth() {
        #expect(TextLayout.pad("ab", to: 5) == "ab   ")
        #expect(TextLayout.pad("ab", to: 5, align: .right) == "   ab")
        #expect(TextLayout.pad("ab", to: 5, align: .center) == " ab  ")
        #expect(TextLayout.pad("abcdef", to: 4) == "abc…")
        #expect(TextLayout.pad("日本語", to: 4) == "日… ")
        #expect(TextWidth.of(TextLayout.pad("日本語", to: 5, align: .right)) == 5)
    }

    @Test func wrapBreaksAtSpaces() {
        #expect(TextLayout.wrap("the quick brown fox jumps", width: 10) == ["the quick", "brown fox", "jumps"])
        #expect(TextLayout.wrap("a  b", width: 10) == ["a b"])
        #expect(TextLayout.wrap("", width: 10) == [""])
        #expect(TextLayout.wrap("abc", width: 0) == [])
    }

    @Test func wrapKeepsLineBreaksAndIndentation() {
        #expect(TextLayout.wrap("one\n\n  two three\r\nfour", width: 8) == ["one", "", "  two", "three", "four"])
    }

    @Test func wrapBreaksLongWords() {
        #expect(TextLayout.wrap("abcdefghij kl", width: 4) == ["abcd", "efgh", "ij", "kl"])
        #expect(TextLayout.wrap("日本語テキスト", width: 5) == ["日本", "語テ", "キス", "ト"])
    }

    @Test func wrappedLinesNeverExceedWidth() {
        let text = "Mutual legal assistance request to 🇩🇪 Germany for bank records — 請求書 pending since 2013-04-01."
        for width in 1...30 {
            for line in TextLayout.wrap(text, width: width) where width >= 2 {
                #expect(TextWidth.of(line) <= width, "width \(width): \(line)")
            }
        }
    }

    @Test func sliceCutsByColumns() {
        #expect(TextLayout.slice("abcdef", fromColumn: 2, width: 3) == "cde")
        #expect(TextLayout.slice("日本語", fromColumn: 1, width: 4) == " 本 ")
    }
}
