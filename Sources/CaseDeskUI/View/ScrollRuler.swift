import TerminalUI

/// Where a pane of long text is scrolled to (issue 18.4), on the right of the pane's bottom
/// border: the lines shown and how many there are, `12-33/40`, as less -M says "lines
/// 12-33/40"; a percentage where the text is too long to count every frame. Nothing when
/// all of it fits. Every scrolling text pane draws it through here, so all say it alike.
enum ScrollRuler {
    /// `first` (from 0, clamped as `TextLines.draw` clamps it) of `total` lines, `shown` at a time.
    static func label(first: Int, shown: Int, total: Int) -> String? {
        guard shown > 0, total > shown else { return nil }
        let top = max(0, min(first, total - shown))
        return "\(top + 1)-\(top + shown)/\(total)"
    }

    /// How far through a text too long to count, as less says when it cannot count lines.
    static func label(percent: Int) -> String { "\(max(0, min(100, percent)))%" }

    /// Draws `label` on the bottom border of `frame` (the pane with its border), at the right,
    /// whole or not at all: a cut number misleads.
    static func draw(_ label: String?, frame: Rect, into buffer: inout Buffer, theme: Theme) {
        guard let label, frame.height >= 2 else { return }
        let text = " " + label + " "
        let w = TextWidth.of(text)
        guard w <= frame.width - 4 else { return }
        buffer.put(text, x: frame.maxX - 2 - w, y: frame.maxY - 1, style: theme[.muted])
    }
}

extension TextLines {
    /// `draw`, and the ruler on the bottom border of `frame`, the pane around `area`.
    static func draw(_ lines: [Line], into buffer: inout Buffer, area: Rect, frame: Rect, scroll: Int, theme: Theme) {
        draw(lines, into: &buffer, area: area, scroll: scroll, theme: theme)
        ScrollRuler.draw(ScrollRuler.label(first: scroll, shown: area.height, total: lines.count), frame: frame,
                         into: &buffer, theme: theme)
    }
}
