import CaseCore
import Testing

/// Who the audit names (issue 18 tryout: with no $USER the audit said "unknown" though the
/// account was known).
@Suite struct AuditUserTests {
    @Test func theFirstNonEmptyNameWins() {
        let env = ["CASEDESK_USER": "env-user", "USER": "login-env"]
        #expect(AuditUser.resolve(explicit: "flag", environment: env, login: { "acct" }) == "flag")
        #expect(AuditUser.resolve(explicit: "", environment: env, login: { "acct" }) == "env-user")
        #expect(AuditUser.resolve(environment: ["CASEDESK_USER": "", "USER": "login-env"], login: { "acct" }) == "login-env")
    }

    @Test func noUserVariableNamesTheAccount() {
        #expect(AuditUser.resolve(environment: [:], login: { "shughes" }) == "shughes")
        #expect(AuditUser.resolve(environment: ["USER": ""], login: { "shughes" }) == "shughes")
    }

    @Test func noNameAtAllIsUnknownNotAFailure() {
        #expect(AuditUser.resolve(environment: [:], login: { nil }) == "unknown")
        #expect(AuditUser.resolve(environment: [:], login: { "" }) == "unknown")
    }

    @Test func thisProcessHasALoginName() {
        // The test runs as some account with a password entry (root in CI).
        let name = AuditUser.loginName()
        #expect(name.map { !$0.isEmpty } == true)
    }
}
