/// A terminal's cells as tmux `capture-pane -e -p` prints them (text with SGR sequences),
/// put in one canonical form for comparing two panes: each line's cells with their style,
/// every style change written as `{bold underline fg=… bg=…}` from a plain start of line, and
/// trailing blanks dropped (tmux does not print cells a terminal cleared with an erase, and
/// ncurses clears where it can, so blanks at the end of a line cannot be compared).
public enum CapturedCells {
    struct Pen: Equatable {
        var attributes: [Int: Bool] = [:]
        var fg = "", bg = ""

        var description: String {
            let names = [1: "bold", 2: "dim", 3: "italic", 4: "underline", 5: "blink", 7: "reverse", 8: "hidden", 9: "strike"]
            var parts = names.keys.sorted().filter { attributes[$0] == true }.map { names[$0]! }
            if !fg.isEmpty { parts.append("fg=" + fg) }
            if !bg.isEmpty { parts.append("bg=" + bg) }
            return "{" + (parts.isEmpty ? "plain" : parts.joined(separator: " ")) + "}"
        }

        mutating func apply(_ codes: [Int]) {
            var i = 0
            let codes = codes.isEmpty ? [0] : codes
            while i < codes.count {
                let c = codes[i]
                switch c {
                case 0: self = Pen()
                case 1, 2, 3, 4, 5, 7, 8, 9: attributes[c] = true
                case 21: attributes[4] = true
                case 22: attributes[1] = false; attributes[2] = false
                case 23, 24, 25, 27, 28, 29: attributes[c - 20] = false
                case 30...37: fg = String(c - 30)
                case 90...97: fg = String(c - 90 + 8)
                case 39: fg = ""
                case 40...47: bg = String(c - 40)
                case 100...107: bg = String(c - 100 + 8)
                case 49: bg = ""
                case 38, 48:
                    // 38;5;N or 38;2;R;G;B
                    var value = ""
                    if i + 2 < codes.count, codes[i + 1] == 5 { value = String(codes[i + 2]); i += 2 } else if i + 4 < codes.count, codes[i + 1] == 2 {
                        value = "#\(codes[i + 2]),\(codes[i + 3]),\(codes[i + 4])"; i += 4
                    }
                    if c == 38 { fg = value } else { bg = value }
                default: break
                }
                i += 1
            }
        }
    }

    public static func canonical(_ capture: String) -> String {
        var pen = Pen()
        var out: [String] = []
        for line in capture.split(separator: "\n", omittingEmptySubsequences: false) {
            var cells: [(Character, Pen)] = []
            var chars = Array(line)
            var i = 0
            while i < chars.count {
                if chars[i] == "\u{1B}", i + 1 < chars.count, chars[i + 1] == "[" {
                    var j = i + 2
                    while j < chars.count, !(chars[j].isLetter) { j += 1 }
                    if j < chars.count, chars[j] == "m" {
                        pen.apply(String(chars[(i + 2)..<j]).split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 })
                    }
                    i = j + 1
                    continue
                }
                cells.append((chars[i], pen))
                i += 1
            }
            chars = []
            while let last = cells.last, last.0 == " " { cells.removeLast() }
            var text = ""
            var current = Pen()
            for (ch, p) in cells {
                if p != current { text += p.description; current = p }
                text.append(ch)
            }
            out.append(text)
        }
        return out.joined(separator: "\n")
    }
}
