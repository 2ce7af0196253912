#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Testing
@testable import CaseCore

/// Attacks 3 and 6 of issue 13: entries of `cases/` that look like cases but are not regular
/// files were skipped without a word, and links inside the store were followed.
@Suite struct StoreEntryKindTests {
    /// Every kind of `*.json` entry that cannot be read as a case, and what it must be called.
    static let kinds: [(id: String, make: @Sendable (String) -> Void, says: String)] = [
        ("DIR-1", { Special.directory($0) }, "is a directory"),
        ("FIFO-1", { Special.fifo($0) }, "is a FIFO"),
        ("SOCK-1", { Special.socket($0) }, "is a socket"),
        ("DANGLING-1", { Special.link($0, to: "/nonexistent/none.json") }, "symbolic link"),
        ("LOOP-1", { Special.link($0, to: $0) }, "symbolic link"),
        ("DEV-1", { Special.link($0, to: "/dev/null") }, "symbolic link"),
    ]

    @Test func everyCaseLikeEntryThatIsNotARegularFileIsADamagedCase() throws {
        let store = try Fixtures.newStore()
        defer { Fixtures.remove(store) }
        _ = try store.save(Fixtures.sampleCase("OK-1"), baseRevision: nil, user: "u", action: "create")
        let cases = store.directory.path + "/cases/"
        for k in Self.kinds { k.make(cases + k.id + ".json") }
        for _ in 0..<2 {  // the second open goes through the summary cache
            let snap = try store.open { _, _ in }
            #expect(snap.summaries.map(\.id) == ["OK-1"])
            #expect(snap.damaged.map(\.id) == Self.kinds.map(\.id).sorted())
            for k in Self.kinds {
                let d = snap.damaged.first { $0.id == k.id }
                #expect(d?.path == cases + k.id + ".json")
                #expect(d?.problems.first?.message.contains(k.says) == true, "\(k.id): \(d?.problems ?? [])")
            }
        }
        let problems = StoreChecker.check(directory: store.directory).filter { !$0.isWarning }
        for k in Self.kinds {
            #expect(problems.contains { $0.file == cases + k.id + ".json" && $0.message.contains(k.says) }, "check: \(k.id)")
        }
        var bytes: [UInt8] = []
        let written = try BundleWriter(store: store, exported: Fixtures.fixedClock())
            .write(ids: try store.caseFileIDs().sorted()) { bytes += $0 }
        #expect(try CaseBundle.decode(data: Data(bytes)).cases.map(\.id) == ["OK-1"])
        #expect(written.leftOut.map(\.id) == Self.kinds.map(\.id).sorted())
    }

    @Test func checkListsIgnoredNamesAndLeftoverTempFiles() throws {
        let store = try Fixtures.newStore()
        defer { Fixtures.remove(store) }
        let cases = store.directory.path + "/cases/"
        try Data("x".utf8).write(to: URL(fileURLWithPath: cases + "OLD-1.json.bak"))
        try Data("x".utf8).write(to: URL(fileURLWithPath: cases + ".hidden"))
        try Data("x".utf8).write(to: URL(fileURLWithPath: cases + ".C-9.json.123.456.tmp"))
        let problems = StoreChecker.check(directory: store.directory)
        #expect(problems.allSatisfy { $0.isWarning }, "\(problems)")
        #expect(problems.contains { $0.file == cases + "OLD-1.json.bak" && $0.message.contains("ignored") })
        #expect(problems.contains { $0.file == cases + ".hidden" && $0.message.contains("ignored") })
        #expect(problems.contains { $0.file == cases + ".C-9.json.123.456.tmp" && $0.message.contains("interrupted") })
    }

    @Test func aMissingOrNonRegularAuditTrailIsReportedByCheck() throws {
        let store = try Fixtures.newStore()
        defer { Fixtures.remove(store) }
        let audit = store.directory.path + "/audit.jsonl"
        unlink(audit)
        #expect(StoreChecker.check(directory: store.directory).contains { $0.file == audit && !$0.isWarning && $0.message.contains("missing") })
        Special.directory(audit)
        #expect(StoreChecker.check(directory: store.directory).contains { $0.file == audit && !$0.isWarning && $0.message.contains("is a directory") })
    }

    /// Each part of a store replaced by a link to a directory or file outside it: every
    /// operation that would touch it is refused, naming it, and nothing outside changes.
    @Test(arguments: ["cases", "trash", ".cache", ".lock", "audit.jsonl", "store.json"])
    func aStorePartThatIsALinkIsRefusedAndNothingOutsideIsTouched(part: String) throws {
        let store = try Fixtures.newStore()
        defer { Fixtures.remove(store) }
        _ = try store.save(Fixtures.sampleCase(), baseRevision: nil, user: "u", action: "create")
        _ = try store.open { _, _ in }   // makes .cache
        try FileManager.default.createDirectory(atPath: store.directory.path + "/trash", withIntermediateDirectories: true)
        let outside = Fixtures.tempDir()
        defer { try? FileManager.default.removeItem(at: outside) }
        let root = store.directory.path
        // Move the real part outside and link to it, as an attacker with write access would.
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        let moved = outside.path + "/" + part
        guard rename(root + "/" + part, moved) == 0 else { Issue.record("cannot move \(part)"); return }
        Special.link(root + "/" + part, to: moved)
        let before = Self.snapshot(outside.path)
        var messages: [String] = []
        func attempt(_ what: String, _ body: () throws -> Void) {
            do { try body(); messages.append("\(what): ok") } catch { messages.append("\(what): \(error)") }
        }
        attempt("open") { _ = try store.open { _, _ in } }
        attempt("save") {
            var c = Fixtures.sampleCase()
            c.title = "changed"
            _ = try store.save(c, baseRevision: 1, user: "u", action: "update")
        }
        attempt("delete") { try store.delete(id: "C-1", baseRevision: 1, user: "u") }
        attempt("audit") { _ = try store.audit(caseID: nil) }
        #expect(Self.snapshot(outside.path) == before, "\(part): something outside the store changed; \(messages)")
        #expect(messages.contains { $0.contains(root + "/" + part) && $0.contains("symbolic link") }, "\(part): \(messages)")
        #expect(StoreChecker.check(directory: store.directory).contains {
            $0.file == root + "/" + part && $0.message.contains("symbolic link") && !$0.isWarning
        })
    }

    @Test func aStoreWhoseRootIsALinkWorks() throws {
        let store = try Fixtures.newStore()
        defer { Fixtures.remove(store) }
        let link = Fixtures.tempDir().path
        Special.link(link, to: store.directory.path)
        defer { unlink(link) }
        let viaLink = JSONDirectoryStore(directory: URL(fileURLWithPath: link), clock: Fixtures.fixedClock)
        _ = try viaLink.save(Fixtures.sampleCase(), baseRevision: nil, user: "u", action: "create")
        #expect(try viaLink.open { _, _ in }.summaries.count == 1)
        #expect(StoreChecker.check(directory: viaLink.directory).filter { !$0.isWarning }.isEmpty)
    }

    /// Attack 10: `list` in a copied store warned about a path inside the original store,
    /// copied from the summary cache.
    @Test func aCopiedStoreReportsItsOwnPathsFromTheCache() throws {
        let store = try Fixtures.newStore()
        defer { Fixtures.remove(store) }
        try Data("{".utf8).write(to: URL(fileURLWithPath: store.directory.path + "/cases/BAD-1.json"))
        _ = try store.open { _, _ in }   // writes the cache
        let copy = Fixtures.tempDir()
        defer { try? FileManager.default.removeItem(at: copy) }
        // cp -a keeps modification times to the nanosecond, so the copy's cache is fresh.
        let cp = try Process.run(URL(fileURLWithPath: "/bin/cp"), arguments: ["-a", store.directory.path, copy.path])
        cp.waitUntilExit()
        let copied = JSONDirectoryStore(directory: copy)
        let cached = try #require(SummaryCache.load(from: copied.files))
        #expect(cached.count == 1)
        let d = try copied.open { _, _ in }.damaged
        #expect(d.map(\.path) == [copy.standardizedFileURL.path + "/cases/BAD-1.json"])
        #expect(d.first?.problems.allSatisfy { $0.file == copy.standardizedFileURL.path + "/cases/BAD-1.json" } == true)
    }

    /// Names, sizes, modes and contents of every file under `dir`, not following links.
    static func snapshot(_ dir: String) -> [String] {
        var out: [String] = []
        guard let e = FileManager.default.enumerator(atPath: dir) else { return [] }
        while let name = e.nextObject() as? String {
            let p = dir + "/" + name
            var st = stat()
            lstat(p, &st)
            let data = (st.st_mode & S_IFMT) == S_IFREG ? (try? Data(contentsOf: URL(fileURLWithPath: p))) ?? Data() : Data()
            out.append("\(name) \(st.st_mode) \(st.st_size) \(data.hashValue)")
        }
        return out.sorted()
    }
}
