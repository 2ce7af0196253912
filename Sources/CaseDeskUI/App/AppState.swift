import CaseCore
import TerminalUI

/// The whole state of the program, as a value. `reduce` changes it; `render` draws it.
///
/// Invariants: `cases.visible` holds indices into `summaries` (in sort order) and is rebuilt
/// whenever `summaries`, the filter or the sort change; `today` and `user` never change after
/// start, so tests set them and get the same screens every day. The summaries and every index
/// derived from them are the `catalog`'s, changed only through `install`, `replaceCase` and
/// `removeCase` (App/AppState+Catalog.swift).
public struct AppState: Sendable {
    public var today: Day
    /// The user's time zone for the day an instant falls on (an update, a note); `today` came from it.
    public var clock: LocalClock
    public var user: String
    public var storeName: String
    public var load: LoadState = .loading(done: 0, total: 0)
    public var meta: StoreMeta?
    /// The summaries of the store and every index derived from them.
    var catalog: Catalog
    public var summaries: [CaseSummary] { catalog.summaries }
    public var damaged: [DamagedCase] { catalog.damaged }
    /// The longest case id, so the id column fits them all.
    var idWidth: Int { catalog.idWidth }
    /// The size of the terminal now; render takes the size too, this is for paging.
    public var size: Size

    public var screen: Screen = .cases
    /// Where Esc/q go back to from the detail and help screens.
    var previousScreen: Screen = .cases
    var cases = CasesState()
    var detail = DetailState()
    var board = BoardState()
    var help = HelpState()
    var dashboard = DashboardState()
    var agenda = AgendaState()
    var people = PeopleState()
    var editing = EditingState()
    /// `/` in long text (detail, help): the prompt and the last pattern.
    var find = FindState()
    /// A count typed before a command (`5j`), and a digit waiting to be one.
    var count = CountPrefix()
    /// `options.counttimeout`: how long a digit that is also a screen waits to be a count.
    var countWaitMilliseconds = CountPrefix.defaultWaitMilliseconds

    /// A dialog, prompt or command line drawn over the screen; it gets the keys first.
    var overlay: Overlay?
    /// Keys waiting for a form that is opening or saving (see `Typeahead`).
    var typeahead = Typeahead()
    /// One line for the user: a save done, an error, a config problem. Cleared by the next key;
    /// every one set is kept in `messageLog`.
    var message: Message? {
        didSet { if let message, message != oldValue { messageLog.append(message) } }
    }
    var messageLog = MessageLog()
    /// Why the store cannot be reached now (a server store), shown in the header; nil when it can.
    var storeUnreachable: String?
    /// A chase or request note on its way to the store, given back if it cannot be saved.
    var sentPrompt: SentPrompt?

    var keys: KeyTables = .defaults
    /// `:` and `/` history (Up/Down), kept in the history file (Overlays/LineHistory.swift).
    var history = LineHistory()
    /// The saved views' names for `:view` completion (Overlays/ViewCommand.swift).
    var viewNames: [String] = []
    /// Whether `y` can write to the terminal's clipboard (set at start from the terminal and
    /// `options.clipboard`).
    var clipboard: ClipboardAccess = .off("the clipboard is not available")
    public var theme: Theme
    var themeName: String
    /// The theme names `:theme` completes.
    var themeNames: [String]
    public var quitting = false

    /// - Parameters: `keyConfig` problems are shown at start; `themeNames` feed completion.
    public init(storeName: String, today: Day, user: String, size: Size, theme: Theme = .fallback,
                themeName: String = "default", themeNames: [String] = [], keyConfig: KeyConfigText? = nil,
                clock: LocalClock = .system) {
        self.storeName = storeName; self.today = today; self.user = user; self.size = size; self.clock = clock
        catalog = Catalog(context: QueryContext(today: today, chaseIntervalDays: 28))
        self.theme = AppRoles.register(theme); self.themeName = themeName; self.themeNames = themeNames
        if let keyConfig {
            let config = KeyConfig(text: keyConfig.text, file: keyConfig.file)
            keys = KeyTables.defaults.applying(config)
            if !config.problems.isEmpty {
                message = Message(text: config.problems.joined(separator: "; "), kind: .error)
            }
        }
        // Observers do not run in an init: log the start-up message here.
        if let message { messageLog.append(message) }
    }

    var chaseInterval: Int { meta?.chaseIntervalDays ?? 28 }

    /// A person's name from the store's people, else the id itself.
    func personName(_ id: String?) -> String {
        guard let id else { return "–" }
        return meta?.personName(id) ?? id
    }

    /// Constant time: the detail screen asks on every frame, and a store has 100,000 cases.
    func summaryIndex(id: String) -> Int? { catalog.index(id: id) }
}

/// The text of a key config file and the name to report its problems under.
public struct KeyConfigText: Sendable {
    public var text: String
    public var file: String
    public init(text: String, file: String) { self.text = text; self.file = file }
}

public enum LoadState: Sendable, Equatable {
    case loading(done: Int, total: Int)
    case loaded
    case failed(String)
}

struct Message: Sendable, Equatable {
    enum Kind: Sendable { case info, success, error }
    var text: String
    var kind: Kind
}
