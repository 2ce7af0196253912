import TerminalUI

/// The styles of a screen as text, one letter per cell, so an expected screen can say where
/// the marks that carry meaning are (ratatui's `Buffer::with_lines` with styled assertions):
/// a cell is the letter of the first entry of `legend` whose style it has exactly, else `.`.
/// The second half of a wide character repeats its first.
struct RoleLayer {
    var legend: [(Character, Style)]

    /// Letters for roles of `theme`.
    init(_ theme: Theme, _ roles: [(Character, Role)], extra: [(Character, Style)] = []) {
        legend = roles.map { ($0.0, theme[$0.1]) } + extra
    }

    func text(_ buffer: Buffer) -> [String] {
        (0..<buffer.size.height).map { y in
            String((0..<buffer.size.width).map { x -> Character in
                let cell = buffer[x: x, y: y]
                let style = cell.isContinuation && x > 0 ? buffer[x: x - 1, y: y].style : cell.style
                return legend.first { $0.1 == style }?.0 ?? "."
            })
        }
    }

    /// The text and the letters of the first row whose text contains `marker`, cell for cell
    /// (the text keeps one character per column: the rows checked have no wide characters).
    func row(containing marker: String, _ buffer: Buffer) -> (text: [Character], roles: [Character])? {
        for y in 0..<buffer.size.height {
            let chars = (0..<buffer.size.width).map { x in buffer[x: x, y: y].grapheme.first ?? " " }
            if String(chars).contains(marker) { return (chars, Array(text(buffer)[y])) }
        }
        return nil
    }

    /// The letters under the first occurrence of `word` in `row`, "" when it is not there.
    static func roles(of word: String, in row: (text: [Character], roles: [Character])) -> String {
        let w = Array(word)
        guard w.count <= row.text.count else { return "" }
        for x in 0...(row.text.count - w.count) where Array(row.text[x..<(x + w.count)]) == w {
            return String(row.roles[x..<(x + w.count)])
        }
        return ""
    }
}
