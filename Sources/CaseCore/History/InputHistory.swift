/// What was typed at the `:` command line and in the `/` filter, oldest first, kept across
/// sessions in the history file (`HistoryFile`). Each kind keeps its last `limit` entries, an
/// entry typed again moves to the end instead of being kept twice (Up then recalls each once).
public struct InputHistory: Sendable, Equatable {
    public enum Kind: Character, Sendable, CaseIterable {
        /// `:` commands, without the colon.
        case command = ":"
        /// `/` filters, without the slash.
        case filter = "/"
    }

    public static let limit = 500

    public private(set) var commands: [String] = []
    public private(set) var filters: [String] = []

    public init() {}

    public func entries(_ kind: Kind) -> [String] { kind == .command ? commands : filters }

    /// Adds `text` as the newest entry of `kind`. Blank text is not kept; control characters
    /// become spaces, since an entry is one line of the file.
    public mutating func add(_ text: String, _ kind: Kind) {
        let clean = String(String.UnicodeScalarView(text.unicodeScalars.map {
            $0.value < 0x20 || $0.value == 0x7F || $0 == "\u{2028}" || $0 == "\u{2029}" ? " " : $0
        }))
        guard !clean.trimmingCharacters(in: .whitespaces).isEmpty else { return }
        func update(_ list: inout [String]) {
            list.removeAll { $0 == clean }
            list.append(clean)
            if list.count > Self.limit { list.removeFirst(list.count - Self.limit) }
        }
        kind == .command ? update(&commands) : update(&filters)
    }

    /// `newer`'s entries added after this history's, each kind in its own order: what another
    /// session wrote, then what this one typed.
    public func merging(_ newer: InputHistory) -> InputHistory {
        var out = self
        for kind in Kind.allCases { for e in newer.entries(kind) { out.add(e, kind) } }
        return out
    }

    /// The file's text: one entry a line, `:` or `/` first; the kinds interleave as written,
    /// which does not matter since each is read back in its own order.
    public var text: String {
        var out = ""
        for e in commands { out += ":" + e + "\n" }
        for e in filters { out += "/" + e + "\n" }
        return out
    }

    /// Reads the file's text. A line that does not start with `:` or `/` means the file is not
    /// a history file (or was damaged): it is refused, naming the line, and never written over.
    public static func parse(_ text: String) -> Result<InputHistory, HistoryProblem> {
        var out = InputHistory()
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.isEmpty {
            guard let kind = Kind(rawValue: line.first!) else {
                return .failure(HistoryProblem(line: n + 1, message: "a line must start with \":\" or \"/\""))
            }
            out.add(String(line.dropFirst()), kind)
        }
        return .success(out)
    }
}

/// Why the history file was not read or written; `line` is 0 when not about one line.
public struct HistoryProblem: Error, Sendable, Equatable {
    public var line: Int
    public var message: String
    public init(line: Int = 0, message: String) { self.line = line; self.message = message }
}
