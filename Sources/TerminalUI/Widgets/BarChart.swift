/// A horizontal bar chart: one bar per row, "label  ██████▌ 42". Bars scale to `maxValue`
/// (default: the largest value); the value text follows each bar, so the figures can be read
/// without colour and without guessing lengths.
public struct BarChart: Widget {
    public struct Bar: Sendable, Equatable {
        public var label: String
        public var value: Double
        /// Shown after the bar; defaults to the value without decimals.
        public var valueText: String?
        public var role: Role

        public init(_ label: String, value: Double, valueText: String? = nil, role: Role = .chartBar) {
            self.label = label
            self.value = value.isFinite ? max(0, value) : 0
            self.valueText = valueText
            self.role = role
        }
    }

    public var bars: [Bar]
    public var maxValue: Double?

    public init(_ bars: [Bar], maxValue: Double? = nil) {
        self.bars = bars
        self.maxValue = maxValue
    }

    public func render(into buffer: inout Buffer, area: Rect, theme: Theme) {
        guard !area.isEmpty, !bars.isEmpty else { return }
        let top = maxValue ?? bars.map(\.value).max() ?? 0
        let labelWidth = min(bars.map { TextWidth.of($0.label) }.max() ?? 0, max(0, area.width / 3))
        let texts = bars.map { $0.valueText ?? BarChart.format($0.value) }
        let valueWidth = texts.map(TextWidth.of).max() ?? 0
        let barWidth = area.width - labelWidth - 1 - 1 - valueWidth
        for (i, bar) in bars.prefix(area.height).enumerated() {
            let y = area.y + i
            buffer.put(TextLayout.pad(bar.label, to: labelWidth), x: area.x, y: y, style: theme[.chartLabel])
            var x = area.x + labelWidth + 1
            if barWidth > 0 {
                let glyphs = BarGlyphs.bar(fraction: top > 0 ? bar.value / top : 0, width: barWidth)
                x += buffer.put(glyphs, x: x, y: y, style: theme[bar.role])
            }
            buffer.put(" " + texts[i], x: x, y: y, maxWidth: area.maxX - x, style: theme[.chartLabel])
        }
    }

    static func format(_ v: Double) -> String {
        v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : String((v * 10).rounded() / 10)
    }
}
