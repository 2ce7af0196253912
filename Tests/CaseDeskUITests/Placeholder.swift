import Testing
@testable import CaseDeskUI

@Test func placeholderCaseDeskUI() { #expect(Bool(true)) }
