import Foundation
import Testing
@testable import CaseCore

@Suite struct CodecTests {
    @Test func caseRoundTripsExactly() throws {
        let c = Fixtures.sampleCase()
        let data = CaseCodec.encode(c)
        #expect(try CaseCodec.decode(data: data, fileName: "C-1") == c)
        #expect(CaseCodec.encode(try CaseCodec.decode(data: data, fileName: nil)) == data)
        #expect(data.last == 0x0A)
    }

    @Test func writesKnownKeysInDomainOrder() throws {
        let text = String(decoding: CaseCodec.encode(Fixtures.sampleCase()), as: UTF8.self)
        let keys = ["\"id\"", "\"urn\"", "\"title\"", "\"summary\"", "\"unit\"", "\"lawyer\"", "\"crimeTypes\"",
                    "\"status\"", "\"sensitivity\"", "\"opened\"", "\"defendants\"", "\"revision\"", "\"updated\""]
        let positions = keys.map { text.range(of: "\n  " + $0)?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
    }

    @Test func unknownKeysSurviveAtEveryLevel() throws {
        var json = Fixtures.sampleCase().toJSON().objectValue!
        json["futureTop"] = .object(["x": .array([.number("1.25")])])
        func withExtra(_ v: JSONValue, _ key: String) -> JSONValue {
            var o = v.objectValue!; o[key] = .string("kept"); return .object(o)
        }
        var d = json["defendants"]!.arrayValue!
        var d0 = d[0].objectValue!
        d0["charges"] = .array([withExtra(d0["charges"]!.arrayValue![0], "chargeExtra")])
        d0["confiscation"] = withExtra(d0["confiscation"]!, "confExtra")
        d[0] = withExtra(.object(d0), "defExtra")
        json["defendants"] = .array(d)
        var r = json["requests"]!.arrayValue![0].objectValue!
        r["history"] = .array([withExtra(r["history"]!.arrayValue![0], "histExtra")] + r["history"]!.arrayValue!.dropFirst())
        r["chases"] = .array([withExtra(r["chases"]!.arrayValue![0], "chaseExtra")])
        json["requests"] = .array([withExtra(.object(r), "reqExtra")])
        json["hearings"] = .array([withExtra(json["hearings"]!.arrayValue![0], "hearingExtra")])
        json["notes"] = .array([withExtra(json["notes"]!.arrayValue![0], "noteExtra")])
        let original = JSONValue.object(json)
        let c = try CaseCodec.decode(data: Data(JSONWriter.pretty(original)), fileName: "C-1")
        #expect(c.extra["futureTop"] != nil)
        #expect(c.defendants[0].charges[0].extra["chargeExtra"] == .string("kept"))
        #expect(try JSONParser.parse(CaseCodec.encode(c)) == original)
    }

    @Test func reportsEveryProblemWithItsPath() throws {
        let text = """
        {
          "id": "C-9",
          "title": 5,
          "unit": "OCD-LON",
          "crimeTypes": [],
          "status": "chargedd",
          "sensitivity": "official",
          "opened": "2013-02-30",
          "defendants": [
            {"id": "D1", "name": "A", "custody": "onBail", "outcome": {"category": "guiltyPlea", "date": "13/02/2013"}},
            {"id": "D1", "name": "B", "custody": "onBail", "confiscation": {"stage": "orderMade", "orderPence": 10.5, "benefitPence": -3}}
          ],
          "requests": [
            {"id": "R1", "kind": "mla", "direction": "outgoing", "country": "es", "legalBasis": "comity", "status": "sent",
             "history": [{"status": "sent", "date": "2013-03-01"}, {"status": "draft", "date": "2013-02-01"}]},
            {"id": "R1", "kind": "mla", "direction": "outgoing", "country": "ES", "legalBasis": "comity", "status": "sent",
             "lastChased": "2013-01-01", "chases": [{"date": "2013-02-01"}]}
          ],
          "revision": 0,
          "updated": "yesterday"
        }
        """
        do throws(CaseFileError) {
            _ = try CaseCodec.decode(data: Data(text.utf8), fileName: "C-1", file: "cases/C-1.json")
            Issue.record("expected problems")
        } catch {
            let got = Set(error.problems.map(\.path))
            let expected: Set<String> = [
                "$.id", "$.title", "$.crimeTypes", "$.status", "$.opened",
                "$.defendants[0].outcome.date", "$.defendants[1].id",
                "$.defendants[1].confiscation.orderPence", "$.defendants[1].confiscation.benefitPence",
                "$.requests[0].country", "$.requests[0].history[1].status", "$.requests[0].history[1].date",
                "$.requests[1].id", "$.requests[1].lastChased", "$.updated",
            ]
            #expect(got == expected)
            #expect(error.problems.allSatisfy { $0.file == "cases/C-1.json" })
            let messages = Dictionary(error.problems.map { ($0.path, $0.message) }, uniquingKeysWith: { a, b in a + " | " + b })
            #expect(messages["$.status"] == "unknown case status 'chargedd'; expected one of: preCharge, charged, awaitingTrial, atTrial, awaitingSentence, postConviction, finalised")
            #expect(messages["$.opened"] == "2013-02-30 is not a real date")
            #expect(messages["$.defendants[0].outcome.date"] == "expected a date written YYYY-MM-DD, found \"13/02/2013\"")
            #expect(messages["$.defendants[1].confiscation.orderPence"] == "expected a whole number of pence, found the fraction 10.5")
            #expect(messages["$.defendants[1].confiscation.benefitPence"] == "must not be negative, found -3")
            #expect(messages["$.id"] == "the id \"C-9\" does not match the file name \"C-1.json\"")
            #expect(messages["$.title"] == "expected a string, found a number")
        }
    }

    @Test func reportsMissingRequiredKeysAndSyntaxErrors() throws {
        #expect(throws: CaseFileError(problems: [
            Problem(file: "f", path: "$.crimeTypes", message: "missing required key \"crimeTypes\""),
            Problem(file: "f", path: "$.opened", message: "missing required key \"opened\""),
            Problem(file: "f", path: "$.revision", message: "missing required key \"revision\""),
            Problem(file: "f", path: "$.sensitivity", message: "missing required key \"sensitivity\""),
            Problem(file: "f", path: "$.status", message: "missing required key \"status\""),
            Problem(file: "f", path: "$.title", message: "missing required key \"title\""),
            Problem(file: "f", path: "$.updated", message: "missing required key \"updated\""),
        ])) {
            do throws(CaseFileError) { _ = try CaseCodec.decode(data: Data(#"{"id": "C-1", "unit": "U"}"#.utf8), fileName: "C-1", file: "f") } catch {
                throw CaseFileError(problems: error.problems.sorted { $0.path < $1.path })
            }
        }
        #expect(throws: CaseFileError(problems: [Problem(file: "f", path: "$", line: 2, column: 1,
                                                         message: "unexpected '}'; expected a value")])) {
            try CaseCodec.decode(data: Data("{\"id\":\n}".utf8), fileName: nil, file: "f")
        }
    }

    @Test func storeMetaAndAuditEntriesRoundTrip() throws {
        var m = Fixtures.meta
        m.extra = ["future": .bool(true)]
        #expect(try CaseCodec.decodeMeta(data: CaseCodec.encode(m)) == m)
        let e = AuditEntry(at: Timestamp(seconds: 1_700_000_000), user: "ann", action: "update", case: "C-1",
                           detail: "status, defendants[0].outcome")
        let line = CaseCodec.encodeLine(e)
        #expect(String(decoding: line, as: UTF8.self)
                == #"{"at":"2023-11-14T22:13:20Z","user":"ann","action":"update","case":"C-1","detail":"status, defendants[0].outcome"}"#)
        #expect(try CaseCodec.decodeAuditLine(line) == e)
    }
}
