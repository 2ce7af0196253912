import TerminalUI

/// Every message of the session, oldest first: the footer shows one line of the newest (cut
/// with "…"), `:messages` or `M` shows them all in full. Kept by `AppState.message` itself,
/// so no message can be missed. Bounded: the oldest go first past `limit`.
struct MessageLog: Sendable, Equatable {
    static let limit = 1000
    private(set) var entries: [Message] = []

    mutating func append(_ m: Message) {
        entries.append(m)
        if entries.count > Self.limit { entries.removeFirst(entries.count - Self.limit) }
    }
}

extension AppState {
    /// `:messages` and `M`: the log over the screen, scrolled to the newest.
    mutating func showMessages() {
        overlay = .messages(scroll: Int.max)
    }

    /// Keys while the log is up: scroll, or close.
    mutating func messagesKey(_ scroll: Int, _ key: Key) -> [Effect] {
        let page = max(1, size.height - 6)
        switch key {
        case .escape, .enter, .char("q"), .char("M"): overlay = nil
        case .char("j"), .down: overlay = .messages(scroll: scroll + 1)
        case .char("k"), .up: overlay = .messages(scroll: max(0, scroll - 1))
        case .pageDown, .char(" "), .ctrl("d"): overlay = .messages(scroll: scroll + page)
        case .pageUp, .ctrl("u"): overlay = .messages(scroll: max(0, scroll - page))
        case .char("g"), .home: overlay = .messages(scroll: 0)
        case .char("G"), .end: overlay = .messages(scroll: Int.max)
        default: break
        }
        return []
    }
}

extension OverlayView {
    static func messages(_ state: AppState, _ scroll: Int, into buffer: inout Buffer, body: Rect) {
        let t = state.theme
        let width = min(body.width - 2, 100)
        var lines: [Line] = []
        for m in state.messageLog.entries {
            let role: Role = switch m.kind {
            case .info: .text
            case .success: .success
            case .error: .error
            }
            lines += Line.wrapped("• " + Sanitizer.visible(m.text), width: width - 2, role: role)
        }
        if lines.isEmpty { lines = [Line("No messages yet.", .muted)] }
        let count = state.messageLog.entries.count
        let inner = box(&buffer, body: body, width: width, height: min(body.height, lines.count + 2),
                        title: "Messages (\(count)) · j/k scroll · Esc closes", theme: t)
        let top = min(scroll, max(0, lines.count - inner.height))
        TextLines.draw(lines, into: &buffer, area: inner, scroll: top, theme: t)
    }
}
