import CaseCore
import TerminalUI

/// Draws the Agenda: one table of every item, a heading row per group. A CTL expired or at
/// risk, and an overdue item, carry a symbol and a word as well as a colour.
enum AgendaView {
    /// Data rows: the body inside its frame, below the column titles.
    static func tableRows(_ size: Size) -> Int { max(1, AppLayout(size: size).body.height - 3) }

    static let specs: [ColumnSpec] = [
        ColumnSpec(title: "", width: 1, priority: 100),
        ColumnSpec(title: "Date", width: 10, priority: 99),
        ColumnSpec(title: "Days", width: 5, priority: 80, alignment: .right),
        ColumnSpec(title: "Kind", width: 7, priority: 90),
        ColumnSpec(title: "Case", width: 14, priority: 95),
        ColumnSpec(title: "What", width: 16, flexible: true, priority: 94),
        ColumnSpec(title: "State", width: 12, priority: 98),
    ]

    /// The symbol of an item: ‼ CTL expired, ! CTL at risk, * overdue.
    static func mark(_ item: DeadlineItem) -> String {
        if item.ctl == .expired { return "‼" }
        if item.ctl == .atRisk { return "!" }
        return item.state == .overdue || item.state == .veryOverdue ? "*" : ""
    }

    static func word(_ item: DeadlineItem) -> String {
        if let c = item.ctl, c == .expired || c == .atRisk { return c.word }
        return item.state == .upcoming || item.state == .today ? item.state.label : item.state.label
    }

    static func render(_ state: AppState, into buffer: inout Buffer) {
        let t = state.theme
        let body = AppLayout(size: buffer.size).body
        let a = state.agenda
        let inner = Frame.draw(&buffer, body, title: "Agenda", focused: true, theme: t,
                               right: "\(Format.grouped(a.counts.items)) items · as of \(state.today.iso)")
        guard inner.width > 0, inner.height > 1 else { return }
        let cols = Columns.layout(specs, width: inner.width - 1)
        Columns.drawRow(&buffer, specs.map(\.title), layout: cols, specs: specs, origin: inner.x + 1, y: inner.y,
                        style: t[.tableHeader])
        if a.rows.isEmpty {
            let why = AgendaScreen.filter(state).isEmpty ? "Nothing is due: no deadline in any case." : "No item matches the filter (F clears it)."
            buffer.put(why, x: inner.x + 1, y: inner.y + 1, maxWidth: inner.width - 1, style: t[.muted])
            return
        }
        var pos = a.position
        pos.clamp(count: a.rows.count, height: inner.height - 1)
        for r in 0..<(inner.height - 1) {
            let row = pos.offset + r
            guard row < a.rows.count else { break }
            let y = inner.y + 1 + r
            switch a.rows[row] {
            case .group(let g, let count):
                buffer.put("\(g.title) (\(count))", x: inner.x, y: y, maxWidth: inner.width, style: t[.title])
            case .item(let item):
                let selected = row == pos.selected
                if selected {
                    buffer.setStyle(t[.selection], in: Rect(x: inner.x, y: y, width: inner.width, height: 1))
                    buffer.put("›", x: inner.x, y: y, style: t[.selection])
                }
                let cells = [mark(item), item.date.iso, String(state.today.days(to: item.date)), item.kind.short,
                             item.caseID, item.title, word(item)]
                var styles: [Int: Style] = [:]
                if item.isCTLAlarm || item.state == .veryOverdue {
                    styles[0] = t[.error].patched(with: Style(attributes: .bold)); styles[6] = styles[0]
                } else if item.state == .overdue {
                    styles[0] = t[.overdue]; styles[6] = t[.overdue]
                }
                Columns.drawRow(&buffer, cells, layout: cols, specs: specs, origin: inner.x + 1, y: y,
                                style: selected ? t[.selection] : t[.text], cellStyles: styles)
            }
        }
    }

    /// The context line: the filter in force and the alarms.
    static func context(_ state: AppState) -> ([Span], String) {
        let a = state.agenda
        var spans = [Span(text: " Filter: ", role: .muted)]
        var parts: [String] = []
        if a.mineOnly { parts.append("mine") }
        if let k = a.kind { parts.append(k.label.lowercased()) }
        if let u = a.unit { parts.append(u) }
        if let l = a.lawyer { parts.append(state.personName(l)) }
        if a.from != nil || a.to != nil { parts.append("\(a.from?.iso ?? "…")–\(a.to?.iso ?? "…")") }
        spans.append(Span(text: parts.isEmpty ? "all" : parts.joined(separator: " · "), role: .text))
        return (spans, "‼ \(a.counts.ctlExpired) CTL expired  ! \(a.counts.ctlAtRisk) at risk  * \(a.counts.overdue) overdue")
    }
}
