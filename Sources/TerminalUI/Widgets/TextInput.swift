/// A single-line text input. The cursor is drawn as a reverse-video cell (the terminal cursor
/// stays hidden), so it shows in every theme and without colour; the text scrolls sideways to
/// keep the cursor in view. Empty and unfocused, it shows `placeholder`.
public struct TextInput: Widget {
    public var state: TextInputState
    public var focused: Bool
    public var placeholder: String

    public init(state: TextInputState, focused: Bool = true, placeholder: String = "") {
        self.state = state
        self.focused = focused
        self.placeholder = placeholder
    }

    public func render(into buffer: inout Buffer, area: Rect, theme: Theme) {
        guard area.width > 0, area.height > 0 else { return }
        let row = area.row(0)
        let style = theme[focused ? .inputFocused : .input]
        buffer.fill(row, style: style)
        if state.text.isEmpty, !placeholder.isEmpty {
            buffer.put(placeholder, x: row.x, y: row.y, maxWidth: row.width, style: style.patched(with: theme[.placeholder]))
        }
        let chars = Array(state.text)
        // Columns before the cursor decide the sideways scroll: keep the cursor in the last column at most.
        let before = TextWidth.of(String(chars[0..<state.cursor]))
        let start = max(0, before - (row.width - 1))
        if !state.text.isEmpty {
            buffer.put(TextLayout.slice(state.text, fromColumn: start, width: row.width), x: row.x, y: row.y, style: style)
        }
        guard focused else { return }
        // The cursor is the cell under it in reverse video (a placeholder letter, or a blank at the end).
        let cx = row.x + before - start
        let underWidth = state.cursor < chars.count ? TextWidth.of(chars[state.cursor]) : 1
        buffer.setStyle(Style(attributes: .reverse), in: Rect(x: cx, y: row.y, width: min(underWidth, row.maxX - cx), height: 1))
    }
}
