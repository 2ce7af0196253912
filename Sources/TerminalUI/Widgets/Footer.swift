/// The key-hint bar: "j/↓ down  Enter open  / filter". Built from the same `KeyMap` that
/// dispatches keys, so it always shows the keys in force. Hints that do not fit are left out
/// whole (never cut mid-word); `status` is drawn at the right end when there is room.
public struct Footer: Widget {
    public struct Hint: Sendable, Equatable {
        public var keys: String
        public var label: String
        public init(keys: String, label: String) {
            self.keys = keys
            self.label = label
        }
    }

    public var hints: [Hint]
    public var status: String?

    public init(hints: [Hint], status: String? = nil) {
        self.hints = hints
        self.status = status
    }

    /// Hints from the footer bindings of `keyMap` (keys in their short form, at most two keys each).
    public init<C>(keyMap: KeyMap<C>, status: String? = nil) {
        self.hints = keyMap.footerBindings.map { b in
            Hint(keys: b.keys.prefix(2).map(\.short).joined(separator: "/"), label: b.help)
        }
        self.status = status
    }

    public func render(into buffer: inout Buffer, area: Rect, theme: Theme) {
        guard area.height > 0, area.width > 0 else { return }
        let row = area.row(0)
        buffer.fill(row, style: theme[.footer])
        var right = row.maxX
        if let status, !status.isEmpty {
            let text = TextLayout.truncate(status, to: max(0, area.width / 3))
            right = row.maxX - TextWidth.of(text) - 1
            buffer.put(text, x: right, y: row.y, style: theme[.footer])
        }
        var x = row.x + 1
        for hint in hints {
            let need = TextWidth.of(hint.keys) + 1 + TextWidth.of(hint.label)
            if x + need > right - 1 { break }
            x += buffer.put(hint.keys, x: x, y: row.y, style: theme[.keyHint])
            x += 1
            x += buffer.put(hint.label, x: x, y: row.y, style: theme[.keyHintLabel])
            x += 2
        }
    }
}
