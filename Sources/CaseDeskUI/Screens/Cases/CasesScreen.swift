import CaseCore
import TerminalUI

/// What the keys of the Cases screen do.
enum CasesScreen {
    static func reduce(_ state: inout AppState, _ command: CasesCommand) -> [Effect] {
        let layout = CasesLayout(size: state.size)
        let focus = state.cases.focus
        guard command.panes.contains(focus) else {
            if command == .chase || command == .advance {
                state.message = Message(text: "Tab to the Requests pane and select a request first.", kind: .info)
            }
            return []
        }
        switch command {
        case .up, .down, .top, .bottom, .pageUp, .pageDown:
            move(&state, command, layout: layout)
        case .open:
            if focus == .requests, let i = state.selectedSummaryIndex, !state.summaries[i].requests.isEmpty {
                return state.openCase(summaryIndex: i, tab: .requests, request: state.cases.requests.selected)
            }
            if let d = state.selectedDamaged {
                state.overlay = .problems(d, scroll: 0)
                return []
            }
            if let i = state.selectedSummaryIndex { return state.openCase(summaryIndex: i, tab: .overview) }
        case .back:
            if focus != .list {
                state.cases.focus = .list
            } else if !state.cases.filter.text.isEmpty || !state.cases.quick.isEmpty {
                state.cases.filter = LineInput()
                state.cases.quick = QuickFilters()
                state.requickCases()
            }
        case .nextPane, .prevPane:
            let all = CasesPane.allCases
            let step = command == .nextPane ? 1 : all.count - 1
            state.cases.focus = all[(focus.rawValue + step) % all.count]
        case .filter:
            state.cases.filterEditing = true
            state.cases.focus = .list
        case .nextMatch, .prevMatch:
            let n = state.cases.rowCount
            guard n > 0 else { return [] }
            // Every row shown matches the filter; n/N walk them and wrap like less.
            let delta = command == .nextMatch ? 1 : n - 1
            state.cases.list.selected = (state.cases.list.selected + delta) % n
            state.cases.list.clamp(count: n, height: layout.listRows)
            state.cases.requests = ListPosition()
            state.cases.detailScroll = 0
        case .sort: state.find(.sort, on: .cases)
        case .reverseSort: state.find(.reverseSort, on: .cases)
        case .quickFilter: state.find(.quickFilter, on: .cases)
        case .clearFilters: state.find(.clearFilters, on: .cases)
        case .chase:
            if let i = state.selectedSummaryIndex {
                state.beginChase(caseIndex: i, requestIndex: state.cases.requests.selected)
            }
        case .advance:
            if let i = state.selectedSummaryIndex {
                return state.beginAdvance(caseIndex: i, requestIndex: state.cases.requests.selected)
            }
        case .copyID:
            if focus == .requests, let i = state.selectedSummaryIndex {
                let requests = state.summaries[i].requests
                let r = state.cases.requests.selected
                return Handoff.copy(&state, r >= 0 && r < requests.count ? requests[r].id : nil, what: "request id")
            }
            return Handoff.copy(&state, state.selectedCaseID, what: "case id")
        case .pager:
            return Handoff.page(&state, caseID: state.selectedDamaged == nil ? state.selectedCaseID : nil)
        case .add, .edit, .delete, .editJSON, .undo, .redo:
            if command != .add, command != .undo, command != .redo, let d = state.selectedDamaged {
                state.message = Message(text: "Case \(d.id) is damaged: fix its file (\(d.path)) first; it is never written over.", kind: .error)
                return []
            }
            return Editing.begin(&state, EditCommand(command), target: EditTarget(caseID: state.selectedCaseID))
        }
        return []
    }

    private static func move(_ state: inout AppState, _ command: CasesCommand, layout: CasesLayout) {
        switch state.cases.focus {
        case .list:
            let n = state.cases.rowCount
            step(&state.cases.list, command, count: n, page: layout.listRows)
            state.cases.list.clamp(count: n, height: layout.listRows)
            state.cases.requests = ListPosition()
            state.cases.detailScroll = 0
        case .requests:
            let n = state.selectedSummaryIndex.map { state.summaries[$0].requests.count } ?? 0
            step(&state.cases.requests, command, count: n, page: layout.requestRows)
            state.cases.requests.clamp(count: n, height: layout.requestRows)
        case .detail:
            let lines = state.selectedSummaryIndex.map { CasesView.detailLines(state, $0, width: layout.detail.width - 2).count } ?? 0
            let maxScroll = max(0, lines - layout.detailRows)
            var p = ListPosition(selected: state.cases.detailScroll, offset: 0)
            step(&p, command, count: maxScroll + 1, page: layout.detailRows)
            state.cases.detailScroll = min(max(0, p.selected), maxScroll)
        }
    }

    static func step(_ p: inout ListPosition, _ command: CasesCommand, count: Int, page: Int) {
        switch command {
        case .up: p.move(by: -1, count: count)
        case .down: p.move(by: 1, count: count)
        case .top: p.selected = 0
        case .bottom: p.selected = max(0, count - 1)
        case .pageUp: p.move(by: -max(1, page), count: count)
        case .pageDown: p.move(by: max(1, page), count: count)
        default: break
        }
    }
}
