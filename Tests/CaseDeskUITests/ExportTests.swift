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
