import Testing
import TerminalUI
@testable import CaseDeskUI

/// The header names every screen its digit reaches, so a screen cannot be added (as People
/// was, with 6) and left out of the header, where a user looks for what there is and clicks.
@Suite struct HeaderTabsTests {
    static let screenCommands: [GlobalCommand] = GlobalCommand.allCases.filter { $0.group == "Screens" }

    @Test(arguments: [Size(width: 80, height: 24), Size(width: 140, height: 40)])
    func everyScreenDigitHasItsTab(_ size: Size) {
        for command in Self.screenCommands {
            guard case .char(let digit)? = command.defaultKeys.first else {
                Issue.record("\(command) has no digit"); continue
            }
            var d = TestDriver(store: Fixture.store(), size: size)
            d.press(command)
            let header = d.screen.split(separator: "\n", omittingEmptySubsequences: false)[0]
            guard let tab = AppChrome.tabs.first(where: { $0.command == command }) else {
                Issue.record("no header tab for \(command) (key \(digit))"); continue
            }
            #expect(tab.label.hasPrefix("\(digit) "), "\(command)'s tab is labelled with another key")
            #expect(header.contains(tab.label), "\(size.width)x\(size.height): the header has no \(tab.label)")
            // A click on the tab reaches the screen, wherever the tab is drawn.
            let x = header.distance(from: header.startIndex, to: header.range(of: tab.label)!.lowerBound)
            #expect(AppChrome.tab(at: x, width: size.width) == command)
        }
    }
}
