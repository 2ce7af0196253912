import Foundation
import TerminalUI

/// What came back from `$EDITOR`: the text as the user left it and the editor's exit status,
/// or why the editor could not be run at all.
public enum EditorResult: Sendable, Equatable {
    case finished(text: String, status: Int32)
    case failed(String)
}

/// Runs `$VISUAL`, else `$EDITOR`, else `vi` on a text, for `E`, in a `PrivateTempFile`
/// (removed afterwards whatever happens; a SIGTERM that comes meanwhile waits for that). The
/// editor runs in the terminal's foreground (`ForegroundProcess`); the run loop calls this
/// inside `TerminalHandover`, never the reducer.
enum EditorLauncher {
    static func edit(_ text: String, name: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> EditorResult {
        let editor = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty } ?? "vi"
        // The case id is safe as a file name (checked by Case.isValidID); .json lets editors highlight it.
        let made = PrivateTempFile.with(name: name + ".json", contents: text) { file -> EditorResult in
            // The setting may carry arguments ("code --wait", "vim -u NONE"): the shell splits it.
            let outcome = ForegroundProcess.run(ForegroundCommand(commandLine: editor, arguments: [file.path], environment: environment,
                                                                    shellName: "casedesk"))
            guard let status = outcome.shellStatus else {
                if case .failed(let why) = outcome { return .failed("cannot run \(editor): \(why)") }
                return .failed("cannot run \(editor)")
            }
            guard let data = FileManager.default.contents(atPath: file.path) else {
                return .failed("the edited file \(file.path) is gone")
            }
            return .finished(text: String(decoding: data, as: UTF8.self), status: status)
        }
        switch made {
        case .success(let result): return result
        case .failure(let f): return .failed(f.message)
        }
    }
}
