import CaseCore
import TerminalUI

/// Draws the Agenda: one table of every item, a heading row per group. A CTL expired or at
/// risk, and an overdue item, carry a symbol and a word as well as a colour.
enum AgendaView {
    /// Data rows: the body inside its frame, below the column titles.
    static func tableRows(_ size: Size) -> Int { FramedTable.dataRows(in: AppLayout(size: size).body) }

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
        let a = state.agenda
        guard let table = FramedTable(&buffer, AppLayout(size: buffer.size).body, title: "Agenda",
                                      right: "\(Format.grouped(a.counts.items)) items · as of \(state.today.iso)",
                                      specs: specs, theme: t) else { return }
        if a.rows.isEmpty, state.catalog.agenda == nil {
            table.empty("Building the agenda…", into: &buffer)
            return
        }
        if a.rows.isEmpty {
            table.empty(AgendaScreen.filter(state).isEmpty ? "Nothing is due: no deadline in any case."
                : "No item matches the filter (F clears it).", into: &buffer)
            return
        }
        var pos = a.position
        pos.clamp(count: a.rows.count, height: table.height)
        for (row, y) in table.rows(from: pos.offset, count: a.rows.count) {
            switch a.rows.row(row, in: state.catalog.summaries) {
            case nil:
                break   // laid out before a change, drawn before it is laid out again: not expected
            case .group(let g, let count):
                table.heading("\(g.title) (\(count))", y: y, into: &buffer)
            case .item(let item):
                let cells = [mark(item), item.date.iso, String(state.today.days(to: item.date)), item.kind.short,
                             item.caseID, item.title, word(item)]
                var styles: [Int: Style] = [:]
                if item.isCTLAlarm || item.state == .veryOverdue {
                    styles[0] = t[.error].patched(with: Style(attributes: .bold)); styles[6] = styles[0]
                } else if item.state == .overdue {
                    styles[0] = t[.overdue]; styles[6] = t[.overdue]
                }
                table.row(cells, y: y, selected: row == pos.selected, style: t[.text], cellStyles: styles, into: &buffer)
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
