/// A hand-check of the ncurses backend: draws sample text (wide characters, controls from
/// data, styles of every role) and echoes each decoded event. `q` quits.
/// Run it with `casedesk-bench ui-demo` in a real terminal or under tmux.
public enum TerminalUIDemo {
    public static func run(theme: Theme = .fallback) throws {
        let backend = try NcursesBackend.start(mouse: true)
        defer { backend.shutdown() }
        var log: [String] = ["Press keys; q quits. Try Esc, Alt-x, Shift-Tab, F5, paste, resize."]
        while true {
            backend.draw(frame(size: backend.size, theme: theme, log: log, depth: backend.colorDepth))
            guard let event = backend.readEvent(timeoutMilliseconds: 1000) else { continue }
            if event == .key(.char("q")) { return }
            log.append(describe(event))
            if log.count > 200 { log.removeFirst(100) }
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
    static func frame(size: Size, theme: Theme, log: [String], depth: ColorDepth) -> Buffer {
        var b = Buffer(size: size)
        b.fill(b.area.row(0), style: theme[.header])
        b.put(" TerminalUI demo  \(size)  colours: \(depth)", x: 0, y: 0, style: theme[.header])
        var y = 2
        let samples = ["Wide: 日本語 | 한국어 | 😀 👨‍👩‍👧 🇫🇷 | e\u{301} combining",
                       "From data: \u{1B}[31mred?\u{1B}[0m  bell\u{7} \u{9B}c1 \u{202E}reversed",
                       "Truncated: " + TextLayout.truncate("日本語テキストが長すぎる場合", to: 15) + "|"]
        for s in samples { b.put(s, x: 1, y: y, maxWidth: size.width - 2); y += 1 }
        y += 1
        var x = 1
        for role in Role.all {
            let w = TextWidth.of(role.name) + 1
            if x + w > size.width { x = 1; y += 1 }
            b.put(role.name, x: x, y: y, style: theme[role])
            x += w
        }
        y += 2
        let room = max(0, size.height - y - 1)
        for (i, line) in log.suffix(room).enumerated() { b.put(line, x: 1, y: y + i, maxWidth: size.width - 2) }
        b.fill(b.area.row(size.height - 1), style: theme[.footer])
        b.put(" q quit", x: 0, y: size.height - 1, style: theme[.footer])
        return b
    }
}
