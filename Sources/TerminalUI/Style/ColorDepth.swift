/// How many colours a terminal shows, and how colours are brought down to it: nearest colour
/// by RGB distance in the xterm palette (rgb → 256 → 16 → 8). `.monochrome` (NO_COLOR, or a
/// terminal without colour) drops colour but keeps attributes, and turns a coloured background
/// into reverse video so that bars and selections stay visible.
public enum ColorDepth: Sendable, Hashable, Comparable {
    case monochrome, ansi8, ansi16, indexed256

    /// The depth for a terminal reporting `colors` (ncurses COLORS); `noColor` is the NO_COLOR
    /// convention (any non-empty value turns colour off).
    public init(colors: Int, noColor: Bool = false) {
        if noColor || colors < 8 { self = .monochrome } else if colors < 16 { self = .ansi8 } else if colors < 256 { self = .ansi16 } else { self = .indexed256 }
    }

    /// True when the NO_COLOR environment value asks for no colour (set and non-empty).
    public static func noColorRequested(_ value: String?) -> Bool { !(value ?? "").isEmpty }

    /// `color` as this depth can show it.
    public func degrade(_ color: Color) -> Color {
        switch (self, color) {
        case (_, .default), (.monochrome, _): return .default
        case (.indexed256, .rgb(let r, let g, let b)): return .indexed(ColorDepth.nearest256(r, g, b))
        case (.indexed256, _): return color
        case (.ansi16, .ansi): return color
        case (.ansi16, _): return .ansi(ColorDepth.nearest(color, among: 16))
        case (.ansi8, .ansi(let n)) where n < 8: return color
        case (.ansi8, _): return .ansi(ColorDepth.nearest(color, among: 8))
        }
    }

    /// `style` as this depth can show it (see the type's note on monochrome).
    public func degrade(_ style: Style) -> Style {
        if self == .monochrome {
            var attrs = style.attributes
            if style.bg != .default { attrs.insert(.reverse) }
            return Style(attributes: attrs)
        }
        return Style(fg: degrade(style.fg), bg: degrade(style.bg), attributes: style.attributes)
    }

    /// The palette index (0..<limit) nearest to `color`.
    static func nearest(_ color: Color, among limit: Int) -> UInt8 {
        let (r, g, b) = rgb(of: color)
        var best = 0, bestDistance = Int.max
        for i in 0..<limit {
            let (pr, pg, pb) = rgb(of: .indexed(UInt8(i)))
            let d = distance(r, g, b, pr, pg, pb)
            if d < bestDistance { best = i; bestDistance = d }
        }
        return UInt8(best)
    }

    /// The nearest entry of the 6x6x6 cube or the grey ramp (16-255).
    static func nearest256(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> UInt8 {
        func level(_ v: UInt8) -> Int {
            let v = Int(v)
            return v < 48 ? 0 : v < 115 ? 1 : (v - 35) / 40
        }
        let (lr, lg, lb) = (level(r), level(g), level(b))
        let cube = 16 + 36 * lr + 6 * lg + lb
        let cr = cubeLevels[lr], cg = cubeLevels[lg], cb = cubeLevels[lb]
        let average = (Int(r) + Int(g) + Int(b)) / 3
        let greyIndex = average > 238 ? 23 : max(0, (average - 3) / 10)
        let grey = 8 + 10 * greyIndex
        let dc = distance(Int(r), Int(g), Int(b), cr, cg, cb)
        let dg = distance(Int(r), Int(g), Int(b), grey, grey, grey)
        return UInt8(dg < dc ? 232 + greyIndex : cube)
    }

    static let cubeLevels = [0, 95, 135, 175, 215, 255]
    /// xterm's default 16 colours.
    static let ansiRGB: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]

    static func rgb(of color: Color) -> (Int, Int, Int) {
        switch color {
        case .default: return (229, 229, 229)
        case .ansi(let n): return ansiRGB[Int(n % 16)]
        case .rgb(let r, let g, let b): return (Int(r), Int(g), Int(b))
        case .indexed(let n):
            let i = Int(n)
            if i < 16 { return ansiRGB[i] }
            if i >= 232 { let v = 8 + 10 * (i - 232); return (v, v, v) }
            let c = i - 16
            return (cubeLevels[c / 36], cubeLevels[(c / 6) % 6], cubeLevels[c % 6])
        }
    }

    static func distance(_ r: Int, _ g: Int, _ b: Int, _ r2: Int, _ g2: Int, _ b2: Int) -> Int {
        // Weighted for the eye's sensitivity (green most, blue least).
        let dr = r - r2, dg = g - g2, db = b - b2
        return 3 * dr * dr + 4 * dg * dg + 2 * db * db
    }
}
