import CaseCore
import TerminalUI

/// What the keys of the case detail screen do.
enum DetailScreen {
    static func reduce(_ state: inout AppState, _ command: DetailCommand) -> [Effect] {
        let area = DetailView.contentArea(state.size)
        let onRequests = state.detail.tab == .requests
        let requestCount = state.detail.loaded?.requests.count ?? 0
        switch command {
        case .up, .down, .top, .bottom, .pageUp, .pageDown:
            guard let window = DetailView.window(state, width: area.width) else { return [] }
            if onRequests, requestCount > 0, command == .up || command == .down || command == .top || command == .bottom {
                var p = ListPosition(selected: state.detail.request)
                CasesScreen.step(&p, cases(command), count: requestCount, page: 1)
                state.detail.request = p.selected
                // Keep the selected request's row in view.
                state.detail.scroll = window.showing(DetailTabs.requestRowSection(p.selected), from: state.detail.scroll,
                                                     height: area.height)
            } else {
                // Only the sections stepped over are laid out, whatever the size of the case.
                let h = max(1, area.height), at = state.detail.scroll
                state.detail.scroll = switch command {
                case .up: window.moved(at, by: -1, height: h)
                case .down: window.moved(at, by: 1, height: h)
                case .pageUp: window.moved(at, by: -h, height: h)
                case .pageDown: window.moved(at, by: h, height: h)
                case .top: DetailScroll()
                default: window.bottom(height: h)
                }
            }
        case .back:
            state.screen = state.previousScreen == .detail ? .cases : state.previousScreen
        case .nextTab, .prevTab:
            let all = DetailTab.allCases
            let step = command == .nextTab ? 1 : all.count - 1
            state.detail.tab = all[(state.detail.tab.rawValue + step) % all.count]
            state.detail.scroll = DetailScroll()
            state.detail.match = nil
        case .find: state.beginFind()
        case .nextMatch, .prevMatch: state.findInText(forward: command == .nextMatch)
        case .chase, .advance:
            guard onRequests, let c = state.detail.loaded, state.detail.request < c.requests.count,
                  let ci = state.summaryIndex(id: c.id),
                  let ri = state.summaries[ci].requests.firstIndex(where: { $0.id == c.requests[state.detail.request].id })
            else {
                state.message = Message(text: "Go to the Requests tab (Tab) and select a request first.", kind: .info)
                return []
            }
            if command == .chase {
                state.beginChase(caseIndex: ci, requestIndex: ri)
                return []
            }
            return state.beginAdvance(caseIndex: ci, requestIndex: ri)
        case .taskDone:
            guard state.detail.tab == .overview else {
                state.message = Message(text: "x marks a task done or reopens it on the Overview tab (Tab to it).", kind: .info)
                return []
            }
            return Editing.begin(&state, .taskDone, target: EditTarget(caseID: state.detail.caseID, tab: .overview, item: nil))
        case .copyID:
            if onRequests, let c = state.detail.loaded, state.detail.request < c.requests.count {
                return Handoff.copy(&state, c.requests[state.detail.request].id, what: "request id")
            }
            return Handoff.copy(&state, state.detail.caseID, what: "case id")
        case .pager:
            return Handoff.page(&state, caseID: state.detail.caseID)
        case .add, .edit, .delete, .editJSON, .undo, .redo:
            let item: Int? = onRequests ? state.detail.request : nil
            return Editing.begin(&state, EditCommand(command),
                                 target: EditTarget(caseID: state.detail.caseID, tab: state.detail.tab, item: item))
        }
        return []
    }

    /// The same movement in the Cases vocabulary, so paging is written once.
    private static func cases(_ c: DetailCommand) -> CasesCommand {
        switch c {
        case .up: .up
        case .down: .down
        case .top: .top
        case .bottom: .bottom
        case .pageUp: .pageUp
        default: .pageDown
        }
    }
}
