import CaseCore
import TerminalUI

/// Draws Editing's overlays: the part picker, forms (labels, inputs, the message at each
/// field, completion under the focused one), the delete confirmation, the conflict dialog
/// and the problems of a JSON edit. Pure, like every view.
extension Editing {
    static func render(_ state: AppState, _ overlay: EditingOverlay, into buffer: inout Buffer, area: Rect) {
        let t = state.theme
        switch overlay {
        case .picker(let p):
            let inner = OverlayView.box(&buffer, body: area, width: min(area.width - 2, 72), height: p.options.count + 4, title: p.title, theme: t)
            for (i, o) in p.options.enumerated() where i < inner.height - 1 {
                let selected = i == p.selected
                let line = (selected ? "›" : " ") + (i < 9 ? "\(i + 1) " : "  ") + o.label
                if selected { buffer.setStyle(t[.selection], in: Rect(x: inner.x, y: inner.y + i, width: inner.width, height: 1)) }
                buffer.put(line, x: inner.x, y: inner.y + i, maxWidth: inner.width, style: t[selected ? .selection : .text])
            }
            buffer.put(" Enter or 1-9 picks · Esc cancels", x: inner.x, y: inner.maxY - 1, maxWidth: inner.width, style: t[.muted])
        case .form(let s): form(state, s, into: &buffer, area: area)
        case .confirmDelete(let d):
            Dialog(title: "Delete", message: d.question, kind: .confirm, state: d.dialog).render(into: &buffer, area: area, theme: t)
        case .conflict(let c): conflict(state, c, into: &buffer, area: area)
        case .editorProblems(let e): editorProblems(state, e, into: &buffer, area: area)
        case .confirmUndo(let u): u.widget.render(into: &buffer, area: area, theme: t)
        case .confirmAdvance(let a): a.widget.render(into: &buffer, area: area, theme: t)
        case .fieldChoice(let s): fieldChoice(state, s, into: &buffer, area: area)
        }
    }

    static func form(_ state: AppState, _ s: FormSession, into buffer: inout Buffer, area: Rect) {
        let t = state.theme
        var fields: [FormField] = []
        for (i, f) in s.form.fields.enumerated() {
            var field = FormField(f.label, value: f.text)
            field.input = s.inputs[i]
            field.error = s.problems?.message(for: f.key)
            if i == s.focus, field.error == nil { field.hint = s.completionLine }
            fields.append(field)
        }
        let widget = Form(state: FormState(fields, focus: s.focus))
        let messages = s.formLevelMessages
        let width = min(area.width - 2, 96)
        // A CTL form says, as the user types, what the expiry is and how many days are left.
        let preview = s.form.preview(today: state.today).flatMap { Line.wrapped("→ " + $0, width: width - 4, role: .title) }
        let messageLines = preview + messages.flatMap { Line.wrapped("✗ " + $0, width: width - 4, role: .error) }
        var title = s.form.title
        // The case is named: from the Agenda or the list it is not the one behind the form.
        if let base = s.base { title += " · \(base.id) · rev \(base.revision) · \(base.sensitivity.label)" }
        OverlayView.formBox(&buffer, body: area, width: width, title: title, form: widget, under: messageLines, spare: 1,
                            keys: s.saving ? " Saving…" : " Enter saves · Esc cancels · Tab completes/next · ↑↓ fields", theme: t)
    }

    static func conflict(_ state: AppState, _ c: ConflictSession, into buffer: inout Buffer, area: Rect) {
        let t = state.theme
        let width = min(area.width - 2, 100)
        var lines: [Line] = []
        let who = c.byWhom.map { " " + $0 } ?? ""
        lines.append(Line("Their change (revision \(c.base.revision) → \(c.theirs.revision)\(who)):", .warning))
        lines += changeLines(c.theirChanges, width: width - 4)
        lines.append(Line("Your change (not saved):", .title))
        lines += changeLines(c.myChanges, width: width - 4)
        let buttons = c.options.enumerated().map { i, o in
            i == c.dialog.selected && !c.confirmingOverwrite ? "▶ \(i + 1) \(o) ◀" : "[ \(i + 1) \(o) ]"
        }
        let height = min(area.height, lines.count + buttons.count + 3)
        let inner = OverlayView.box(&buffer, body: area, width: width, height: height,
                                    title: "\(c.theirs.id) was saved by someone else first", theme: t)
        let listRows = max(1, inner.height - buttons.count - 1)
        TextLines.draw(lines, into: &buffer, area: Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: listRows),
                       scroll: c.scroll, theme: t)
        for (i, b) in buttons.enumerated() {
            let y = inner.y + listRows + 1 + i
            guard y < inner.maxY else { break }
            let focused = i == c.dialog.selected && !c.confirmingOverwrite
            buffer.put(b, x: inner.x + 2, y: y, maxWidth: inner.width - 2, style: t[focused ? .buttonFocused : .button])
        }
        if c.confirmingOverwrite { c.dialogWidget.render(into: &buffer, area: area, theme: t) }
    }

    static func changeLines(_ changes: [FieldChange], width: Int, limit: Int = 8) -> [Line] {
        if changes.isEmpty { return [Line("  (no field differs)", .muted)] }
        var out: [Line] = []
        for ch in changes.prefix(limit) {
            let text = TextLayout.truncate(Sanitizer.visible(ch.description), to: width - 4)
            out.append(Line(spans: [Span(text: "  • ", role: .muted), Span(text: text, role: .text)]))
        }
        if changes.count > limit { out.append(Line("  … and \(changes.count - limit) more", .muted)) }
        return out
    }

    static func editorProblems(_ state: AppState, _ e: EditorSession, into buffer: inout Buffer, area: Rect) {
        let t = state.theme
        let width = min(area.width - 2, 100)
        var lines: [Line] = [Line("Nothing was saved. The store still holds revision \(e.base.revision).", .muted)]
        for p in e.problems.dropFirst(e.scroll) {
            var place = ""
            if let line = p.line { place = "line \(line)" + (p.column.map { ", column \($0)" } ?? "") + " · " }
            lines += Line.wrapped("• " + place + p.path + " — " + p.message, width: width - 4, role: p.isWarning ? .warning : .error)
        }
        let buttons = editorChoices.enumerated().map { i, o in i == e.dialog.selected ? "▶ \(i + 1) \(o) ◀" : "[ \(i + 1) \(o) ]" }
        let height = min(area.height, lines.count + buttons.count + 3)
        let n = e.problems.count
        let inner = OverlayView.box(&buffer, body: area, width: width, height: height,
                                    title: "\(n) problem\(n == 1 ? "" : "s") in the JSON of \(e.base.id)", theme: t)
        let listRows = max(1, inner.height - buttons.count - 1)
        TextLines.draw(lines, into: &buffer, area: Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: listRows), scroll: 0, theme: t)
        for (i, b) in buttons.enumerated() {
            let y = inner.y + listRows + 1 + i
            guard y < inner.maxY else { break }
            buffer.put(b, x: inner.x + 2, y: y, maxWidth: inner.width - 2, style: t[i == e.dialog.selected ? .buttonFocused : .button])
        }
    }
}
