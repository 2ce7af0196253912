/// The views file (`$XDG_CONFIG_HOME/casedesk/views.toml`, docs/views.md): a small subset of
/// TOML, one table per view.
///
///     # The team's views
///     [overdue-london]
///     status = ["awaitingTrial", "atTrial"]
///     unit = ["OCD-LON"]
///     overdue = true
///     sort = "nextHearing"
///     order = "descending"
///     columns = ["id", "title", "lawyer", "nextHearing"]
///
/// Table names are bare (letters, digits, `-`, `_`) or "quoted"; values are "strings" (escapes
/// `\" \\ \n \t \uXXXX`), `true`/`false` and one-line arrays of strings. Comments start with `#`.
/// Saving a view rewrites only that view's table: the rest of the file (comments, other
/// views, their order) is kept as it was.
public struct ViewsFile: Sendable, Equatable {
    /// The case list's views, in file order.
    public private(set) var views: [SavedView]
    /// The MLA board's views (`screen = "board"`), in file order.
    public private(set) var boardViews: [SavedBoardView] = []
    /// The text as read, and the lines each view's table spans (its header to its last
    /// non-blank line), so saving one view leaves every other line alone.
    var lines: [String]
    var spans: [String: Range<Int>]

    public init() { views = []; lines = []; spans = [:] }

    public func view(named name: String) -> SavedView? { views.first { $0.name == name } }
    public func boardView(named name: String) -> SavedBoardView? { boardViews.first { $0.name == name } }
    /// Every view's name, the case list's then the board's (no name is used twice in a file).
    public var names: [String] { views.map(\.name) + boardViews.map(\.name) }

    /// A view of either screen, for listing them together.
    public enum Entry: Sendable, Equatable {
        case cases(SavedView)
        case board(SavedBoardView)
    }

    /// Every view of both screens in the order of the file.
    public var entries: [Entry] {
        let all = views.map { Entry.cases($0) } + boardViews.map { Entry.board($0) }
        func line(_ e: Entry) -> Int {
            switch e { case .cases(let v): spans[v.name]?.lowerBound ?? Int.max; case .board(let v): spans[v.name]?.lowerBound ?? Int.max }
        }
        return all.enumerated().sorted { (line($0.element), $0.offset) < (line($1.element), $1.offset) }.map(\.element)
    }

    /// The keys a view may have, in the order they are written.
    public static let keys = ["filter", "status", "crime", "unit", "lawyer", "mine", "overdue", "chase", "ctlAlarm",
                              "noNextAction", "sort", "order", "columns"]

    /// Reads `text`; `file` names it in errors. The first problem is thrown, with its line.
    public static func parse(_ text: String, file: String) throws(ViewsError) -> ViewsFile {
        var out = ViewsFile()
        out.lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if out.lines.last == "" { out.lines.removeLast() }
        var current: SavedView?
        // Set when the table's first setting is `screen = "board"`: the table is the board's.
        var board: SavedBoardView?
        var start = 0, lastContent = 0
        var seen: Set<String> = []
        func close() {
            guard let v = current else { return }
            if let board { out.boardViews.append(board) } else { out.views.append(v) }
            out.spans[v.name] = start..<(lastContent + 1)
        }
        for (index, raw) in out.lines.enumerated() {
            let number = index + 1
            func fail(_ message: String) -> ViewsError { ViewsError(file: file, line: number, message: message) }
            var cursor = TOMLCursor(raw)
            cursor.skipSpaces()
            if cursor.atEndOrComment { continue }
            if cursor.peek == "[" {
                close()
                cursor.advance()
                cursor.skipSpaces()
                let name: String
                do { name = try cursor.key() } catch { throw fail(error.message + " in the view's name") }
                cursor.skipSpaces()
                guard cursor.peek == "]" else { throw fail("a view's name must end with \"]\"") }
                cursor.advance()
                cursor.skipSpaces()
                guard cursor.atEndOrComment else { throw fail("unexpected text after [\(name)]") }
                guard SavedView.isValidName(name) else { throw fail("\"\(name)\" is not a view name (1-64 characters, no control characters, no spaces at either end)") }
                guard !out.names.contains(name) else { throw fail("the view \"\(name)\" is already defined above") }
                current = SavedView(name: name)
                board = nil
                start = index; lastContent = index; seen = []
                continue
            }
            guard current != nil else { throw fail("a setting before any [view] table") }
            let key: String
            let value: TOMLValue
            do throws(TOMLCursor.Failure) {
                key = try cursor.key()
                cursor.skipSpaces()
                guard cursor.peek == "=" else { throw TOMLCursor.Failure(message: "expected \"=\" after \"\(key)\"") }
                cursor.advance()
                cursor.skipSpaces()
                value = try cursor.value()
                cursor.skipSpaces()
                guard cursor.atEndOrComment else { throw TOMLCursor.Failure(message: "unexpected text after the value") }
            } catch { throw fail(error.message) }
            guard seen.insert(key).inserted else { throw fail("\"\(key)\" is set twice in the view \"\(current!.name)\"") }
            if key == "screen", seen.count == 1 {
                guard value == .string(SavedBoardView.screenName) || value == .string("cases") else {
                    throw fail("screen must be \"board\" (the MLA board) or \"cases\" (the case list, the default)")
                }
                if value == .string(SavedBoardView.screenName) { board = SavedBoardView(name: current!.name) }
            } else if board != nil {
                do { try board!.apply(key, value) } catch { throw fail(error.message) }
            } else if key == "screen" {
                throw fail("\"screen\" must be the first setting of a view")
            } else {
                do { try ViewsFile.apply(key, value, to: &current!) } catch { throw fail(error.message) }
            }
            lastContent = index
        }
        close()
        return out
    }

    /// This file with `view` in it: its table replaced where it was, or added at the end.
    /// A name `SavedView.isValidName` refuses is an error (the file is unchanged).
    public func saving(_ view: SavedView) throws(ViewsError) -> ViewsFile {
        try saving(name: view.name, table: ViewsFile.table(view))
    }

    /// This file with the board view `view` in it, as `saving(_:)` does for the case list's.
    public func saving(_ view: SavedBoardView) throws(ViewsError) -> ViewsFile {
        try saving(name: view.name, table: view.table())
    }

    private func saving(name: String, table: [String]) throws(ViewsError) -> ViewsFile {
        guard SavedView.isValidName(name) else {
            throw ViewsError(file: "", line: 0, message: "\"\(name)\" is not a view name (1-64 characters, no control characters, no spaces at either end)")
        }
        var lines = self.lines
        if let span = spans[name] {
            lines.replaceSubrange(span, with: table)
        } else {
            if let last = lines.last, !last.trimmingCharacters(in: .whitespaces).isEmpty { lines.append("") }
            lines += table
        }
        // Parsing what is written keeps `spans` right; every value is quoted so it reads back.
        return try ViewsFile.parse(lines.joined(separator: "\n") + "\n", file: "")
    }

    /// The whole file as text.
    public var text: String { lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n" }

    /// One view's table: only what differs from an empty view.
    static func table(_ v: SavedView) -> [String] {
        var out = ["[\(TOMLCursor.isBare(v.name) ? v.name : TOMLCursor.quote(v.name))]"]
        func strings(_ a: [String]) -> String { "[" + a.map(TOMLCursor.quote).joined(separator: ", ") + "]" }
        if !v.text.isEmpty { out.append("filter = \(TOMLCursor.quote(v.text))") }
        if !v.statuses.isEmpty { out.append("status = \(strings(v.statuses.map(\.rawValue)))") }
        if !v.crimeTypes.isEmpty { out.append("crime = \(strings(v.crimeTypes.map(\.rawValue)))") }
        if !v.units.isEmpty { out.append("unit = \(strings(v.units))") }
        if !v.lawyers.isEmpty { out.append("lawyer = \(strings(v.lawyers))") }
        if v.mine { out.append("mine = true") }
        if v.overdueOnly { out.append("overdue = true") }
        if v.toChaseOnly { out.append("chase = true") }
        if v.ctlAlarmOnly { out.append("ctlAlarm = true") }
        if v.noNextActionOnly { out.append("noNextAction = true") }
        if let s = v.sort {
            out.append("sort = \(TOMLCursor.quote(s.key.rawValue))")
            out.append("order = \(TOMLCursor.quote(s.ascending ? "ascending" : "descending"))")
        }
        if let c = v.columns { out.append("columns = \(strings(c.map(\.rawValue)))") }
        return out
    }

    static func apply(_ key: String, _ value: TOMLValue, to v: inout SavedView) throws(TOMLCursor.Failure) {
        let setting = TOMLSetting(key: key, value: value)
        switch key {
        case "filter": v.text = try setting.string()
        case "status": v.statuses = try setting.words(CaseStatus.self)
        case "crime": v.crimeTypes = try setting.words(CrimeType.self)
        case "unit": v.units = try setting.strings()
        case "lawyer": v.lawyers = try setting.strings()
        case "mine": v.mine = try setting.bool()
        case "overdue": v.overdueOnly = try setting.bool()
        case "chase": v.toChaseOnly = try setting.bool()
        case "ctlAlarm": v.ctlAlarmOnly = try setting.bool()
        case "noNextAction": v.noNextActionOnly = try setting.bool()
        case "sort":
            let s = try setting.string()
            guard let k = CaseSortKey(rawValue: s) else {
                throw .init(message: "\"\(s)\" is not a sort column (one of: \(CaseSortKey.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            v.sort = CaseSort(k, ascending: v.sort?.ascending ?? true)
        case "order":
            let s = try setting.string()
            guard s == "ascending" || s == "descending" else { throw .init(message: "order must be \"ascending\" or \"descending\", not \"\(s)\"") }
            v.sort = CaseSort(v.sort?.key ?? .id, ascending: s == "ascending")
        case "columns":
            var keys: [CaseSortKey] = []
            for s in try setting.strings() {
                guard let k = CaseSortKey(rawValue: s) else {
                    throw .init(message: "\"\(s)\" is not a column (one of: \(CaseSortKey.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                if !keys.contains(k) { keys.append(k) }
            }
            guard !keys.isEmpty else { throw .init(message: "columns must name at least one column") }
            v.columns = keys
        default:
            throw .init(message: "unknown setting \"\(key)\" (known: \(keys.joined(separator: ", ")))")
        }
    }
}
