import CaseCore
import TerminalUI

/// Draws the case detail screen: the marking and title on the context line (so the marking is
/// on screen with every tab), the tabs, and the tab's text.
enum DetailView {
    /// Inside the frame, below the tab bar.
    static func contentArea(_ size: Size) -> Rect {
        let body = AppLayout(size: size).body
        return Rect(x: body.x + 1, y: body.y + 2, width: max(0, body.width - 2), height: max(0, body.height - 3))
    }

    /// The tab whose label is at column `x` of the tab bar (a mouse click); labels are one
    /// column wider each side than their title and one apart, as `render` draws them.
    static func tab(at x: Int, body: Rect) -> DetailTab? {
        var left = body.x + 1
        for tab in DetailTab.allCases {
            let w = TextWidth.of(tab.title) + 2
            if x >= left, x < left + w { return tab }
            left += w + 1
        }
        return nil
    }

    static func render(_ state: AppState, into buffer: inout Buffer) {
        let t = state.theme
        let body = AppLayout(size: buffer.size).body
        let sensitivity = state.detail.loaded?.sensitivity
            ?? state.detail.caseID.flatMap { state.summaryIndex(id: $0) }.map { state.summaries[$0].sensitivity }
        let marking = sensitivity.map { ($0.label, $0 == .officialSensitive ? Role.markingSensitive : Role.marking) }
        let inner = Frame.draw(&buffer, body, title: state.detail.caseID ?? "Case", focused: true, theme: t,
                               right: marking?.0, rightStyle: marking.map { t[$0.1] })
        guard inner.height > 1 else { return }
        var x = inner.x
        for tab in DetailTab.allCases {
            let active = tab == state.detail.tab
            // The active tab is bracketed as well as styled, so it shows without colour.
            let label = active ? "[\(tab.title)]" : " \(tab.title) "
            guard x + TextWidth.of(label) <= inner.x + inner.width else { break }
            x += buffer.put(label, x: x, y: inner.y, style: t[active ? .tabActive : .tabInactive])
            x += 1
        }
        let area = contentArea(buffer.size)
        if let error = state.detail.error, state.detail.loaded == nil {
            TextLines.draw(Line.wrapped(error, width: area.width, role: .error), into: &buffer, area: area, scroll: 0, theme: t)
            return
        }
        guard state.detail.loaded != nil else {
            buffer.put("Reading the case file…", x: area.x, y: area.y, maxWidth: area.width, style: t[.muted])
            return
        }
        // Only the lines on screen are laid out.
        guard let w = window(state, width: area.width) else { return }
        TextLines.draw(w.visible(from: state.detail.scroll, height: area.height), into: &buffer, area: area, scroll: 0, theme: t)
        if let needle = state.find.needle { MatchHighlight.apply([needle], in: &buffer, rect: area, theme: t) }
        ScrollRuler.draw(ruler(w, state.detail.scroll, height: area.height, tab: state.detail.tab), frame: body,
                         into: &buffer, theme: t)
    }

    /// The ruler's label: lines shown of the tab's length, or a percentage on a tab too long
    /// to lay out every frame (a summary over 64 KB, more than 2,000 defendants or notes).
    static func ruler(_ w: DetailWindow, _ scroll: DetailScroll, height: Int, tab: DetailTab) -> String? {
        let limit = tab == .overview ? 1 + 65_536 / TextPieces.size : 2_000
        if let p = w.position(of: scroll, limit: limit) {
            return ScrollRuler.label(first: p.first, shown: height, total: p.total)
        }
        return ScrollRuler.label(percent: w.percent(of: scroll, height: height))
    }

    /// The sections of the current tab; nil until the case is read.
    static func window(_ state: AppState, width: Int) -> DetailWindow? {
        guard let c = state.detail.loaded else { return nil }
        return DetailWindow(DetailTabs(state: state, c: c, width: width, tab: state.detail.tab))
    }

    /// Every line of the current tab (for tests; the screen lays out only what it shows).
    static func lines(_ state: AppState, width: Int) -> [Line] {
        guard let c = state.detail.loaded else { return [] }
        return DetailTabs(state: state, c: c, width: width, tab: state.detail.tab).allLines()
    }
}
