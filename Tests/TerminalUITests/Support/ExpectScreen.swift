import Testing
@testable import TerminalUI

/// Compares a buffer with an expected screen written as plain lines (trailing spaces on each
/// line ignored; the expected text may leave out trailing blank lines). On a mismatch it
/// prints both screens, row by row, so the difference can be seen.
func expectScreen(_ buffer: Buffer, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let actual = buffer.text().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var want = expected.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
        var s = Substring(line)
        while s.last == " " { s.removeLast() }
        return String(s)
    }
    while want.count < actual.count { want.append("") }
    if want != actual {
        let width = buffer.size.width
        let frame = "+" + String(repeating: "-", count: width) + "+"
        func boxed(_ lines: [String]) -> String {
            lines.map { line in "|" + TextLayout.pad(line, to: width) + "|" }.joined(separator: "\n")
        }
        Issue.record("""
            Screen differs (\(buffer.size)).
            expected:
            \(frame)
            \(boxed(want))
            \(frame)
            actual:
            \(frame)
            \(boxed(actual))
            \(frame)
            """, sourceLocation: sourceLocation)
    }
}

/// A screen of `lines` for widgets tests: renders `draw` into a fresh buffer of `size`.
func render(_ size: Size, _ draw: (inout Buffer) -> Void) -> Buffer {
    var b = Buffer(size: size)
    draw(&b)
    return b
}
