/// A hand check of the ncurses backend and the widgets: four tabs (events, a 100,000-row
/// table, a form, charts) and a dialog, driven by `Terminal.run`. Keys: 1-4 or Tab switch
/// tabs; j/k, PgUp/PgDn, g/G, mouse click and wheel move in the table; d opens a dialog;
/// q quits (on the form tab, where keys type, Esc leaves the tab and Ctrl-q quits).
/// Run it with `casedesk-bench ui-demo` in a real terminal or under tmux.
public enum TerminalUIDemo {
    struct Model: Equatable {
        var tab = 0
        var log: [String] = ["Press keys; q quits. Try Esc, Alt-x, Shift-Tab, F5, paste, resize, the mouse."]
        var table = TableState()
        var form = FormState([
            FormField("Case ID", value: "C-0042"),
            FormField("Opened", hint: "YYYY-MM-DD"),
            FormField("Lawyer", placeholder: "initials"),
        ])
        var dialog: DialogState? = nil
        var size = Size.zero
    }

    static let tabs = ["Events", "Table", "Form", "Charts"]
    static let minimum = Size(width: 40, height: 10)
    static let rowCount = 100_000
    static let columns = [
        TableColumn("ID", minWidth: 8, maxWidth: 10, priority: 10),
        TableColumn("Title", minWidth: 12, priority: 9),
        TableColumn("Country", minWidth: 8, maxWidth: 14, priority: 3),
        TableColumn("Days", minWidth: 5, maxWidth: 6, priority: 5, alignment: .right),
    ]
    static let countries = ["España", "Deutschland", "日本", "Ελλάδα", "Türkiye", "Россия"]

    public static func run(theme: Theme = .fallback) throws {
        let backend = try NcursesBackend.start(mouse: true)
        defer { backend.shutdown() }
        var initial = Model()
        initial.size = backend.size
        initial.log.append("colours: \(backend.colorDepth)")
        Terminal.run(backend: backend, initial: initial, update: update, view: { view($0, $1, theme: theme) })
    }

    static func tableArea(_ size: Size) -> Rect {
        Rect(x: 1, y: 2, width: size.width - 2, height: size.height - 4)
    }

    static func update(_ m: inout Model, _ event: InputEvent) -> LoopControl {
        m.log.append(describe(event))
        if m.log.count > 200 { m.log.removeFirst(100) }
        if case .resize(let s) = event { m.size = s }
        if var d = m.dialog, case .key(let k) = event {
            let dialog = Dialog(title: "Quit", message: "Leave the demo?", kind: .confirm, state: d)
            switch d.handle(k, for: dialog) {
            case .chosen(0): return .quit
            case .chosen, .cancelled: m.dialog = nil
            case nil: m.dialog = d
            }
            return .proceed
        }
        let viewport = Table.viewportRows(for: tableArea(m.size))
        if m.tab == 2 {
            if event == .key(.ctrl("q")) { return .quit }
            if event == .key(.escape) { m.tab = 0; return .proceed }
            if m.form.handle(event) { return .proceed }
        }
        switch event {
        case .key(.char("q")), .key(.ctrl("q")): return .quit
        case .key(.char("d")): m.dialog = DialogState(selected: 1)
        case .key(.ctrl("l")): return .repaint
        case .key(.tab): m.tab = (m.tab + 1) % tabs.count
        case .key(.backTab): m.tab = (m.tab + tabs.count - 1) % tabs.count
        case .key(.char(let c)) where ("1"..."4").contains(c): m.tab = c.wholeNumberValue! - 1
        case .key(.char("j")), .key(.down): m.table.move(by: 1, rowCount: rowCount, viewport: viewport)
        case .key(.char("k")), .key(.up): m.table.move(by: -1, rowCount: rowCount, viewport: viewport)
        case .key(.pageDown): m.table.pageDown(rowCount: rowCount, viewport: viewport)
        case .key(.pageUp): m.table.pageUp(rowCount: rowCount, viewport: viewport)
        case .key(.char("g")), .key(.home): m.table.first(rowCount: rowCount, viewport: viewport)
        case .key(.char("G")), .key(.end): m.table.last(rowCount: rowCount, viewport: viewport)
        case .key(.char("s")): m.table.sort(by: 3)
        case .mouse(let e) where m.tab == 1:
            switch e.kind {
            case .wheelUp: m.table.move(by: -3, rowCount: rowCount, viewport: viewport)
            case .wheelDown: m.table.move(by: 3, rowCount: rowCount, viewport: viewport)
            case .press:
                if let i = table(m).rowIndex(atY: e.y, in: tableArea(m.size)) { m.table.select(i, rowCount: rowCount, viewport: viewport) }
            }
        default: break
        }
        return .proceed
    }

    static func table(_ m: Model, theme: Theme = .fallback) -> Table {
        Table(columns: columns, rowCount: rowCount, state: m.table) { i in
            TableRow(["R-\(10_000 + i)", i % 11 == 0 ? "Request \(i) — chase ⚠" : "Request \(i) for bank records",
                      countries[i % countries.count], String(i % 97)], style: i % 11 == 0 ? theme[.warning] : nil)
        }
    }

    static func describe(_ event: InputEvent) -> String {
        switch event {
        case .key(let k): return "key \(k.description)  (\(k.name))"
        case .paste(let s): return "paste \(s.count) characters: \(s)"
        case .mouse(let m): return "mouse \(m.kind) at \(m.x),\(m.y)"
        case .resize(let s): return "resize \(s)"
        }
    }

    /// The demo screen: pure, so it can also be looked at in a test backend.
    static func view(_ m: Model, _ size: Size, theme: Theme) -> Buffer {
        var b = Buffer(size: size)
        guard size.fits(minimum) else {
            b.render(TooSmall(needed: minimum), in: b.area, theme: theme)
            return b
        }
        b.fill(b.area.row(0), style: theme[.header])
        b.put(" TerminalUI demo  \(size)", x: 0, y: 0, style: theme[.header])
        b.render(Tabs(tabs, selected: m.tab), in: Rect(x: 0, y: 1, width: size.width, height: 1), theme: theme)
        let body = Rect(x: 0, y: 2, width: size.width, height: size.height - 3)
        switch m.tab {
        case 0:
            let samples = ["Wide: 日本語 | 한국어 | 😀 👨‍👩‍👧 🇫🇷 | e\u{301} combining",
                           "From data: \u{1B}[31mred?\u{1B}[0m  bell\u{7} \u{9B}c1 \u{202E}reversed",
                           "Truncated: " + TextLayout.truncate("日本語テキストが長すぎる場合", to: 15) + "|"]
            var lines = samples.map { TextView.Paragraph($0) }
            lines.append(TextView.Paragraph(Role.all.map(\.name).joined(separator: " "), role: .muted))
            lines += m.log.suffix(max(0, body.height - 8)).map { TextView.Paragraph($0) }
            b.render(TextView(lines), in: body.inset(left: 1), theme: theme)
        case 1:
            let block = Block(title: "Requests", titleRight: "\((m.table.selected ?? 0) + 1) of \(rowCount)", focused: true)
            b.render(block, in: body, theme: theme)
            b.render(table(m, theme: theme), in: block.inner(body), theme: theme)
        case 2:
            b.render(Form(state: m.form), in: body.inset(by: 1), theme: theme)
        default:
            let parts = body.inset(by: 1).splitVertically([.length(4), .length(1), .length(1), .length(1), .fill()], spacing: 1)
            b.render(BarChart([BarChart.Bar("Convicted", value: 41), BarChart.Bar("Acquitted", value: 9, role: .chartBarAlt),
                               BarChart.Bar("Discontinued", value: 6), BarChart.Bar("Pending", value: 17)]), in: parts[0], theme: theme)
            b.render(Sparkline([3, 5, 2, 8, 13, 9, 4, 11, 15, 7, 12, 16]), in: parts[1], theme: theme)
            b.render(ProgressBar(ratio: Double(m.table.selected ?? 0) / Double(rowCount - 1), label: "Position"), in: parts[2], theme: theme)
        }
        b.render(Footer(hints: [Footer.Hint(keys: "1-4", label: "tabs"), Footer.Hint(keys: "j/k", label: "move"),
                                Footer.Hint(keys: "d", label: "dialog"), Footer.Hint(keys: "q", label: "quit")],
                        status: m.log.last.map { String($0.prefix(30)) }), in: b.area.row(size.height - 1), theme: theme)
        if let d = m.dialog {
            b.render(Dialog(title: "Quit", message: "Leave the demo?", kind: .confirm, state: d), in: b.area, theme: theme)
        }
        return b
    }
}
