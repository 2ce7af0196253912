import TerminalUI

/// A bordered pane: TerminalUI's Block (heavy border when focused, so focus shows without
/// colour), plus a right-hand title in a role of the caller's choosing, for the protective
/// marking, which must always be shown whole.
enum Frame {
    /// Draws the border and titles and returns the inner area.
    @discardableResult
    static func draw(_ buffer: inout Buffer, _ rect: Rect, title: String, focused: Bool, theme: Theme,
                     right: String? = nil, rightStyle: Style? = nil) -> Rect {
        guard rect.width >= 2, rect.height >= 2 else { return Rect(x: rect.x, y: rect.y, width: 0, height: 0) }
        let block = Block(title: title, titleRight: rightStyle == nil ? right : nil, focused: focused)
        block.render(into: &buffer, area: rect, theme: theme)
        if let right, let rightStyle {
            let text = " " + right + " "
            let w = TextWidth.of(text)
            if w <= rect.width - 4 {
                buffer.put(text, x: rect.x + rect.width - 1 - w, y: rect.y, style: rightStyle)
            }
        }
        return block.inner(rect)
    }
}
