import Testing
@testable import TerminalUI

/// The width tables come from scripts/width-tables.py. They must speak the Unicode version of
/// the Swift standard library the app is built with (its grapheme breaking decides what a
/// `Character` is), so they are checked here against the stdlib's own scalar properties.
@Suite struct WidthTableTests {
    /// The old generator counted every unassigned code point as wide (Python 3.11's
    /// `unicodedata` answers "F" for them): U+0378 and U+11F11 measured 2.
    @Test(arguments: [0x0378, 0x11F11, 0x2FFFE, 0xE0080, 0x10FFFF] as [UInt32])
    func unassignedCodePointsAreOneColumn(_ v: UInt32) {
        let scalar = Unicode.Scalar(v)!
        #expect(scalar.properties.generalCategory == .unassigned)
        #expect(TextWidth.scalarWidth(v) == 1, "U+\(String(v, radix: 16, uppercase: true))")
    }

    /// U+11F00 was unassigned in Unicode 14 (and measured 2); since Unicode 15 it is KAWI SIGN
    /// CANDRABINDU, a combining mark, which the stdlib knows.
    @Test func kawiSignIsACombiningMark() {
        #expect(Unicode.Scalar(0x11F00)!.properties.generalCategory == .nonspacingMark)
        #expect(TextWidth.scalarWidth(0x11F00) == 0)
        #expect(TextWidth.of("\u{11F04}\u{11F00}") == 1)   // KAWI LETTER A with the sign: one column
    }

    @Test(arguments: [
        ("中", 2), ("\u{3400}", 2), ("\u{20000}", 2), ("\u{31350}", 2) /* CJK Ext H, Unicode 15 */,
        ("\u{3FFFD}", 2) /* unassigned in plane 3: the UCD's default is wide */,
        ("e\u{301}", 1), ("\u{301}", 0), ("\u{20DD}", 0), ("a\u{E0100}", 1),
        ("🫩", 2) /* U+1FAE9, Unicode 16 */, ("⌚", 2), ("😀", 2), ("\u{1F900}", 1) /* a symbol, not an emoji */,
    ])
    func widths(_ text: String, _ width: Int) {
        #expect(TextWidth.of(text) == width, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
    }

    /// Zero width is exactly the stdlib's Mn, Me and Cf (less the prepended concatenation marks
    /// such as U+0600, which are drawn; plus the Hangul jamo tails); every
    /// emoji-presentation scalar but the regional indicators (paired into flags) is wide; an
    /// unassigned code point is narrow unless the UCD defaults it to wide (the CJK blocks and
    /// planes 2 and 3).
    @Test func tablesAgreeWithTheStandardLibrary() {
        let zeroCategories: Set<Unicode.GeneralCategory> = [.nonspacingMark, .enclosingMark, .format]
        let jamoTails: [ClosedRange<UInt32>] = [0x1160...0x11FF, 0xD7B0...0xD7FF]
        let prependedMarks: [ClosedRange<UInt32>] = [0x0600...0x0605, 0x06DD...0x06DD, 0x070F...0x070F, 0x0890...0x0891,
                                                     0x08E2...0x08E2, 0x110BD...0x110BD, 0x110CD...0x110CD]
        let defaultWide: [ClosedRange<UInt32>] = [0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF,
                                                  0x20000...0x2FFFD, 0x30000...0x3FFFD]
        var wrong: [String] = []
        for v in UInt32(0x300)...0x10FFFF {
            guard let s = Unicode.Scalar(v), wrong.count < 10 else { continue }
            let p = s.properties
            let zero = TextWidth.contains(WidthTables.zero, v)
            let isZero = (zeroCategories.contains(p.generalCategory) && !prependedMarks.contains { $0.contains(v) })
                || jamoTails.contains { $0.contains(v) }
            if zero != isZero { wrong.append("U+\(String(v, radix: 16)) zero=\(zero) category=\(p.generalCategory)") }
            if p.isEmojiPresentation, !(0x1F1E6...0x1F1FF).contains(v), TextWidth.scalarWidth(v) != 2 {
                wrong.append("U+\(String(v, radix: 16)) is an emoji presentation but not wide")
            }
            if p.generalCategory == .unassigned, !isZero, !defaultWide.contains(where: { $0.contains(v) }),
               TextWidth.scalarWidth(v) != 1 {
                wrong.append("U+\(String(v, radix: 16)) is unassigned but measures \(TextWidth.scalarWidth(v))")
            }
        }
        #expect(wrong.isEmpty, "\(wrong)")
    }
}
