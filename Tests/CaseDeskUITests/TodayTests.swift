import CaseCore
import Foundation
import Testing
import TerminalUI
@testable import CaseDeskUI

/// The UI's "today" and the days it shows come from the one `LocalClock` it is given.
@Suite struct TodayTests {
    static let london = TimeZone(identifier: "Europe/London")!

    @Test func theUITakesTheUsersLocalDateNotTheUTCDay() {
        let clock = LocalClock.fixed(Timestamp(iso: "2026-06-01T23:30:00Z")!, timeZone: Self.london)
        let options = AppOptions(user: "u", themeDirectories: [], keyConfigFile: URL(fileURLWithPath: "/nonexistent"), clock: clock)
        let state = CaseDeskApp.initialState(store: Fixture.store(), options: options, size: Size(width: 80, height: 24))
        #expect(state.today == Day(iso: "2026-06-02"))
    }

    @Test func aNoteIsListedUnderTheLocalDayItWasWritten() {
        var d = TestDriver.editing()
        // Kestrel's second note was written at 2026-11-20T16:05Z: 21 November in Auckland (+13).
        d.state.clock = LocalClock.fixed(Fixture.clock, timeZone: TimeZone(identifier: "Pacific/Auckland")!)
        d.openTab(4)
        d.press(DetailCommand.edit)
        guard case .editing(.picker(let p))? = d.state.overlay else {
            Issue.record("no picker of notes")
            return
        }
        #expect(p.options.map(\.label).contains { $0.hasPrefix("2026-11-21 twalsh") })
    }
}
