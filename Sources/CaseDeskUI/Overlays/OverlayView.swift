import CaseCore
import TerminalUI

/// Draws the overlay boxes (the command line and the chase note live in the footer).
enum OverlayView {
    static func render(_ state: AppState, _ overlay: Overlay, into buffer: inout Buffer, body: Rect) {
        switch overlay {
        case .commandLine, .chaseNote: return
        case .quickFilter(let menu): quickFilter(state, menu, into: &buffer, body: body)
        case .problems(let d, let scroll): problems(state, d, scroll, into: &buffer, body: body)
        case .messages(let scroll): messages(state, scroll, into: &buffer, body: body)
        case .editing(let e): Editing.render(state, e, into: &buffer, area: body)
        case .people(let form): PeopleScreen.renderForm(state, form, into: &buffer, area: body)
        }
    }

    /// A box centred in `body`, cleared, with a frame; returns the inside.
    static func box(_ buffer: inout Buffer, body: Rect, width: Int, height: Int, title: String, theme: Theme) -> Rect {
        let w = min(width, body.width), h = min(height, body.height)
        let rect = Rect(x: body.x + (body.width - w) / 2, y: body.y + (body.height - h) / 2, width: w, height: h)
        buffer.fill(rect, style: theme[.dialog])
        return Frame.draw(&buffer, rect, title: title, focused: true, theme: theme)
    }

    /// A form in a box (Editing's and the People screen's): the fields, `spare` blank rows, the
    /// lines under them (what the form works out, what is wrong), and the keys on the last line.
    static func formBox(_ buffer: inout Buffer, body: Rect, width: Int, title: String, form: Form, under: [Line],
                        spare: Int = 0, keys: String, theme: Theme) {
        let height = min(body.height, form.height + spare + under.count + 3)
        let inner = box(&buffer, body: body, width: width, height: height, title: title, theme: theme)
        let formRows = max(1, inner.height - under.count - 1)
        form.render(into: &buffer, area: Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: formRows), theme: theme)
        TextLines.draw(under, into: &buffer, area: Rect(x: inner.x + 1, y: inner.y + formRows, width: inner.width - 2,
                                                        height: under.count), scroll: 0, theme: theme)
        buffer.put(keys, x: inner.x, y: inner.maxY - 1, maxWidth: inner.width, style: theme[.muted])
    }

    static func quickFilter(_ state: AppState, _ menu: QuickFilterMenu, into buffer: inout Buffer, body: Rect) {
        let t = state.theme
        guard let kind = menu.kind else {
            let kinds = QuickFilterMenu.kinds(menu.target)
            let inner = box(&buffer, body: body, width: 56, height: kinds.count + 3, title: "Quick filter", theme: t)
            for (i, k) in kinds.enumerated() where i < inner.height {
                let y = inner.y + i
                buffer.put(" " + String(k.key), x: inner.x, y: y, style: t[.keyHint])
                buffer.put(TextLayout.pad(k.label, to: 22, align: .left), x: inner.x + 4, y: y, maxWidth: inner.width - 4, style: t[.text])
                if let v = state.quickSummary(k, menu.target) {
                    // Cut with "…" so a long list of ticked values does not look whole.
                    buffer.putFitted(v, x: inner.x + 27, y: y, width: max(0, inner.width - 27), style: t[.muted])
                }
            }
            if inner.height > kinds.count {
                buffer.put(" Esc closes", x: inner.x, y: inner.y + inner.height - 1, maxWidth: inner.width, style: t[.muted])
            }
            return
        }
        let rows = min(menu.choices.count, max(1, body.height - 5))
        let inner = box(&buffer, body: body, width: 56, height: rows + 3, title: "Quick filter: " + kind.label, theme: t)
        let listRows = max(1, inner.height - 1)
        var pos = menu.position
        pos.clamp(count: menu.choices.count, height: listRows)
        for r in 0..<listRows {
            let i = pos.offset + r
            guard i < menu.choices.count else { break }
            let selected = i == pos.selected
            let style = selected ? t[.selection] : t[.text]
            if selected { buffer.setStyle(style, in: Rect(x: inner.x, y: inner.y + r, width: inner.width, height: 1)) }
            let choice = menu.choices[i]
            // "any" is ticked when nothing else is: the filter is off.
            let on = choice.value.isEmpty ? menu.ticked.isEmpty : menu.ticked.contains(choice.value)
            buffer.put((on ? " [x] " : " [ ] ") + choice.label, x: inner.x, y: inner.y + r, maxWidth: inner.width, style: style)
        }
        if inner.height > 1 {
            buffer.put(" Space ticks several · Enter applies · Esc cancels", x: inner.x, y: inner.y + inner.height - 1,
                       maxWidth: inner.width, style: t[.muted])
        }
    }

    static func problems(_ state: AppState, _ d: DamagedCase, _ scroll: Int, into buffer: inout Buffer, body: Rect) {
        let t = state.theme
        let width = min(body.width - 2, 100)
        var lines: [Line] = [Line(d.path, .muted), Line()]
        for p in d.problems { lines += Line.wrapped("• " + p.description, width: width - 2, role: .error) }
        lines += [Line(), Line("This file is never written over. Fix it, then press r to reload. Esc closes.", .muted)]
        let inner = box(&buffer, body: body, width: width, height: min(body.height, lines.count + 2),
                        title: "Damaged case \(d.id)", theme: t)
        TextLines.draw(lines, into: &buffer, area: inner, frame: inner.inset(by: -1), scroll: scroll, theme: t)
    }
}
