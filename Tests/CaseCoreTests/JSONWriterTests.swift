import Foundation
import Testing
@testable import CaseCore

@Suite struct JSONWriterTests {
    /// Known keys in their order, then the others as they stand in the object (issue 14: keys a
    /// newer program wrote are written back where they were, no longer sorted).
    @Test func prettyOutputIsDeterministicWithKnownKeysFirst() {
        let order = KeyOrder(["id", "name", "items"], children: ["items": KeyOrder(["b", "a"])])
        let v: JSONValue = .object(["zeta": .bool(true), "name": .string("x"), "id": .number("1"), "alpha": .null,
                                    "items": .array([.object(["a": .number("1"), "b": .number("2")])]), "empty": .array([]),
                                    "obj": .object([:])])
        let expected = """
        {
          "id": 1,
          "name": "x",
          "items": [
            {
              "b": 2,
              "a": 1
            }
          ],
          "zeta": true,
          "alpha": null,
          "empty": [],
          "obj": {}
        }

        """
        #expect(JSONWriter.prettyString(v, order: order) == expected)
    }

    @Test func escapesStringsAndKeepsUnicode() {
        let s = "q\"b\\n\nt\tc\u{1}\u{1f}é😀"
        #expect(JSONWriter.compactString(.string(s)) == #""q\"b\\n\nt\tc\u0001\u001fé😀""#)
    }

    @Test func roundTripsThroughTheParser() throws {
        let v: JSONValue = .object(["a": .array([.string("x\u{0}y"), .number("-1.5e-3"), .bool(false)]),
                                    "b": .object(["c": .string("\u{2028}é")]), "d": .null])
        #expect(try JSONParser.parse(Data(JSONWriter.pretty(v))) == v)
        #expect(try JSONParser.parse(Data(JSONWriter.compact(v))) == v)
        #expect(JSONWriter.compactString(v) == #"{"a":["x\u0000y",-1.5e-3,false],"b":{"c":"\#u{2028}é"},"d":null}"#)
    }
}
