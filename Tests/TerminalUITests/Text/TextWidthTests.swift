import Testing
@testable import TerminalUI

@Suite struct TextWidthTests {
    @Test(arguments: [
        ("a", 1), ("Z", 1), (" ", 1), ("é", 1), ("e\u{301}", 1), ("\u{301}", 0),
        ("中", 2), ("ｱ", 1), ("Ａ", 2), ("한", 2), ("\u{1100}\u{1161}\u{11A8}", 2),
        ("😀", 2), ("👍🏽", 2), ("👨‍👩‍👧", 2), ("🇫🇷", 2), ("❤", 1), ("❤️", 2), ("⌚", 2), ("⌚︎", 1),
        ("\u{200B}", 8) /* shown as <U+200B>: it could hide text */, ("─", 1), ("…", 1), ("🧑‍💻", 2), ("🫠", 2),
    ])
    func characterWidth(_ text: String, _ width: Int) {
        #expect(TextWidth.of(text) == width, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
    }

    @Test func stringWidthAddsClusters() {
        #expect(TextWidth.of("") == 0)
        #expect(TextWidth.of("abc") == 3)
        #expect(TextWidth.of("日本語テキスト") == 14)
        #expect(TextWidth.of("Café 👨‍👩‍👧 中") == 10)
        #expect(TextWidth.of("🇩🇪🇫🇷") == 4)
    }

    @Test func controlCharactersCountAsTheirVisibleSymbol() {
        #expect(TextWidth.of("a\u{1B}[31mb") == 7)   // a ␛ [ 3 1 m b
        #expect(TextWidth.of("\u{9B}") == 8)          // <U+009B>
        #expect(TextWidth.of(Character("\u{7}")) == 1)
        #expect(TextWidth.of("a\tb") == 3)
    }

    @Test func tablesAreSortedAndDisjoint() {
        for table in [WidthTables.wide, WidthTables.zero] {
            for (a, b) in zip(table, table.dropFirst()) { #expect(a.upperBound < b.lowerBound) }
        }
    }
}
