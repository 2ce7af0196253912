import Foundation
import TerminalUI

/// What came back from `$EDITOR`: the text as the user left it and the editor's exit status,
/// or why the editor could not be run at all.
public enum EditorResult: Sendable, Equatable {
    case finished(text: String, status: Int32)
    case failed(String)
}

/// Runs `$VISUAL`, else `$EDITOR`, else `vi` on a text, for `E`. The text goes into a file
/// readable by its owner only (0600) in a private directory (0700), because a case may be
/// OFFICIAL-SENSITIVE; both are removed afterwards whatever happens (a SIGTERM that comes
/// meanwhile waits for that). The editor runs in the terminal's foreground (`ForegroundProcess`);
/// the run loop calls this inside `TerminalHandover`, never the reducer.
enum EditorLauncher {
    static func edit(_ text: String, name: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> EditorResult {
        let fm = FileManager.default
        // mkdtemp makes the directory 0700 under a name nobody could have taken in advance; the
        // name is short so that an editor's "file" line fits an 80-column screen.
        var template = Array(fm.temporaryDirectory.appendingPathComponent("casedesk-XXXXXX").path.utf8CString)
        guard let made = mkdtemp(&template) else {
            return .failed("cannot make a private directory in \(fm.temporaryDirectory.path): \(String(cString: strerror(errno)))")
        }
        let dir = URL(fileURLWithPath: String(cString: made))
        defer { try? fm.removeItem(at: dir) }
        // The case id is safe as a file name (checked by Case.isValidID); .json lets editors highlight it.
        let file = dir.appendingPathComponent(name + ".json")
        guard fm.createFile(atPath: file.path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
            return .failed("cannot write \(file.path)")
        }
        let editor = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty } ?? "vi"
        // The setting may carry arguments ("code --wait", "vim -u NONE"): the shell splits it.
        let outcome = ForegroundProcess.run(ForegroundCommand(commandLine: editor, arguments: [file.path], environment: environment))
        guard let status = outcome.shellStatus else {
            if case .failed(let why) = outcome { return .failed("cannot run \(editor): \(why)") }
            return .failed("cannot run \(editor)")
        }
        guard let data = fm.contents(atPath: file.path) else {
            return .failed("the edited file \(file.path) is gone")
        }
        return .finished(text: String(decoding: data, as: UTF8.self), status: status)
    }
}
