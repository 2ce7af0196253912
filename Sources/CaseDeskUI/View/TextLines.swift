import TerminalUI

/// A piece of text in one theme role.
struct Span: Sendable, Equatable {
    var text: String
    var role: Role
}

/// One screen line made of spans: detail panes build lists of these, then draw a window of
/// them, so scrolling is an offset into the list.
struct Line: Sendable, Equatable {
    var spans: [Span]

    init(_ text: String = "", _ role: Role = .text) { spans = text.isEmpty ? [] : [Span(text: text, role: role)] }
    init(spans: [Span]) { self.spans = spans }

    /// "Label: value" with the label muted.
    static func field(_ label: String, _ value: String, role: Role = .text) -> Line {
        Line(spans: [Span(text: label + ": ", role: .muted), Span(text: value, role: role)])
    }

    /// "Label: value", the value wrapped under itself when it is longer than `width`.
    static func field(_ label: String, _ value: String, width: Int, role: Role = .text) -> [Line] {
        let head = label + ": "
        let w = max(1, width - TextWidth.of(head))
        let pieces = TextLayout.wrap(Sanitizer.visible(value), width: w)
        guard let first = pieces.first else { return [field(label, value, role: role)] }
        let pad = String(repeating: " ", count: TextWidth.of(head))
        return [Line(spans: [Span(text: head, role: .muted), Span(text: first, role: role)])]
            + pieces.dropFirst().map { Line(pad + $0, role) }
    }

    func appending(_ text: String, _ role: Role = .text) -> Line {
        Line(spans: spans + [Span(text: text, role: role)])
    }

    /// Wraps plain text to `width` columns, every line starting with `indent`.
    static func wrapped(_ text: String, width: Int, role: Role = .text, indent: String = "") -> [Line] {
        let w = max(1, width - TextWidth.of(indent))
        var out: [Line] = []
        // Line breaks in data are paragraph breaks; every other control character is made visible.
        for paragraph in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            let pieces = TextLayout.wrap(Sanitizer.visible(String(paragraph)), width: w)
            for piece in pieces.isEmpty ? [""] : pieces { out.append(Line(indent + piece, role)) }
        }
        return out.isEmpty ? [Line(indent, role)] : out
    }
}

enum TextLines {
    /// Draws `lines[scroll...]` into `area`, clipping each at the area's width.
    static func draw(_ lines: [Line], into buffer: inout Buffer, area: Rect, scroll: Int, theme: Theme) {
        guard area.width > 0, area.height > 0 else { return }
        let start = max(0, min(scroll, max(0, lines.count - area.height)))
        for row in 0..<area.height {
            let i = start + row
            guard i < lines.count else { break }
            var x = area.x
            for span in lines[i].spans {
                let room = area.x + area.width - x
                guard room > 0 else { break }
                x += buffer.put(span.text, x: x, y: area.y + row, maxWidth: room, style: theme[span.role])
            }
        }
    }
}
