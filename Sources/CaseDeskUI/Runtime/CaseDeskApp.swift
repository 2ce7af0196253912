import CaseCore
import Foundation
import TerminalUI

/// The full-screen program: `run` on a store until the user quits. `reduce` and `render`
/// (in App/) are the whole behaviour; this file only connects them to a terminal and a
/// background queue.
public enum CaseDeskApp {
    /// Opens the UI on `store` and returns the exit status (0 after a normal quit). The first
    /// frame is drawn before the store is read; the terminal is restored on every path out.
    public static func run(store: any CaseStore, options: AppOptions = AppOptions()) throws -> Int32 {
        let settings = UISettings.load(from: options.keyConfigFile)
        let backend: NcursesBackend
        do { backend = try NcursesBackend.start(mouse: options.mouse && settings.mouse != false) } catch TerminalError.notATerminal {
            throw NotATerminal()
        }
        defer { backend.shutdown() }
        var state = initialState(store: store, options: options, size: backend.size)
        let env = ProcessInfo.processInfo.environment
        state.clipboard = (settings.clipboard ?? options.clipboard).access(term: env["TERM"] ?? "", environment: env)
        if let ms = settings.countTimeout { state.countWaitMilliseconds = ms }
        if !settings.problems.isEmpty {
            let text = settings.problems.joined(separator: "; ")
            state.message = Message(text: state.message.map { $0.text + "; " + text } ?? text, kind: .error)
        }
        let runner = EffectRunner(store: store, user: options.user, themeDirectories: options.themeDirectories, files: options.files)
        let loop = UILoop(backend: backend, runner: runner)
        // A server store says when other machines save; each change comes in as an action.
        let post = loop.post
        let watch = (store as? any LiveCaseStore)?.watch { change in post(.storeChanged(change)) }
        defer { watch?.stop() }
        loop.run(&state, starting: [.loadHistory, .openStore])
        return 0
    }

    /// The state at start: today, the user, the key config and the theme names from `options`.
    public static func initialState(store: any CaseStore, options: AppOptions, size: Size) -> AppState {
        let config = options.keyConfigFile.flatMap { url -> KeyConfigText? in
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { return nil }
            return KeyConfigText(text: text, file: url.path)
        }
        // The theme is read before the first frame so that frame already has its colours; a
        // broken theme gives the fallback and its problems on the message line.
        let (theme, problems) = options.themeFile.map { Theme.load(file: $0) }
            ?? Theme.load(named: options.themeName, searchPaths: options.themeDirectories, builtins: BuiltinThemes.all)
        var state = AppState(storeName: store.displayName, today: options.today ?? options.clock.today, user: options.user,
                             size: size, theme: theme, themeName: theme.name,
                             themeNames: Theme.available(searchPaths: options.themeDirectories, builtins: BuiltinThemes.all),
                             keyConfig: config,
                             clock: options.clock)
        if !problems.isEmpty {
            let text = problems.map(\.description).joined(separator: "; ")
            state.message = Message(text: state.message.map { $0.text + "; " + text } ?? text, kind: .error)
        }
        return state
    }
}

/// The app on TerminalUI's loop (`Terminal.run`): each event or answer is reduced and its
/// effects performed. Store effects run one at a time on a serial queue so saves reach the disk
/// in the order they were asked for; their answers come back through the loop's mailbox.
final class UILoop {
    private let backend: any Backend
    private let runner: EffectRunner
    /// Answers of background effects; progress reports only matter as the latest one.
    private let inbox = EventQueue<Action> { newer, older in
        if case .loadProgress = newer, case .loadProgress = older { true } else { false }
    }
    private let queue = DispatchQueue(label: "casedesk.effects", qos: .userInitiated)
    /// The history file's reads and writes, in the order asked, apart from the store's queue:
    /// quitting waits for these alone, not for a store still being read.
    private let historyQueue = DispatchQueue(label: "casedesk.history", qos: .userInitiated)
    /// The catalog's builds off the loop (sort ranks, measures, the Agenda's index and the
    /// board's search), one at a time: run together, their temporaries made the UI's peak
    /// memory (issue 16.4). Not the store's queue: opening a case must not wait for them.
    private let buildQueue = DispatchQueue(label: "casedesk.builds", qos: .utility)
    /// Builds asked for by the last actions, started once the frame they follow is drawn, so
    /// that drawing the first screen of a store does not share the cores with them (issue 16.2).
    private var pendingBuilds: [Effect] = []
    /// How long quitting waits for the history written last (a file on a hung network disk
    /// must not keep the program from ending).
    static let historyWaitOnQuit: DispatchTimeInterval = .seconds(2)

    /// For actions that come from outside the loop's own effects (a server's notifications).
    var post: @Sendable (Action) -> Void { let inbox = self.inbox; return { inbox.post($0) } }

    init(backend: any Backend, runner: EffectRunner) {
        self.backend = backend
        self.runner = runner
    }

    func run(_ state: inout AppState, starting: [Effect]) {
        perform(starting, &state)
        Terminal.run(backend: backend, model: &state, mailbox: inbox, update: { state, input in
            switch input {
            case .event(.resize(let size)) where size == state.size: break
            case .event(let event): perform(CaseDeskApp.reduce(&state, .event(event)), &state)
            case .message(let action): perform(CaseDeskApp.reduce(&state, action), &state)
            }
            return state.quitting ? .quit : .proceed
        }, view: CaseDeskApp.render, drawn: startBuilds)
        // An entry typed just before quitting (`/name`, Enter, `:q`) is being written: wait for it.
        waitForHistory()
    }

    private func startBuilds() {
        guard !pendingBuilds.isEmpty else { return }
        let runner = self.runner, inbox = self.inbox
        for effect in pendingBuilds { buildQueue.async { runner.perform(effect) { inbox.post($0) } } }
        pendingBuilds = []
    }

    /// Waits, at most `historyWaitOnQuit`, until every history write asked for so far is done.
    func waitForHistory() {
        let done = DispatchSemaphore(value: 0)
        historyQueue.async { done.signal() }
        _ = done.wait(timeout: .now() + Self.historyWaitOnQuit)
    }

    private func perform(_ effects: [Effect], _ state: inout AppState) {
        for effect in effects {
            switch effect {
            case .quit: state.quitting = true
            case .redraw:
                // Giving the terminal back and taking it again makes the next draw clear the
                // screen and repaint every cell, whatever scribbled on it.
                backend.suspend()
                backend.resume()
            case .runEditor(let text, let purpose):
                // Editing's launcher writes the private temp file, runs the editor in the
                // terminal's foreground and reads the file back, while the terminal is handed over.
                let name = state.editing.editorBase?.id ?? "case"
                let result = TerminalHandover.run(on: backend) { EditorLauncher.edit(text, name: name) }
                perform(CaseDeskApp.reduce(&state, .editorFinished(purpose: purpose, result: result)), &state)
            case .showInPager(let id):
                // The case is read before the terminal is handed over: a failure is a message
                // on CaseDesk's screen, not a pager on nothing.
                let pager = PagerLauncher.pager()
                switch runner.sheet(caseID: id, meta: state.meta, today: state.today, width: backend.size.width, styled: pager.styled) {
                case .failure(let e):
                    perform(CaseDeskApp.reduce(&state, .failed(message: "Cannot show \(id): \(e.description)")), &state)
                case .success(let text):
                    if let problem = TerminalHandover.run(on: backend, { PagerLauncher.show(text, name: id, command: pager.command) }) {
                        perform(CaseDeskApp.reduce(&state, .failed(message: problem)), &state)
                    }
                }
            case .copyToClipboard(let text):
                backend.copyToClipboard(text)
            case .waitForCount(let serial):
                let inbox = self.inbox
                DispatchQueue.global(qos: .userInteractive).asyncAfter(deadline: .now() + .milliseconds(state.countWaitMilliseconds)) {
                    inbox.post(.countWaitOver(serial: serial))
                }
            case .loadHistory, .saveHistory:
                let runner = self.runner, inbox = self.inbox
                historyQueue.async { runner.perform(effect) { inbox.post($0) } }
            case .buildMeasures, .buildSortIndex, .buildDeferred:
                pendingBuilds.append(effect)
            default:
                let runner = self.runner, inbox = self.inbox
                queue.async { runner.perform(effect) { inbox.post($0) } }
            }
        }
    }
}
