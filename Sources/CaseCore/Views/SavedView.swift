/// A saved view of the case list (`views.toml`, docs/views.md): the filter text, the quick
/// filters, the sort and the columns, under a name a team can share. `casedesk list --view`
/// and the UI's `:view` read the same file.
public struct SavedView: Sendable, Equatable {
    public var name: String
    public var text = ""
    public var statuses: [CaseStatus] = []
    public var crimeTypes: [CrimeType] = []
    public var units: [String] = []
    /// Person ids of the case lawyer.
    public var lawyers: [String] = []
    /// "Mine": whoever opens the view (`--user`), not whoever saved it.
    public var mine = false
    public var overdueOnly = false
    public var toChaseOnly = false
    public var ctlAlarmOnly = false
    public var noNextActionOnly = false
    /// nil: the list's default order.
    public var sort: CaseSort?
    /// nil: the default columns.
    public var columns: [CaseSortKey]?

    public init(name: String) { self.name = name }

    /// A name is 1-64 characters with no control characters (it is shown and typed after `:view`).
    public static func isValidName(_ name: String) -> Bool {
        !name.isEmpty && name.count <= 64 && !name.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }
            && name.trimmingCharacters(in: .whitespaces) == name
    }

    /// The case filter of this view for `user` (who "mine" means).
    public func filter(user: String?) -> CaseFilter {
        var f = CaseFilter(text: text, statuses: Set(statuses), crimeTypes: Set(crimeTypes), units: Set(units),
                           lawyers: Set(lawyers), mine: mine ? user : nil, overdueOnly: overdueOnly,
                           toChaseOnly: toChaseOnly)
        f.ctlAlarmOnly = ctlAlarmOnly
        f.noNextActionOnly = noNextActionOnly
        return f
    }

    /// The view of a filter, sort and columns as the list has them.
    public init(name: String, filter: CaseFilter, sort: CaseSort?, columns: [CaseSortKey]?) {
        self.name = name
        text = filter.text
        statuses = filter.statuses.sorted()
        crimeTypes = filter.crimeTypes.sorted()
        units = filter.units.sorted()
        lawyers = filter.lawyers.sorted()
        mine = filter.mine != nil
        overdueOnly = filter.overdueOnly
        toChaseOnly = filter.toChaseOnly
        ctlAlarmOnly = filter.ctlAlarmOnly
        noNextActionOnly = filter.noNextActionOnly
        self.sort = sort
        self.columns = columns
    }
}

import Foundation

extension SavedView {
    /// What the view selects, in a line: `"hoxha"; status awaitingTrial,atTrial; overdue`.
    /// Empty for a view of every case.
    public var filterSummary: String {
        var parts: [String] = []
        if !text.isEmpty { parts.append("\"\(text)\"") }
        if !statuses.isEmpty { parts.append("status " + statuses.map(\.rawValue).joined(separator: ",")) }
        if !crimeTypes.isEmpty { parts.append("crime " + crimeTypes.map(\.rawValue).joined(separator: ",")) }
        if !units.isEmpty { parts.append("unit " + units.joined(separator: ",")) }
        if !lawyers.isEmpty { parts.append("lawyer " + lawyers.joined(separator: ",")) }
        if mine { parts.append("mine") }
        if overdueOnly { parts.append("overdue") }
        if toChaseOnly { parts.append("to chase") }
        if ctlAlarmOnly { parts.append("CTL at risk") }
        if noNextActionOnly { parts.append("no next action") }
        return parts.joined(separator: "; ")
    }
}
