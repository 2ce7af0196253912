/// A border with a title around a pane. Focus shows without colour: a focused block has a
/// heavy border (┏━┓) and its title in brackets-free reverse/bold, an unfocused one a light
/// border (┌─┐).
public struct Block: Widget {
    public var title: String?
    /// Text at the right end of the top border ("12 of 340").
    public var titleRight: String?
    public var focused: Bool
    /// Role for the border when not focused (focused uses `.borderFocused`).
    public var borderRole: Role

    public init(title: String? = nil, titleRight: String? = nil, focused: Bool = false, borderRole: Role = .border) {
        self.title = title
        self.titleRight = titleRight
        self.focused = focused
        self.borderRole = borderRole
    }

    /// The area inside the border.
    public func inner(_ area: Rect) -> Rect { area.inset(by: 1) }

    static let light = (tl: "┌", tr: "┐", bl: "└", br: "┘", h: "─", v: "│")
    static let heavy = (tl: "┏", tr: "┓", bl: "┗", br: "┛", h: "━", v: "┃")

    public func render(into buffer: inout Buffer, area: Rect, theme: Theme) {
        guard area.width >= 2, area.height >= 2 else { return }
        let style = theme[focused ? .borderFocused : borderRole]
        let g = focused ? Block.heavy : Block.light
        let horizontal = String(repeating: g.h, count: area.width - 2)
        buffer.put(g.tl + horizontal + g.tr, x: area.x, y: area.y, style: style)
        buffer.put(g.bl + horizontal + g.br, x: area.x, y: area.maxY - 1, style: style)
        for y in (area.y + 1)..<(area.maxY - 1) {
            buffer.put(g.v, x: area.x, y: y, style: style)
            buffer.put(g.v, x: area.maxX - 1, y: y, style: style)
        }
        // The right title (a counter) is shown whole or not at all: a cut number misleads.
        var rightStart = area.maxX - 1
        if let right = titleRight, !right.isEmpty {
            let text = " \(right) "
            let w = TextWidth.of(text)
            if w <= (area.width - 2) / 2 {
                rightStart = area.maxX - 2 - w
                buffer.put(text, x: rightStart, y: area.y, style: theme[.muted])
            }
        }
        if let title, !title.isEmpty {
            let room = rightStart - (area.x + 1) - 1
            if room >= 3 {
                let text = " " + TextLayout.truncate(title, to: room - 2) + " "
                buffer.put(text, x: area.x + 1, y: area.y, style: theme[focused ? .titleFocused : .title])
            }
        }
    }
}
