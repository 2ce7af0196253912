import CaseCore

/// Why a command cannot act on the selection now, as lazygit's `GetDisabledReason` does: the
/// footer leaves out a hint whose command is disabled (no `c chase` on a closed request), and
/// the key, if pressed anyway, says why (`beginChase`). The reasons are CaseCore's rules
/// (`RequestLifecycle`), so the footer and the save cannot disagree.
extension AppState {
    /// The status of the request a chase or advance would act on, on the screen shown; nil
    /// when no request is selected there.
    var selectedRequestStatus: RequestStatus? {
        switch screen {
        case .board:
            guard let (caseID, requestID) = selectedBoardRequest, let i = summaryIndex(id: caseID) else { return nil }
            return summaries[i].requests.first { $0.id == requestID }?.status
        case .cases:
            guard cases.focus == .requests, let i = selectedSummaryIndex, cases.requests.selected < summaries[i].requests.count
            else { return nil }
            return summaries[i].requests[cases.requests.selected].status
        case .detail:
            guard detail.tab == .requests, let c = detail.loaded, detail.request < c.requests.count else { return nil }
            return c.requests[detail.request].status
        case .dashboard, .help, .agenda, .people: return nil
        }
    }

    /// Why a chase (`chase: true`) or an advance of the selected request cannot be made, nil
    /// when it can.
    func requestActionDisabled(chase: Bool) -> String? {
        guard let status = selectedRequestStatus else { return "no request is selected" }
        return chase ? RequestLifecycle.cannotChase(status) : RequestLifecycle.cannotAdvance(status)
    }
}
