import Foundation
import Testing
@testable import CaseCore
@testable import CaseDemo

/// Issue 16.2/16.4: an unchanged store is listed straight from its summary cache, a window at
/// a time; the stream gives exactly what opening the store gives, and is refused (nil) as
/// soon as the cache does not match the directory, so the caller opens the store in full.
@Suite struct SummaryStreamTests {
    /// A store of demo cases and one damaged file, opened once so its cache is written.
    static func store(_ count: Int = 60) throws -> JSONDirectoryStore {
        let g = DemoGenerator(seed: 3, today: SummaryScannerTests.today)
        let store = try JSONDirectoryStore.create(at: Fixtures.tempDir(), meta: g.meta)
        _ = try store.writeNewCases(count: count, user: "u", action: "test") { g.makeCase(index: $0) }
        try Data("{\"id\": \"BAD-1\", \"title\" 1}".utf8).write(to: URL(fileURLWithPath: path(store, "BAD-1")))
        _ = try store.open { _, _ in }
        return store
    }

    static func path(_ store: JSONDirectoryStore, _ id: String) -> String { store.directory.path + "/cases/" + id + ".json" }
    static func cachePath(_ store: JSONDirectoryStore) -> String { store.directory.path + "/" + SummaryCache.file }

    static func streamed(_ stream: SummaryStream, window: Int = 4096) throws -> [CaseSummary] {
        var out: [CaseSummary] = []
        try stream.forEach(window: window) { out.append($0) }
        return out
    }

    @Test func anUnchangedStoreStreamsWhatOpeningItGives_inIdOrder() throws {
        let store = try Self.store()
        defer { Fixtures.remove(store) }
        let snap = try store.open { _, _ in }
        for window in [1, 7, 4096] {
            let stream = try #require(try store.openStream())
            #expect(stream.count == snap.summaries.count)
            #expect(try Self.streamed(stream, window: window) == snap.summaries, "window \(window)")
            #expect(stream.damaged == snap.damaged && stream.damaged.map(\.id) == ["BAD-1"])
            #expect(stream.meta == snap.meta)
        }
    }

    /// Issue 16.4: `list` keeps the positions of the rows its filter passed and reads those
    /// rows again by position: each position gives the row of the summary it came with.
    @Test func aPositionGivesTheRowOfItsSummary() throws {
        let store = try Self.store()
        defer { Fixtures.remove(store) }
        let stream = try #require(try store.openStream())
        var ids: [String] = [], positions: [Int32] = []
        try stream.forEachPositioned(window: 7) { s, p in
            guard let p else { Issue.record("no position for \(s.id)"); return }
            if s.id.hasSuffix("3") || s.id.hasSuffix("0") { ids.append(s.id); positions.append(Int32(p)) }
        }
        var read: [String] = []
        stream.forEachRow(at: positions) { row in
            var id: [UInt8] = []
            row.appendDataCell(.id, context: QueryContext(today: SummaryScannerTests.today, chaseIntervalDays: 28), to: &id)
            read.append(String(decoding: id, as: UTF8.self))
        }
        #expect(!ids.isEmpty && read == ids)
    }

    @Test func aCacheThatDoesNotMatchTheDirectoryIsRefused() throws {
        let store = try Self.store()
        defer { Fixtures.remove(store) }
        let ids = try store.open { _, _ in }.summaries.map(\.id)
        func refusedThenRebuilt(_ what: String, _ change: () throws -> Void) throws {
            try change()
            #expect(try store.openStream() == nil, "\(what): the stale cache was used")
            let snap = try store.open { _, _ in }  // rebuilds the cache
            let stream = try #require(try store.openStream(), "\(what): the rebuilt cache was not used")
            #expect(try Self.streamed(stream) == snap.summaries, "\(what)")
        }
        try refusedThenRebuilt("no cache") { try FileManager.default.removeItem(atPath: Self.cachePath(store)) }
        try refusedThenRebuilt("a file changed") {
            let p = Self.path(store, ids[3])
            let text = try String(contentsOfFile: p, encoding: .utf8)
            try Data(text.replacingOccurrences(of: "\"title\": \"", with: "\"title\": \"New ").utf8).write(to: URL(fileURLWithPath: p))
        }
        try refusedThenRebuilt("a file touched, same size") {
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_000_000)],
                                                  ofItemAtPath: Self.path(store, ids[4]))
        }
        try refusedThenRebuilt("a file added") {
            try FileManager.default.copyItem(atPath: Self.path(store, ids[5]), toPath: Self.path(store, "ZZ-NEW"))
        }
        try refusedThenRebuilt("a file removed") { try FileManager.default.removeItem(atPath: Self.path(store, ids[6])) }
        try refusedThenRebuilt("a truncated cache") {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: Self.cachePath(store)))
            try bytes.prefix(bytes.count - 3).write(to: URL(fileURLWithPath: Self.cachePath(store)))
        }
        try refusedThenRebuilt("another cache version") {
            var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Self.cachePath(store))))
            bytes[SummaryCache.magic.count] = UInt8(SummaryCache.version + 1)
            try Data(bytes).write(to: URL(fileURLWithPath: Self.cachePath(store)))
        }
        // Something other than a regular file where a case file belongs is never trusted to
        // a cache: the store is opened in full every time (and reports it as damaged).
        try FileManager.default.removeItem(atPath: Self.path(store, ids[7]))
        try FileManager.default.createDirectory(atPath: Self.path(store, ids[7]), withIntermediateDirectories: false)
        #expect(try store.openStream() == nil)
        #expect(try store.open { _, _ in }.damaged.contains { $0.id == ids[7] })
        #expect(try store.openStream() == nil)
    }

    /// Issue 16.4: `list` of a store without a cache (or with files changed since) writes the
    /// cache a chunk at a time, never holding every summary, then streams it: the same
    /// summaries and damage as a full open, whether the old cache was absent, stale or garbage.
    @Test func aStoreWithoutAValidCacheIsStreamedOnceTheCacheIsWritten() throws {
        let store = try Self.store(70)
        defer { Fixtures.remove(store) }
        let ids = try store.open { _, _ in }.summaries.map(\.id)
        func streamedAsOpened(_ what: String, _ change: () throws -> Void) throws {
            try change()
            #expect(try store.openStream() == nil, "\(what): the stale cache was used")
            let stream = try #require(try store.openStream { _, _ in }, "\(what): no stream after writing the cache")
            let streamed = try Self.streamed(stream, window: 16)
            let damaged = stream.damaged
            try FileManager.default.removeItem(atPath: Self.cachePath(store))
            let snap = try store.open { _, _ in }
            #expect(streamed == snap.summaries, "\(what)")
            #expect(damaged == snap.damaged && damaged.map(\.id) == ["BAD-1"], "\(what)")
        }
        try streamedAsOpened("no cache") { try FileManager.default.removeItem(atPath: Self.cachePath(store)) }
        try streamedAsOpened("a file changed") {
            let p = Self.path(store, ids[3])
            let text = try String(contentsOfFile: p, encoding: .utf8)
            try Data(text.replacingOccurrences(of: "\"title\": \"", with: "\"title\": \"Newer ").utf8).write(to: URL(fileURLWithPath: p))
        }
        try streamedAsOpened("a garbage cache") { try Data("CDSUMCACHE junk".utf8).write(to: URL(fileURLWithPath: Self.cachePath(store))) }
    }

    /// A cache whose tables are sound but one summary inside it is not: the summaries before
    /// it are handed out, then the rest come from a full open, each exactly once.
    @Test func aSummaryDamagedInsideTheCacheIsReadFromTheFiles_noneTwiceNoneLost() throws {
        let store = try Self.store()
        defer { Fixtures.remove(store) }
        let snap = try store.open { _, _ in }
        let files = try #require(try store.files.list("cases")).filter { CaseFileName.kind(of: $0.name) == .caseFile }
        let cache = try #require(SummaryCache.inOrder(files, from: store.files))
        let victim = try #require(cache.layout.result(cache.records[30])).start
        #expect(cache.isSummary(30))
        var bytes = Array(cache.bytes.raw)
        // The id's length: a varint running past the end of the file.
        for k in 1...9 { bytes[victim + k] = 0xFF }
        try Data(bytes).write(to: URL(fileURLWithPath: Self.cachePath(store)))
        let stream = try #require(try store.openStream())
        #expect(try Self.streamed(stream, window: 8) == snap.summaries)
        #expect(stream.damaged == snap.damaged)
        // The summaries read from the files have no position in the cache: the window of the
        // damaged one (24..<32) and those after it.
        try Data(bytes).write(to: URL(fileURLWithPath: Self.cachePath(store)))
        var positions: [Int?] = []
        try #require(try store.openStream()).forEachPositioned(window: 8) { _, p in positions.append(p) }
        #expect(positions.count == snap.summaries.count)
        #expect(positions.prefix(24) == ArraySlice((0..<24).map { $0 }) && positions.dropFirst(24).allSatisfy { $0 == nil })
        // The full open rewrote the cache: the next stream reads it whole.
        #expect(try Self.streamed(#require(try store.openStream())) == snap.summaries)
    }
}
