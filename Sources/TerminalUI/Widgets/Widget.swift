/// Something that draws itself into a rectangle of a buffer. A widget never touches the
/// terminal, never draws outside `area`, and keeps its scroll or selection state in a separate
/// value (`TableState`, `TextViewState`, ...) owned by the application.
public protocol Widget {
    func render(into buffer: inout Buffer, area: Rect, theme: Theme)
}

extension Buffer {
    /// Renders `widget` into `area` (a convenience for `widget.render(into:area:theme:)`).
    public mutating func render(_ widget: some Widget, in area: Rect, theme: Theme) {
        widget.render(into: &self, area: area, theme: theme)
    }
}
