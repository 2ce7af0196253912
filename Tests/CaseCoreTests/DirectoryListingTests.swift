import Foundation
import Testing
@testable import CaseCore

/// Issue 16.2: a store's directory is listed once, names first and a stat only for the names
/// wanted (on every core when there are many), and what it finds is what the directory holds.
@Suite struct DirectoryListingTests {
    /// The kind of a name judged by its bytes (ASCII names) is the kind `hasPrefix` and
    /// `hasSuffix` give, for every sort of name a `cases/` directory can hold.
    @Test func aNameIsJudgedByItsBytesAsByItsCharacters() {
        func reference(_ name: String) -> CaseFileName {
            if name.hasPrefix(".") { return name.hasSuffix(".tmp") ? .temp : .ignored }
            return name.hasSuffix(".json") ? .caseFile : .ignored
        }
        let names = ["", ".", "..", "json", ".json", "a.json", "A.JSON", "a.json.bak", "a.jso", "C-1.json", ".C-1.json.1.2.tmp",
                     ".tmp", "tmp", "x.tmp", ".x.tmp.json", "a json", "a.json ", "é.json", "Zoë.json", ".é.tmp", "a.jsoñ",
                     "\u{600}.json", "x.json\u{301}", "x\u{301}.json", ".\u{301}tmp", "C-2019-000042.json"]
        for name in names { #expect(CaseFileName.kind(of: name) == reference(name), "\(name.debugDescription)") }
    }

    @Test func aLargeDirectoryIsListedWhole_inItsOwnOrder_withEveryFilesSizeAndKind() throws {
        let dir = Fixtures.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        // More than one chunk of stats, so the parallel path runs.
        for n in 0..<5000 {
            try Data(repeating: 0x41, count: n % 97).write(to: dir.appendingPathComponent("C-\(n).json"))
        }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("sub.json"), withIntermediateDirectories: false)
        try FileManager.default.createSymbolicLink(atPath: dir.path + "/link.json", withDestinationPath: dir.path + "/C-1.json")
        try Data().write(to: dir.appendingPathComponent(".C-1.json.1.2.tmp"))
        let fd = open(dir.path, O_RDONLY | O_DIRECTORY)
        defer { close(fd) }

        let names = try PosixFile.names(fd, path: dir.path)
        let all = try PosixFile.list(fd, path: dir.path)
        #expect(all.map(\.name) == names)  // the directory's order, nothing lost or added
        #expect(Set(names).count == 5003)

        let json = try PosixFile.list(fd, path: dir.path) { CaseFileName.kind(of: $0) == .caseFile }
        #expect(json.count == 5002)
        #expect(json.map(\.name) == names.filter { CaseFileName.kind(of: $0) == .caseFile })
        for e in json {
            if e.name == "sub.json" { #expect(e.kind == .directory); continue }
            if e.name == "link.json" { #expect(e.kind == .symbolicLink); continue }  // never followed
            let n = Int(e.name.dropFirst(2).dropLast(5))!
            #expect(e.kind == .regular && e.size == n % 97, "\(e.name)")
        }
        let temps = try PosixFile.list(fd, path: dir.path) { CaseFileName.kind(of: $0) == .temp }
        #expect(temps.map(\.name) == [".C-1.json.1.2.tmp"])
    }
}
