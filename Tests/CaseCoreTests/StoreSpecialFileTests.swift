#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Testing
@testable import CaseCore

/// Ways to put something that is not a regular file where the store expects one.
enum Special {
    static func fifo(_ path: String) { precondition(mkfifo(path, 0o600) == 0, "mkfifo \(path)") }
    static func link(_ path: String, to target: String) { precondition(symlink(target, path) == 0, "symlink \(path)") }
    static func directory(_ path: String) { precondition(mkdir(path, 0o700) == 0, "mkdir \(path)") }

    /// A listening-less Unix socket bound at `path` (its file stays after close).
    static func socket(_ path: String) {
        #if canImport(Glibc)
        let fd = Glibc.socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let fd = Darwin.socket(AF_UNIX, SOCK_STREAM, 0)
        #endif
        precondition(fd >= 0)
        defer { close(fd) }
        var addr = sockaddr_un()
        addr.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        precondition(bytes.count < MemoryLayout.size(ofValue: addr.sun_path))
        withUnsafeMutableBytes(of: &addr.sun_path) { raw in
            for (n, b) in bytes.enumerated() { raw[n] = b }
            raw[bytes.count] = 0
        }
        let ok = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        precondition(ok == 0, "bind \(path)")
    }

    /// A sparse file of `size` bytes (costs no disk).
    static func sparse(_ path: String, size: Int) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        precondition(fd >= 0)
        precondition(ftruncate(fd, off_t(size)) == 0)
        close(fd)
    }

    /// Runs `body` and fails the test (instead of hanging the suite) if it takes longer than
    /// `seconds`: a FIFO opened for reading blocks until a writer comes.
    static func within<T: Sendable>(_ seconds: Double, _ what: String,
                                    _ body: @escaping @Sendable () throws -> T) -> Result<T, any Error>? {
        let box = Box<Result<T, any Error>>()
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            box.value = Result { try body() }
            done.signal()
        }
        if done.wait(timeout: .now() + seconds) == .timedOut {
            Issue.record("\(what) did not return within \(seconds) s (it hangs)")
            return nil
        }
        return box.value
    }

    final class Box<T>: @unchecked Sendable { var value: T? }
}

/// Attack 2 of issue 13: special files where the store expects regular ones hang or exhaust
/// memory. Each must be refused quickly, with an error naming the file and what it is.
@Suite struct StoreSpecialFileTests {
    func message(_ r: Result<some Any, any Error>?) -> String {
        switch r {
        case .failure(let e)?: "\(e)"
        case .success?: "success"
        case nil: "hung"
        }
    }

    @Test func storeJSONAsAFIFOIsRefusedNamingIt() throws {
        let store = try Fixtures.newStore()
        defer { Fixtures.remove(store) }
        let path = store.directory.path + "/store.json"
        unlink(path)
        Special.fifo(path)
        let m = message(Special.within(5, "open with store.json a FIFO") { try store.open { _, _ in } })
        #expect(m.contains(path) && m.contains("is a FIFO"), "\(m)")
        let c = message(Special.within(5, "check") { StoreChecker.check(directory: store.directory) })
        #expect(c.contains("success"))
        #expect(StoreChecker.check(directory: store.directory).contains { $0.message.contains("FIFO") })
    }

    @Test func storeJSONLinkedToDevZeroIsRefused() throws {
        let store = try Fixtures.newStore()
        defer { Fixtures.remove(store) }
        let path = store.directory.path + "/store.json"
        unlink(path)
        Special.link(path, to: "/dev/zero")
        let m = message(Special.within(5, "open with store.json a link to /dev/zero") { try store.open { _, _ in } })
        #expect(m.contains(path) && m.contains("symbolic link"), "\(m)")
    }

    @Test func auditTrailAsAFIFOIsRefusedAndTheSaveIsNotAcknowledged() throws {
        let store = try Fixtures.newStore()
        defer { Fixtures.remove(store) }
        let path = store.directory.path + "/audit.jsonl"
        unlink(path)
        Special.fifo(path)
        let m = message(Special.within(5, "audit with audit.jsonl a FIFO") { try store.audit(caseID: nil) })
        #expect(m.contains(path) && m.contains("is a FIFO"), "\(m)")
        let s = message(Special.within(5, "save with audit.jsonl a FIFO") {
            try store.save(Fixtures.sampleCase(), baseRevision: nil, user: "u", action: "create")
        })
        #expect(s.contains(path) && s.contains("is a FIFO"), "\(s)")
        // Not acknowledged, and not on disk either.
        #expect(try store.revisionOnDisk(id: "C-1") == nil)
    }

    @Test func auditTrailLinkedToDevZeroIsRefused() throws {
        let store = try Fixtures.newStore()
        defer { Fixtures.remove(store) }
        let path = store.directory.path + "/audit.jsonl"
        unlink(path)
        Special.link(path, to: "/dev/zero")
        let m = message(Special.within(5, "audit with audit.jsonl a link to /dev/zero") { try store.audit(caseID: nil) })
        #expect(m.contains(path) && m.contains("symbolic link"), "\(m)")
    }

    @Test func caseFileAsAFIFOOrDeviceLinkIsRefusedOnLoadAndSave() throws {
        let store = try Fixtures.newStore()
        defer { Fixtures.remove(store) }
        let fifo = store.directory.path + "/cases/F-1.json"
        let zero = store.directory.path + "/cases/Z-1.json"
        Special.fifo(fifo)
        Special.link(zero, to: "/dev/zero")
        var m = message(Special.within(5, "load of a FIFO case") { try store.load(id: "F-1") })
        #expect(m.contains(fifo) && m.contains("is a FIFO"), "\(m)")
        m = message(Special.within(5, "load of a case linked to /dev/zero") { try store.load(id: "Z-1") })
        #expect(m.contains(zero) && m.contains("symbolic link"), "\(m)")
        m = message(Special.within(5, "save over a FIFO case") {
            try store.save(Fixtures.sampleCase("F-1"), baseRevision: nil, user: "u", action: "create")
        })
        #expect(m.contains(fifo) && m.contains("is a FIFO"), "\(m)")
        var st = stat()
        #expect(lstat(fifo, &st) == 0 && (st.st_mode & S_IFMT) == S_IFIFO, "the FIFO was written over")
    }

    @Test func oversizedFilesAreRefusedNamingTheLimit() throws {
        let store = try Fixtures.newStore()
        defer { Fixtures.remove(store) }
        let big = store.directory.path + "/cases/BIG-1.json"
        Special.sparse(big, size: StoreLimits.caseFile + 1)
        let m = message(Special.within(10, "load of an oversized case") { try store.load(id: "BIG-1") })
        #expect(m.contains(big) && m.contains(StoreLimits.describe(StoreLimits.caseFile)), "\(m)")
        let meta = store.directory.path + "/store.json"
        Special.sparse(meta, size: StoreLimits.storeFile + 1)
        let n = message(Special.within(10, "open with an oversized store.json") { try store.open { _, _ in } })
        #expect(n.contains(meta) && n.contains(StoreLimits.describe(StoreLimits.storeFile)), "\(n)")
    }

    @Test func anAuditLineOverTheLimitIsSkippedNamingTheLimit() throws {
        let store = try Fixtures.newStore()
        defer { Fixtures.remove(store) }
        _ = try store.save(Fixtures.sampleCase(), baseRevision: nil, user: "u", action: "create")
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: store.directory.path + "/audit.jsonl"))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(repeating: 0x20, count: StoreLimits.auditLine + 10) + Data("x\n".utf8))
        try handle.close()
        let log = try store.audit(caseID: nil)
        #expect(log.entries.count == 1)
        #expect(log.skipped.count == 1)
        #expect(log.skipped.first?.message.contains(StoreLimits.describe(StoreLimits.auditLine)) == true)
    }
}
