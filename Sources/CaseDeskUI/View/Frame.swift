import TerminalUI

/// A bordered pane with a title; the border shows whether the pane has the focus.
enum Frame {
    /// Draws the border and titles and returns the inner area.
    @discardableResult
    static func draw(_ buffer: inout Buffer, _ rect: Rect, title: String, focused: Bool, theme: Theme,
                     right: String? = nil, rightStyle: Style? = nil) -> Rect {
        guard rect.width >= 2, rect.height >= 2 else { return Rect(x: rect.x, y: rect.y, width: 0, height: 0) }
        let border = theme[focused ? .borderFocused : .border]
        let x0 = rect.x, y0 = rect.y, x1 = rect.x + rect.width - 1, y1 = rect.y + rect.height - 1
        let h = String(repeating: "─", count: max(0, rect.width - 2))
        buffer.put("┌" + h + "┐", x: x0, y: y0, style: border)
        buffer.put("└" + h + "┘", x: x0, y: y1, style: border)
        for y in (y0 + 1)..<y1 {
            buffer.put("│", x: x0, y: y, style: border)
            buffer.put("│", x: x1, y: y, style: border)
        }
        let titleStyle = focused ? theme[.title].patched(with: Style(attributes: .bold)) : theme[.title]
        var used = 0
        if rect.width > 4 {
            used = buffer.put(" " + title + " ", x: x0 + 1, y: y0, maxWidth: rect.width - 2, style: titleStyle)
        }
        if let right, rect.width - 4 - used > 4 {
            let text = " " + right + " "
            let room = rect.width - 3 - used
            let w = min(TextWidth.of(text), room)
            buffer.put(text, x: x1 - w, y: y0, maxWidth: w, style: rightStyle ?? titleStyle)
        }
        return Rect(x: x0 + 1, y: y0 + 1, width: rect.width - 2, height: rect.height - 2)
    }
}
