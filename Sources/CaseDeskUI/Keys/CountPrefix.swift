import Foundation
import TerminalUI

/// A count typed before a command, as in vim and less: `5j` moves five rows, `10k` ten up,
/// `3G` (or `3g`) goes to row 3, `2n` to the second match on. A count before a command it
/// means nothing to (`3>`, `2x`, `3a`) is refused with a message and the command is not run.
///
/// The digits 1-6 also switch screens (ux.md; 6 is the People screen). A digit that could be either waits, as vim
/// waits on a key that is a whole mapping and the start of a longer one: a second digit or a
/// command that takes a count makes it a count (`25j`, `2j`), as does a command that changes
/// a case (`3>` is refused as a count); any other key runs the digit
/// alone and is then read as typed (`2/` is the board, then its filter), as vim runs a
/// mapping once the next key cannot continue it; with no key within
/// `options.counttimeout` (500 ms unless set) the digit does what it does alone. A digit
/// bound to nothing on the screen shown (7-9, or the digit of the screen already shown)
/// starts a count at once. Keys that arrive together (a paste, a fast typist over SSH) are
/// read one by one exactly as typed keys are: only the wait's end depends on time.
struct CountPrefix: Sendable, Equatable {
    /// The count typed so far; nil when none.
    var value: Int?
    /// The digit typed first, while it may yet mean its command alone (a screen); nil once
    /// the count has a second digit, or when the digit means nothing else here.
    var pendingKey: Key?
    /// Tells one wait from the next: only the latest wait's end runs its digit.
    var serial = 0

    /// How long a digit that is also a command waits for a second key unless
    /// `options.counttimeout` says (vim's `timeoutlen` is 1000 ms; shorter here, as screens
    /// are switched by digit all day). 0 makes those digits their command at once.
    static let defaultWaitMilliseconds = 500
    static let waitRange = 0...5_000
    /// The largest count: more rows than any store has, and no arithmetic can overflow.
    static let maximum = 99_999
}

/// What a count does to a command.
enum CountUse: Sendable, Equatable {
    /// The command runs that many times (moves, pages, next match, next tab).
    case repeated
    /// The command goes to that row or line (`top` and `bottom`: `3G` is row 3, as in vim).
    case line
}

extension Movement {
    /// What a count before the move does: every screen moves alike, so one rule for all.
    var countUse: CountUse? {
        switch self {
        case .up, .down, .pageUp, .pageDown: .repeated
        case .top, .bottom: .line
        case .open, .back: nil
        }
    }
}

extension Search {
    /// `2n` is the second match on; a count before `/` means nothing.
    var countUse: CountUse? {
        switch self {
        case .nextMatch, .prevMatch: .repeated
        case .find: nil
        }
    }
}

extension CommandSet {
    /// The shared move's or search's count use (the typed `Movement` and `Search`, as for the
    /// keys and help); nil for any other command. A screen's own commands that take a count
    /// (the detail's tabs, the Dashboard's columns) say so in its `countUse`.
    var sharedCountUse: CountUse? { movement.map(\.countUse) ?? search?.countUse }
}

extension AppState {
    /// A digit that starts or extends a count, or Esc that drops one: handled here (the
    /// effects returned); nil when the key is for the screen.
    mutating func countKey(_ key: Key) -> [Effect]? {
        if case .char(let ch) = key, let d = ch.wholeNumberValue, ch.isASCII {
            if let value = count.value {
                count.value = min(CountPrefix.maximum, value * 10 + d)
                count.pendingKey = nil
                return []
            }
            // 0 starts no count (vim's 0 is a motion of its own).
            guard d > 0 else { return nil }
            let isCommand = digitMeansSomething(key)
            if isCommand && countWaitMilliseconds == 0 { return nil }
            count.value = d
            count.serial += 1
            guard isCommand else { return [] }
            count.pendingKey = key
            return [.waitForCount(serial: count.serial)]
        }
        guard count.value != nil else { return nil }
        if key == .escape {
            count = CountPrefix(serial: count.serial)
            return []
        }
        let next = boundCommand(key)
        if let pending = count.pendingKey, next?.countUse == nil, next?.caseAction?.changesCase != true {
            // The digit cannot be a count before this key: it runs alone and the key is read
            // after it, so `2/` typed in one burst is what `2`, a pause, `/` is. Before a
            // change (`3>`, `2c`) it stays a count, refused below: a digit typed by mistake
            // must neither advance a request nor leave the screen the change was meant for.
            count = CountPrefix(serial: count.serial)
            var effects = dispatch(pending)
            effects += handleKey(key)
            return effects
        }
        return nil
    }

    /// The wait of a digit is over (`.countWaitOver`): alone, it does what it is bound to.
    mutating func countWaitOver(serial: Int) -> [Effect] {
        guard serial == count.serial, let key = count.pendingKey else { return [] }
        count = CountPrefix(serial: count.serial)
        guard overlay == nil, find.input == nil, load == .loaded else { return [] }
        return dispatch(key)
    }

    /// Whether a digit, typed alone, runs a command here (a global screen key other than the
    /// screen shown, or one of the screen's own).
    private func digitMeansSomething(_ key: Key) -> Bool {
        guard let command = boundCommand(key) else { return false }
        guard let g = command as? GlobalCommand else { return true }
        let shown: GlobalCommand? = switch screen {
        case .cases: .cases
        case .board: .board
        case .dashboard: .dashboard
        case .help: .helpScreen
        case .agenda: .agenda
        case .people: .people
        case .detail: nil
        }
        return g != shown
    }

    /// The command `key` runs on the screen shown: the screen's own, else the global one.
    func boundCommand(_ key: Key) -> (any CommandSet)? {
        let own: (any CommandSet)? = switch screen {
        case .cases: keys.cases.command(for: key)
        case .detail: keys.detail.command(for: key)
        case .board: keys.board.command(for: key)
        case .dashboard: keys.dashboard.command(for: key)
        case .help: keys.help.command(for: key)
        case .agenda: keys.agenda.command(for: key)
        case .people: keys.people.command(for: key)
        }
        return own ?? keys.global.command(for: key)
    }

    /// Runs `command` with the count typed before it, if any: repeated, as a row number, or
    /// refused with a message when a count means nothing to it.
    mutating func counted<C: CommandSet>(_ key: Key, _ command: C, _ run: (inout AppState, C) -> [Effect]) -> [Effect] {
        guard let n = count.value else { return run(&self, command) }
        // A screen digit typed just before a change: say what the digit alone would have done.
        let alone = count.pendingKey.flatMap(boundCommand)?.help.split(separator: ":").first
        count = CountPrefix(serial: count.serial)
        switch command.countUse {
        case nil:
            let name = key.short
            let hint = alone.map { "\(n) alone is \($0): type \(name) once it shows" } ?? "a count goes before a move: 5j, 10k, 3G"
            message = Message(text: "\(n)\(name): \(name) takes no count, nothing was done (\(hint)).", kind: .error)
            return []
        case .repeated?:
            return repeating(n) { run(&$0, command) }
        case .line?:
            guard let top = C(rawValue: "top"), let down = C(rawValue: "down") else { return run(&self, command) }
            var effects = run(&self, top)
            effects += repeating(n - 1) { run(&$0, down) }
            return effects
        }
    }

    /// `step` run up to `n` times, stopping early when a step moves nothing (the end of a
    /// list), so `99999j` costs what the list's length does.
    private mutating func repeating(_ n: Int, _ step: (inout AppState) -> [Effect]) -> [Effect] {
        var effects: [Effect] = []
        for _ in 0..<max(0, n) {
            let before = countPlace, shown = screen
            effects += step(&self)
            if countPlace == before || screen != shown || overlay != nil || find.input != nil { break }
        }
        return effects
    }

    /// Where the user is, on every screen: a step that leaves it unchanged moved nothing.
    private var countPlace: [Int] {
        [cases.list.selected, cases.requests.selected, cases.detailScroll, detail.tab.rawValue, detail.scroll.section,
         detail.scroll.line, detail.request, detail.match?.section ?? -1, detail.match?.line ?? -1, board.position.selected,
         agenda.position.selected, dashboard.selected, dashboard.column, dashboard.cell, dashboard.scroll, help.scroll,
         help.match ?? -1]
    }
}
