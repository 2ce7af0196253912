import Foundation
import Testing
@testable import CaseDeskUI
import TerminalUI

/// docs/keys.md must be what the live key tables generate.
@Suite struct KeysDocTests {
    static let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/keys.md")

    @Test func keysDocIsUpToDate() throws {
        let generated = KeyReference.markdown()
        if ProcessInfo.processInfo.environment["CASEDESK_WRITE_KEYS_DOC"] == "1" {
            try generated.write(to: Self.path, atomically: true, encoding: .utf8)
        }
        let onDisk = try String(contentsOf: Self.path, encoding: .utf8)
        #expect(onDisk == generated, "docs/keys.md is out of date: run CASEDESK_WRITE_KEYS_DOC=1 swift test --filter KeysDocTests")
    }

    /// The committed docs/keys.md (not a doc generated now from the same tables) names every
    /// command of the tables, and no command the tables do not have.
    @Test func everyCommandIsDocumented() throws {
        let committed = try String(contentsOf: Self.path, encoding: .utf8)
        var documented = Set<String>()
        for line in committed.split(separator: "\n") where line.hasPrefix("|") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            if cells.count >= 2, cells[1].hasPrefix("`"), cells[1].hasSuffix("`") {
                documented.insert(String(cells[1].dropFirst().dropLast()))
            }
        }
        var inTables = Set<String>()
        for section in KeyTables.sections {
            for command in KeyTables.commands(in: section) ?? [] { inTables.insert("\(section).\(command)") }
        }
        #expect(inTables.subtracting(documented).sorted() == [], "in the key tables, missing from docs/keys.md")
        #expect(documented.subtracting(inTables).sorted() == [], "in docs/keys.md, not in the key tables")
    }

    /// The keys the design promises (shared/design/ux.md, "Keys"), written out here by hand:
    /// each does on the Cases screen what the design says, with the default tables.
    @Test(arguments: [
        ("j", "cases.down"), ("k", "cases.up"), ("down", "cases.down"), ("up", "cases.up"),
        ("g", "cases.top"), ("G", "cases.bottom"), ("home", "cases.top"), ("end", "cases.bottom"),
        ("pgup", "cases.pageUp"), ("pgdn", "cases.pageDown"), ("ctrl-u", "cases.pageUp"), ("ctrl-d", "cases.pageDown"),
        ("enter", "cases.open"), ("l", "cases.open"), ("esc", "cases.back"), ("h", "cases.back"), ("q", "global.quit"),
        ("tab", "cases.nextPane"), ("shift-tab", "cases.prevPane"),
        ("1", "global.cases"), ("2", "global.board"), ("3", "global.dashboard"), ("4", "global.helpScreen"),
        ("/", "cases.filter"), ("n", "cases.nextMatch"), ("N", "cases.prevMatch"), ("s", "cases.sort"), ("S", "cases.reverseSort"),
        ("f", "cases.quickFilter"), ("a", "cases.add"), ("e", "cases.edit"), ("d", "cases.delete"), ("E", "cases.editJSON"),
        ("c", "cases.chase"), (">", "cases.advance"), ("u", "cases.undo"), (":", "global.commandLine"),
        ("r", "global.reload"), ("ctrl-l", "global.redraw"), ("ctrl-c", "global.forceQuit"),
    ])
    func theDesignsKeysDoWhatItSays(_ keyName: String, _ command: String) throws {
        let key = try #require(KeySpec.parse(keyName), "\(keyName)")
        let tables = KeyTables.defaults
        let bound = tables.cases.command(for: key).map { "cases.\($0.rawValue)" }
            ?? tables.global.command(for: key).map { "global.\($0.rawValue)" }
        #expect(bound == command, "\(keyName)")
    }
}
