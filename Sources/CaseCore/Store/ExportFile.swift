#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file written out of the store (`casedesk export --output`, the UI's `:export`), as
/// private as the store: created 0600 whatever the umask, written to a temp name beside it,
/// synced, and only then put in place, so a failure (a full disk, a kill) never leaves half
/// a file under the name. An existing file is never replaced unless `overwrite` (the user's
/// `--force` or `:export!`): without it, the file is linked into place with `link()`, which
/// refuses an existing name atomically, so a file made meanwhile is not written over either.
public enum ExportFile {
    /// The file is there and the user did not ask to replace it; nothing was written.
    public struct Exists: Error, Equatable, CustomStringConvertible {
        public var path: String
        public var description: String { "\(path) already exists; nothing was written" }
    }

    /// Writes `path` through `body`, which hands its bytes to the writer it is given.
    /// Throws `Exists`, or `StoreError.io` naming the file and the system's reason.
    public static func write<T>(to path: String, overwrite: Bool,
                                _ body: (_ write: ([UInt8]) throws -> Void) throws -> T) throws -> T {
        // Refused before the work, not only after it: a long export should not run for nothing.
        if !overwrite, exists(path) { throw Exists(path: path) }
        let slash = path.lastIndex(of: "/")
        let dir = slash.map { String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        let temp = (dir.isEmpty ? "" : dir + "/") + "." + name + ".\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw PosixFile.ioError(path, "cannot create a file in \(dir.isEmpty ? "/" : dir)") }
        var closed = false
        defer { if !closed { close(fd) }; unlink(temp) }
        guard fchmod(fd, 0o600) == 0 else { throw PosixFile.ioError(path, "cannot make the file private") }
        let result = try body { bytes in
            guard PosixFile.writeAll(fd, bytes) else { throw PosixFile.ioError(path, "cannot write") }
        }
        guard fsync(fd) == 0 else { throw PosixFile.ioError(path, "cannot write") }
        closed = true
        guard close(fd) == 0 else { throw PosixFile.ioError(path, "cannot write") }
        if overwrite {
            guard rename(temp, path) == 0 else { throw PosixFile.ioError(path, "cannot put the file in place") }
        } else if link(temp, path) != 0 {
            if errno == EEXIST { throw Exists(path: path) }
            // A file system without hard links: the check above is the best there is.
            guard errno == EPERM || errno == EOPNOTSUPP, !exists(path), rename(temp, path) == 0 else {
                throw PosixFile.ioError(path, "cannot put the file in place")
            }
        }
        return result
    }

    static func exists(_ path: String) -> Bool {
        var st = stat()
        return lstat(path, &st) == 0
    }
}
