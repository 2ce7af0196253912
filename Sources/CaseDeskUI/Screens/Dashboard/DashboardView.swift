import CaseCore
import TerminalUI

/// Draws the Dashboard's body from `DashboardState`: formatting only, every figure was
/// computed in reduce. Costs what the screen shows, whatever the size of the store.
enum DashboardView {
    static func render(_ state: AppState, into buffer: inout Buffer, area: Rect) {
        let t = state.theme
        guard let figures = state.dashboard.figures else {
            buffer.put("Computing the measures…", x: area.x + 1, y: area.y, maxWidth: area.width - 2, style: t[.muted])
            return
        }
        if let drill = state.dashboard.drill {
            DashboardDrillView.render(state, drill, into: &buffer, area: area)
        } else if figures.breakdown == .none {
            let flow = DashboardLayout.overview(state, size: buffer.size)
            drawFlow(flow, into: &buffer, scroll: state.dashboard.scroll, selected: state.dashboard.selected,
                     cell: state.dashboard.cell, theme: t)
        } else {
            DashboardTableView.render(state, figures, into: &buffer)
        }
    }

    /// Draws the columns of sections from line `scroll`; `selected` indexes `flow.selectable`,
    /// `cell` is the figure chosen on a selected line that has several.
    static func drawFlow(_ flow: DashboardLayout.Flow, into buffer: inout Buffer, scroll: Int, selected: Int?,
                         cell: Int = 0, theme t: Theme) {
        let scroll = max(0, min(scroll, flow.contentHeight - flow.height))
        let chosen = selected.flatMap { flow.selectable.indices.contains($0) ? flow.selectable[$0] : nil }
        for (c, column) in flow.columns.enumerated() {
            let x = flow.x(ofColumn: c)
            for row in 0..<flow.height {
                let l = scroll + row
                guard l < column.count, let slot = column[l] else { continue }
                let section = flow.sections[slot.section]
                let rect = Rect(x: x, y: flow.area.y + row, width: flow.columnWidth, height: 1)
                guard let i = slot.item else {
                    drawTitle(section, into: &buffer, rect: rect, theme: t)
                    continue
                }
                let isSelected = chosen.map { $0.column == c && $0.line == l } ?? false
                drawItem(section.items[i], in: section, into: &buffer, rect: rect, selected: isSelected, cell: cell, theme: t)
            }
        }
        // More below or above (when the user can scroll): say so, since a cut screen looks complete.
        if selected != nil, flow.contentHeight > flow.height {
            let more = (scroll > 0 ? "↑" : "") + (scroll + flow.height < flow.contentHeight ? "↓ more" : "")
            if !more.isEmpty {
                let w = TextWidth.of(more)
                let y = flow.area.y + flow.height - 1
                // At the end of the bottom line of the last column that has the room blank
                // there, so it never hides a figure drawn at a column's edge.
                let ends = flow.columns.indices.reversed().map { c in
                    c == flow.columns.count - 1 ? flow.area.x + flow.area.width : flow.x(ofColumn: c) + flow.columnWidth
                }
                let free = ends.first { end in (end - w - 1..<end).allSatisfy { buffer[$0, y].grapheme == " " } }
                buffer.put(more, x: (free ?? ends[0]) - w, y: y, style: t[.muted])
            }
        }
    }

    static func drawTitle(_ section: DashboardSection, into buffer: inout Buffer, rect: Rect, theme t: Theme) {
        let used = buffer.put(section.title, x: rect.x, y: rect.y, maxWidth: rect.width,
                              style: t[.title].patched(with: Style(attributes: .bold)))
        let w = TextWidth.of(section.aside)
        if w > 0, used + 1 + w <= rect.width {
            buffer.put(section.aside, x: rect.x + rect.width - w, y: rect.y, style: t[.muted])
        }
    }

    /// "› Label ........ value bar/after": labels and values line up within a section.
    static func drawItem(_ item: DashboardItem, in section: DashboardSection, into buffer: inout Buffer, rect: Rect,
                         selected: Bool, cell: Int = 0, theme t: Theme) {
        if selected { buffer.setStyle(t[.selection], in: rect) }
        let base = selected ? t[.selection] : Style()
        func style(_ role: Role) -> Style { selected ? t[.selection] : t[role] }
        if item.kind == .note {
            buffer.put(item.label, x: rect.x + 1, y: rect.y, maxWidth: rect.width - 1, style: base.patched(with: t[item.valueRole]))
            return
        }
        buffer.put(selected ? "›" : " ", x: rect.x, y: rect.y, style: style(.text))
        if !item.cells.isEmpty {
            drawCells(item, into: &buffer, rect: rect, chosen: selected ? cell : nil, style: style(.text))
            return
        }
        let figures = section.items.filter { $0.kind == .figure }
        let valueWidth = figures.map { TextWidth.of($0.value) }.max() ?? 0
        let hasAfter = figures.contains { $0.bar != nil || !$0.after.isEmpty }
        let labelRoom = rect.width - 1 - 1 - valueWidth - (hasAfter ? 1 + min(10, rect.width / 4) : 0)
        let labelWidth = max(1, min(figures.map { TextWidth.of($0.label) }.max() ?? 0, labelRoom))
        let label = TextLayout.pad(TextLayout.truncate(item.label, to: labelWidth), to: labelWidth, align: .left)
        buffer.put(label, x: rect.x + 1, y: rect.y, style: style(.text))
        let vx = rect.x + 1 + labelWidth + 1
        buffer.put(TextLayout.pad(item.value, to: valueWidth, align: .right), x: vx, y: rect.y,
                   maxWidth: max(0, rect.x + rect.width - vx), style: style(item.valueRole))
        let ax = vx + valueWidth + 1
        let room = rect.x + rect.width - ax
        guard room > 0 else { return }
        if let bar = item.bar {
            // BarChart with no label draws its bar from one column in: give it that column.
            BarChart([BarChart.Bar("", value: bar, valueText: "")], maxValue: 1)
                .render(into: &buffer, area: Rect(x: ax - 1, y: rect.y, width: room + 1, height: 1), theme: t)
            if selected { buffer.setStyle(t[.selection], in: Rect(x: ax, y: rect.y, width: room, height: 1)) }
        } else if !item.after.isEmpty {
            buffer.put(item.after, x: ax, y: rect.y, maxWidth: room, style: style(item.afterRole))
        }
    }

    /// "› OCD-LON      12     3     2": the label, then the cells right-aligned at the column's
    /// edge, under the section title's headings; the chosen cell of the selected line is
    /// underlined (it is what Enter lists).
    static func drawCells(_ item: DashboardItem, into buffer: inout Buffer, rect: Rect, chosen: Int?, style: Style) {
        let block = item.cells.reduce(0) { $0 + TextWidth.of($1) } + item.cells.count - 1
        let cx = max(rect.x + 1, rect.x + rect.width - block)
        let labelWidth = max(0, cx - 1 - (rect.x + 1))
        buffer.put(TextLayout.truncate(Sanitizer.visible(item.label), to: labelWidth), x: rect.x + 1, y: rect.y, style: style)
        var x = cx
        for (i, text) in item.cells.enumerated() {
            let underline = chosen.map { min($0, item.cells.count - 1) == i } ?? false
            let s = underline ? style.patched(with: Style(attributes: .underline)) : style
            // Underline only the digits, not the padding, so the chosen figure stands out.
            let trimmed = text.drop { $0 == " " }
            let pad = text.count - trimmed.count
            buffer.put(String(repeating: " ", count: pad), x: x, y: rect.y, maxWidth: max(0, rect.x + rect.width - x), style: style)
            buffer.put(String(trimmed), x: x + pad, y: rect.y, maxWidth: max(0, rect.x + rect.width - x - pad), style: s)
            x += TextWidth.of(text) + 1
        }
    }
}
