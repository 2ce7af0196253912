import CaseCore
import TerminalUI

extension Role {
    /// Text matching a search or filter (`/`, then `n`/`N`): styled over whatever the cell
    /// had, so a match on the selected row still shows; underlined as well as coloured.
    public static let searchMatch: Role = "searchMatch"
}

/// Marks every occurrence of the search words in the cells already drawn in a rectangle, as
/// less and vim mark the matches on screen. It works on the drawn cells, after the view has
/// laid them out, so the list, the detail's tabs and the help screen share one way to find a
/// match on screen, whatever columns or wrapping put it there. Text is folded as the search
/// folds it (case and accents ignored), one cell at a time, so a match maps back to its cells.
enum MatchHighlight {
    /// A list's `/` filter: each of its words highlighted in the rows shown, as the filter
    /// folds and splits them (TextQuery), so the case list and the MLA board mark alike.
    static func filter(_ text: String, in buffer: inout Buffer, rect: Rect, theme: Theme) {
        apply(TextQuery(text).words, in: &buffer, rect: rect, theme: theme)
    }

    /// Highlights, on each row of `rect`, every occurrence of each of `needles` (folded bytes).
    static func apply(_ needles: [[UInt8]], in buffer: inout Buffer, rect: Rect, theme: Theme) {
        let needles = needles.filter { !$0.isEmpty }
        guard !needles.isEmpty, rect.width > 0 else { return }
        let style = theme[.searchMatch]
        for y in rect.y..<(rect.y + rect.height) {
            var hay: [UInt8] = []
            var cellAt: [Int] = []       // for each byte of `hay`, the x of its cell
            var x = rect.x
            while x < rect.x + rect.width {
                let cell = buffer[x, y]
                if !cell.isContinuation {
                    let folded = cell.grapheme.utf8.allSatisfy({ $0 < 0x80 })
                        ? Array(cell.grapheme.lowercased().utf8) : Array(SearchText.fold(cell.grapheme).utf8)
                    hay += folded
                    cellAt += Array(repeating: x, count: folded.count)
                }
                x += 1
            }
            for needle in needles {
                var from = 0
                while let at = TextFind.firstOffset(of: needle, in: hay, from: from) {
                    let first = cellAt[at], last = cellAt[at + needle.count - 1]
                    for cx in first...last {
                        var cell = buffer[cx, y]
                        guard !cell.isContinuation else { continue }
                        cell.style = cell.style.patched(with: style)
                        buffer[cx, y] = cell
                    }
                    from = at + needle.count
                }
            }
        }
    }
}
