import CaseCore
import TerminalUI

/// The `:` command line: its commands, completion (Tab) and what each does. Screens that want
/// a command add a case to `LineCommand` and a branch in `run`.
enum LineCommand: String, CaseIterable, Sendable {
    case open, theme, export, period, range, messages, quit, q

    var usage: String {
        switch self {
        case .open: ":open ID"
        case .theme: ":theme NAME"
        case .export: ":export FILE"
        case .period: ":period 2013-2014|2013-2014 Q3|all"
        case .range: ":range FROM TO (the Agenda's dates)"
        case .messages: ":messages"
        case .quit, .q: ":q"
        }
    }
}

extension AppState {
    /// Keys while the command line is up.
    mutating func commandLineKey(_ input: LineInput, _ key: Key) -> [Effect] {
        var input = input
        switch key {
        case .escape:
            overlay = nil
        case .enter:
            overlay = nil
            return runCommandLine(input.text)
        case .tab:
            let (completed, candidates) = completeCommandLine(input.text)
            input = LineInput(completed)
            overlay = .commandLine(input)
            if candidates.count > 1 {
                let shown = candidates.prefix(8).joined(separator: "  ")
                message = Message(text: shown + (candidates.count > 8 ? "  … (\(candidates.count))" : ""), kind: .info)
            }
        case .backspace where input.text.isEmpty:
            overlay = nil
        default:
            _ = input.edit(key)
            overlay = .commandLine(input)
        }
        return []
    }

    /// Completes the word being typed to the longest prefix all candidates share.
    func completeCommandLine(_ text: String) -> (String, [String]) {
        let parts = text.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        if parts.count <= 1 {
            let names = LineCommand.allCases.map(\.rawValue).filter { $0.hasPrefix(text) }
            guard !names.isEmpty else { return (text, []) }
            let common = Self.commonPrefix(names)
            return (names.count == 1 ? common + " " : common, names)
        }
        let word = parts[1]
        let candidates: [String]
        switch LineCommand(rawValue: parts[0]) {
        case .open:
            var found: [String] = []
            let folded = word.lowercased()
            for s in summaries where s.id.lowercased().hasPrefix(folded) {
                found.append(s.id)
                if found.count >= 200 { break }
            }
            candidates = found.sorted()
        case .theme: candidates = themeNames.filter { $0.hasPrefix(word) }.sorted()
        default: candidates = []
        }
        guard !candidates.isEmpty else { return (text, []) }
        return (parts[0] + " " + Self.commonPrefix(candidates), candidates)
    }

    static func commonPrefix(_ words: [String]) -> String {
        guard var prefix = words.first else { return "" }
        for w in words.dropFirst() {
            while !w.hasPrefix(prefix) { prefix.removeLast() }
        }
        return prefix
    }

    mutating func runCommandLine(_ text: String) -> [Effect] {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { return [] }
        var parts = trimmed.split(separator: " ", maxSplits: 1).map(String.init)
        let argument = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
        // `:export! FILE` replaces an existing FILE (as vim's `:w!`); `:export` never does.
        let bang = parts[0] == LineCommand.export.rawValue + "!"
        if bang { parts[0].removeLast() }
        guard let command = LineCommand(rawValue: parts[0]) else {
            let known = LineCommand.allCases.map(\.usage).joined(separator: ", ")
            message = Message(text: "Unknown command :\(parts[0]); try \(known).", kind: .error)
            return []
        }
        switch command {
        case .quit, .q:
            quitting = true
            return [.quit]
        case .messages:
            showMessages()
            return []
        case .open:
            guard !argument.isEmpty else {
                message = Message(text: "Which case? Usage: :open ID (Tab completes).", kind: .error)
                return []
            }
            if let i = summaryIndex(id: argument) {
                return openCase(summaryIndex: i, tab: .overview)
            }
            if let d = damaged.first(where: { $0.id == argument }) {
                overlay = .problems(d, scroll: 0)
                return []
            }
            message = Message(text: "There is no case \(argument) in this store.", kind: .error)
            return []
        case .theme:
            guard !argument.isEmpty else {
                message = Message(text: "Which theme? Usage: :theme NAME (\(themeNames.joined(separator: ", "))).", kind: .error)
                return []
            }
            return [.loadTheme(name: argument)]
        case .range:
            return AgendaScreen.rangeCommand(&self, argument)
        case .period:
            // The Dashboard's period; shows the Dashboard (see DashboardLineCommands).
            return DashboardScreen.periodCommand(&self, argument)
        case .export:
            // On the Dashboard, :export writes its figures (markdown or CSV by extension).
            if screen == .dashboard { return DashboardExport.run(&self, path: argument, overwrite: bang) }
            guard !argument.isEmpty else {
                message = Message(text: "Where to? Usage: :export FILE (writes the cases now listed).", kind: .error)
                return []
            }
            // On a case, FILE.md is that case printed (CaseSheet), for a review or counsel.
            if screen == .detail, let id = detail.caseID, argument.lowercased().hasSuffix(".md") {
                return [.exportSheet(path: argument, caseID: id, meta: meta, today: today, overwrite: bang)]
            }
            return [.export(path: argument, caseIDs: cases.visible.map { summaries[$0].id }, overwrite: bang)]
        }
    }
}
