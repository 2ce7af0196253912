import Foundation
import TerminalUI

/// The user's key bindings, read from `$XDG_CONFIG_HOME/casedesk/config`.
///
/// Format (docs/keys.md): one binding a line, `SECTION.COMMAND = KEY [KEY...]`, e.g.
/// `cases.sort = s` or `global.quit = q ctrl-q`, read by `ConfigLines` (comments, blank lines).
/// A bad line is reported with file and line and skipped: the other lines still apply.
struct KeyConfig: Sendable, Equatable {
    /// section → command → keys.
    var bindings: [String: [String: [Key]]] = [:]
    /// One message per bad line, `FILE:LINE: what is wrong`.
    var problems: [String] = []

    init() {}

    init(text: String, file: String) {
        for line in ConfigLines(text: text, file: file).lines {
            switch line {
            case .malformed(let problem): problems.append(problem)
            case .entry(let entry): if let problem = bind(entry) { problems.append(problem) }
            }
        }
    }

    /// Takes one `SECTION.COMMAND = KEY...` line, or says what is wrong with it.
    private mutating func bind(_ entry: ConfigLines.Entry) -> String? {
        let (at, name, section) = (entry.at, entry.name, entry.section)
        // `options.*` lines are settings, read by UISettings.
        if section == UISettings.section { return nil }
        guard let command = entry.item, let known = KeyTables.commands(in: section) else {
            return "\(at): unknown section in \"\(name)\" (sections: \(KeyTables.sections.joined(separator: ", ")))"
        }
        guard known.contains(command) else {
            return "\(at): \(section) has no command \"\(command)\" (commands: \(known.joined(separator: ", ")))"
        }
        let keyWords = entry.value.split(separator: " ").map(String.init)
        if keyWords.isEmpty { return "\(at): no key given for \(name)" }
        var keys: [Key] = []
        for w in keyWords {
            guard let k = KeySpec.parse(w) else {
                return "\(at): \"\(w)\" is not a key (examples: j, G, ctrl-d, enter, esc, tab, shift-tab, up, pgdn, f5)"
            }
            keys.append(k)
        }
        bindings[section, default: [:]][command] = keys
        return nil
    }
}
