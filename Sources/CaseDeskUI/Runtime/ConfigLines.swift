/// The config file's lines, read by one reader for both of its users: the key tables
/// (`KeyConfig`, sections `cases`, `board`, ...) and the settings (`UISettings`, section
/// `options`). `#` starts a comment, blank lines are skipped, every other line is
/// `SECTION.NAME = VALUE`; each entry keeps `FILE:LINE` so a message names where it is.
struct ConfigLines: Sendable, Equatable {
    struct Entry: Sendable, Equatable {
        /// What stands left of `=`, e.g. `cases.sort` or `options.clipboard`.
        var name: String
        /// What stands right of `=`, trimmed.
        var value: String
        /// `FILE:LINE`, for messages.
        var at: String

        /// `cases` of `cases.sort`; the whole name when it has no dot.
        var section: String { String(name.split(separator: ".", maxSplits: 1).first ?? "") }
        /// `sort` of `cases.sort`; nil when the name has no dot.
        var item: String? {
            let parts = name.split(separator: ".", maxSplits: 1)
            return parts.count == 2 ? String(parts[1]) : nil
        }
    }

    enum Line: Sendable, Equatable {
        case entry(Entry)
        /// A line that is not `NAME = VALUE`, as `FILE:LINE: what is wrong`. `KeyConfig`
        /// reports it; `UISettings` reads the same text and leaves it, so it is said once.
        case malformed(String)
    }

    /// The lines that are not blank or comments, in file order.
    var lines: [Line] = []

    var entries: [Entry] {
        lines.compactMap { if case .entry(let e) = $0 { e } else { nil } }
    }

    init(text: String, file: String) {
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = Substring(raw)
            if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            let at = "\(file):\(n + 1)"
            guard let eq = trimmed.firstIndex(of: "=") else {
                lines.append(.malformed("\(at): expected SECTION.COMMAND = KEY or options.NAME = VALUE, found \"\(trimmed)\""))
                continue
            }
            lines.append(.entry(Entry(name: trimmed[..<eq].trimmingCharacters(in: .whitespaces),
                                      value: trimmed[trimmed.index(after: eq)...].trimmingCharacters(in: .whitespaces), at: at)))
        }
    }
}
