#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

extension ViewsFile {
    /// `$XDG_CONFIG_HOME/casedesk/views.toml`, else `~/.config/casedesk/views.toml`.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty { return xdg + "/casedesk/views.toml" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.config/casedesk/views.toml"
    }

    /// A views file bigger than this is refused: a hand-edited list of views is a few KB.
    static let sizeLimit = 1 << 20

    /// Reads the file at `path`; no file is an empty one. A file that is not a regular file,
    /// cannot be read, is not UTF-8 or does not parse is an error naming it (and the line).
    /// A link is followed: a team may share one file through it.
    public static func load(path: String) throws(ViewsError) -> ViewsFile {
        var st = stat()
        guard stat(path, &st) == 0 else {
            if errno == ENOENT { return ViewsFile() }
            throw ViewsError(file: path, line: 0, message: "cannot read it: \(String(cString: strerror(errno)))")
        }
        guard st.st_mode & S_IFMT == S_IFREG else { throw ViewsError(file: path, line: 0, message: "is not a regular file") }
        guard Int(st.st_size) <= sizeLimit else {
            throw ViewsError(file: path, line: 0, message: "is larger than 1 MiB; a views file is a few lines per view")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ViewsError(file: path, line: 0, message: "cannot read it")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ViewsError(file: path, line: 0, message: "is not UTF-8 text")
        }
        return try parse(text, file: path)
    }

    /// Saves `view` into the file at `path`: read again first (a file that cannot be read or
    /// parsed is never written over), the view's table replaced or added, then written
    /// atomically (temp file, fsync, rename) so a crash leaves the old file or the new one.
    /// A link is written through to its target; the directory is made 0700 if missing.
    @discardableResult
    public static func save(_ view: SavedView, path: String) throws(ViewsError) -> ViewsFile {
        let updated: ViewsFile
        do { updated = try load(path: path).saving(view) } catch { throw ViewsError(file: path, line: error.line, message: error.message) }
        try updated.write(to: path)
        return updated
    }

    /// Saves the board view `view` into the file at `path`, as `save(_:path:)` does.
    @discardableResult
    public static func save(_ view: SavedBoardView, path: String) throws(ViewsError) -> ViewsFile {
        let updated: ViewsFile
        do { updated = try load(path: path).saving(view) } catch { throw ViewsError(file: path, line: error.line, message: error.message) }
        try updated.write(to: path)
        return updated
    }

    func write(to path: String) throws(ViewsError) {
        let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        let dirPath = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: dirPath, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw ViewsError(file: path, line: 0, message: "cannot make the directory \(dirPath)")
        }
        let dir = open(dirPath, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard dir >= 0 else { throw ViewsError(file: path, line: 0, message: "cannot open the directory \(dirPath)") }
        defer { close(dir) }
        do {
            try PosixFile.writeAtomically(dir, name, path: target, Array(text.utf8))
        } catch {
            throw ViewsError(file: path, line: 0, message: "not saved: \(error)")
        }
    }
}
