import CaseCore
import TerminalUI

/// Screen 3, the supervisors' dashboard: reduce, the hooks the app calls, and render.
/// Figures are computed here in reduce (by CaseCore's `Measures`) only when the period, the
/// breakdown or the summaries change; render only formats what `DashboardState` holds.
enum DashboardScreen {
    /// Called for a key of the Dashboard's table while it is on screen.
    static func reduce(_ state: inout AppState, _ command: DashboardCommand) -> [Effect] {
        refresh(&state)
        if state.dashboard.drill != nil { return drillKey(&state, command) }
        switch command {
        case .previousPeriod, .nextPeriod:
            let p = period(state)
            if let to = command == .previousPeriod ? p.previous : p.next {
                setPeriod(&state, to)
            } else {
                state.message = Message(text: "All years has no period before or after; p chooses a year or quarter.", kind: .info)
            }
        case .cyclePeriod: setPeriod(&state, DashboardPeriods.cycled(period(state), today: state.today))
        case .cycleBreakdown:
            let all = DashboardState.breakdowns
            let i = all.firstIndex(of: state.dashboard.breakdown) ?? 0
            state.dashboard.breakdown = all[(i + 1) % all.count]
            state.dashboard.selected = 0
            state.dashboard.scroll = 0
            recompute(&state)
        case .up: move(&state, by: -1)
        case .down: move(&state, by: 1)
        case .top: move(&state, by: -Int.max / 2)
        case .bottom: move(&state, by: Int.max / 2)
        case .pageUp: move(&state, by: -max(1, DashboardLayout.bodyHeight(state.size) - 2))
        case .pageDown: move(&state, by: max(1, DashboardLayout.bodyHeight(state.size) - 2))
        case .left, .right:
            if state.dashboard.breakdown == .none {
                // Only a line with several figures side by side has anything to choose.
                let n = DashboardLayout.overview(state, size: state.size).cellCount(state.dashboard.selected)
                guard n > 1 else { break }
                let c = min(state.dashboard.cell, n - 1)
                state.dashboard.cell = (c + (command == .left ? n - 1 : 1)) % n
                break
            }
            let n = DashboardColumn.all.count
            state.dashboard.column = (state.dashboard.column + (command == .left ? n - 1 : 1)) % n
        case .open: return openDrill(&state)
        case .back: state.screen = .cases
        }
        return []
    }

    /// Figures for the period and breakdown on screen, when missing (after every action). While
    /// the index is being rebuilt after a save the figures of the previous build stay on screen,
    /// marked as updating.
    static func refresh(_ state: inout AppState) {
        guard state.screen == .dashboard, state.load == .loaded, state.catalog.measures.index != nil else { return }
        if state.dashboard.figures == nil || state.dashboard.figures?.period != period(state) {
            recompute(&state)
        }
    }

    /// The answer of `.buildMeasures`, installed in the catalog: the figures over it.
    static func measuresBuilt(_ state: inout AppState, _ ready: MeasuresReady) {
        state.catalog.measuresBuilt(ready)
        state.dashboard.cache.removeAll()
        state.dashboard.trend = Measures.convictionRateTrend(ready.index, today: state.today)
        if state.dashboard.figures != nil || state.screen == .dashboard { recompute(&state) }
        if let drill = state.dashboard.drill { state.dashboard.drill = relocated(drill, in: state.summaries) }
    }

    /// The period shown: the one chosen, else the financial year holding today.
    static func period(_ state: AppState) -> ReportPeriod { state.dashboard.period ?? .year(containing: state.today) }

    static func setPeriod(_ state: inout AppState, _ p: ReportPeriod) {
        state.dashboard.period = p
        state.dashboard.drill = nil
        recompute(&state)
    }

    /// Computes the figures of the current period and breakdown from the index.
    static func recompute(_ state: inout AppState) {
        guard let box = state.catalog.measures.index else { return }
        let (p, b, today, meta) = (period(state), state.dashboard.breakdown, state.today, state.meta)
        state.dashboard.figures = DashboardFigures.compute(box.index, period: p, breakdown: b, today: today, meta: meta,
                                                           cache: &state.dashboard.cache)
        if b == .none {
            let ctl = CTLMeasures.report(state.summaries, period: p, groupBy: .none, today: today).total
            state.dashboard.figures?.ctl = ctl
        }
        clamp(&state)
    }

    // MARK: Moving

    /// How many things j/k move over: figure lines in the overview, rows (and Total) in a breakdown.
    static func itemCount(_ state: AppState) -> Int {
        guard let f = state.dashboard.figures else { return 0 }
        if f.breakdown == .none {
            return DashboardLayout.overview(state, size: state.size).selectable.count
        }
        return f.report.rows.count + 1
    }

    static func move(_ state: inout AppState, by delta: Int) {
        let n = itemCount(state)
        guard n > 0 else { return }
        let s = state.dashboard.selected
        state.dashboard.selected = max(0, min(n - 1, delta > 0 && s > Int.max - delta ? n - 1 : s + delta))
        clamp(&state)
    }

    /// Keeps the selection in range and on screen (the scroll follows it).
    static func clamp(_ state: inout AppState) {
        let n = itemCount(state)
        state.dashboard.selected = max(0, min(state.dashboard.selected, n - 1))
        guard let f = state.dashboard.figures else { return }
        if f.breakdown == .none {
            let layout = DashboardLayout.overview(state, size: state.size)
            guard let line = layout.selectedLine(state.dashboard.selected) else { state.dashboard.scroll = 0; return }
            state.dashboard.scroll = keepVisible(line, scroll: state.dashboard.scroll, height: layout.height,
                                                 content: layout.contentHeight, titleAbove: layout.titleAbove(state.dashboard.selected))
            // On the last figure, show the end too (a "… n more" line may follow it).
            if state.dashboard.selected == layout.selectable.count - 1 {
                state.dashboard.scroll = max(state.dashboard.scroll, min(line, layout.contentHeight - layout.height))
            }
        } else {
            let rows = DashboardLayout.breakdown(state, size: state.size).tableRows
            state.dashboard.scroll = keepVisible(state.dashboard.selected, scroll: state.dashboard.scroll, height: rows,
                                                 content: n, titleAbove: false)
        }
    }

    /// The scroll offset that shows `line` (and the section title just above it when asked),
    /// moving as little as possible.
    static func keepVisible(_ line: Int, scroll: Int, height: Int, content: Int, titleAbove: Bool) -> Int {
        guard height > 0 else { return 0 }
        var s = min(scroll, max(0, content - height))
        let top = titleAbove ? max(0, line - 1) : line
        if top < s { s = top }
        if line >= s + height { s = line - height + 1 }
        return max(0, s)
    }

    // MARK: Drill-down

    /// The figure under the selection: a line of the overview, or the cell at the selected
    /// row and column of a breakdown.
    static func selectedTarget(_ state: AppState) -> DrillTarget? {
        guard let f = state.dashboard.figures else { return nil }
        if f.breakdown == .none {
            return DashboardLayout.overview(state, size: state.size).target(state.dashboard.selected, cell: state.dashboard.cell)
        }
        let column = DashboardColumn.all[state.dashboard.column]
        let isTotal = state.dashboard.selected >= f.report.rows.count
        let row = isTotal ? f.report.total : f.report.rows[state.dashboard.selected]
        return DrillTarget(figure: column.figure, groupBy: f.breakdown, rowKey: isTotal ? nil : row.key,
                           title: column.name + " · " + (isTotal ? "Total" : row.label))
    }

    static func openDrill(_ state: inout AppState) -> [Effect] {
        guard let box = state.catalog.measures.index, let target = selectedTarget(state) else {
            state.message = Message(text: "This line is not a count of cases; choose a figure to list the cases behind it.", kind: .info)
            return []
        }
        let ids: [String]
        if case .ctl(let f) = target.figure {
            ids = CTLMeasures.caseIDs(state.summaries, period: period(state), groupBy: target.groupBy, today: state.today,
                                      figure: f, rowKey: target.rowKey)
        } else {
            ids = Measures.caseIDs(box.index, period: period(state), groupBy: target.groupBy, today: state.today,
                                   figure: target.figure, rowKey: target.rowKey)
        }
        guard !ids.isEmpty else {
            state.message = Message(text: "No case behind \(target.title.lowercased()) in \(period(state).text).", kind: .info)
            return []
        }
        let drill = DashboardDrill(title: target.title + " · " + period(state).label, summaryIndices: [], caseIDs: ids)
        state.dashboard.drill = relocated(drill, in: state.summaries)
        return []
    }

    /// The drill's cases found again in the summaries (after a reload or save moved them).
    /// Case ids come back in summary order, so one forward pass finds them all.
    static func relocated(_ drill: DashboardDrill, in summaries: [CaseSummary]) -> DashboardDrill {
        var d = drill
        let wanted = Set(drill.caseIDs)
        d.summaryIndices = summaries.indices.filter { wanted.contains(summaries[$0].id) }
        d.caseIDs = d.summaryIndices.map { summaries[$0].id }
        d.selected = min(d.selected, max(0, d.caseIDs.count - 1))
        return d
    }

    static func drillKey(_ state: inout AppState, _ command: DashboardCommand) -> [Effect] {
        guard var drill = state.dashboard.drill else { return [] }
        let n = drill.summaryIndices.count
        let page = max(1, DashboardLayout.drillRows(state.size) - 1)
        switch command {
        case .back:
            state.dashboard.drill = nil
            return []
        case .open:
            guard drill.selected < n else { return [] }
            let i = drill.summaryIndices[drill.selected]
            guard i < state.summaries.count, state.summaries[i].id == drill.caseIDs[drill.selected] else { return [] }
            return state.openCase(summaryIndex: i, tab: .overview)
        case .up: drill.selected -= 1
        case .down: drill.selected += 1
        case .top: drill.selected = 0
        case .bottom: drill.selected = n - 1
        case .pageUp: drill.selected -= page
        case .pageDown: drill.selected += page
        case .previousPeriod, .nextPeriod, .cyclePeriod, .cycleBreakdown:
            // The list belongs to the figure of this period: close it and change the period.
            state.dashboard.drill = nil
            return reduce(&state, command)
        case .left, .right: return []
        }
        drill.selected = max(0, min(drill.selected, n - 1))
        drill.offset = keepVisible(drill.selected, scroll: drill.offset, height: DashboardLayout.drillRows(state.size),
                                   content: n, titleAbove: false)
        state.dashboard.drill = drill
        return []
    }

    /// Draws the Dashboard's body into `area` (the header, context line and footer are the app's).
    static func render(_ state: AppState, into buffer: inout Buffer, area: Rect) {
        DashboardView.render(state, into: &buffer, area: area)
    }
}
