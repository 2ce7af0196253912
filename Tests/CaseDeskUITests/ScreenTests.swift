import Foundation
import Testing
import TerminalUI
@testable import CaseDeskUI

/// Every scenario (Support/Scenarios.swift) at both sizes, compared with its expected screen,
/// Screens/SCENARIO-WxH.txt. The expected screens are data, not code: recorded with
/// CASEDESK_RECORD=DIR (every screen compared is written to DIR/NAME.txt), read line by line
/// against Support/Fixture.swift, then copied here; a change shows in review as a text diff.
@Suite struct ScreenTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 140, height: 40)]
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Screens")

    /// The expected screen NAME, without the file's last newline; nil when there is none.
    static func expected(_ name: String) -> String? {
        guard let text = try? String(contentsOf: directory.appendingPathComponent(name + ".txt"), encoding: .utf8) else {
            return nil
        }
        return text.hasSuffix("\n") ? String(text.dropLast()) : text
    }

    @Test(arguments: Scenario.allCases, sizes)
    func screen(_ scenario: Scenario, _ size: Size) {
        let name = "\(scenario.rawValue)-\(size.width)x\(size.height)"
        let d = scenario.run(size: size)
        guard let expected = Self.expected(name) else {
            Issue.record("no expected screen \(name) in \(Self.directory.path)")
            if let dir = ProcessInfo.processInfo.environment["CASEDESK_RECORD"] {
                try? d.screen.write(toFile: dir + "/" + name + ".txt", atomically: true, encoding: .utf8)
            }
            return
        }
        expectScreen(d.screen, expected, name)
    }

    /// Every file in Screens/ is a scenario's, so none is left behind when a scenario goes.
    @Test func everyExpectedScreenIsCompared() throws {
        let names = Set(Scenario.allCases.flatMap { s in Self.sizes.map { "\(s.rawValue)-\($0.width)x\($0.height).txt" } })
        let files = Set(try FileManager.default.contentsOfDirectory(atPath: Self.directory.path))
        #expect(files.subtracting(names).sorted() == [], "files in Screens/ that no scenario compares")
        #expect(names.subtracting(files).sorted() == [], "scenarios with no expected screen")
    }
}
