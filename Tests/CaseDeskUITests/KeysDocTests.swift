import Foundation
import Testing
@testable import CaseDeskUI

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

    @Test func everyCommandIsDocumented() {
        let doc = KeyReference.markdown()
        for section in KeyTables.sections {
            for command in KeyTables.commands(in: section) ?? [] {
                #expect(doc.contains("`\(section).\(command)`"), "\(section).\(command)")
            }
        }
    }
}
