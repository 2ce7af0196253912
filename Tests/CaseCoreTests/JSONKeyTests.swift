import Foundation
import Testing
@testable import CaseCore

/// Issue 14: keys are compared by their bytes, keys this program does not know keep their
/// place, and a number too large for a whole number is named as such.
@Suite struct JSONKeyTests {
    static let nfc = "caf\u{E9}"        // é precomposed
    static let nfd = "cafe\u{301}"      // e + combining acute

    @Test func precomposedAndDecomposedKeysAreTwoKeys() throws {
        #expect(Self.nfc == Self.nfd)   // Swift's String equality: canonical equivalence
        let text = "{\"\(Self.nfc)\": 1, \"\(Self.nfd)\": 2}"
        let doc = try JSONParser.parseDocument(Data(text.utf8))
        #expect(doc.duplicateKeys.isEmpty)
        guard case .object(let o) = doc.value else { Issue.record("not an object"); return }
        #expect(o.count == 2)
        #expect(o[Self.nfc] == .number("1"))
        #expect(o[Self.nfd] == .number("2"))
        // And both are written back.
        let written = JSONWriter.compactString(doc.value)
        #expect(Array(written.utf8) == Array(text.replacingOccurrences(of: " ", with: "").utf8))
    }

    @Test func aRealDuplicateIsStillOne() throws {
        let doc = try JSONParser.parseDocument(Data("{\"\(Self.nfd)\": 1, \"\(Self.nfd)\": 2}".utf8))
        #expect(doc.duplicateKeys.count == 1)
    }

    @Test func unknownKeysKeepTheirOrderOnResave() throws {
        var text = String(decoding: CaseCodec.encode(Fixtures.sampleCase()), as: UTF8.self)
        let close = try #require(text.lastIndex(of: "}"))
        text.replaceSubrange(close...close, with: #", "zeta": 1, "alpha": {"y": 1, "b": 2}, "mid": 3}"#)
        let c = try CaseCodec.decode(data: Data(text.utf8), fileName: "C-1")
        let resaved = String(decoding: CaseCodec.encode(c), as: UTF8.self)
        let z = try #require(resaved.range(of: "\"zeta\"")), a = try #require(resaved.range(of: "\"alpha\"")),
            m = try #require(resaved.range(of: "\"mid\""))
        #expect(z.lowerBound < a.lowerBound && a.lowerBound < m.lowerBound, "\(resaved)")
        // Inside an unknown value too.
        let y = try #require(resaved.range(of: "\"y\"")), b = try #require(resaved.range(of: "\"b\""))
        #expect(y.lowerBound < b.lowerBound)
    }

    func intProblem(_ text: String) -> String? {
        let cx = DecodeContext(file: nil)
        _ = cx.int(["n": .number(text)], "n")
        return cx.problems.first?.message
    }

    @Test func aHugeWholeNumberIsTooLargeNotAFraction() {
        #expect(intProblem("1e400") == ValueRanges.tooLarge("1e400", maximum: ValueRanges.maxCount))
        #expect(intProblem("2.5E+30") == ValueRanges.tooLarge("2.5E+30", maximum: ValueRanges.maxCount))
    }

    @Test(arguments: ["1.5", "15e-1", "1e-400", "-0.25"])
    func aFractionIsAFraction(_ text: String) {
        #expect(intProblem(text) == "expected a whole number, found the fraction \(text)")
    }

    @Test(arguments: ["1e3", "1.0", "20E-1"])
    func aWholeNumberWithAnExponentSaysSo(_ text: String) {
        #expect(intProblem(text) == "expected a whole number written in digits only, found \(text)")
    }
}
