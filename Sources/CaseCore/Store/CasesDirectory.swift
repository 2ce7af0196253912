#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The store's `cases/` directory held open, reached from the root without following a link
/// out of the store, for the readers and writers that work on every case file by descriptor
/// (the open, the cache's rewrite, a bulk write). One home for how it is reached and what is
/// said when it is missing. The caller closes it (`defer { dir.closeAll() }`).
struct CasesDirectory {
    let rootFD: Int32
    let fd: Int32
    let path: String

    init(_ store: JSONDirectoryStore) throws(StoreError) {
        rootFD = try store.files.openRoot()
        path = store.casesDir
        let opened: Int32?
        do throws(StoreError) { opened = try PosixFile.openDirectory(rootFD, "cases", path: path) } catch {
            close(rootFD)
            throw error
        }
        guard let opened else {
            close(rootFD)
            throw StoreError.cannotRead(path: path, reason: "the store has no cases directory")
        }
        fd = opened
    }

    func closeAll() {
        close(fd)
        close(rootFD)
    }

    /// Every case file's entry (a name a case file has), seen without following links.
    func caseFiles() throws(StoreError) -> [PosixFile.Entry] {
        try PosixFile.list(fd, path: path) { CaseFileName.kind(of: $0) == .caseFile }
    }

    /// The same, from the names `finishInterruptedWrites` listed (the directory is listed
    /// here when it did not).
    func caseFiles(listed: [String]?) throws(StoreError) -> [PosixFile.Entry] {
        guard let listed else { return try caseFiles() }
        return PosixFile.entries(fd, listed.filter { CaseFileName.kind(of: $0) == .caseFile })
    }
}
