import CaseCore
import Foundation
import Testing
@testable import CaseDeskUI

@Suite struct ExportTests {
    @Test func exportWritesTheListedCasesAsABundle() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("casedesk-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("overdue.json").path
        var d = TestDriver()
        d.press(CasesCommand.quickFilter)
        d.type("o")
        d.press(GlobalCommand.commandLine)
        d.type("export " + path)
        d.press(.enter)
        #expect(d.screen.contains("Exported 2 cases to"))
        let bundle = try CaseBundle.decode(data: try Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(bundle.cases.map(\.id) == ["INTL-0005", "OCD-LON-0001"])
        #expect(bundle.cases[1] == Fixture.kestrel)
    }

    @Test func exportToAnUnwritablePlaceSaysWhere() {
        var d = TestDriver()
        d.press(GlobalCommand.commandLine)
        d.type("export /nonexistent-dir/x.json")
        d.press(.enter)
        #expect(d.screen.contains("Cannot export to /nonexistent-dir/x.json"))
    }
}

/// Attack 7 of issue 13: `:export` wrote 0644 (0666 under umask 000) and replaced any file.
@Suite struct ExportPrivacyTests {
    static func mode(_ path: String) -> Int? {
        guard let a = try? FileManager.default.attributesOfItem(atPath: path) else { return nil }
        return (a[.posixPermissions] as? NSNumber)?.intValue
    }

    @Test func theCaseExportIsPrivateAndReplacesAFileOnlyWithABang() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("casedesk-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("all.json").path
        var d = TestDriver()
        d.press(GlobalCommand.commandLine)
        d.type("export " + path)
        d.press(.enter)
        #expect(Self.mode(path) == 0o600)
        try Data("mine".utf8).write(to: URL(fileURLWithPath: path))
        d.press(GlobalCommand.commandLine)
        d.type("export " + path)
        d.press(.enter)
        #expect(d.state.message?.text == "\(path) already exists; nothing was written. :export! FILE replaces it.")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "mine")
        d.press(GlobalCommand.commandLine)
        d.type("export! " + path)
        d.press(.enter)
        #expect(d.state.message?.text.hasPrefix("Exported ") == true)
        #expect(try CaseBundle.decode(data: Data(contentsOf: URL(fileURLWithPath: path))).cases.isEmpty == false)
        #expect(Self.mode(path) == 0o600)
    }

    @Test func theDashboardExportIsPrivateAndReplacesAFileOnlyWithABang() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dashboard-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let md = dir.appendingPathComponent("review.md").path
        try Data("mine".utf8).write(to: URL(fileURLWithPath: md))
        var d = DashboardFixture.driver()
        d.press(GlobalCommand.commandLine)
        d.type("export " + md)
        d.press(.enter)
        #expect(d.state.message?.text == "\(md) already exists; nothing was written. :export! FILE replaces it.")
        #expect(try String(contentsOfFile: md, encoding: .utf8) == "mine")
        d.press(GlobalCommand.commandLine)
        d.type("export! " + md)
        d.press(.enter)
        #expect(try String(contentsOfFile: md, encoding: .utf8).hasPrefix("## "))
        #expect(Self.mode(md) == 0o600)
    }
}
