import CaseCore
import Foundation
import Testing
@testable import CaseDeskUI

@Suite struct ExportTests {
    @Test func exportWritesTheListedCasesAsABundle() throws {
        try withScratchDirectory("casedesk-export") { dir in
            let path = dir.appendingPathComponent("overdue.json").path
            var d = TestDriver()
            d.press(CasesCommand.quickFilter)
            d.type("o")
            d.command("export " + path)
            #expect(d.screen.contains("Exported 2 cases to"))
            let bundle = try CaseBundle.decode(data: try Data(contentsOf: URL(fileURLWithPath: path)))
            #expect(bundle.cases.map(\.id) == ["INTL-0005", "OCD-LON-0001"])
            #expect(bundle.cases[1] == Fixture.kestrel)
        }
    }

    @Test func exportToAnUnwritablePlaceSaysWhere() {
        var d = TestDriver()
        d.command("export /nonexistent-dir/x.json")
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
        try withScratchDirectory("casedesk-export") { dir in
            let path = dir.appendingPathComponent("all.json").path
            var d = TestDriver()
            d.command("export " + path)
            #expect(Self.mode(path) == 0o600)
            try Data("mine".utf8).write(to: URL(fileURLWithPath: path))
            d.command("export " + path)
            #expect(d.state.message?.text == "\(path) already exists; nothing was written. :export! FILE replaces it.")
            #expect(try String(contentsOfFile: path, encoding: .utf8) == "mine")
            d.command("export! " + path)
            #expect(d.state.message?.text.hasPrefix("Exported ") == true)
            #expect(try CaseBundle.decode(data: Data(contentsOf: URL(fileURLWithPath: path))).cases.isEmpty == false)
            #expect(Self.mode(path) == 0o600)
        }
    }

    @Test func theDashboardExportIsPrivateAndReplacesAFileOnlyWithABang() throws {
        try withScratchDirectory("dashboard") { dir in
            let md = dir.appendingPathComponent("review.md").path
            try Data("mine".utf8).write(to: URL(fileURLWithPath: md))
            var d = DashboardFixture.driver()
            d.command("export " + md)
            #expect(d.state.message?.text == "\(md) already exists; nothing was written. :export! FILE replaces it.")
            #expect(try String(contentsOfFile: md, encoding: .utf8) == "mine")
            d.command("export! " + md)
            #expect(try String(contentsOfFile: md, encoding: .utf8).hasPrefix("## "))
            #expect(Self.mode(md) == 0o600)
        }
    }
}
