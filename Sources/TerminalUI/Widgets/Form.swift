/// One labelled field of a form, with its validation message.
public struct FormField: Sendable, Hashable {
    public var label: String
    public var input: TextInputState
    /// Shown under the field, in `.error`, after a "✗ " mark (visible without colour).
    public var error: String?
    /// Shown under the field, muted, when there is no error ("YYYY-MM-DD").
    public var hint: String?
    public var placeholder: String

    public init(_ label: String, value: String = "", error: String? = nil, hint: String? = nil, placeholder: String = "") {
        self.label = label
        self.input = TextInputState(value)
        self.error = error
        self.hint = hint
        self.placeholder = placeholder
    }

    public var value: String { input.text }
}

/// The fields of a form and which one has focus. Tab/Down and Shift-Tab/Up move between
/// fields; other keys edit the focused field. Invariant: `focus` is within `fields.indices`
/// (or 0 for an empty form).
public struct FormState: Sendable, Hashable {
    public var fields: [FormField]
    public private(set) var focus: Int

    public init(_ fields: [FormField], focus: Int = 0) {
        self.fields = fields
        self.focus = fields.isEmpty ? 0 : min(max(0, focus), fields.count - 1)
    }

    public var values: [String] { fields.map(\.value) }

    public mutating func focus(_ index: Int) {
        guard !fields.isEmpty else { return }
        focus = min(max(0, index), fields.count - 1)
    }

    /// Handles an event for the form; returns false when the form does not use it (Enter,
    /// Esc and application keys go to the caller).
    @discardableResult
    public mutating func handle(_ event: InputEvent) -> Bool {
        guard !fields.isEmpty else { return false }
        switch event {
        case .key(.tab), .key(.down):
            focus = (focus + 1) % fields.count
            return true
        case .key(.backTab), .key(.up):
            focus = (focus + fields.count - 1) % fields.count
            return true
        case .key(let k):
            return fields[focus].input.edit(key: k)
        case .paste(let text):
            fields[focus].input.insert(text)
            return true
        case .mouse, .resize:
            return false
        }
    }

    /// Sets the validation messages (nil clears), by field index.
    public mutating func setErrors(_ errors: [Int: String]) {
        for i in fields.indices { fields[i].error = errors[i] }
    }
}

/// A form: labels right-aligned in one column, inputs beside them, messages under the fields.
/// When the area is too short, it scrolls so the focused field is in view.
public struct Form: Widget {
    public var state: FormState
    public var focused: Bool

    public init(state: FormState, focused: Bool = true) {
        self.state = state
        self.focused = focused
    }

    func rows(of field: FormField) -> Int { field.error != nil || field.hint != nil ? 2 : 1 }

    /// Rows the whole form needs.
    public var height: Int { state.fields.map(rows).reduce(0, +) }

    public func render(into buffer: inout Buffer, area: Rect, theme: Theme) {
        guard !area.isEmpty, !state.fields.isEmpty else { return }
        let labelWidth = min(state.fields.map { TextWidth.of($0.label) }.max() ?? 0, area.width / 3)
        let inputX = area.x + labelWidth + 2
        let inputWidth = area.maxX - inputX
        // First field shown: scroll down until the focused field's rows fit.
        var first = 0
        while first < state.focus,
              state.fields[first...state.focus].map(rows).reduce(0, +) > area.height { first += 1 }
        var y = area.y
        for i in first..<state.fields.count {
            let field = state.fields[i]
            if y >= area.maxY { break }
            let isFocused = focused && i == state.focus
            let label = TextLayout.pad(field.label, to: labelWidth, align: .right)
            buffer.put(label, x: area.x, y: y, style: theme[isFocused ? .focus : .label])
            buffer.put(isFocused ? "▸" : ":", x: area.x + labelWidth, y: y, style: theme[isFocused ? .focus : .label])
            if inputWidth > 0 {
                TextInput(state: field.input, focused: isFocused, placeholder: field.placeholder)
                    .render(into: &buffer, area: Rect(x: inputX, y: y, width: inputWidth, height: 1), theme: theme)
            }
            y += 1
            if y < area.maxY, inputWidth > 0 {
                if let error = field.error {
                    buffer.put("✗ " + error, x: inputX, y: y, maxWidth: inputWidth, style: theme[.error])
                    y += 1
                } else if let hint = field.hint {
                    buffer.put(hint, x: inputX, y: y, maxWidth: inputWidth, style: theme[.muted])
                    y += 1
                }
            }
        }
    }
}
