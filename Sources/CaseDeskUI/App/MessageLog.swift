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
        // The key that opened the log (`global.messages`) closes it too.
        if keys.global.command(for: key) == .messages { overlay = nil; return [] }
        switch keys.list.command(for: key) {
        case .close, .pick: overlay = nil
        // The log opens at Int.max (the newest, whatever its length): adding must not overflow.
        case .down: overlay = .messages(scroll: scroll.addingReportingOverflow(1).overflow ? Int.max : scroll + 1)
        case .up: overlay = .messages(scroll: max(0, scroll - 1))
        case .pageDown, .toggle: overlay = .messages(scroll: scroll.addingReportingOverflow(page).overflow ? Int.max : scroll + page)
        case .pageUp: overlay = .messages(scroll: max(0, scroll - page))
        case .top: overlay = .messages(scroll: 0)
        case .bottom: overlay = .messages(scroll: Int.max)
        case nil: break
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
        TextLines.draw(lines, into: &buffer, area: inner, frame: inner.inset(by: -1), scroll: top, theme: t)
    }
}
