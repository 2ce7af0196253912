/// A progress bar "██████▍     42%": eighth-block precision, the empty part in light shade
/// so the filled part shows without colour. `ratio` is clamped to 0...1.
public struct ProgressBar: Widget {
    public var ratio: Double
    /// Text before the bar ("Loading cases").
    public var label: String?
    public var showsPercent: Bool

    public init(ratio: Double, label: String? = nil, showsPercent: Bool = true) {
        self.ratio = ratio.isFinite ? min(1, max(0, ratio)) : 0
        self.label = label
        self.showsPercent = showsPercent
    }

    public func render(into buffer: inout Buffer, area: Rect, theme: Theme) {
        guard area.width > 0, area.height > 0 else { return }
        var x = area.x
        if let label, !label.isEmpty {
            x += buffer.put(label + " ", x: x, y: area.y, maxWidth: area.width / 2, style: theme[.text])
        }
        let percent = showsPercent ? " \(Int((ratio * 100).rounded(.down)))%" : ""
        let barWidth = area.maxX - x - TextWidth.of(percent)
        if barWidth > 0 {
            let bar = BarGlyphs.bar(fraction: ratio, width: barWidth)
            let filled = TextWidth.of(bar)
            buffer.put(bar, x: x, y: area.y, style: theme[.progress])
            buffer.put(String(repeating: "░", count: barWidth - filled), x: x + filled, y: area.y, style: theme[.progressEmpty])
            x += barWidth
        }
        buffer.put(percent, x: x, y: area.y, maxWidth: area.maxX - x, style: theme[.text])
    }
}

/// Block glyphs shared by bars and sparklines.
enum BarGlyphs {
    static let eighths = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
    static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// A bar of `fraction` (0...1) of `width` cells, in eighths: never wider than `width`.
    static func bar(fraction: Double, width: Int) -> String {
        guard width > 0, fraction > 0 else { return "" }
        let eighthsTotal = Int((min(1, fraction) * Double(width * 8)).rounded())
        let full = eighthsTotal / 8, part = eighthsTotal % 8
        return String(repeating: "█", count: full) + (full < width ? eighths[part] : "")
    }
}
