#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive `flock` on `STORE/.lock`, held for every check-and-write so that two
/// processes (or two store instances in one process: flock locks belong to the open file
/// description) never interleave their writes. Waits up to `timeout` seconds, then gives up
/// with `StoreError.locked` rather than hang the program behind a stuck process.
struct StoreLock {
    let files: StoreFiles
    var timeout: Double = 10
    var path: String { files.path(".lock") }

    func withExclusive<T>(_ body: () throws -> T) throws -> T {
        let p = path
        guard let opened = try files.at(".lock", { dir, name throws(StoreError) in
            try PosixFile.openFile(dir, name, path: p, flags: O_RDWR | O_CREAT)
        }), let fd = opened?.fd else { throw StoreError.io(path: path, reason: "cannot open the lock file") }
        defer { close(fd) }
        fchmod(fd, 0o600)
        var waited = 0.0
        var pause = 0.0005
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else { throw PosixFile.ioError(path, "cannot lock") }
            if waited >= timeout { throw StoreError.locked(path: path) }
            usleep(UInt32(pause * 1_000_000))
            waited += pause
            pause = min(pause * 2, 0.05)
        }
        defer { flock(fd, LOCK_UN) }
        return try body()
    }
}
