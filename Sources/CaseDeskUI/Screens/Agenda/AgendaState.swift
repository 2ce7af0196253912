import CaseCore

/// The Agenda: every dated obligation across the cases, grouped (see `CaseCore.Agenda`).
struct AgendaState: Sendable, Equatable {
    var mineOnly = false
    var kind: DeadlineKind?
    var unit: String?
    var lawyer: String?
    /// The date range shown (`:range`, D); nil ends are open.
    var from: Day?
    var to: Day?
    var rows = AgendaRows()
    /// The catalog generation the rows were laid out from (nil: lay them out again).
    var builtFrom: Int?
    var position = ListPosition()
    var counts = AgendaCounts()
}

enum AgendaRow: Sendable, Equatable {
    case group(AgendaGroup, count: Int)
    case item(DeadlineItem)

    var item: DeadlineItem? { if case .item(let i) = self { i } else { nil } }
}

struct AgendaCounts: Sendable, Equatable {
    var items = 0
    var ctlExpired = 0
    var ctlAtRisk = 0
    var overdue = 0
}
