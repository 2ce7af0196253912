import CaseCore

/// The case detail screen: the full case read from its file when opened, its audit trail, and
/// where the user is in it.
struct DetailState: Sendable, Equatable {
    var caseID: String?
    /// nil while the file is being read.
    var loaded: Case?
    var error: String?
    var tab: DetailTab = .overview
    var scroll = DetailScroll()
    /// The selected request on the Requests tab (chase and advance act on it).
    var request = 0
    /// The line of the last match of `/`, `n` or `N` on this tab; nil before one.
    var match: DetailScroll?
    var audit: AuditLog?
    var auditError: String?

    init() {}
    init(caseID: String, tab: DetailTab = .overview) { self.caseID = caseID; self.tab = tab }
}

enum DetailTab: Int, Sendable, Equatable, CaseIterable {
    case overview, defendants, hearings, requests, notes, history

    var title: String {
        switch self {
        case .overview: "Overview"
        case .defendants: "Defendants"
        case .hearings: "Hearings"
        case .requests: "Requests"
        case .notes: "Notes"
        case .history: "History"
        }
    }
}
