import Testing
@testable import CaseCore

@Test func placeholderCaseCore() { #expect(Bool(true)) }
