import CaseCore
import Foundation
import Testing
import TerminalUI
@testable import CaseDeskUI

/// `casedesk show`, `o` and `:export FILE.md`: the whole case, every tab, the marking on
/// every page.
@Suite struct CaseSheetTests {
    let source = CaseSheet.Source(case: Fixture.kestrel, meta: Fixture.meta, audit: AuditLog(entries: Fixture.audit, skipped: []),
                                  today: Fixture.today)

    @Test func textHasEveryTabAndEveryRequestInFull() {
        let text = CaseSheet.text(source, width: 80, pageLines: 0)
        for heading in ["OVERVIEW", "DEFENDANTS", "HEARINGS", "REQUESTS", "NOTES", "HISTORY"] {
            #expect(text.contains("\n" + heading + "\n"), "no \(heading)")
        }
        #expect(text.contains("Operation Kestrel"))
        #expect(text.contains("Marcus Hale"))
        #expect(text.contains("Southwark Crown Court"))
        #expect(text.contains("R-101 · MLA"))
        #expect(text.contains("R-102 · "))
        #expect(text.contains("Called the central authority"))
        #expect(text.contains("Defence served a case statement"))
        #expect(text.contains("2026-10-30T15:12:00Z lbianchi chase: requests[0].chases"))
        // No row of the requests table looks selected on paper.
        #expect(!text.contains("›"))
    }

    @Test func everyPageOpensAndClosesWithTheMarking() {
        let text = CaseSheet.text(source, width: 80, pageLines: 20)
        let pages = text.split(separator: "\u{0C}", omittingEmptySubsequences: false).map { $0.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.isEmpty } }
        #expect(pages.count > 2)
        for (n, page) in pages.enumerated() {
            #expect(page.first?.hasPrefix("OFFICIAL-SENSITIVE") == true)
            #expect(page.first?.hasSuffix("OCD-LON-0001 · page \(n + 1) of \(pages.count)") == true)
            #expect(page.last == "OFFICIAL-SENSITIVE")
        }
        for line in text.split(separator: "\n") { #expect(line.count <= 80 || line.contains("\u{0C}")) }
    }

    @Test func controlCharactersInTheDataAreMadeVisible() {
        let text = CaseSheet.text(source, width: 80, pageLines: 0)
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B })
        #expect(CaseSheet.text(source, width: 80, pageLines: 0, styled: true).contains("\u{1B}[1mOVERVIEW\u{1B}[0m"))
    }

    @Test func markdownPutsTheMarkingFirstAndLastAndFencesTheData() {
        var c = Fixture.kestrel
        c.summary = "A summary with ``` in it."
        let md = CaseSheet.markdown(CaseSheet.Source(case: c, meta: Fixture.meta, audit: nil, today: Fixture.today))
        let lines = md.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.isEmpty }
        #expect(lines.first == "**OFFICIAL-SENSITIVE**")
        #expect(lines.last == "**OFFICIAL-SENSITIVE**")
        #expect(md.contains("# OCD-LON-0001 – Operation Kestrel"))
        // Overview holds the summary's ```: its fence is longer; the others keep three.
        #expect(md.contains("## Overview\n\n````text\n"))
        #expect(md.contains("## Defendants\n\n```text\n"))
        #expect(md.contains("The audit trail was not read."))
    }

    @Test func jsonHasTheMarkingTheCaseAndItsHistory() throws {
        let json = CaseSheet.json(source)
        #expect(json.hasPrefix("{\n  \"marking\": \"OFFICIAL-SENSITIVE\",\n  \"case\": {\n    \"id\": \"OCD-LON-0001\""))
        let doc = try JSONParser.parse(json)
        #expect(doc.objectValue?["history"]?.arrayValue?.count == 3)
    }
}

@Suite struct CaseSheetExportTests {
    @Test func exportFileMdOnACaseWritesItsSheetOnceReadableByTheOwnerOnly() throws {
        try withScratchDirectory("casedesk-sheet") { dir in
            let path = dir.appendingPathComponent("kestrel.md").path
            var d = TestDriver()
            d.command("open OCD-LON-0001")
            d.command("export " + path)
            #expect(d.screen.contains("Wrote OCD-LON-0001 (OFFICIAL-SENSITIVE) as markdown to"))
            let text = try String(contentsOfFile: path, encoding: .utf8)
            #expect(text.hasPrefix("**OFFICIAL-SENSITIVE**\n"))
            #expect(text.contains("## History"))
            let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
            #expect(mode == 0o600)
            // A second export does not write over the first (only :export! does).
            d.command("export " + path)
            #expect(d.state.message?.text.hasSuffix(":export! FILE replaces it.") == true)
        }
    }
}
