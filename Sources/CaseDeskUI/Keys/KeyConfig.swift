import Foundation
import TerminalUI

/// The user's key bindings, read from `$XDG_CONFIG_HOME/casedesk/config`.
///
/// Format (docs/keys.md): one binding a line, `SECTION.COMMAND = KEY [KEY...]`, e.g.
/// `cases.sort = s` or `global.quit = q ctrl-q`; `#` starts a comment; blank lines are ignored.
/// A bad line is reported with file and line and skipped: the other lines still apply.
struct KeyConfig: Sendable, Equatable {
    /// section → command → keys.
    var bindings: [String: [String: [Key]]] = [:]
    /// One message per bad line, `FILE:LINE: what is wrong`.
    var problems: [String] = []

    init() {}

    init(text: String, file: String) {
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = Substring(raw)
            if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            let at = "\(file):\(n + 1)"
            guard let eq = trimmed.firstIndex(of: "=") else {
                problems.append("\(at): expected SECTION.COMMAND = KEY, found \"\(trimmed)\"")
                continue
            }
            let name = trimmed[..<eq].trimmingCharacters(in: .whitespaces)
            let keyWords = trimmed[trimmed.index(after: eq)...].split(separator: " ").map(String.init)
            let parts = name.split(separator: ".", maxSplits: 1).map(String.init)
            // `options.*` lines are settings, read by UISettings.
            if parts.first == UISettings.section { continue }
            guard parts.count == 2, let known = KeyTables.commands(in: parts[0]) else {
                problems.append("\(at): unknown section in \"\(name)\" (sections: \(KeyTables.sections.joined(separator: ", ")))")
                continue
            }
            guard known.contains(parts[1]) else {
                problems.append("\(at): \(parts[0]) has no command \"\(parts[1])\" (commands: \(known.joined(separator: ", ")))")
                continue
            }
            guard !keyWords.isEmpty else {
                problems.append("\(at): no key given for \(name)")
                continue
            }
            var keys: [Key] = []
            var bad: String?
            for w in keyWords {
                if let k = KeySpec.parse(w) { keys.append(k) } else { bad = w; break }
            }
            if let bad {
                problems.append("\(at): \"\(bad)\" is not a key (examples: j, G, ctrl-d, enter, esc, tab, shift-tab, up, pgdn, f5)")
                continue
            }
            bindings[parts[0], default: [:]][parts[1]] = keys
        }
    }
}
