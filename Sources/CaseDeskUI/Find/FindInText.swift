import TerminalUI

/// `/`, `n` and `N` on the screens of long text: the case detail (each tab) and help. The
/// prompt is the bottom line (a `LineInput`, edited as the `:` line is); Enter on an empty
/// prompt searches for the last pattern again, as in less and vim.
extension AppState {
    /// `/`: opens the prompt.
    mutating func beginFind() {
        find.input = LineInput()
    }

    /// A key while the `/` prompt is open.
    mutating func findPromptKey(_ key: Key) -> [Effect] {
        guard var input = find.input else { return [] }
        switch key {
        case .escape:
            find.input = nil
        case .enter:
            find.input = nil
            if !input.text.isEmpty { find.pattern = input.text }
            guard !find.pattern.isEmpty else {
                message = Message(text: "No previous pattern: type one after /.", kind: .error)
                return []
            }
            findInText(forward: true, fresh: true)
        default:
            _ = input.edit(key)
            find.input = input
        }
        return []
    }

    /// Pasted text goes into the prompt whole (a line break is a space).
    mutating func findPaste(_ text: String) {
        find.input?.insert(text)
    }

    /// Finds the next (`forward`) or previous line holding the last pattern on the screen
    /// shown. `fresh` (Enter on the prompt) starts at the top line shown; `n` and `N` start
    /// past the current match if it is on screen, else past the top line.
    mutating func findInText(forward: Bool, fresh: Bool = false) {
        guard let needle = find.needle else {
            message = Message(text: "No previous pattern: / searches.", kind: .error)
            return
        }
        let found: Bool
        switch screen {
        case .detail: found = findInDetail(needle, forward: forward, fresh: fresh)
        case .help: found = findInHelp(needle, forward: forward, fresh: fresh)
        default: return
        }
        if !found { message = Message(text: TextFind.notFound(find.pattern), kind: .error) }
    }

    private mutating func findInDetail(_ needle: [UInt8], forward: Bool, fresh: Bool) -> Bool {
        let area = DetailView.contentArea(size)
        guard let window = DetailView.window(self, width: area.width) else { return true }
        let h = max(1, area.height)
        let base = detail.match.flatMap { window.isShown($0, from: detail.scroll, height: h) ? $0 : nil } ?? detail.scroll
        var start = detail.scroll, atEdge = false
        if !fresh {
            start = forward ? window.after(base) : window.before(base)
            // Already on the last (first) line: the next match is found from the other end.
            if start == base {
                atEdge = true
                start = forward ? DetailScroll() : window.last
            }
        }
        guard let hit = window.find(needle, from: start, forward: forward) else { return false }
        // The match is the place to be, even when the search went round to it.
        detail.match = hit.spot
        if !window.isShown(hit.spot, from: detail.scroll, height: h) {
            detail.scroll = min(hit.spot, window.bottom(height: h))
        }
        if hit.wrapped || atEdge { message = Message(text: TextFind.wrapMessage(forward: forward), kind: .info) }
        return true
    }

    private mutating func findInHelp(_ needle: [UInt8], forward: Bool, fresh: Bool) -> Bool {
        let lines = HelpScreen.lines(self)
        guard !lines.isEmpty else { return false }
        let h = max(1, HelpScreen.contentArea(size).height)
        let top = help.scroll
        func shown(_ i: Int) -> Bool { i >= top && i < top + h }
        let base = help.match.flatMap { shown($0) ? $0 : nil } ?? help.scroll
        let start = fresh ? help.scroll : base + (forward ? 1 : -1)
        guard let hit = TextFind.find(needle, in: lines, from: start, forward: forward) else { return false }
        help.match = hit.spot
        if !shown(hit.spot) { help.scroll = min(hit.spot, max(0, lines.count - h)) }
        if hit.wrapped { message = Message(text: TextFind.wrapMessage(forward: forward), kind: .info) }
        return true
    }
}

extension TextFind {
    /// The first of `lines` holding `needle` from `start` forward (wrapping to the top) or
    /// backward (wrapping to the end). `start` may be one past either end.
    static func find(_ needle: [UInt8], in lines: [Line], from start: Int, forward: Bool) -> Found<Int>? {
        let n = lines.count
        guard n > 0 else { return nil }
        for k in 0..<n {
            let raw = forward ? start + k : start - k
            let i = ((raw % n) + n) % n
            if matches(lines[i], needle) { return Found(spot: i, wrapped: forward ? raw >= n : raw < 0) }
        }
        return nil
    }
}
