/// The screen shown instead of a layout that cannot fit: "terminal too small (need 60x16)",
/// with the current size, centred. Draws something sensible down to 1x1.
public struct TooSmall: Widget {
    public var needed: Size

    public init(needed: Size) { self.needed = needed }

    public func render(into buffer: inout Buffer, area: Rect, theme: Theme) {
        buffer.fill(area, style: theme[.text])
        let lines = TextLayout.wrap("terminal too small (need \(needed))", width: area.width)
            + TextLayout.wrap("now \(area.size)", width: area.width)
        let top = area.y + max(0, (area.height - lines.count) / 2)
        for (i, line) in lines.prefix(area.height).enumerated() {
            let role: Role = i < lines.count - 1 ? .warning : .muted
            buffer.put(TextLayout.pad(line, to: area.width, align: .center), x: area.x, y: top + i, style: theme[role])
        }
    }
}
