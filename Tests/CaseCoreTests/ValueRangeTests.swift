import Foundation
import Testing
@testable import CaseCore

/// Issue 13.1: a value `check` accepts must be one every command can compute with. Dates
/// outside 1900-01-01…2199-12-31, money over 10^13 pence, counts over a million and revisions
/// over 10^12 are damage, reported at their JSON path (by the decoder and by the validator).
@Suite struct ValueRangeTests {
    /// The sample case as a JSON object, changed by `edit`, decoded.
    func decode(_ edit: (inout [String: Any]) -> Void) -> Result<Case, CaseFileError> {
        var o = try! JSONSerialization.jsonObject(with: CaseCodec.encode(Fixtures.sampleCase())) as! [String: Any]
        edit(&o)
        let data = try! JSONSerialization.data(withJSONObject: o)
        do throws(CaseFileError) { return .success(try CaseCodec.decode(data: data, fileName: "C-1")) } catch { return .failure(error) }
    }

    func problemPaths(_ r: Result<Case, CaseFileError>) -> [String] {
        if case .failure(let e) = r { return e.problems.filter { !$0.isWarning }.map(\.path) }
        return []
    }

    @Test(arguments: ["0001-01-01", "1899-12-31", "2200-01-01", "9999-12-31"])
    func datesOutsideTheWindowAreDamage(_ day: String) {
        let r = decode { $0["opened"] = day }
        #expect(problemPaths(r) == ["$.opened"])
        if case .failure(let e) = r { #expect(e.problems[0].message.contains("1900-01-01 to 2199-12-31"), "\(e)") }
        let nested = decode { o in
            var ds = o["defendants"] as! [[String: Any]]
            ds[0]["outcome"] = ["category": "guiltyPlea", "date": day]
            o["defendants"] = ds
        }
        #expect(problemPaths(nested) == ["$.defendants[0].outcome.date"])
    }

    @Test(arguments: ["1900-01-01", "2199-12-31"])
    func theWindowsEdgesAreAccepted(_ day: String) {
        #expect(problemPaths(decode { $0["opened"] = day }) == [])
    }

    @Test func timestampsOutsideTheWindowAreDamage() {
        #expect(problemPaths(decode { $0["updated"] = "9999-12-31T23:59:59Z" }) == ["$.updated"])
        #expect(problemPaths(decode { $0["updated"] = "2199-12-31T23:59:59Z" }) == [])
    }

    @Test func moneyCountsAndRevisionsAreBounded() {
        func confiscation(_ key: String, _ v: Int) -> Result<Case, CaseFileError> {
            decode { o in
                var ds = o["defendants"] as! [[String: Any]]
                ds[0]["confiscation"] = ["stage": "orderMade", key: v]
                o["defendants"] = ds
            }
        }
        #expect(problemPaths(confiscation("orderPence", Int.max)) == ["$.defendants[0].confiscation.orderPence"])
        #expect(problemPaths(confiscation("orderPence", ValueRanges.maxPence + 1)) == ["$.defendants[0].confiscation.orderPence"])
        #expect(problemPaths(confiscation("orderPence", ValueRanges.maxPence)) == [])
        #expect(problemPaths(confiscation("recoveredPence", ValueRanges.maxPence + 1)) == ["$.defendants[0].confiscation.recoveredPence"])
        #expect(problemPaths(decode { $0["revision"] = Int.max }) == ["$.revision"])
        #expect(problemPaths(decode { $0["revision"] = ValueRanges.maxRevision }) == [])
        let months = decode { o in
            var ds = o["defendants"] as! [[String: Any]]
            ds[0]["sentence"] = ["custodialMonths": ValueRanges.maxCount + 1]
            o["defendants"] = ds
        }
        #expect(problemPaths(months) == ["$.defendants[0].sentence.custodialMonths"])
    }

    @Test func theValidatorHoldsAValueToTheSameRanges() {
        var c = Fixtures.sampleCase()
        c.opened = Day(year: 1, month: 1, day: 1)!
        c.hearings[0].date = Day(year: 9999, month: 12, day: 31)!
        c.defendants[0].confiscation?.orderPence = Int.max
        c.defendants[0].charges[0].count = Int.max
        c.requests[0].chases?[0].date = Day(year: 2500, month: 1, day: 1)!
        c.requests[0].lastChased = Day(year: 2500, month: 1, day: 1)!
        c.notes[0].at = Timestamp(seconds: Int64(Int32.max) * 86_400)
        c.revision = Int.max
        let paths = Set(CaseValidator.problems(of: c, meta: Fixtures.meta).map(\.path))
        #expect(paths == ["$.opened", "$.hearings[0].date", "$.defendants[0].confiscation.orderPence",
                          "$.defendants[0].charges[0].count", "$.requests[0].chases[0].date", "$.requests[0].lastChased",
                          "$.notes[0].at", "$.revision"])
    }

    @Test func storeChaseIntervalIsBounded() {
        let text = #"{"format":"casedesk-store","schemaVersion":1,"name":"x","units":[],"people":[],"chaseIntervalDays":2147483647}"#
        do throws(CaseFileError) {
            _ = try CaseCodec.decodeMeta(data: Data(text.utf8))
            Issue.record("an interval of 2147483647 days was accepted")
        } catch { #expect(error.problems.map(\.path) == ["$.chaseIntervalDays"]) }
    }

    @Test func financialYearsAndDaysAreTotal() {
        // Whatever a period or a key press asks for, no date computation traps.
        for y in [0, 1, 9998, 9999, 10_000] {
            let fy = FinancialYear(startYear: y)
            #expect(fy.firstDay < fy.lastDay)
            #expect(fy.days.contains(fy.firstDay))
        }
        #expect(Day(ordinal: Int32.max - 1).adding(days: Int.max).ordinal == Int32.max)
        #expect(Day(ordinal: 0).adding(days: Int.min).ordinal == Int32.min)
    }
}
