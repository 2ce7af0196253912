import CaseCore
import TerminalUI

/// Draws the People and units screen: one table, a heading row for the people and one for
/// the units. A retired one says so in words (the Retired column), not by colour alone.
enum PeopleView {
    /// Data rows: the body inside its frame, below the column titles.
    static func tableRows(_ size: Size) -> Int { max(1, AppLayout(size: size).body.height - 3) }

    /// A person's Units are those of the cases they are lawyer or caseworker on; a unit's, how many cases it has.
    static let specs: [ColumnSpec] = [
        ColumnSpec(title: "Id", width: 12, priority: 100),
        ColumnSpec(title: "Name", width: 22, priority: 99),
        ColumnSpec(title: "Role or kind", width: 18, priority: 90),
        ColumnSpec(title: "Units", width: 10, flexible: true, priority: 70),
        ColumnSpec(title: "Retired", width: 10, priority: 95),
    ]

    static func render(_ state: AppState, into buffer: inout Buffer) {
        let t = state.theme
        let body = AppLayout(size: buffer.size).body
        let p = state.people
        let inner = Frame.draw(&buffer, body, title: "People and units", focused: true, theme: t,
                               right: "store.json · changes audited")
        guard inner.width > 0, inner.height > 1 else { return }
        let cols = Columns.layout(specs, width: inner.width - 1)
        Columns.drawRow(&buffer, specs.map(\.title), layout: cols, specs: specs, origin: inner.x + 1, y: inner.y,
                        style: t[.tableHeader])
        var pos = p.position
        pos.clamp(count: p.rows.count, height: inner.height - 1)
        for r in 0..<(inner.height - 1) {
            let row = pos.offset + r
            guard row < p.rows.count else { break }
            let y = inner.y + 1 + r
            let cells: [String]
            switch p.rows[row] {
            case .group(let title, let count):
                buffer.put("\(title) (\(count))", x: inner.x, y: y, maxWidth: inner.width, style: t[.title])
                continue
            case .person(let person, let units):
                cells = [person.id, state.meta?.personName(person.id) ?? person.name, person.role.label,
                         units.isEmpty ? "–" : units.joined(separator: ", "), person.retired?.iso ?? "–"]
            case .unit(let unit, let cases):
                cells = [unit.id, unit.name, unit.kind.label, "\(Format.grouped(cases)) case\(cases == 1 ? "" : "s")",
                         unit.retired?.iso ?? "–"]
            }
            let selected = row == pos.selected
            if selected {
                buffer.setStyle(t[.selection], in: Rect(x: inner.x, y: y, width: inner.width, height: 1))
                buffer.put("›", x: inner.x, y: y, style: t[.selection])
            }
            let retired = p.rows[row].subject?.retired != nil
            Columns.drawRow(&buffer, cells, layout: cols, specs: specs, origin: inner.x + 1, y: y,
                            style: selected ? t[.selection] : t[retired ? .muted : .text])
        }
    }

    /// The context line: what is shown, and the counts.
    static func context(_ state: AppState) -> ([Span], String) {
        let people = state.meta?.people ?? [], units = state.meta?.units ?? []
        let retired = people.filter { $0.retired != nil }.count + units.filter { $0.retired != nil }.count
        let spans = [Span(text: " The store's people and units (as `casedesk people`/`units`)", role: .muted)]
        let right = "\(people.count) people · \(units.count) units" + (retired > 0 ? " · \(retired) retired" : "")
        return (spans, right)
    }
}
