import Testing
@testable import CaseCore

@Suite struct CountriesTests {
    @Test func holdsEveryAssignedCode() {
        #expect(Countries.codes.count == 249)
        #expect(Countries.codes.allSatisfy { $0.count == 2 && $0.allSatisfy { $0.isASCII && $0.isUppercase } })
        #expect(Countries.codes == Countries.codes.sorted())
        #expect(Countries.name(of: "ES") == "Spain")
        #expect(Countries.name(of: "XK") == nil)
        #expect(Countries.isKnown("ZW") && Countries.isKnown("AX") && !Countries.isKnown("UK"))
    }

    @Test func searchesByNamePrefix() {
        #expect(Countries.search(prefix: "spa") == ["ES"])
        #expect(Countries.search(prefix: "es").first == "ES")        // the code itself comes first
        #expect(Countries.search(prefix: "Nether") == ["NL"])
        #expect(Countries.search(prefix: "kingdom") == ["GB"])        // a later word
        #expect(Countries.search(prefix: "cote") == ["CI"])           // accent-insensitive
        #expect(Countries.search(prefix: "").isEmpty)
        let united = Countries.search(prefix: "united")
        #expect(united == ["AE", "GB", "US", "UM"])                   // alphabetical by name
        #expect(Countries.search(prefix: "s", limit: 3).count == 3)
    }

    /// The one check both the board view's `country` and `casedesk requests --country` use.
    @Test func parsesTypedCodes() throws {
        #expect(try Countries.parse(["es", "FR", "Es"]) == ["ES", "FR"])
        #expect(try Countries.parse([]) == [])
        #expect(throws: Countries.UnknownCode(typed: "uk")) { try Countries.parse(["ES", "uk", "XX"]) }
        #expect(Countries.UnknownCode(typed: "XX").message == "\"XX\" is not an ISO country code")
    }

    @Test func codeFromName() {
        #expect(Countries.code(named: "spain") == "ES")
        #expect(Countries.code(named: "Réunion") == "RE")
        #expect(Countries.code(named: "Atlantis") == nil)
    }
}
