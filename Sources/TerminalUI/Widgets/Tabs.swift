/// A row of tab titles. The active tab is drawn in `.tabActive` and between "▸" and a space
/// so it shows without colour; titles that do not fit are cut, the active one kept in view.
public struct Tabs: Widget {
    public var titles: [String]
    public var selected: Int

    public init(_ titles: [String], selected: Int) {
        self.titles = titles
        self.selected = selected
    }

    public func render(into buffer: inout Buffer, area: Rect, theme: Theme) {
        guard area.height > 0, area.width > 0, !titles.isEmpty else { return }
        buffer.fill(area.row(0), style: theme[.tabInactive])
        let labels = titles.enumerated().map { i, t in i == selected ? "▸\(t) " : " \(t) " }
        let widths = labels.map(TextWidth.of)
        // Start far enough right that the selected tab is visible.
        var first = 0
        if selected >= 0, selected < labels.count {
            while first < selected, widths[first...selected].reduce(0, +) + (selected - first) > area.width { first += 1 }
        }
        var x = area.x
        for i in first..<labels.count {
            if x >= area.maxX { break }
            let role: Role = i == selected ? .tabActive : .tabInactive
            x += buffer.put(labels[i], x: x, y: area.y, maxWidth: area.maxX - x, style: theme[role])
            if i < labels.count - 1, x < area.maxX { x += buffer.put("│", x: x, y: area.y, style: theme[.muted]) }
        }
    }
}
