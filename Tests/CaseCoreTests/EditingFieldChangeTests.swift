import Testing
@testable import CaseCore

@Suite struct EditingFieldChangeTests {
    @Test func changesAreListedByPathWithOldAndNewValues() {
        let old: JSONValue = .object([
            "title": .string("Op Kestrel"), "revision": .number("3"),
            "defendants": .array([.object(["id": .string("D1"), "custody": .string("onBail")])]),
            "hearings": .array([.object(["court": .string("Leeds")])]),
        ])
        let new: JSONValue = .object([
            "title": .string("Operation Kestrel"), "revision": .number("4"), "urn": .string("13AB"),
            "defendants": .array([.object(["id": .string("D1"), "custody": .string("inCustody")])]),
            "hearings": .array([.object(["court": .string("Leeds")]), .object(["court": .string("Hull")])]),
        ])
        let changes = FieldChange.between(old, new)
        #expect(changes.map(\.description) == [
            "defendants[0].custody: \"onBail\" → \"inCustody\"",
            "hearings[1]: added {court: \"Hull\"}",
            "title: \"Op Kestrel\" → \"Operation Kestrel\"",
            "urn: added \"13AB\"",
        ])
        #expect(FieldChange.between(old, old).isEmpty)
        #expect(FieldChange.between(new, old).contains(FieldChange(path: "urn", old: "\"13AB\"", new: nil)))
    }
}
