/// A one-row trend "▁▂▄▆█▇▅": the last `area.width` values, scaled from 0 (or the smallest
/// value when some are negative) to the largest. A nil value is a gap (drawn as a space).
public struct Sparkline: Widget {
    public var values: [Double?]
    public var role: Role

    public init(_ values: [Double?], role: Role = .sparkline) {
        self.values = values
        self.role = role
    }

    /// The glyphs for `values` (no width limit); for tests and for text reports.
    public var glyphs: String {
        let present = values.compactMap { $0 }.filter(\.isFinite)
        guard let high = present.max() else { return String(repeating: " ", count: values.count) }
        let low = min(0, present.min() ?? 0)
        let span = high - low
        return String(values.map { v -> Character in
            guard let v, v.isFinite else { return " " }
            let level = span > 0 ? Int(((v - low) / span * 7).rounded()) : (v > 0 ? 7 : 0)
            return BarGlyphs.levels[min(7, max(0, level))]
        })
    }

    public func render(into buffer: inout Buffer, area: Rect, theme: Theme) {
        guard area.width > 0, area.height > 0 else { return }
        let shown = Sparkline(Array(values.suffix(area.width)), role: role).glyphs
        buffer.put(shown, x: area.maxX - shown.count, y: area.y, style: theme[role])
    }
}
