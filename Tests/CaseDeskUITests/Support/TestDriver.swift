import CaseCore
import Foundation
import Testing
import TerminalUI
@testable import CaseDeskUI

/// Drives the whole UI as a user would, with no terminal: keys go through the key tables in
/// force (`press(CasesCommand.sort)` presses whatever key is bound to it), effects are
/// performed at once against the store, and `screen` is the rendered text.
struct TestDriver {
    var state: AppState
    let store: any CaseStore
    let runner: EffectRunner
    /// Every effect the reducer asked for, in order (for asserting on saves and redraws).
    private(set) var effects: [Effect] = []
    /// When false, `.openStore` is recorded but not performed, to look at the loading screen.
    var performsEffects = true
    /// When true, `.buildDeferred` is kept in `heldDeferred` instead of performed, to look at
    /// the screens while the Agenda's index and the board's search are being built.
    var holdsDeferred = false
    private(set) var heldDeferred: [DeferredRequest] = []

    /// `files`: views.toml and the history file (temp paths in the tests of `:view` and history).
    init(store: any CaseStore = Fixture.store(), size: Size = Size(width: 80, height: 24), keyConfig: String? = nil,
         open: Bool = true, files: UIFiles = UIFiles()) {
        self.store = store
        state = AppState(storeName: store.displayName, today: Fixture.today, user: Fixture.user, size: size,
                         themeNames: ["default", "light"],
                         keyConfig: keyConfig.map { KeyConfigText(text: $0, file: "config") },
                         clock: .fixed(Fixture.clock, timeZone: TimeZone(identifier: "UTC")!))
        runner = EffectRunner(store: store, user: Fixture.user, themeDirectories: [], files: files)
        performsEffects = open
        perform([.openStore])
    }

    mutating func send(_ action: Action) {
        perform(CaseDeskApp.reduce(&state, action))
    }

    mutating func press(_ key: Key) { send(.event(.key(key))) }

    mutating func press(_ keys: Key...) { for k in keys { press(k) } }

    /// Presses the first key the tables in force bind to `command`.
    mutating func press<C: CommandSet>(_ command: C) {
        let key = Self.keyMap(C.self, state.keys).keys(for: command).first
        guard let key else {
            Issue.record("no key is bound to \(C.section).\(command.rawValue)")
            return
        }
        press(key)
    }

    mutating func press<C: CommandSet>(_ commands: C...) { for c in commands { press(c) } }

    mutating func type(_ text: String) { for c in text { press(.char(c)) } }

    /// `:` then `text` then Enter: one command of the command line, as typed.
    mutating func command(_ text: String) {
        press(GlobalCommand.commandLine)
        type(text)
        press(.enter)
    }

    /// Keys that arrive in one read (a paste, a fast typist over SSH): each is reduced before
    /// any effect they asked for is answered, as the loop does when the keys come in faster
    /// than the store answers; then the effects are performed, in order.
    mutating func burst(_ keys: [Key]) {
        var asked: [Effect] = []
        for k in keys { asked += CaseDeskApp.reduce(&state, .event(.key(k))) }
        perform(asked)
    }

    /// `burst` of the keys that type `text`.
    mutating func burst(_ text: String) { burst(text.map { Key.char($0) }) }

    mutating func resize(_ size: Size) { send(.event(.resize(size))) }

    /// The deferred builds held so far, answered now (with the summaries they were asked with).
    mutating func landDeferred() {
        let held = heldDeferred
        heldDeferred = []
        for r in held { send(.deferredBuilt(r.build())) }
    }

    var screen: String { CaseDeskApp.render(state, size: state.size).text() }

    /// Performs effects as the run loop would (e.g. `.loadHistory`, which the loop asks at start).
    mutating func perform(_ list: [Effect]) {
        var queue = list
        while !queue.isEmpty {
            let effect = queue.removeFirst()
            effects.append(effect)
            if !performsEffects, effect == .openStore { continue }
            if holdsDeferred, case .buildDeferred(let r) = effect { heldDeferred.append(r); continue }
            // A key pressed on its own is typed slowly: a digit's wait for a second key runs
            // out before the next one (`burst` gives the keys together, as a paste does).
            if case .waitForCount(let serial) = effect {
                queue += CaseDeskApp.reduce(&state, .countWaitOver(serial: serial))
                continue
            }
            let box = ActionBox()
            runner.perform(effect) { box.append($0) }
            for action in box.actions { queue += CaseDeskApp.reduce(&state, action) }
        }
    }

    static func keyMap<C: CommandSet>(_ type: C.Type, _ t: KeyTables) -> KeyMap<C> {
        switch C.section {
        case GlobalCommand.section: t.global as! KeyMap<C>
        case CasesCommand.section: t.cases as! KeyMap<C>
        case DetailCommand.section: t.detail as! KeyMap<C>
        case BoardCommand.section: t.board as! KeyMap<C>
        case DashboardCommand.section: t.dashboard as! KeyMap<C>
        case AgendaCommand.section: t.agenda as! KeyMap<C>
        case ListCommand.section: t.list as! KeyMap<C>
        default: t.help as! KeyMap<C>
        }
    }
}

/// Collects the actions an effect posts (the runner posts synchronously in tests).
final class ActionBox: @unchecked Sendable {
    // @unchecked: only used on the test's own thread.
    private(set) var actions: [Action] = []
    func append(_ a: Action) { actions.append(a) }
}

/// Compares a screen with the expected text and, on a mismatch, prints both so the failure
/// shows what the user would see. With CASEDESK_RECORD=DIR the actual screen is also written
/// to DIR/NAME.txt for review.
func expectScreen(_ actual: String, _ expected: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let trimmedExpected = expected.split(separator: "\n", omittingEmptySubsequences: false)
        .map { $0.replacing(/\s+$/, with: "") }.joined(separator: "\n")
    if let dir = ProcessInfo.processInfo.environment["CASEDESK_RECORD"] {
        try? actual.write(toFile: dir + "/" + name + ".txt", atomically: true, encoding: .utf8)
    }
    #expect(actual == trimmedExpected, "screen \(name) differs.\n--- expected\n\(trimmedExpected)\n--- actual\n\(actual)",
            sourceLocation: sourceLocation)
}
