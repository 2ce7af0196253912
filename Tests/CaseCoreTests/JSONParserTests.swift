import Foundation
import Testing
@testable import CaseCore

@Suite struct JSONParserTests {
    @Test func parsesEveryKindOfValue() throws {
        let v = try JSONParser.parse(#" { "a": [1, -2.5e3, 0, true, false, null], "b": {"c": "d"}, "e": "" } "#)
        #expect(v == .object(["a": .array([.number("1"), .number("-2.5e3"), .number("0"), .bool(true), .bool(false), .null]),
                              "b": .object(["c": .string("d")]), "e": .string("")]))
    }

    @Test func numbersKeepTheirText() throws {
        let v = try JSONParser.parse("[12345678901234567890123, 1.50, -0, 1E+2]")
        #expect(v == .array([.number("12345678901234567890123"), .number("1.50"), .number("-0"), .number("1E+2")]))
    }

    @Test func decodesEscapesAndSurrogatePairs() throws {
        let v = try JSONParser.parse(#"["a\"b\\c\/d\b\f\n\r\t", "\u00e9\u20AC", "\ud83d\ude00", "é€😀"]"#)
        #expect(v == .array([.string("a\"b\\c/d\u{8}\u{c}\n\r\t"), .string("é€"), .string("😀"), .string("é€😀")]))
    }

    @Test func recordsDuplicateKeysWithTheirPath() throws {
        let doc = try JSONParser.parseDocument(Data("{\"a\": [{\"x\": 1,\n \"x\": 2}]}".utf8))
        #expect(doc.value == .object(["a": .array([.object(["x": .number("2")])])]))
        #expect(doc.duplicateKeys.count == 1)
        #expect(doc.duplicateKeys.first?.path == "$.a[0].x")
        #expect(doc.duplicateKeys.first?.line == 2)
        #expect(doc.duplicateKeys.first?.column == 2)
    }

    @Test(arguments: [
        ("{\"a\": 1,\n \"b\" 2}", 2, 6, "expected ':' after the object key \"b\", found '2'"),
        ("{\"a\": 1 \"b\": 2}", 1, 9, "expected ',' or '}' after an object member, found '\"'"),
        ("[1, 2,]", 1, 7, "unexpected ']' after ','; JSON does not allow a trailing comma"),
        ("{\"a\": 1,}", 1, 9, "unexpected '}' after ','; JSON does not allow a trailing comma"),
        ("[1 2]", 1, 4, "expected ',' or ']' after an array element, found '2'"),
        ("\n\n  \"abc", 3, 3, "unterminated string (no closing '\"')"),
        ("[01]", 1, 3, "a number may not start with a leading zero"),
        ("[1.]", 1, 4, "expected a digit after the decimal point"),
        ("[-]", 1, 3, "a number needs a digit after '-'"),
        ("[1e]", 1, 4, "expected a digit in the exponent of a number"),
        ("[tru]", 1, 2, "unexpected word; expected true, false or null"),
        ("\"a\tb\"", 1, 3, "control character U+0009 must be escaped in a string"),
        ("\"\\x\"", 1, 2, "unknown escape '\\x' in a string"),
        ("\"\\ud800x\"", 1, 2, "unpaired surrogate \\uD800 in a string"),
        ("\"\\u12G4\"", 1, 2, "expected four hex digits after \\u"),
        ("{} x", 1, 4, "unexpected 'x' after the end of the JSON document"),
        ("", 1, 1, "the file is empty; expected a JSON value"),
        ("{\"é\": @}", 1, 7, "unexpected '@'; expected a value (object, array, string, number, true, false or null)"),
        ("[1,\n2", 2, 2, "unexpected end of file; expected ',' or ']' after an array element"),
    ])
    func reportsSyntaxErrorsWithLineAndColumn(text: String, line: Int, column: Int, message: String) {
        #expect(throws: JSONSyntaxError(line: line, column: column, offset: offsetOf(line, column, in: text), message: message)) {
            try JSONParser.parse(text)
        }
    }

    private func offsetOf(_ line: Int, _ column: Int, in text: String) -> Int {
        var l = 1, c = 1, o = 0
        for ch in text.unicodeScalars {
            if l == line && c == column { return o }
            if ch == "\n" { l += 1; c = 1 } else { c += 1 }
            o += String(ch).utf8.count
        }
        return o
    }

    @Test func rejectsInvalidUTF8AtTheBadByte() {
        let bytes: [UInt8] = Array("[\"ab".utf8) + [0xC3, 0x28] + Array("\"]".utf8)
        #expect(throws: JSONSyntaxError(line: 1, column: 5, offset: 4, message: "invalid UTF-8 in a string")) {
            try JSONParser.parse(Data(bytes))
        }
    }

    @Test func limitsNesting() {
        let deep = String(repeating: "[", count: JSONParser.maxDepth + 1) + String(repeating: "]", count: JSONParser.maxDepth + 1)
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(deep) }
        let ok = String(repeating: "[", count: JSONParser.maxDepth) + String(repeating: "]", count: JSONParser.maxDepth)
        #expect((try? JSONParser.parse(ok)) != nil)
    }

    @Test func skipsAByteOrderMark() throws {
        #expect(try JSONParser.parse(Data([0xEF, 0xBB, 0xBF] + Array("[1]".utf8))) == .array([.number("1")]))
    }
}
