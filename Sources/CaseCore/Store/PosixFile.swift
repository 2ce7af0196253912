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

/// What is at a name, seen without following a link.
enum FileKind: Equatable {
    case regular, directory, fifo, socket, characterDevice, blockDevice, symbolicLink, other

    init(mode: mode_t) {
        switch mode & S_IFMT {
        case S_IFREG: self = .regular
        case S_IFDIR: self = .directory
        case S_IFIFO: self = .fifo
        case S_IFSOCK: self = .socket
        case S_IFCHR: self = .characterDevice
        case S_IFBLK: self = .blockDevice
        case S_IFLNK: self = .symbolicLink
        default: self = .other
        }
    }

    /// Why a file of this kind is refused where a regular file (or a directory) belongs.
    var refusal: String {
        switch self {
        case .regular: "is a regular file, not a directory"
        case .directory: "is a directory, not a regular file"
        case .fifo: "is a FIFO (named pipe), not a regular file"
        case .socket: "is a socket, not a regular file"
        case .characterDevice: "is a character device, not a regular file"
        case .blockDevice: "is a block device, not a regular file"
        case .symbolicLink: "is a symbolic link; CaseDesk does not follow links inside a store"
        case .other: "is not a regular file"
        }
    }
}

/// The store's file primitives, in one place so the rules hold for every path: everything
/// below a directory descriptor is opened with `openat` and `O_NOFOLLOW` (a link inside the
/// store is never followed), files are opened `O_NONBLOCK` and checked with `fstat` on the
/// descriptor (a FIFO, socket or device is refused, never read or waited on), reads stop at
/// a documented limit, and new files are 0600 whatever the umask. Errors carry the path and
/// the system's reason. `StoreFiles` walks a store-relative path with these.
enum PosixFile {
    static func reason() -> String { String(cString: strerror(errno)) }

    static func ioError(_ path: String, _ what: String) -> StoreError {
        .io(path: path, reason: "\(what): \(reason())")
    }

    static func readError(_ path: String, _ what: String) -> StoreError {
        .cannotRead(path: path, reason: "\(what): \(reason())")
    }

    /// The kind of `name` in `dir` without following a link; nil if it does not exist.
    static func kind(_ dir: Int32, _ name: String) -> FileKind? {
        var st = stat()
        guard fstatat(dir, name, &st, AT_SYMLINK_NOFOLLOW) == 0 else { return nil }
        return FileKind(mode: st.st_mode)
    }

    /// The error for an `openat` that failed: a link, a socket or a wrong kind is named as
    /// such rather than as ELOOP, ENXIO or ENOTDIR.
    static func openError(_ dir: Int32, _ name: String, path: String, directory: Bool) -> StoreError {
        let saved = errno
        if let k = kind(dir, name), k != (directory ? .directory : .regular) {
            return .cannotRead(path: path, reason: directory && k == .regular ? "is a file, not a directory" : k.refusal)
        }
        errno = saved
        return readError(path, "cannot open")
    }

    /// Opens `name` in `dir` without following a link or blocking, and checks on the
    /// descriptor that it is a regular file. nil when it does not exist.
    static func openFile(_ dir: Int32, _ name: String, path: String, flags: Int32) throws(StoreError) -> (fd: Int32, size: Int)? {
        let fd = openat(dir, name, flags | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0o600)
        if fd < 0 {
            if errno == ENOENT { return nil }
            if errno == ENOSPC || errno == EROFS || errno == EACCES || errno == EPERM, flags & O_CREAT != 0 {
                throw ioError(path, "cannot create")
            }
            throw openError(dir, name, path: path, directory: false)
        }
        var st = stat()
        guard fstat(fd, &st) == 0 else { let e = readError(path, "cannot stat"); close(fd); throw e }
        let k = FileKind(mode: st.st_mode)
        guard k == .regular else { close(fd); throw .cannotRead(path: path, reason: k.refusal) }
        return (fd, Int(st.st_size))
    }

    /// Opens the directory `name` in `dir` (no link followed); nil when it does not exist.
    static func openDirectory(_ dir: Int32, _ name: String, path: String) throws(StoreError) -> Int32? {
        let fd = openat(dir, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return nil }
            throw openError(dir, name, path: path, directory: true)
        }
        return fd
    }

    /// The whole file into `buffer` (reused across calls), or false when it does not exist.
    /// A file over `limit` bytes is refused, naming the limit.
    static func read(_ dir: Int32, _ name: String, path: String, limit: Int,
                     into buffer: inout [UInt8]) throws(StoreError) -> Bool {
        guard let (fd, size) = try openFile(dir, name, path: path, flags: O_RDONLY) else { return false }
        defer { close(fd) }
        // Made only when it is thrown: every case file of a store is read here.
        var tooBig: StoreError { .cannotRead(path: path, reason: "the file is larger than the limit of \(StoreLimits.describe(limit))") }
        guard size <= limit else { throw tooBig }
        buffer.removeAll(keepingCapacity: true)
        // One byte more than the limit allows noticing a file that grew past it while read.
        let capacity = min(limit, max(size, 4096)) + 1
        buffer.append(contentsOf: repeatElement(0, count: capacity))
        var done = 0
        while true {
            if done == buffer.count {
                guard buffer.count <= limit else { throw tooBig }
                buffer.append(contentsOf: repeatElement(0, count: min(buffer.count, limit + 1 - buffer.count)))
            }
            let n = buffer.withUnsafeMutableBytes { raw in systemRead(fd, raw.baseAddress! + done, raw.count - done) }
            if n < 0 {
                if errno == EINTR { continue }
                throw readError(path, "cannot read")
            }
            if n == 0 { break }
            done += n
        }
        guard done <= limit else { throw tooBig }
        buffer.removeSubrange(done...)
        return true
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

    /// Creates `name` in `dir`, which must not exist yet (0600 whatever the umask), and
    /// fills it through `body`. A failure removes it.
    static func writeNew(_ dir: Int32, _ name: String, path: String, sync: Bool,
                         _ body: (_ emit: (inout [UInt8]) -> Void) -> Void) throws(StoreError) {
        let fd = openat(dir, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            if errno == EEXIST { throw .io(path: path, reason: "the file already exists") }
            throw ioError(path, "cannot create")
        }
        var ok = fchmod(fd, 0o600) == 0
        body { piece in
            if ok { ok = writeAll(fd, piece) }
            piece.removeAll(keepingCapacity: true)
        }
        if ok, sync { ok = fsync(fd) == 0 }
        let e = ok ? nil : ioError(path, "cannot write")
        close(fd)
        if let e { unlinkat(dir, name, 0); throw e }
    }

    static func writeNew(_ dir: Int32, _ name: String, path: String, _ bytes: [UInt8], sync: Bool) throws(StoreError) {
        try writeNew(dir, name, path: path, sync: sync) { emit in var b = bytes; emit(&b) }
    }

    /// The temp name a write of `name` uses; `TempFiles` recognises it after a crash.
    static func tempName(for name: String) -> String {
        "." + name + ".\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
    }

    /// Writes `name` in `dir` atomically: a temp file (0600), fsync, rename over, fsync the
    /// directory. A crash leaves the old file or the new one, and at worst a temp file that
    /// the next open under the lock removes.
    static func writeAtomically(_ dir: Int32, _ name: String, path: String,
                                _ body: (_ emit: (inout [UInt8]) -> Void) -> Void) throws(StoreError) {
        let temp = tempName(for: name)
        try writeNew(dir, temp, path: path, sync: true, body)
        guard renameat(dir, temp, dir, name) == 0 else {
            let e = ioError(path, "cannot rename the temp file over it")
            unlinkat(dir, temp, 0)
            throw e
        }
        guard fsync(dir) == 0 else { throw ioError(path, "cannot sync its directory") }
    }

    static func writeAtomically(_ dir: Int32, _ name: String, path: String, _ bytes: [UInt8]) throws(StoreError) {
        try writeAtomically(dir, name, path: path) { emit in var b = bytes; emit(&b) }
    }

    /// Creates the directory `name` in `dir` 0700 (whatever the umask) if it is not there,
    /// and opens it; a link or a file under that name is refused.
    static func makeDirectory(_ dir: Int32, _ name: String, path: String) throws(StoreError) -> Int32 {
        if let fd = try openDirectory(dir, name, path: path) { return fd }
        if mkdirat(dir, name, 0o700) != 0, errno != EEXIST { throw ioError(path, "cannot create the directory") }
        guard let fd = try openDirectory(dir, name, path: path) else { throw ioError(path, "cannot open the new directory") }
        guard fchmod(fd, 0o700) == 0 else { let e = ioError(path, "cannot set permissions"); close(fd); throw e }
        return fd
    }

    /// An entry of a directory, seen without following links.
    struct Entry {
        var name: String
        var kind: FileKind
        var size: Int
        var mtime: Int64
    }

    /// Every entry of the open directory `dir` (which stays open), without "." and "..".
    static func list(_ dir: Int32, path: String) throws(StoreError) -> [Entry] {
        try list(dir, path: path) { _ in true }
    }

    /// The entries of `dir` whose names `wanted` accepts, each seen with `fstatat` (no link
    /// followed), in the directory's order. The names are read first without a stat, so a
    /// caller that wants a few names (temp files) does not pay a stat for every case file;
    /// the stats of a large directory run on every core.
    static func list(_ dir: Int32, path: String, where wanted: (String) -> Bool) throws(StoreError) -> [Entry] {
        entries(dir, try names(dir, path: path).filter(wanted))
    }

    /// Each of `chosen` in `dir` seen with `fstatat` (no link followed), in their order,
    /// without those gone meanwhile; on every core for a large directory.
    static func entries(_ dir: Int32, _ chosen: [String]) -> [Entry] {
        var found = [Entry?](repeating: nil, count: chosen.count)
        let chunk = 2048
        found.withUnsafeMutableBufferPointer { buf in
            let slots = EntrySlots(base: buf.baseAddress)
            let count = chosen.count
            DispatchQueue.concurrentPerform(iterations: (count + chunk - 1) / chunk) { k in
                for n in (k * chunk)..<min(count, (k + 1) * chunk) { slots.base?[n] = entry(dir, chosen[n]) }
            }
        }
        return found.compactMap { $0 }  // nil: gone meanwhile
    }

    /// Lets the parallel stats write each entry into its own slot.
    private struct EntrySlots: @unchecked Sendable { let base: UnsafeMutablePointer<Entry?>? }

    /// `name` in `dir` seen without following a link; nil when it is gone.
    static func entry(_ dir: Int32, _ name: String) -> Entry? {
        var st = stat()
        guard fstatat(dir, name, &st, AT_SYMLINK_NOFOLLOW) == 0 else { return nil }
        #if canImport(Darwin)
        let mtime = st.st_mtimespec
        #else
        let mtime = st.st_mtim
        #endif
        return Entry(name: name, kind: FileKind(mode: st.st_mode), size: Int(st.st_size),
                     mtime: Int64(mtime.tv_sec) * 1_000_000_000 + Int64(mtime.tv_nsec))
    }

    /// Every name in the open directory `dir` (which stays open), without "." and "..", and
    /// without a stat: what each one is, is not known yet.
    static func names(_ dir: Int32, path: String) throws(StoreError) -> [String] {
        // fdopendir takes over the descriptor it is given: give it a copy.
        let copy = dup(dir)
        guard copy >= 0, let d = fdopendir(copy) else {
            let e = readError(path, "cannot list the directory")
            if copy >= 0 { close(copy) }
            throw e
        }
        defer { closedir(d) }
        rewinddir(d)
        var out: [String] = []
        while let e = readdir(d) {
            let name = withUnsafeBytes(of: e.pointee.d_name) { raw in
                String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
            }
            if name == "." || name == ".." { continue }
            out.append(name)
        }
        return out
    }
}
