import Testing
import CaseCore
import TerminalUI
@testable import CaseDeskUI

/// The board's Kind column is five columns wide: every kind's short name fits it whole, so
/// none is cut to "TCA …" (found at 80x24 on the demo store).
@Suite struct RequestKindShortTests {
    @Test func everyShortKindFitsTheBoardsColumn() {
        for kind in RequestKind.allCases {
            #expect(TextWidth.of(kind.short) <= 5, "\(kind) shows as \(kind.short)")
        }
    }
}
