import Foundation
import TerminalUI

/// `o`: the whole case as text (`CaseSheet`) in `$PAGER`, else `less -R`, handed the terminal
/// as `$EDITOR` is (`ForegroundProcess`, inside `TerminalHandover`), from a `PrivateTempFile`.
enum PagerLauncher {
    static let fallback = "less -R"

    /// The pager command, and whether it shows escape sequences as styles (`less -R`), so the
    /// text may have bold headings.
    static func pager(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> (command: String, styled: Bool) {
        let command = environment["PAGER"].flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 } ?? fallback
        let words = command.split(separator: " ")
        let styled = words.first.map { $0.hasSuffix("less") } == true && words.contains { $0 == "-R" || $0 == "-r" }
        return (command, styled)
    }

    /// Runs `command` on `text`; a sentence when something went wrong, else nil.
    static func show(_ text: String, name: String, command: String,
                     environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        let made = PrivateTempFile.with(name: name + ".txt", contents: text) { file in
            ForegroundProcess.run(ForegroundCommand(commandLine: command, arguments: [file.path], environment: environment, shellName: "casedesk"))
        }
        switch made {
        case .failure(let f): return f.message
        case .success(.failed(let why)): return "cannot run \(command): \(why)"
        case .success(.exited(0)), .success(.signalled): return nil
        case .success(.exited(127)): return "cannot run the pager \"\(command)\" (not found; set $PAGER)"
        case .success(.exited(let status)): return "The pager \(command) exited with status \(status)."
        }
    }
}
