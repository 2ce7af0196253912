import Testing
@testable import TerminalUI

@Suite struct SanitizerTests {
    @Test func plainTextIsUnchanged() {
        #expect(Sanitizer.visible("Operation Nightjar — 中文 ✓") == "Operation Nightjar — 中文 ✓")
    }

    @Test(arguments: [
        ("\u{1B}[31mred\u{1B}[0m", "␛[31mred␛[0m"),                 // CSI
        ("\u{1B}]0;owned\u{7}", "␛]0;owned␇"),                       // OSC ended by BEL
        ("\u{1B}]8;;http://x\u{1B}\\", "␛]8;;http://x␛\\"),          // OSC ended by ST
        ("\u{1B}P1$r\u{1B}\\", "␛P1$r␛\\"),                          // DCS
        ("a\u{0}b\u{7F}c", "a␀b␡c"),
        ("line1\nline2\r", "line1␊line2␍"),
        ("tab\there", "tab here"),
        ("\u{9B}31m", "<U+009B>31m"),                                // C1 CSI
        ("\u{85}", "<U+0085>"),
        ("abc\u{202E}fed", "abc<U+202E>fed"),                        // bidi override
        ("\u{2066}x\u{2069}", "<U+2066>x<U+2069>"),                  // isolates
        // Issue 13.9: invisible marks that hide or reorder text in names and ids.
        ("OCD\u{200B}-1", "OCD<U+200B>-1"),                           // zero width space
        ("ab\u{200D}c", "ab<U+200D>c"),                               // ZWJ between letters
        ("ab\u{200C}c", "ab<U+200C>c"),                               // ZWNJ between Latin letters
        ("\u{200E}x\u{200F}y\u{061C}", "<U+200E>x<U+200F>y<U+061C>"),  // LRM, RLM, ALM
        ("a\u{2060}b\u{FEFF}c\u{180E}d\u{AD}e", "a<U+2060>b<U+FEFF>c<U+180E>d<U+00AD>e"),
        ("\u{200D}", "<U+200D>"),
        ("👨\u{200D}👩\u{200D}👧", "👨\u{200D}👩\u{200D}👧"),          // an emoji family stays one picture
        ("\u{0645}\u{06CC}\u{200C}\u{062E}", "\u{0645}\u{06CC}\u{200C}\u{062E}"),  // Persian "mi-kh": ZWNJ is writing
        ("Rubén – “Ortega” …", "Rubén – “Ortega” …"),
    ])
    func controlsBecomeVisible(_ raw: String, _ shown: String) {
        #expect(Sanitizer.visible(raw) == shown)
    }

    @Test func cellsAndWidthsAgreeWithVisible() {
        #expect(!Sanitizer.isSafe(Character("\u{200B}")))
        #expect(Sanitizer.isSafe("👨\u{200D}👩"))
        #expect(!Sanitizer.isSafe("a\u{200D}"))
        #expect(TextWidth.of("a\u{200B}b") == TextWidth.of("a<U+200B>b"))
    }

    @Test func nothingBelowSpaceSurvives() {
        var all = ""
        for v in 0..<0x20 { all.unicodeScalars.append(Unicode.Scalar(UInt8(v))) }
        for v: UInt32 in 0x7F...0x9F { all.unicodeScalars.append(Unicode.Scalar(v)!) }
        let out = Sanitizer.visible(all)
        for s in out.unicodeScalars {
            #expect(s.value >= 0x20 && !(0x7F...0x9F).contains(s.value))
        }
    }
}
