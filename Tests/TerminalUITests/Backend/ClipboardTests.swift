import Foundation
import Testing
@testable import TerminalUI

@Suite struct ClipboardTests {
    @Test func osc52CarriesTheTextInBase64() {
        for text in ["", "a", "ab", "abc", "OCD-LON-0001", "Zürich · 日本"] {
            let want = Data(text.utf8).base64EncodedString()
            #expect(ClipboardMode.osc52(text) == "\u{1B}]52;c;" + want + "\u{07}")
        }
    }

    @Test func autoIsOnOnlyWhereTheTerminalIsKnownToTakeIt() {
        #expect(ClipboardMode.auto.access(term: "xterm-256color", environment: ["TMUX": "/tmp/tmux-0/default,1,0"]) == .osc52)
        #expect(ClipboardMode.auto.access(term: "xterm-kitty", environment: [:]) == .osc52)
        #expect(ClipboardMode.auto.access(term: "xterm-256color", environment: ["WT_SESSION": "x"]) == .osc52)
        #expect(ClipboardMode.auto.access(term: "xterm-256color", environment: ["TERM_PROGRAM": "iTerm.app"]) == .osc52)
        guard case .off(let why) = ClipboardMode.auto.access(term: "linux", environment: [:]) else {
            Issue.record("the Linux console has no clipboard")
            return
        }
        #expect(why.contains("options.clipboard = on"))
        #expect(ClipboardMode.on.access(term: "linux", environment: [:]) == .osc52)
        #expect(ClipboardMode.off.access(term: "xterm-kitty", environment: [:]) != .osc52)
    }
}
