/// What the user did in a dialog.
public enum DialogOutcome: Sendable, Hashable {
    /// The button at this index (confirm: 0 yes, 1 no; message: 0 OK; choice: the option).
    case chosen(Int)
    case cancelled
}

/// The highlighted button of a dialog, and the keys a dialog understands: Left/Right/Tab/
/// Shift-Tab (and h/l, j/k) move, Enter chooses, Esc cancels; in a confirm dialog y and n
/// answer at once; in a choice dialog 1-9 pick an option.
public struct DialogState: Sendable, Hashable {
    public var selected: Int

    public init(selected: Int = 0) { self.selected = selected }

    public mutating func handle(_ key: Key, for dialog: Dialog) -> DialogOutcome? {
        let count = dialog.buttons.count
        switch key {
        case .right, .tab, .char("l"), .char("j"), .down: selected = (selected + 1) % count
        case .left, .backTab, .char("h"), .char("k"), .up: selected = (selected + count - 1) % count
        case .enter, .char(" "): return .chosen(selected)
        case .escape, .char("q"): return .cancelled
        case .char("y") where dialog.kind == .confirm: return .chosen(0)
        case .char("n") where dialog.kind == .confirm: return .chosen(1)
        case .char(let c) where dialog.kind != .confirm:
            if let n = c.wholeNumberValue, n >= 1, n <= count { return .chosen(n - 1) }
        default: break
        }
        return nil
    }
}

/// A modal box centred over the screen: a message with OK, a yes/no confirmation, or a
/// choice among options. The highlighted button is drawn "▶ Yes ◀" (not by colour alone).
public struct Dialog: Widget {
    public enum Kind: Sendable, Hashable {
        case message
        case confirm
        case choice([String])
    }

    public var title: String
    public var message: String
    public var kind: Kind
    public var state: DialogState

    public init(title: String, message: String, kind: Kind, state: DialogState = DialogState()) {
        self.title = title
        self.message = message
        self.kind = kind
        self.state = state
    }

    public var buttons: [String] {
        switch kind {
        case .message: return ["OK"]
        case .confirm: return ["Yes", "No"]
        case .choice(let options): return options.isEmpty ? ["OK"] : options
        }
    }

    func label(_ i: Int) -> String {
        let text = kind == .confirm || kind == .message ? buttons[i] : "\(i + 1) \(buttons[i])"
        return i == state.selected ? "▶ \(text) ◀" : "[ \(text) ]"
    }

    public func render(into buffer: inout Buffer, area: Rect, theme: Theme) {
        guard area.width >= 8, area.height >= 5 else { return }
        let labels = buttons.indices.map(label)
        let vertical: Bool
        let buttonRowWidth = labels.map(TextWidth.of).reduce(0, +) + 2 * (labels.count - 1)
        let maxWidth = min(area.width - 2, 64)
        vertical = buttonRowWidth > maxWidth - 4
        let widest = vertical ? (labels.map(TextWidth.of).max() ?? 0) : buttonRowWidth
        let messageWidth = min(TextWidth.of(message), maxWidth - 4)
        let width = min(maxWidth, max(widest + 4, messageWidth + 4, TextWidth.of(title) + 6, 24))
        var lines = TextLayout.wrap(message, width: width - 4)
        let buttonRows = vertical ? labels.count : 1
        let maxLines = max(1, area.height - 4 - buttonRows)
        if lines.count > maxLines {
            lines = Array(lines.prefix(maxLines))
            lines[maxLines - 1] = TextLayout.truncate(lines[maxLines - 1] + " …", to: width - 4)
        }
        let height = min(area.height, lines.count + buttonRows + 4)
        let box = area.centered(Size(width: width, height: height))
        buffer.fill(box, style: theme[.dialog])
        let border = Block(title: title, focused: true, borderRole: .dialogBorder)
        var borderTheme = theme
        borderTheme[.borderFocused] = theme[.dialogBorder]
        borderTheme[.titleFocused] = theme[.dialogBorder]
        border.render(into: &buffer, area: box, theme: borderTheme)
        for (i, line) in lines.enumerated() {
            buffer.put(line, x: box.x + 2, y: box.y + 1 + i, style: theme[.dialog])
        }
        let by = box.y + 2 + lines.count
        if vertical {
            for (i, l) in labels.enumerated() where by + i < box.maxY - 1 {
                buffer.put(l, x: box.x + 2, y: by + i, maxWidth: width - 4, style: theme[i == state.selected ? .buttonFocused : .button])
            }
        } else {
            var x = box.x + (width - buttonRowWidth) / 2
            for (i, l) in labels.enumerated() {
                x += buffer.put(l, x: x, y: by, style: theme[i == state.selected ? .buttonFocused : .button]) + 2
            }
        }
    }
}
