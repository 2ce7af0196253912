import CaseCore
import TerminalUI

/// The `:` command line: its commands, completion (Tab) and what each does. Screens that want
/// a command add a case to `LineCommand` and a branch in `run`.
enum LineCommand: String, CaseIterable, Sendable {
    case open, theme, export, period, range, sort, columns, view, people, messages, quit, q

    var usage: String {
        switch self {
        case .open: ":open ID"
        case .theme: ":theme NAME"
        case .export: ":export FILE"
        case .period: ":period 2013-2014|2013-2014 Q3|all"
        case .range: ":range FROM TO (the Agenda's dates)"
        case .sort: ":sort COLUMN [asc|desc]"
        case .columns: ":columns KEY,KEY…|all"
        case .view: ":view NAME|:view save NAME"
        case .people: ":people"
        case .messages: ":messages"
        case .quit, .q: ":q"
        }
    }

    /// The command line's part of docs/keys.md and the help screen: usage and what it does.
    static let reference: [(usage: String, help: String)] = [
        (":open ID", "open a case (Tab completes the id)"),
        (":sort COLUMN [asc|desc]", "sort the case list (or the MLA board) by a column; Tab completes the column (\(CaseSortKey.allCases.map(\.rawValue).joined(separator: " ")); on the board: \(RequestSortKey.allCases.map(\.rawValue).joined(separator: " ")))"),
        (":columns KEY,KEY…", "choose the case list's columns, in order (\(ColumnsCommand.names.joined(separator: " ")); as `casedesk list --columns`; Tab completes); `:columns` alone says which are shown, `:columns all` shows every one; `:view save` keeps them"),
        (":view NAME", "show the case list as the saved view NAME has it: filter, quick filters, sort, columns (views.toml, as `casedesk list --view NAME`; Tab completes the name); a board view shows the MLA board with its filter, quick filters and sort (as `casedesk requests --view NAME`)"),
        (":view save NAME", "save the case list's filter, quick filters, sort and columns as the view NAME (views.toml; replaces a view of that name, keeps the others and the file's comments); on the MLA board, the board's filter, quick filters and sort as a board view"),
        (":theme NAME", "switch the colour theme (Tab completes the name)"),
        (":period 2013-2014|2013-2014 Q3|all", "the Dashboard's period"),
        (":range FROM TO", "the Agenda's dates (blank clears)"),
        (":export FILE", "write the cases now listed to FILE as one JSON bundle (`casedesk import` reads it), private (0600); an existing FILE is never replaced"),
        (":export! FILE", "the same, replacing FILE if it exists"),
        (":people", "the People and units screen: add, rename and retire people and units (audited)"),
        (":messages", "every message of this session, in full"),
        (":q", "quit"),
    ]
}

extension LineCommand {
    /// The help screen's part for the command line, laid out as the key sections are.
    static func helpLines(width: Int) -> [Line] {
        var l: [Line] = [Line("Command line (:)", .title)]
        for c in reference {
            let pieces = TextLayout.wrap(c.help, width: max(10, width - 23))
            let usage = TextWidth.of(c.usage) <= 18 ? [c.usage] : [c.usage, ""]
            l.append(Line(spans: [Span(text: "    " + TextLayout.pad(usage[0], to: 18, align: .left) + " ", role: .keyHint),
                                  Span(text: usage.count > 1 ? "" : pieces.first ?? "", role: .text)]))
            for more in usage.count > 1 ? pieces : Array(pieces.dropFirst()) {
                l.append(Line(String(repeating: " ", count: 23) + more))
            }
        }
        return l
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
            let saved = recordHistory(input.text.trimmingCharacters(in: .whitespaces), .command)
            return saved + runCommandLine(input.text)
        case .up, .down, .ctrl("p"), .ctrl("n"):
            _ = recallHistory(&input, .command, key == .ctrl("p") ? .up : key == .ctrl("n") ? .down : key)
            overlay = .commandLine(input)
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
        // What comes before the word being completed stays as typed.
        var head = parts[0] + " "
        var word = parts[1]
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
        case .sort:
            let words = word.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
            head += words.dropLast().map { $0 + " " }.joined()
            word = words.last ?? ""
            candidates = (words.count <= 1 ? sortColumnNames : SortCommand.directions).filter { $0.lowercased().hasPrefix(word.lowercased()) }
            // A column alone on the line gets its space, ready for the direction.
            if words.count <= 1, candidates.count == 1 { return (head + candidates[0] + " ", candidates) }
        case .columns:
            let (typed, found) = ColumnsCommand.complete(word)
            head += typed
            word = String(word.dropFirst(typed.count))
            candidates = found
        case .view:
            // A view's name may hold spaces: after "save " the rest of the line is the name.
            if word.hasPrefix(ViewCommand.saveWord + " ") {
                head += ViewCommand.saveWord + " "
                word.removeFirst(ViewCommand.saveWord.count + 1)
                candidates = viewNames.filter { $0.hasPrefix(word) }
            } else {
                candidates = ([ViewCommand.saveWord] + viewNames).filter { $0.hasPrefix(word) }
            }
        default: candidates = []
        }
        guard !candidates.isEmpty else { return (text, []) }
        return (head + Self.commonPrefix(candidates), candidates)
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
        case .people:
            PeopleScreen.show(&self)
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
        case .sort:
            return SortCommand.run(&self, argument)
        case .columns:
            return ColumnsCommand.run(&self, argument)
        case .view:
            return ViewCommand.run(&self, argument)
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
