import CaseCore
import TerminalUI

/// Draws the People and units screen: one table, a heading row for the people and one for
/// the units. A retired one says so in words (the Retired column), not by colour alone.
enum PeopleView {
    /// Data rows: the body inside its frame, below the column titles.
    static func tableRows(_ size: Size) -> Int { FramedTable.dataRows(in: AppLayout(size: size).body) }

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
        let p = state.people
        guard let table = FramedTable(&buffer, AppLayout(size: buffer.size).body, title: "People and units",
                                      right: "store.json · changes audited", specs: specs, theme: t) else { return }
        var pos = p.position
        pos.clamp(count: p.rows.count, height: table.height)
        for (row, y) in table.rows(from: pos.offset, count: p.rows.count) {
            let cells: [String]
            switch p.rows[row] {
            case .group(let title, let count):
                table.heading("\(title) (\(count))", y: y, into: &buffer)
                continue
            case .person(let person, let units):
                cells = [person.id, state.meta?.personName(person.id) ?? person.name, person.role.label,
                         units.isEmpty ? "–" : units.joined(separator: ", "), person.retired?.iso ?? "–"]
            case .unit(let unit, let cases):
                cells = [unit.id, unit.name, unit.kind.label, "\(Format.grouped(cases)) case\(cases == 1 ? "" : "s")",
                         unit.retired?.iso ?? "–"]
            }
            let retired = p.rows[row].subject?.retired != nil
            table.row(cells, y: y, selected: row == pos.selected, style: t[retired ? .muted : .text], into: &buffer)
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
