#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The files of one store, named relative to its root ("cases/ID.json"): the root may be a
/// link (the user chose it), but every part below it is reached with `openat` and
/// `O_NOFOLLOW`, one component at a time, through `PosixFile`. So a store whose `cases/`,
/// `trash/`, `.cache/`, `.lock` or `audit.jsonl` is a link is refused with an error naming
/// it, and nothing outside the store is ever read, written, moved or chmod'ed.
struct StoreFiles {
    let root: String

    func path(_ rel: String) -> String { root + "/" + rel }

    /// The names directly in the root that the store uses.
    static let parts = ["store.json", "cases", "trash", "history", ".cache", ".lock", "audit.jsonl"]

    /// The parts of the store that are symbolic links (a link is never followed below the root).
    func linkedParts() throws(StoreError) -> [String] {
        let fd = try openRoot()
        defer { close(fd) }
        return Self.parts.filter { PosixFile.kind(fd, $0) == .symbolicLink }
    }

    /// Refuses a store with a part that is a link, naming it: a store that works through
    /// some links and not others would be worse than one that says what is wrong.
    func refuseLinkedParts() throws(StoreError) {
        if let p = try linkedParts().first { throw .cannotRead(path: path(p), reason: FileKind.symbolicLink.refusal) }
    }

    /// The store's root directory, opened (following a link: the root is the user's choice).
    func openRoot() throws(StoreError) -> Int32 {
        let fd = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else {
            if errno == ENOENT { throw .noStore(path: root, exists: false) }
            if errno == ENOTDIR { throw .notAStore(path: root, reason: "it is a file, not a directory") }
            throw PosixFile.readError(root, "cannot open the store's directory")
        }
        return fd
    }

    /// Runs `body` with the directory holding `rel` open and the last component's name.
    /// `create` makes missing directories (0700). Returns nil when a directory on the way
    /// does not exist (and `create` is false).
    func at<T>(_ rel: String, create: Bool = false,
               _ body: (_ dir: Int32, _ name: String) throws(StoreError) -> T) throws(StoreError) -> T? {
        var parts = rel.split(separator: "/").map(String.init)
        let name = parts.removeLast()
        var dir = try openRoot()
        defer { close(dir) }
        var walked = root
        for p in parts {
            walked += "/" + p
            let next: Int32
            if create {
                next = try PosixFile.makeDirectory(dir, p, path: walked)
            } else {
                guard let fd = try PosixFile.openDirectory(dir, p, path: walked) else { return nil }
                next = fd
            }
            close(dir)
            dir = next
        }
        return try body(dir, name)
    }

    /// Runs `body` with the directory `rel` open; nil when it does not exist.
    func directory<T>(_ rel: String, create: Bool = false,
                      _ body: (_ dir: Int32) throws(StoreError) -> T) throws(StoreError) -> T? {
        try at(rel + "/.", create: create) { dir, _ throws(StoreError) in try body(dir) }
    }

    /// The whole file `rel` (at most `limit` bytes) into `buffer`; false when it is absent.
    func read(_ rel: String, limit: Int, into buffer: inout [UInt8]) throws(StoreError) -> Bool {
        try at(rel) { dir, name throws(StoreError) in
            try PosixFile.read(dir, name, path: path(rel), limit: limit, into: &buffer)
        } ?? false
    }

    func read(_ rel: String, limit: Int) throws(StoreError) -> [UInt8]? {
        var b: [UInt8] = []
        return try read(rel, limit: limit, into: &b) ? b : nil
    }

    func writeAtomically(_ rel: String, create: Bool = false, _ bytes: [UInt8]) throws(StoreError) {
        try writeAtomically(rel, create: create) { emit in var b = bytes; emit(&b) }
    }

    func writeAtomically(_ rel: String, create: Bool = false,
                         _ body: (_ emit: (inout [UInt8]) -> Void) -> Void) throws(StoreError) {
        let done: Void? = try at(rel, create: create) { dir, name throws(StoreError) in
            try PosixFile.writeAtomically(dir, name, path: path(rel), body)
        }
        if done == nil { throw .io(path: path(rel), reason: "cannot write: its directory does not exist") }
    }

    /// What is at `rel`, not following a link; nil when it (or its directory) is absent.
    func kind(_ rel: String) throws(StoreError) -> FileKind? {
        try at(rel) { dir, name in PosixFile.kind(dir, name) } ?? nil
    }

    /// Every entry of the directory `rel`.
    func list(_ rel: String) throws(StoreError) -> [PosixFile.Entry]? {
        try directory(rel) { dir throws(StoreError) in try PosixFile.list(dir, path: path(rel)) }
    }
}
