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

    /// A value's strings are escaped as the store's JSON writer escapes them, so a note with a
    /// carriage return or a control character stays one line in the history.
    @Test func stringsAreEscapedAsJSONWriterEscapesThem() {
        let s = "a\r\nb\u{1}\"\\c\td"
        #expect(FieldChange.compact(.string(s)) == JSONWriter.compactString(.string(s)))
        #expect(FieldChange.compact(.string(s)) == #""a\r\nb\u0001\"\\c\td""#)
    }
}
