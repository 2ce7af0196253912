import CaseCore
import TerminalUI

/// The `f` menu of the case list and of the MLA board: first a kind of filter (one key each),
/// then for the kinds with values a list where Space ticks several (they combine with OR) and
/// Enter applies them; Enter with nothing ticked takes the value under the cursor alone.
struct QuickFilterMenu: Sendable, Equatable {
    /// The screen whose filters the menu sets.
    enum Target: Sendable, Equatable { case cases, board }

    enum Kind: String, Sendable, Equatable, CaseIterable {
        case status, crimeType, unit, lawyer, open
        case direction, requestKind, country
        case mine, overdue, toChase, urgent, ctlAlarm, noNextAction, clear

        /// Unique within each target's kinds (`c` is crime type on the list, country on the board).
        var key: Character {
            switch self {
            case .status: "s"
            case .crimeType: "c"
            case .unit: "u"
            case .lawyer: "l"
            case .open: "f"
            case .direction: "d"
            case .requestKind: "k"
            case .country: "c"
            case .mine: "m"
            case .overdue: "o"
            case .toChase: "t"
            case .urgent: "u"
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
            case .open: "open (not finalised)"
            case .direction: "direction (out, in)"
            case .requestKind: "kind (MLA, EAW, …)"
            case .country: "country"
            case .mine: "mine (my cases)"
            case .overdue: "overdue requests"
            case .toChase: "requests to chase"
            case .urgent: "urgent requests"
            case .ctlAlarm: "CTL at risk or expired"
            case .noNextAction: "no next action"
            case .clear: "clear quick filters"
            }
        }

        /// Kinds with a list of values (the others switch on and off).
        var hasValues: Bool {
            switch self {
            case .status, .crimeType, .unit, .lawyer, .direction, .requestKind, .country: true
            default: false
            }
        }
    }

    static func kinds(_ target: Target) -> [Kind] {
        switch target {
        case .cases: [.status, .crimeType, .unit, .lawyer, .open, .mine, .overdue, .ctlAlarm, .noNextAction, .clear]
        case .board: [.mine, .direction, .requestKind, .country, .overdue, .toChase, .urgent, .clear]
        }
    }

    var target: Target = .cases
    /// nil while choosing the kind.
    var kind: Kind?
    /// The values offered for `kind`: (value, label); the first, "any", turns the filter off.
    var choices: [Choice] = []
    /// The values ticked with Space (at first, the ones in force).
    var ticked: Set<String> = []
    /// Whether Space was used: then Enter applies `ticked`, else the value under the cursor.
    var tickedByHand = false
    var position = ListPosition()

    init(target: Target = .cases) { self.target = target }

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
            guard case .char(let c) = key, let kind = QuickFilterMenu.kinds(menu.target).first(where: { $0.key == c }) else {
                return []
            }
            if kind.hasValues {
                menu.kind = kind
                menu.choices = quickChoices(kind)
                menu.ticked = quickValues(kind)
                overlay = .quickFilter(menu)
            } else {
                overlay = nil
                if kind == .clear { clearQuickFilters(menu.target) } else { toggleQuick(kind, menu.target) }
            }
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
        case .toggle:
            guard menu.position.selected < count else { return [] }
            let value = menu.choices[menu.position.selected].value
            menu.tickedByHand = true
            // "any" unticks everything; a value ticks or unticks itself.
            if value.isEmpty { menu.ticked = [] } else if menu.ticked.remove(value) == nil { menu.ticked.insert(value) }
            menu.position.move(by: 1, count: count)
        case .pick:
            guard menu.position.selected < count else { return [] }
            let value = menu.choices[menu.position.selected].value
            let values: Set<String> = menu.tickedByHand ? menu.ticked : (value.isEmpty ? [] : [value])
            overlay = nil
            setQuickValues(kind, values)
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
        func words<V: Vocabulary>(_ type: V.Type) -> [C] { [any] + V.allCases.map { C(value: $0.rawValue, label: $0.label) } }
        switch kind {
        case .status: return words(CaseStatus.self)
        case .crimeType: return words(CrimeType.self)
        case .direction: return words(RequestDirection.self)
        case .requestKind: return words(RequestKind.self)
        case .unit:
            let units = meta?.units ?? []
            return [any] + units.map { C(value: $0.id, label: "\($0.id)  \($0.name)") }
        case .lawyer:
            let people = (meta?.people ?? []).filter { $0.role == .prosecutor || $0.role == .liaisonProsecutor }
            return [any] + people.map { C(value: $0.id, label: meta?.personName($0.id) ?? $0.name) }
        case .country:
            // The countries the store's requests name, most requests first.
            var n: [String: Int] = [:]
            for s in summaries { for r in s.requests { n[r.country, default: 0] += 1 } }
            let codes = n.keys.sorted { n[$0]! != n[$1]! ? n[$0]! > n[$1]! : $0 < $1 }
            return [any] + codes.map { C(value: $0, label: $0 + (Countries.name(of: $0).map { "  " + $0 } ?? "")) }
        default: return []
        }
    }

    /// The values of a kind in force, as the menu's strings.
    func quickValues(_ kind: QuickFilterMenu.Kind) -> Set<String> {
        let q = cases.quick, b = board.quick
        switch kind {
        case .status: return Set(q.statuses.map(\.rawValue))
        case .crimeType: return Set(q.crimeTypes.map(\.rawValue))
        case .unit: return q.units
        case .lawyer: return q.lawyers
        case .direction: return Set(b.directions.map(\.rawValue))
        case .requestKind: return Set(b.kinds.map(\.rawValue))
        case .country: return b.countries
        default: return []
        }
    }

    /// Sets the values of a kind (empty: off) and lays out its screen again.
    mutating func setQuickValues(_ kind: QuickFilterMenu.Kind, _ values: Set<String>) {
        func words<V: Vocabulary>(_ type: V.Type) -> Set<V> { Set(values.compactMap(V.init(rawValue:))) }
        switch kind {
        case .status: cases.quick.statuses = words(CaseStatus.self)
        case .crimeType: cases.quick.crimeTypes = words(CrimeType.self)
        case .unit: cases.quick.units = values
        case .lawyer: cases.quick.lawyers = values
        case .direction: board.quick.directions = words(RequestDirection.self)
        case .requestKind: board.quick.kinds = words(RequestKind.self)
        case .country: board.quick.countries = values
        default: return
        }
        kind == .direction || kind == .requestKind || kind == .country ? layOutBoard() : requickCases()
    }

    /// Switches a filter without values on or off.
    mutating func toggleQuick(_ kind: QuickFilterMenu.Kind, _ target: QuickFilterMenu.Target) {
        switch (target, kind) {
        case (.cases, .open): cases.quick.statuses = cases.quick.statuses == CaseStatus.open ? [] : CaseStatus.open
        case (.cases, .mine): cases.quick.mine.toggle()
        case (.cases, .overdue): cases.quick.overdue.toggle()
        case (.cases, .ctlAlarm): cases.quick.ctlAlarm.toggle()
        case (.cases, .noNextAction): cases.quick.noNextAction.toggle()
        case (.board, .mine): board.quick.mine.toggle()
        case (.board, .overdue): board.quick.overdue.toggle()
        case (.board, .toChase): board.quick.toChase.toggle()
        case (.board, .urgent): board.quick.urgent.toggle()
        default: return
        }
        target == .board ? layOutBoard() : requickCases()
    }

    /// `F`, or `x` in the menu: every quick filter of a screen off.
    mutating func clearQuickFilters(_ target: QuickFilterMenu.Target) {
        switch target {
        case .cases:
            cases.quick = QuickFilters()
            requickCases()
        case .board:
            board.quick = BoardFilters()
            layOutBoard()
        }
    }

    /// What a kind is set to now, for the first page of the menu.
    func quickSummary(_ kind: QuickFilterMenu.Kind, _ target: QuickFilterMenu.Target) -> String? {
        let q = cases.quick, b = board.quick
        func onOff(_ on: Bool) -> String { on ? "on" : "off" }
        func list(_ values: [String]) -> String { values.isEmpty ? "any" : values.joined(separator: ", ") }
        switch kind {
        case .status: return list(q.statuses.sorted().map(\.label))
        case .crimeType: return list(q.crimeTypes.sorted().map(\.label))
        case .unit: return list(q.units.sorted())
        case .lawyer: return list(q.lawyers.sorted().map { personName($0) })
        case .open: return onOff(q.statuses == CaseStatus.open)
        case .direction: return list(b.directions.sorted().map { $0.label.lowercased() })
        case .requestKind: return list(b.kinds.sorted().map(\.label))
        case .country: return list(b.countries.sorted())
        case .mine: return onOff(target == .board ? b.mine : q.mine)
        case .overdue: return onOff(target == .board ? b.overdue : q.overdue)
        case .toChase: return onOff(b.toChase)
        case .urgent: return onOff(b.urgent)
        case .ctlAlarm: return onOff(q.ctlAlarm)
        case .noNextAction: return onOff(q.noNextAction)
        case .clear: return nil
        }
    }
}
