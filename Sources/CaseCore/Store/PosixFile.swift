#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

// `PosixFile.read` hides the C function inside the type; this names it unambiguously.
#if canImport(Glibc)
private let systemRead = Glibc.read
#elseif canImport(Darwin)
private let systemRead = Darwin.read
#endif

/// Thin wrappers over the POSIX calls the store needs for durability (fsync of files and
/// directories, rename, O_APPEND) that Foundation does not expose. Errors carry the path
/// and the system's reason.
enum PosixFile {
    static func reason() -> String { String(cString: strerror(errno)) }

    static func ioError(_ path: String, _ what: String) -> StoreError {
        .io(path: path, reason: "\(what): \(reason())")
    }

    static func exists(_ path: String) -> Bool {
        var st = stat()
        return lstat(path, &st) == 0
    }

    static func isDirectory(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    /// The whole file, or nil when it does not exist. `buffer` is reused across calls so a
    /// reader of many files allocates once.
    static func read(_ path: String, into buffer: inout [UInt8]) throws(StoreError) -> Bool {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return false }
            throw .io(path: path, reason: "cannot open for reading: \(reason())")
        }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw ioError(path, "cannot stat") }
        var size = Int(st.st_size)
        buffer.removeAll(keepingCapacity: true)
        var done = 0
        while true {
            if buffer.count < size + 1 { buffer.append(contentsOf: repeatElement(0, count: size + 1 - buffer.count)) }
            let n = buffer.withUnsafeMutableBytes { raw in
                systemRead(fd, raw.baseAddress! + done, raw.count - done)
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw ioError(path, "cannot read")
            }
            if n == 0 { break }
            done += n
            // The file grew while being read: keep going.
            if done == buffer.count { size = buffer.count * 2 }
        }
        buffer.removeSubrange(done...)
        return true
    }

    static func read(_ path: String) throws(StoreError) -> Data? {
        var b: [UInt8] = []
        guard try read(path, into: &b) else { return nil }
        return Data(b)
    }

    /// Writes `bytes` to `path` atomically: a temp file in the same directory (0600), fsync,
    /// rename over, fsync the directory. A crash leaves either the old file or the new one.
    static func writeAtomically(_ bytes: [UInt8], to path: String) throws(StoreError) {
        let dir = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let temp = dir + "/." + name + ".\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        try writeNew(bytes, to: temp, sync: true)
        guard rename(temp, path) == 0 else {
            let e = ioError(path, "cannot rename the temp file over it")
            unlink(temp)
            throw e
        }
        try syncDirectory(dir)
    }

    /// `writeAtomically` for content too large to hold at once: `body` produces it in pieces
    /// and passes each to `emit`, which writes it out and empties the buffer.
    static func writeAtomically(to path: String, _ body: (_ emit: (inout [UInt8]) -> Void) -> Void) throws(StoreError) {
        let dir = (path as NSString).deletingLastPathComponent
        let temp = dir + "/." + (path as NSString).lastPathComponent + ".\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw ioError(temp, "cannot create") }
        var ok = fchmod(fd, 0o600) == 0
        body { piece in
            if ok { ok = writeAll(fd, piece) }
            piece.removeAll(keepingCapacity: true)
        }
        if ok { ok = fsync(fd) == 0 }
        let e = ok ? nil : ioError(temp, "cannot write")
        close(fd)
        if let e { unlink(temp); throw e }
        guard rename(temp, path) == 0 else {
            let e = ioError(path, "cannot rename the temp file over it")
            unlink(temp)
            throw e
        }
        try syncDirectory(dir)
    }

    /// Creates a file that must not exist yet (0600 whatever the umask) and writes it.
    static func writeNew(_ bytes: [UInt8], to path: String, sync: Bool) throws(StoreError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            if errno == EEXIST { throw .io(path: path, reason: "the file already exists") }
            throw ioError(path, "cannot create")
        }
        var ok = fchmod(fd, 0o600) == 0
        if ok { ok = writeAll(fd, bytes) }
        if ok, sync { ok = fsync(fd) == 0 }
        let e = ok ? nil : ioError(path, "cannot write")
        close(fd)
        if let e { unlink(path); throw e }
    }

    static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { raw in
            var off = 0
            while off < raw.count {
                let n = write(fd, raw.baseAddress! + off, raw.count - off)
                if n < 0 { if errno == EINTR { continue }; return false }
                off += n
            }
            return true
        }
    }

    static func syncDirectory(_ dir: String) throws(StoreError) {
        let fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw ioError(dir, "cannot open the directory to sync it") }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw ioError(dir, "cannot sync the directory") }
    }

    /// Creates a directory 0700 (whatever the umask); fine if it exists.
    static func makeDirectory(_ path: String) throws(StoreError) {
        if mkdir(path, 0o700) != 0 {
            if errno == EEXIST, isDirectory(path) { return }
            throw ioError(path, "cannot create the directory")
        }
        guard chmod(path, 0o700) == 0 else { throw ioError(path, "cannot set permissions") }
    }

    /// Names in a directory with size and modification time (nanoseconds), without "." and "..".
    static func list(_ dir: String) throws(StoreError) -> [(name: String, size: Int, mtime: Int64)] {
        guard let d = opendir(dir) else { throw ioError(dir, "cannot list the directory") }
        defer { closedir(d) }
        let dfd = dirfd(d)
        var out: [(name: String, size: Int, mtime: Int64)] = []
        while let e = readdir(d) {
            let name = withUnsafeBytes(of: e.pointee.d_name) { raw in
                String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
            }
            if name == "." || name == ".." { continue }
            var st = stat()
            guard fstatat(dfd, name, &st, 0) == 0, (st.st_mode & S_IFMT) == S_IFREG else { continue }
            #if canImport(Darwin)
            let mtime = st.st_mtimespec
            #else
            let mtime = st.st_mtim
            #endif
            out.append((name, Int(st.st_size), Int64(mtime.tv_sec) * 1_000_000_000 + Int64(mtime.tv_nsec)))
        }
        return out
    }
}
