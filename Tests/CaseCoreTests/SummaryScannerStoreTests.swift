import Foundation
import Testing
@testable import CaseCore
@testable import CaseDemo

/// Opening a store (the scanner's shortcut, the summary cache) gives exactly what decoding
/// every file in full gives: the same summary for every case, and for a damaged file the full
/// validating parse's precise problems, cold, warm from the cache, and after a file changes.
@Suite struct SummaryScannerStoreTests {
    /// What decoding every case file of the store in full makes of it, sorted by id.
    static func fullDecode(_ store: JSONDirectoryStore) throws -> (summaries: [CaseSummary], damaged: [DamagedCase]) {
        let dir = store.directory.path + "/cases"
        var summaries: [CaseSummary] = [], damaged: [DamagedCase] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: dir).sorted() where name.hasSuffix(".json") {
            let path = dir + "/" + name, id = String(name.dropLast(5))
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
            do throws(CaseFileError) {
                let c = try bytes.withUnsafeBufferPointer { b throws(CaseFileError) in
                    try CaseCodec.decode(bytes: b, fileName: id, file: path).case
                }
                summaries.append(CaseSummary(c))
            } catch {
                damaged.append(DamagedCase(id: id, path: path, problems: error.problems))
            }
        }
        return (summaries, damaged)
    }

    /// Opens the store cold (no summary cache), then warm, each equal to the full decode.
    static func expectOpensAsTheFullDecode(_ store: JSONDirectoryStore, _ what: String) throws {
        let expected = try fullDecode(store)
        try? FileManager.default.removeItem(atPath: store.directory.path + "/" + SummaryCache.file)
        for pass in ["cold", "warm"] {
            let snap = try store.open { _, _ in }
            #expect(snap.summaries.count == expected.summaries.count, "\(what), \(pass)")
            for (got, want) in zip(snap.summaries, expected.summaries) where got != want {
                Issue.record("\(what), \(pass): the summary of \(want.id) differs from the full decode's (\(got.id))")
            }
            #expect(snap.damaged == expected.damaged, "\(what), \(pass): damaged files are reported differently")
        }
    }

    static func casesPath(_ store: JSONDirectoryStore, _ id: String) -> String {
        store.directory.path + "/cases/" + id + ".json"
    }

    @Test func theDemoStoreOpensToTheFullDecodesSummaries() throws {
        let g = DemoGenerator(seed: 1, today: SummaryScannerTests.today)
        let store = try JSONDirectoryStore.create(at: Fixtures.tempDir(), meta: g.meta)
        defer { Fixtures.remove(store) }
        let count = max(300, DemoGenerator.defaultCaseCount)
        let result = try store.writeNewCases(count: count, user: "demo", action: "demo") { g.makeCase(index: $0) }
        #expect(result.written == count && result.refused.isEmpty)
        // Every demo file takes the shortcut (none left to the full decode)...
        let dir = store.directory.path + "/cases"
        for name in try FileManager.default.contentsOfDirectory(atPath: dir) {
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: dir + "/" + name)))
            #expect(SummaryScannerTests.scanned(bytes, String(name.dropLast(5))) != nil, "the scanner gave up on \(name)")
        }
        // ...and the store opens to exactly the full decode's summaries.
        try Self.expectOpensAsTheFullDecode(store, "demo store")
    }

    /// A store of randomly shaped cases with damaged files among them: each damaged file is
    /// reported with the full parse's problems (line and column, the validator's messages).
    @Test func aRandomlyShapedStoreWithDamagedFilesOpensAsTheFullDecode() throws {
        var rng = DemoRandom(seed: 61)
        let g = DemoGenerator(seed: 11, today: SummaryScannerTests.today)
        let store = try JSONDirectoryStore.create(at: Fixtures.tempDir(), meta: g.meta)
        defer { Fixtures.remove(store) }
        let cases = (0..<240).map { SummaryScannerTests.reshape(g.makeCase(index: $0), &rng) }
        let result = try store.writeNewCases(cases, user: "u", action: "test")
        #expect(result.written > 200)
        let written = try FileManager.default.contentsOfDirectory(atPath: store.directory.path + "/cases").sorted()
        // Damage some files in ways the scanner must leave to the full parse: syntax errors,
        // values the validator refuses, unknown and repeated keys, a truncated file.
        let edits: [(String, String)] = [
            ("\"title\": ", "\"title\" "), ("\"revision\": ", "\"revision\": -"), ("\"opened\": \"", "\"opened\": \"2013-02-30\", \"o\": \""),
            ("\"status\": \"", "\"status\": \"sent"), ("\"urn\": ", "\"urn\": null, \"u\": "),
            ("\"id\": \"D1\"", "\"id\": \"D1\", \"id\": \"D2\""), ("\"defendants\": [", "\"defendants\": [1, "),
            // Well-formed JSON only CaseValidator refuses.
            ("\"country\": \"", "\"country\": \"Q"), ("\"nationality\": \"", "\"nationality\": \"ZZ"),
            ("\"defendant\": \"", "\"defendant\": \"nobody"), ("\"count\": ", "\"count\": -"),
            ("\"id\": \"D2\"", "\"id\": \"D1\""), ("\"lastChased\": \"", "\"lastChased\": \"1"),
        ]
        var damagedCount = 0
        for (k, name) in written.enumerated() where k % 7 == 4 {
            let path = store.directory.path + "/cases/" + name
            var text = try String(contentsOfFile: path, encoding: .utf8)
            // The next edit that applies to this file (each file holds only some of the keys).
            let edit = (0..<edits.count).lazy.map { edits[(damagedCount + $0) % edits.count] }
                .first { text.range(of: $0.0) != nil }
            if let (from, to) = edit, let r = text.range(of: from) { text.replaceSubrange(r, with: to) } else {
                text = String(text.prefix(text.count / 2))
            }
            if k % 5 == 0 { text = String(text.prefix(text.count * 2 / 3)) }
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            damagedCount += 1
        }
        let expected = try Self.fullDecode(store)
        #expect(expected.damaged.count >= damagedCount - 2, "the damage did not take")
        #expect(expected.damaged.contains { $0.problems.contains { $0.line != nil } }, "no syntax error among the damage")
        let validatorOnly = ["is not a defendant of this case", "must not be negative", "duplicate", "country"]
        #expect(expected.damaged.contains { $0.problems.contains { p in validatorOnly.contains { p.message.contains($0) } } },
                "no damage only the validator finds")
        try Self.expectOpensAsTheFullDecode(store, "reshaped store")

        // A file damaged after the cache was written is read again and reported precisely.
        let victim = expected.summaries[expected.summaries.count / 2].id
        let path = Self.casesPath(store, victim)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "\"title\": ", with: "\"title\" ").utf8).write(to: URL(fileURLWithPath: path))
        let after = try store.open { _, _ in }
        let again = try Self.fullDecode(store)
        #expect(after.damaged == again.damaged)
        #expect(after.damaged.contains { $0.id == victim && $0.problems.first?.line != nil })
        #expect(after.summaries == again.summaries)
    }
}
