import CaseCore
import TerminalUI

/// The `f` menu: first a kind of filter (one key each), then for status, crime type, unit and
/// lawyer a value from a list.
struct QuickFilterMenu: Sendable, Equatable {
    enum Kind: String, Sendable, Equatable, CaseIterable {
        case status, crimeType, unit, lawyer, mine, overdue, ctlAlarm, noNextAction, clear

        var key: Character {
            switch self {
            case .status: "s"
            case .crimeType: "c"
            case .unit: "u"
            case .lawyer: "l"
            case .mine: "m"
            case .overdue: "o"
            case .ctlAlarm: "r"
            case .noNextAction: "n"
            case .clear: "x"
            }
        }

        var label: String {
            switch self {
            case .status: "status"
            case .crimeType: "crime type"
            case .unit: "unit"
            case .lawyer: "lawyer"
            case .mine: "mine (my cases)"
            case .overdue: "overdue requests"
            case .ctlAlarm: "CTL at risk or expired"
            case .noNextAction: "no next action"
            case .clear: "clear quick filters"
            }
        }
    }

    /// nil while choosing the kind.
    var kind: Kind?
    /// The values offered for `kind`: (value, label).
    var choices: [Choice] = []
    var position = ListPosition()

    struct Choice: Sendable, Equatable {
        var value: String
        var label: String
    }
}

extension AppState {
    /// Keys while the quick filter menu is up.
    mutating func quickFilterKey(_ menu: QuickFilterMenu, _ key: Key) -> [Effect] {
        var menu = menu
        let command = keys.list.command(for: key)
        if command == .close { overlay = nil; return [] }
        guard let kind = menu.kind else {
            guard case .char(let c) = key, let kind = QuickFilterMenu.Kind.allCases.first(where: { $0.key == c }) else {
                return []
            }
            switch kind {
            case .mine: cases.quick.mine.toggle()
            case .overdue: cases.quick.overdue.toggle()
            case .ctlAlarm: cases.quick.ctlAlarm.toggle()
            case .noNextAction: cases.quick.noNextAction.toggle()
            case .clear: cases.quick = QuickFilters()
            case .status, .crimeType, .unit, .lawyer:
                menu.kind = kind
                menu.choices = quickChoices(kind)
                overlay = .quickFilter(menu)
                return []
            }
            overlay = nil
            requickCases()
            return []
        }
        let count = menu.choices.count
        switch command {
        case .down: menu.position.move(by: 1, count: count)
        case .up: menu.position.move(by: -1, count: count)
        case .pageDown: menu.position.move(by: 12, count: count)
        case .pageUp: menu.position.move(by: -12, count: count)
        case .top: menu.position.selected = 0
        case .bottom: menu.position.selected = max(0, count - 1)
        case .pick:
            guard menu.position.selected < count else { return [] }
            let value = menu.choices[menu.position.selected].value
            switch kind {
            case .status: cases.quick.status = value.isEmpty ? nil : CaseStatus(rawValue: value)
            case .crimeType: cases.quick.crimeType = value.isEmpty ? nil : CrimeType(rawValue: value)
            case .unit: cases.quick.unit = value.isEmpty ? nil : value
            case .lawyer: cases.quick.lawyer = value.isEmpty ? nil : value
            default: break
            }
            overlay = nil
            requickCases()
            return []
        case .close, nil: return []
        }
        menu.position.clamp(count: count, height: 12)
        overlay = .quickFilter(menu)
        return []
    }

    /// The values offered for a kind, with "any" first to turn the filter off.
    func quickChoices(_ kind: QuickFilterMenu.Kind) -> [QuickFilterMenu.Choice] {
        typealias C = QuickFilterMenu.Choice
        let any = C(value: "", label: "any")
        switch kind {
        case .status: return [any] + CaseStatus.allCases.map { C(value: $0.rawValue, label: $0.label) }
        case .crimeType: return [any] + CrimeType.allCases.map { C(value: $0.rawValue, label: $0.label) }
        case .unit:
            let units = meta?.units ?? []
            return [any] + units.map { C(value: $0.id, label: "\($0.id)  \($0.name)") }
        case .lawyer:
            let people = (meta?.people ?? []).filter { $0.role == .prosecutor || $0.role == .liaisonProsecutor }
            return [any] + people.map { C(value: $0.id, label: meta?.personName($0.id) ?? $0.name) }
        case .mine, .overdue, .ctlAlarm, .noNextAction, .clear: return []
        }
    }
}
