#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The history file (`$XDG_STATE_HOME/casedesk/history`): read and written by the store's
/// file rules (PosixFile), since a damaged state directory must never hang or crash the UI:
/// the file is opened without following a link and without blocking, must be a regular file
/// under `sizeLimit`, and is replaced atomically. A file that cannot be read or parsed is
/// never written over; the history then lives for the session only.
public enum HistoryFile {
    /// `$XDG_STATE_HOME/casedesk/history`, else `~/.local/state/casedesk/history`.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let xdg = environment["XDG_STATE_HOME"], !xdg.isEmpty { return xdg + "/casedesk/history" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.local/state/casedesk/history"
    }

    /// 500 entries of each kind take well under this; a bigger file is not ours.
    static let sizeLimit = 1 << 20

    /// The history at `path`; none there is an empty one. The error names the file.
    public static func load(path: String) -> Result<InputHistory, HistoryFailure> {
        let (dirPath, name) = split(path)
        let dir = open(dirPath, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard dir >= 0 else {
            if errno == ENOENT { return .success(InputHistory()) }
            return .failure(HistoryFailure(path: path, reason: "cannot open its directory: " + PosixFile.reason()))
        }
        defer { close(dir) }
        return read(dir, name, path: path)
    }

    /// Adds `entries` (what this session typed since its last save) to the file at `path`:
    /// read again first (under a lock on the directory, so two sessions do not lose each
    /// other's lines), merged, written atomically (0600). The directory is made (0700) if
    /// missing. Returns the merged history.
    @discardableResult
    public static func save(_ entries: InputHistory, path: String) -> Result<InputHistory, HistoryFailure> {
        let (dirPath, name) = split(path)
        do {
            try FileManager.default.createDirectory(atPath: dirPath, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            return .failure(HistoryFailure(path: path, reason: "cannot make its directory"))
        }
        let dir = open(dirPath, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard dir >= 0 else { return .failure(HistoryFailure(path: path, reason: "cannot open its directory: " + PosixFile.reason())) }
        defer { close(dir) }
        // Advisory, between CaseDesk sessions only; released when `dir` is closed.
        while flock(dir, LOCK_EX) != 0, errno == EINTR {}
        let merged: InputHistory
        switch read(dir, name, path: path) {
        case .failure(let f): return .failure(f)
        case .success(let onDisk): merged = onDisk.merging(entries)
        }
        do {
            try PosixFile.writeAtomically(dir, name, path: path, Array(merged.text.utf8))
        } catch {
            return .failure(HistoryFailure(path: path, reason: error.reason))
        }
        return .success(merged)
    }

    private static func read(_ dir: Int32, _ name: String, path: String) -> Result<InputHistory, HistoryFailure> {
        var bytes: [UInt8] = []
        do {
            guard try PosixFile.read(dir, name, path: path, limit: sizeLimit, into: &bytes) else { return .success(InputHistory()) }
        } catch {
            return .failure(HistoryFailure(path: path, reason: error.reason))
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return .failure(HistoryFailure(path: path, reason: "is not UTF-8 text"))
        }
        switch InputHistory.parse(text) {
        case .success(let h): return .success(h)
        case .failure(let p): return .failure(HistoryFailure(path: path, line: p.line, reason: p.message))
        }
    }

    private static func split(_ path: String) -> (String, String) {
        let ns = path as NSString
        let dir = ns.deletingLastPathComponent
        return (dir.isEmpty ? "." : dir, ns.lastPathComponent)
    }
}

/// The history file could not be read or written: the file, the line if about one, and why.
public struct HistoryFailure: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var line: Int
    public var reason: String
    public init(path: String, line: Int = 0, reason: String) { self.path = path; self.line = line; self.reason = reason }
    public var description: String { (line > 0 ? "\(path):\(line)" : path) + ": " + reason }
}
