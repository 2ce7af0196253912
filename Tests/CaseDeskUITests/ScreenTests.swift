import Foundation
import Testing
import TerminalUI
@testable import CaseDeskUI

/// Every scenario at both sizes, compared with the expected screens in ExpectedScreens.swift.
@Suite struct ScreenTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 140, height: 40)]

    @Test(arguments: Scenario.allCases, sizes)
    func screen(_ scenario: Scenario, _ size: Size) {
        let name = "\(scenario.rawValue)-\(size.width)x\(size.height)"
        let d = scenario.run(size: size)
        guard let expected = ExpectedScreens.all[name] else {
            Issue.record("no expected screen \(name)")
            if let dir = ProcessInfo.processInfo.environment["CASEDESK_RECORD"] {
                try? d.screen.write(toFile: dir + "/" + name + ".txt", atomically: true, encoding: .utf8)
            }
            return
        }
        expectScreen(d.screen, expected, name)
    }
}
