/// Frames for checking what the ncurses backend leaves in the terminal's cells, used by
/// Tests/EndToEnd/drawing.test.sh through `casedesk-bench frames`: a list is filtered and its
/// selection moved, as on the Cases screen, with styled runs of ASCII next to runs that hold
/// other characters (which the backend writes cell by cell), so that a style left over from
/// one run or one frame shows up in the cells. `frames` draws them one by one on the real
/// terminal (any key: next frame; Ctrl-L: repaint; q: quit); `expected(n)` is the same frame
/// written as plain escape sequences, every cell with its whole style, by code that shares
/// nothing with the backend, so the two terminals' cells can be compared.
public enum BackendFrames {
    public static let count = 3

    public static func run() throws {
        let backend = try NcursesBackend.start()
        defer { backend.shutdown() }
        var shown = 0
        var repainted = false
        backend.draw(frame(shown, size: backend.size))
        while true {
            guard let event = backend.readEvent(timeoutMilliseconds: 200) else { continue }
            switch event {
            case .key(.char("q")): return
            case .key(.ctrl("l")):
                backend.suspend()
                backend.resume()
                repainted = true
            case .key:
                shown = min(shown + 1, count - 1)
                repainted = false
            default: break
            }
            backend.draw(frame(shown, size: backend.size, repainted: repainted))
        }
    }

    static let header = Style(fg: .ansi(7), bg: .indexed(24), attributes: [.bold])
    static let selection = Style(bg: .indexed(238), attributes: [.bold, .underline])
    static let urgent = Style(fg: .ansi(1), attributes: [.bold])
    static let dim = Style(attributes: [.dim])

    static let rows: [(id: String, title: String, place: String)] = [
        ("OCD-0001", "Operation Harbour", "Zürich · CH"),
        ("OCD-0002", "Operation Glass", "London · GB"),
        ("OCD-0003", "Opération Neige", "Genève · CH"),
        ("OCD-0004", "Operation Lantern", "Madrid · ES"),
        ("OCD-0005", "Operation Quay", "Ελλάδα · GR"),
    ]

    /// Frame 0: the whole list, the first row selected. Frame 1: filtered to "CH", selection
    /// on the second match. Frame 2: the filter cleared, selection on the fourth row. The last
    /// line says which frame it is, and "repainted" after Ctrl-L, for a test to wait for.
    public static func frame(_ n: Int, size: Size, repainted: Bool = false) -> Buffer {
        var b = Buffer(size: size)
        let width = size.width
        let visible: [Int] = n == 1 ? [0, 2] : [0, 1, 2, 3, 4]
        let selected = n == 0 ? 0 : n == 1 ? 1 : 3
        b.fill(Rect(x: 0, y: 0, width: width, height: 1), style: header)
        b.put(n == 1 ? "Cases · filter: CH" : "Cases — all", x: 1, y: 0, style: header)
        for (line, index) in visible.enumerated() {
            let y = line + 2
            let row = rows[index]
            let isSelected = line == selected
            if isSelected { b.fill(Rect(x: 0, y: y, width: width, height: 1), style: selection) }
            let base = isSelected ? selection : Style.plain
            b.put(row.id, x: 1, y: y, style: index == 3 ? base.patched(with: urgent) : base)
            b.put(row.title, x: 11, y: y, style: base)
            b.put(row.place, x: 31, y: y, style: isSelected ? base : dim)
        }
        b.put("frame \(n + 1) of \(count)" + (repainted ? " repainted" : ""), x: 1, y: size.height - 1, style: dim)
        return b
    }

    /// Frame `n` as escape sequences: clear, then each cell at its place with its style set
    /// from nothing (colours as xterm's setaf/setab write them, so the terminal stores them
    /// the same way as from ncurses).
    public static func expected(_ n: Int, size: Size, repainted: Bool = false) -> String {
        let b = frame(n, size: size, repainted: repainted)
        var out = "\u{1B}[0m\u{1B}[H\u{1B}[2J"
        for y in 0..<size.height {
            out += "\u{1B}[\(y + 1);1H"
            for x in 0..<size.width {
                let cell = b[x, y]
                if cell.isContinuation { continue }
                out += sgr(cell.style) + cell.grapheme
            }
        }
        return out + "\u{1B}[0m\u{1B}[H"
    }

    static func sgr(_ style: Style) -> String {
        var codes = ["0"]
        let a = style.attributes
        if a.contains(.bold) { codes.append("1") }
        if a.contains(.dim) { codes.append("2") }
        if a.contains(.italic) { codes.append("3") }
        if a.contains(.underline) { codes.append("4") }
        if a.contains(.reverse) { codes.append("7") }
        if let fg = number(style.fg) { codes.append(fg < 8 ? "\(30 + fg)" : fg < 16 ? "\(90 + fg - 8)" : "38;5;\(fg)") }
        if let bg = number(style.bg) { codes.append(bg < 8 ? "\(40 + bg)" : bg < 16 ? "\(100 + bg - 8)" : "48;5;\(bg)") }
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }

    static func number(_ color: Color) -> Int? {
        switch color {
        case .default: nil
        case .ansi(let n): Int(n % 16)
        case .indexed(let n): Int(n)
        case .rgb: nil
        }
    }
}
