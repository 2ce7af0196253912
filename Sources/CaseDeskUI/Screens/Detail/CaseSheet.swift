import CaseCore
import Foundation
import TerminalUI

/// The whole case as one document, for `casedesk show`, `o` (the pager) and `:export FILE.md`:
/// every detail tab in turn (Overview, Defendants, Hearings, Requests with each request in
/// full, Notes, History), built by the tabs' own code (`DetailTabs`), so a printout and the
/// screen cannot disagree. The protective marking is at the top and bottom of every page
/// (text) or of the document (markdown, JSON). Data is made visible like on screen: a
/// control character in a note never reaches a terminal or a printer as one.
public enum CaseSheet {
    public enum Format: String, CaseIterable, Sendable {
        case text, markdown, json
    }

    /// What a sheet is made from: the case, the store's people and units (names), its audit
    /// trail (nil: not read, said so on the History part) and today (days left, next hearing).
    public struct Source: Sendable {
        public var c: Case
        public var meta: StoreMeta?
        public var audit: AuditLog?
        public var today: Day

        public init(case c: Case, meta: StoreMeta?, audit: AuditLog?, today: Day) {
            self.c = c; self.meta = meta; self.audit = audit; self.today = today
        }
    }

    public static func render(_ s: Source, format: Format, width: Int = 80, pageLines: Int = 60) -> String {
        switch format {
        case .text: text(s, width: width, pageLines: pageLines)
        case .markdown: markdown(s, width: width)
        case .json: json(s)
        }
    }

    /// Pages of `pageLines` lines (0: one page), each opening with the marking, the case id
    /// and "page N of M", and closing with the marking; pages are separated by a form feed
    /// unless `formFeeds` is false (a pager shows it as ^L). `styled` adds bold headings for
    /// `less -R`.
    public static func text(_ s: Source, width: Int = 80, pageLines: Int = 60, formFeeds: Bool = true,
                            styled: Bool = false) -> String {
        let w = max(40, width)
        var body: [String] = []
        for (tab, lines) in tabs(s, width: w) {
            if !body.isEmpty { body.append("") }
            body.append(bold(tab.title.uppercased(), styled))
            body.append(String(repeating: "─", count: TextWidth.of(tab.title)))
            body += lines.map { line(of: $0, styled: styled) }
        }
        let marking = s.c.sensitivity.label
        let perPage = pageLines > 0 ? max(1, pageLines - 4) : max(1, body.count)
        let pages = stride(from: 0, to: max(1, body.count), by: perPage).map { Array(body[$0..<min(body.count, $0 + perPage)]) }
        var out: [String] = []
        for (n, page) in pages.enumerated() {
            let right = "\(s.c.id) · page \(n + 1) of \(pages.count)"
            let gap = max(1, w - TextWidth.of(marking) - TextWidth.of(right))
            out.append(bold(marking, styled) + String(repeating: " ", count: gap) + right)
            out.append("")
            out += page
            out.append("")
            out.append(bold(marking, styled))
            if n + 1 < pages.count { out.append(formFeeds ? "\u{0C}" : "") }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// Markdown: the marking first and last in bold, a heading per tab, each tab's lines in a
    /// fenced block (so that nothing in the data is read as markdown, and columns line up).
    public static func markdown(_ s: Source, width: Int = 80) -> String {
        let marking = "**" + s.c.sensitivity.label + "**"
        var out = [marking, "", "# " + Sanitizer.visible(s.c.id + " – " + s.c.title)]
        for (tab, lines) in tabs(s, width: max(40, width)) {
            let text = lines.map { line(of: $0, styled: false) }
            let fence = String(repeating: "`", count: max(3, longestBacktickRun(text) + 1))
            out += ["", "## " + tab.title, "", fence + "text"] + text + [fence]
        }
        out += ["", marking]
        return out.joined(separator: "\n") + "\n"
    }

    /// JSON: the marking, the case as it is stored and its audit trail.
    public static func json(_ s: Source) -> String {
        String(decoding: CaseCodec.encodeSheet(s.c, audit: s.audit?.entries ?? []), as: UTF8.self)
    }

    /// The lines of every tab, through the detail screen's own code.
    static func tabs(_ s: Source, width: Int) -> [(DetailTab, [Line])] {
        var state = AppState(storeName: "", today: s.today, user: "", size: Size(width: width, height: 24))
        state.meta = s.meta
        state.detail = DetailState(caseID: s.c.id)
        state.detail.loaded = s.c
        state.detail.audit = s.audit
        if s.audit == nil { state.detail.auditError = "The audit trail was not read." }
        return DetailTab.allCases.map { tab -> (DetailTab, [Line]) in
            state.detail.tab = tab
            let t = DetailTabs(state: state, c: s.c, width: width, tab: tab)
            guard tab == .requests, !s.c.requests.isEmpty else { return (tab, t.allLines()) }
            // The tab shows the selected request in full; a sheet shows each one, and its
            // rows with none selected.
            state.detail.request = -1
            var lines = (0...s.c.requests.count).flatMap { DetailTabs(state: state, c: s.c, width: width, tab: tab).lines(section: $0) }
            for r in s.c.requests.indices {
                state.detail.request = r
                lines += DetailTabs(state: state, c: s.c, width: width, tab: tab).lines(section: s.c.requests.count + 1)
            }
            return (tab, lines)
        }
    }

    static func line(of l: Line, styled: Bool) -> String {
        var out = ""
        for span in l.spans {
            let text = Sanitizer.visible(span.text)
            out += span.role == .title ? bold(text, styled) : text
        }
        // The selected request's bar pads to the width: trailing spaces say nothing on paper.
        while out.hasSuffix(" ") { out.removeLast() }
        return out
    }

    static func bold(_ text: String, _ styled: Bool) -> String { styled ? "\u{1B}[1m" + text + "\u{1B}[0m" : text }

    static func longestBacktickRun(_ lines: [String]) -> Int {
        var best = 0
        for l in lines {
            var run = 0
            for ch in l { run = ch == "`" ? run + 1 : 0; best = max(best, run) }
        }
        return best
    }
}
