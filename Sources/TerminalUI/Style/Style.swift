/// Foreground, background and attributes of a cell. A default colour means "inherit"
/// when patching and "the terminal's own colour" when drawn.
public struct Style: Sendable, Hashable, CustomStringConvertible {
    public var fg: Color
    public var bg: Color
    public var attributes: Attributes

    public init(fg: Color = .default, bg: Color = .default, attributes: Attributes = []) {
        self.fg = fg
        self.bg = bg
        self.attributes = attributes
    }

    public static let plain = Style()

    /// This style with the non-default parts of `other` laid over it: colours replace,
    /// attributes add up. Used to put a selection bar over already styled text.
    public func patched(with other: Style) -> Style {
        Style(fg: other.fg == .default ? fg : other.fg,
              bg: other.bg == .default ? bg : other.bg,
              attributes: attributes.union(other.attributes))
    }

    public func fg(_ color: Color) -> Style { var s = self; s.fg = color; return s }
    public func bg(_ color: Color) -> Style { var s = self; s.bg = color; return s }
    public func adding(_ attrs: Attributes) -> Style { var s = self; s.attributes.formUnion(attrs); return s }
    public var bold: Style { adding(.bold) }
    public var reversed: Style { adding(.reverse) }
    public var underlined: Style { adding(.underline) }

    /// Compact form for test dumps: "fg=red bg=default bold".
    public var description: String {
        var parts: [String] = []
        if fg != .default { parts.append("fg=\(Style.name(fg))") }
        if bg != .default { parts.append("bg=\(Style.name(bg))") }
        parts += attributes.names
        return parts.isEmpty ? "plain" : parts.joined(separator: " ")
    }

    static func name(_ c: Color) -> String {
        switch c {
        case .default: return "default"
        case .ansi(let n): return Color.ansiNames[Int(n % 16)]
        case .indexed(let n): return "\(n)"
        case .rgb(let r, let g, let b):
            let hex = [r, g, b].map { v -> String in
                let s = String(v, radix: 16)
                return s.count == 1 ? "0" + s : s
            }
            return "#" + hex.joined()
        }
    }
}
