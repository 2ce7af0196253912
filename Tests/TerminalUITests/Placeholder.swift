import Testing
@testable import TerminalUI

@Test func placeholderTerminalUI() { #expect(Bool(true)) }
