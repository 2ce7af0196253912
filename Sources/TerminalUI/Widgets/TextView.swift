/// Scroll position of a `TextView`. Invariant after `clamp`: 0 <= offset <= max(0, lines - viewport).
public struct TextViewState: Sendable, Hashable {
    /// Index of the first wrapped line shown.
    public var offset: Int

    public init(offset: Int = 0) { self.offset = offset }

    public mutating func scroll(by delta: Int, lineCount: Int, viewport: Int) {
        offset += delta
        clamp(lineCount: lineCount, viewport: viewport)
    }

    public mutating func clamp(lineCount: Int, viewport: Int) {
        offset = min(max(0, offset), max(0, lineCount - viewport))
    }
}

/// Paragraphs of text, each in its own role, wrapped to the width and scrolled. A scroll mark
/// ("↑"/"↓" in the last column) shows that more text lies above or below.
public struct TextView: Widget {
    public struct Paragraph: Sendable, Equatable {
        public var text: String
        public var role: Role
        /// Spaces before every wrapped line (for nested items).
        public var indent: Int

        public init(_ text: String, role: Role = .text, indent: Int = 0) {
            self.text = text
            self.role = role
            self.indent = max(0, indent)
        }
    }

    public var paragraphs: [Paragraph]
    public var state: TextViewState

    public init(_ paragraphs: [Paragraph], state: TextViewState = TextViewState()) {
        self.paragraphs = paragraphs
        self.state = state
    }

    /// One paragraph of plain text (line breaks kept).
    public init(text: String, role: Role = .text, state: TextViewState = TextViewState()) {
        self.init([Paragraph(text, role: role)], state: state)
    }

    /// The wrapped lines at `width` (one column is kept for the scroll mark).
    public func lines(width: Int) -> [(String, Role)] {
        let w = max(1, width - 1)
        return paragraphs.flatMap { p -> [(String, Role)] in
            let pad = String(repeating: " ", count: min(p.indent, w - 1))
            return TextLayout.wrap(p.text, width: max(1, w - pad.count)).map { (pad + $0, p.role) }
        }
    }

    /// Wrapped line count at `width`, for clamping the state in a reducer.
    public func lineCount(width: Int) -> Int { lines(width: width).count }

    public func render(into buffer: inout Buffer, area: Rect, theme: Theme) {
        guard !area.isEmpty else { return }
        let all = lines(width: area.width)
        var s = state
        s.clamp(lineCount: all.count, viewport: area.height)
        for (i, line) in all.dropFirst(s.offset).prefix(area.height).enumerated() {
            buffer.put(line.0, x: area.x, y: area.y + i, maxWidth: area.width - 1, style: theme[line.1])
        }
        if s.offset > 0 { buffer.put("↑", x: area.maxX - 1, y: area.y, style: theme[.muted]) }
        if s.offset + area.height < all.count { buffer.put("↓", x: area.maxX - 1, y: area.maxY - 1, style: theme[.muted]) }
    }
}
