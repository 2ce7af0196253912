/// A saved view of the MLA board (`views.toml`, a table with `screen = "board"` first;
/// docs/views.md): the board's text filter, quick filters and sort, under a name. `:view save
/// NAME` on the board writes one and `:view NAME` puts it back on the board.
public struct SavedBoardView: Sendable, Equatable {
    public var name: String
    public var text = ""
    public var kinds: [RequestKind] = []
    public var directions: [RequestDirection] = []
    /// ISO country codes.
    public var countries: [String] = []
    /// "Mine": whoever opens the view, not whoever saved it.
    public var mine = false
    public var overdueOnly = false
    public var toChaseOnly = false
    public var urgentOnly = false
    /// nil: the board's default order (attention, ascending).
    public var sort: RequestSortKey?
    public var ascending = true

    public init(name: String) { self.name = name }

    /// The value of `screen` that makes a table a board view.
    public static let screenName = "board"

    /// The keys a board view may have, in the order they are written (`screen` first).
    public static let keys = ["screen", "filter", "kind", "direction", "country", "mine", "overdue", "chase", "urgent", "sort", "order"]

    /// What the view selects, in a line: `"eurojust"; country ES; to chase`.
    public var filterSummary: String {
        var parts: [String] = []
        if !text.isEmpty { parts.append("\"\(text)\"") }
        if !countries.isEmpty { parts.append("country " + countries.joined(separator: ",")) }
        if !kinds.isEmpty { parts.append("kind " + kinds.map(\.rawValue).joined(separator: ",")) }
        if !directions.isEmpty { parts.append("direction " + directions.map(\.rawValue).joined(separator: ",")) }
        if mine { parts.append("mine") }
        if overdueOnly { parts.append("overdue") }
        if toChaseOnly { parts.append("to chase") }
        if urgentOnly { parts.append("urgent") }
        return parts.joined(separator: "; ")
    }

    /// The view's table: `screen` first, then only what differs from an empty board view.
    func table() -> [String] {
        var out = ["[\(TOMLCursor.isBare(name) ? name : TOMLCursor.quote(name))]", "screen = \(TOMLCursor.quote(Self.screenName))"]
        func strings(_ a: [String]) -> String { "[" + a.map(TOMLCursor.quote).joined(separator: ", ") + "]" }
        if !text.isEmpty { out.append("filter = \(TOMLCursor.quote(text))") }
        if !kinds.isEmpty { out.append("kind = \(strings(kinds.map(\.rawValue)))") }
        if !directions.isEmpty { out.append("direction = \(strings(directions.map(\.rawValue)))") }
        if !countries.isEmpty { out.append("country = \(strings(countries))") }
        if mine { out.append("mine = true") }
        if overdueOnly { out.append("overdue = true") }
        if toChaseOnly { out.append("chase = true") }
        if urgentOnly { out.append("urgent = true") }
        if let sort {
            out.append("sort = \(TOMLCursor.quote(sort.rawValue))")
            out.append("order = \(TOMLCursor.quote(ascending ? "ascending" : "descending"))")
        }
        return out
    }

    mutating func apply(_ key: String, _ value: TOMLValue) throws(TOMLCursor.Failure) {
        let setting = TOMLSetting(key: key, value: value)
        switch key {
        case "screen": throw .init(message: "\"screen\" must be the first setting of a view")
        case "filter": text = try setting.string()
        case "kind": kinds = try setting.words(RequestKind.self)
        case "direction": directions = try setting.words(RequestDirection.self)
        case "country":
            let typed = try setting.strings()
            do { countries = try Countries.parse(typed) } catch { throw .init(message: error.message) }
        case "mine": mine = try setting.bool()
        case "overdue": overdueOnly = try setting.bool()
        case "chase": toChaseOnly = try setting.bool()
        case "urgent": urgentOnly = try setting.bool()
        case "sort":
            let s = try setting.string()
            guard let k = RequestSortKey(rawValue: s) else {
                throw .init(message: "\"\(s)\" is not a board sort (one of: \(RequestSortKey.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            sort = k
        case "order":
            let s = try setting.string()
            guard s == "ascending" || s == "descending" else { throw .init(message: "order must be \"ascending\" or \"descending\", not \"\(s)\"") }
            ascending = s == "ascending"
            if sort == nil { sort = .attention }
        default:
            throw .init(message: "\"\(key)\" is not a setting of a board view (known: \(Self.keys.joined(separator: ", ")))")
        }
    }
}
