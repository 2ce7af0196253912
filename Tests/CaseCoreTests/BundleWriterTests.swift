#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Testing
@testable import CaseCore

/// The one bundle writer of `casedesk export` and the UI's `:export` (issue 14), attack 10 of
/// issue 13 (an export to stdout with an unreadable case wrote half a document) and attack 7
/// (exports were 0644, 0666 under umask 000, and replaced existing files).
@Suite struct BundleWriterTests {
    func stream(_ store: any CaseStore, _ ids: [String]) throws -> ([UInt8], BundleWriter.Written) {
        var out: [UInt8] = []
        let w = try BundleWriter(store: store, exported: Fixtures.fixedClock()).write(ids: ids) { out += $0 }
        return (out, w)
    }

    @Test func theStreamIsTheEncodedBundleByteForByte() throws {
        let store = try Fixtures.newStore()
        defer { Fixtures.remove(store) }
        let ids = (0..<700).map { String(format: "B-%04d", $0) }   // more than one batch
        try store.writeNewCases(ids.map { Fixtures.sampleCase($0) }, user: "u", action: "create")
        let cases = try ids.map { try store.load(id: $0) }
        let (bytes, written) = try stream(store, cases.map(\.id))
        #expect(written == .init(cases: 700, leftOut: []))
        #expect(bytes == Array(CaseBundle(exported: Fixtures.fixedClock(), cases: cases).encode()))
        let (empty, _) = try stream(store, [])
        #expect(empty == Array(CaseBundle(exported: Fixtures.fixedClock(), cases: []).encode()))
    }

    /// Whatever cannot be read is named in a whole, valid document; nothing is cut short.
    @Test func anUnreadableCaseIsNamedInTheDocumentNeverCutItShort() throws {
        let store = try Fixtures.newStore()
        defer { Fixtures.remove(store) }
        let a = try store.save(Fixtures.sampleCase("A-1"), baseRevision: nil, user: "u", action: "create")
        let c = try store.save(Fixtures.sampleCase("C-1"), baseRevision: nil, user: "u", action: "create")
        let cases = store.directory.path + "/cases/"
        try Data("{\"id\": \"B-1\", ".utf8).write(to: URL(fileURLWithPath: cases + "B-1.json"))
        #expect(mkfifo(cases + "F-1.json", 0o600) == 0)
        let (bytes, written) = try stream(store, ["A-1", "B-1", "C-1", "F-1", "GONE-1"])
        #expect(written.cases == 2)
        #expect(written.leftOut.map(\.id) == ["B-1", "F-1", "GONE-1"])
        let bundle = try CaseBundle.decode(data: Data(bytes))
        #expect(bundle.cases == [a, c])
        #expect(bundle.leftOut.map(\.id) == ["B-1", "F-1", "GONE-1"])
        #expect(bundle.leftOut[0].problem.contains(cases + "B-1.json"))
        #expect(bundle.leftOut[1].problem.contains("FIFO"))
        #expect(bundle.leftOut[2].problem.contains("deleted"))
        #expect(bytes == Array(bundle.encode()), "the same document CaseBundle writes")
        // Only the readable cases: an import of it brings them and is told what is missing.
        let other = try Fixtures.newStore()
        defer { Fixtures.remove(other) }
        #expect(try other.importBundle(bundle, replace: false, user: "u").created == ["A-1", "C-1"])
    }

    @Test func anExportFileIsPrivateWhateverTheUmaskAndNeverReplacedUnlessAsked() throws {
        let dir = Fixtures.tempDir()
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.path + "/out.json"
        let old = umask(0)
        defer { umask(old) }
        try ExportFile.write(to: path, overwrite: false) { try $0(Array("first".utf8)) }
        var st = stat()
        #expect(stat(path, &st) == 0 && st.st_mode & 0o777 == 0o600)
        #expect(throws: ExportFile.Exists(path: path)) {
            try ExportFile.write(to: path, overwrite: false) { try $0(Array("second".utf8)) }
        }
        #expect(Fixtures.text(path) == "first")
        try ExportFile.write(to: path, overwrite: true) { try $0(Array("third".utf8)) }
        #expect(Fixtures.text(path) == "third")
        #expect(stat(path, &st) == 0 && st.st_mode & 0o777 == 0o600)
        // A failure half way leaves neither a file nor a temp file behind.
        struct Stop: Error {}
        #expect(throws: Stop.self) {
            try ExportFile.write(to: dir.path + "/half.json", overwrite: false) { w in try w(Array("half".utf8)); throw Stop() }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["out.json"])
    }
}
