/// A terminal colour. `.default` is the terminal's own foreground or background (so a
/// transparent or user-chosen terminal background shows through).
/// Invariant: `.ansi` holds 0-15 (values above are treated as `value % 16`).
public enum Color: Sendable, Hashable {
    case `default`
    /// The 16 ANSI colours: 0 black, 1 red, 2 green, 3 yellow, 4 blue, 5 magenta, 6 cyan, 7 white,
    /// 8-15 their bright forms.
    case ansi(UInt8)
    /// An xterm 256-colour palette index.
    case indexed(UInt8)
    /// A 24-bit colour; degraded to the nearest palette entry the terminal supports.
    case rgb(UInt8, UInt8, UInt8)

    public static let black = Color.ansi(0), red = Color.ansi(1), green = Color.ansi(2),
        yellow = Color.ansi(3), blue = Color.ansi(4), magenta = Color.ansi(5), cyan = Color.ansi(6),
        white = Color.ansi(7), brightBlack = Color.ansi(8), brightRed = Color.ansi(9),
        brightGreen = Color.ansi(10), brightYellow = Color.ansi(11), brightBlue = Color.ansi(12),
        brightMagenta = Color.ansi(13), brightCyan = Color.ansi(14), brightWhite = Color.ansi(15)

    /// Names accepted in theme files, in ANSI order (index = ANSI number).
    public static let ansiNames = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
                                   "bright-black", "bright-red", "bright-green", "bright-yellow",
                                   "bright-blue", "bright-magenta", "bright-cyan", "bright-white"]

    /// Parses "default", an ANSI name ("red", "bright-blue", also "grey"/"gray" = bright-black),
    /// an index "0".."255", or "#rrggbb". Returns nil for anything else.
    public init?(parsing text: String) {
        let t = text.trimmingSpaces().lowercased().replacingOccurrences(of: "_", with: "-")
        if t == "default" || t == "none" { self = .default; return }
        if t == "grey" || t == "gray" { self = .ansi(8); return }
        if let i = Color.ansiNames.firstIndex(of: t) { self = .ansi(UInt8(i)); return }
        if let n = Int(t), (0...255).contains(n) { self = n < 16 ? .ansi(UInt8(n)) : .indexed(UInt8(n)); return }
        if t.hasPrefix("#"), t.count == 7, let v = UInt32(t.dropFirst(), radix: 16) {
            self = .rgb(UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF))
            return
        }
        return nil
    }
}

extension String {
    /// Trims spaces and tabs at both ends (Foundation-free).
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" || f == "\r" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\r" { s.removeLast() }
        return String(s)
    }

    func replacingOccurrences(of target: Character, with replacement: Character) -> String {
        String(map { $0 == target ? replacement : $0 })
    }
}
