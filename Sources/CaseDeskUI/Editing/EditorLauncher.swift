import Foundation

/// What came back from `$EDITOR`: the text as the user left it and the editor's exit status,
/// or why the editor could not be run at all.
public enum EditorResult: Sendable, Equatable {
    case finished(text: String, status: Int32)
    case failed(String)
}

/// Runs `$VISUAL`, else `$EDITOR`, else `vi` on a text, for `E`. The text goes into a file
/// readable by its owner only (0600) in a private directory (0700), because a case may be
/// OFFICIAL-SENSITIVE; both are removed afterwards whatever happens. Called by the run loop
/// between `Backend.suspend()` and `resume()`, never by the reducer.
enum EditorLauncher {
    static func edit(_ text: String, name: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> EditorResult {
        let fm = FileManager.default
        let dir = fm.temporaryDirectory.appendingPathComponent("casedesk-edit-" + UUID().uuidString)
        do {
            try fm.createDirectory(at: dir, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        } catch {
            return .failed("cannot make a private directory in \(fm.temporaryDirectory.path): \(error.localizedDescription)")
        }
        defer { try? fm.removeItem(at: dir) }
        // The case id is safe as a file name (checked by Case.isValidID); .json lets editors highlight it.
        let file = dir.appendingPathComponent(name + ".json")
        guard fm.createFile(atPath: file.path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
            return .failed("cannot write \(file.path)")
        }
        let editor = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty } ?? "vi"
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        // The setting may carry arguments ("code -w", "vim -u NONE"): the shell splits it.
        p.arguments = ["-c", editor + " \"$1\"", "casedesk-editor", file.path]
        p.environment = environment
        do {
            try p.run()
            p.waitUntilExit()
        } catch {
            return .failed("cannot run \(editor): \(error.localizedDescription)")
        }
        guard let data = fm.contents(atPath: file.path) else {
            return .failed("the edited file \(file.path) is gone")
        }
        return .finished(text: String(decoding: data, as: UTF8.self), status: p.terminationStatus)
    }
}
