import Testing
@testable import CaseCore

/// The summaries' compact storage (issue 16.4): each public property reads back what was set,
/// nil included, and `==` compares what the properties say.
@Suite struct CompactSummaryTests {
    static let day = Day(year: 2026, month: 11, day: 30)!

    @Test func theStridesStaySmall() {
        #expect(MemoryLayout<HearingSummary>.stride == 8)
        #expect(MemoryLayout<RequestSummary>.stride <= 72)
        #expect(MemoryLayout<DefendantSummary>.stride <= 72)
        #expect(MemoryLayout<CaseSummary>.stride <= 176)
        #expect(MemoryLayout<AncillarySummary>.stride <= 12)
    }

    @Test func optionalFieldsReadBackWhatWasSet() {
        var r = RequestSummary(InternationalRequest(id: "R1", kind: .mla, direction: .outgoing, country: "NL",
                                                     legalBasis: "coe1959", status: .draft))
        #expect(r.sent == nil && r.due == nil && r.lastChased == nil && r.executed == nil && r.statusDate == nil)
        #expect(r.authority == nil && r.liaison == nil && r.country == "NL" && r.chaseCount == 0)
        r.sent = Self.day; r.due = ValueRanges.firstDay; r.lastChased = ValueRanges.lastDay
        r.authority = "Openbaar Ministerie"; r.liaison = ""; r.chaseCount = 7
        #expect(r.sent == Self.day && r.due == ValueRanges.firstDay && r.lastChased == ValueRanges.lastDay)
        #expect(r.executed == nil && r.authority == "Openbaar Ministerie" && r.liaison == "" && r.chaseCount == 7)
        r.liaison = nil
        #expect(r.liaison == nil)

        var d = DefendantSummary(Defendant(id: "D1", name: "A", custody: .onBail))
        #expect(d.nationality == nil && d.outcomeDate == nil && d.custodialMonths == nil)
        d.custodialMonths = 0; d.outcomeDate = Self.day; d.nationality = "ES"
        #expect(d.custodialMonths == 0 && d.outcomeDate == Self.day && d.nationality == "ES")
        d.custodialMonths = ValueRanges.maxCount
        #expect(d.custodialMonths == ValueRanges.maxCount)

        var s = CaseSummary(Case(id: "C-1", title: "t", unit: "u", crimeTypes: [.fraud, .other], status: .charged,
                                 opened: Self.day, updated: Timestamp(seconds: 0)))
        #expect(s.finalised == nil && s.noteCount == 0 && s.crimeTypes == [.fraud, .other])
        s.finalised = Self.day; s.noteCount = 12
        #expect(s.finalised == Self.day && s.noteCount == 12)

        let a = AncillarySummary(type: .other, made: Self.day)
        #expect(a.expires == nil && AncillarySummary(type: .other, made: Self.day, expires: Self.day).expires == Self.day)
    }

    @Test func equalityIsThePropertiesEquality() {
        let fresh = StringPoolTests.fresh
        let a = HearingSummary(date: Self.day, type: .trial, court: fresh("Leeds Crown Court"))
        var b = HearingSummary(date: Self.day, type: .trial, court: fresh("Leeds Crown Court"))
        #expect(a == b && b.court == "Leeds Crown Court")
        b.court = "Leeds Magistrates' Court"
        #expect(a != b && b.court == "Leeds Magistrates' Court")
        b.court = "Leeds Crown Court"
        #expect(a == b)
        // Names of up to 15 bytes (inline in a String) get codes too.
        #expect(HearingSummary(date: Self.day, type: .plea, court: "A").court == "A")
        let a1 = HearingSummary(date: Self.day, type: .plea, court: "A")
        let b1 = HearingSummary(date: Self.day, type: .plea, court: "B")
        #expect(a1 != b1)
    }

    /// Codes are made from many threads at once (the cache decode's workers): each name gets
    /// one code, and every thread reads back its own names.
    @Test func namesCodedFromManyThreadsReadBack() async {
        let names = (0..<2_000).map { "court \($0) \(#line)" }
        let results = await withTaskGroup(of: Bool.self) { group in
            for t in 0..<8 {
                group.addTask {
                    var ok = true
                    for (k, n) in names.enumerated() where (k + t) % 3 != 0 {
                        let h = HearingSummary(date: Self.day, type: .trial, court: n)
                        ok = ok && h.court == n && h == HearingSummary(date: Self.day, type: .trial, court: n)
                    }
                    return ok
                }
            }
            var all: [Bool] = []
            for await r in group { all.append(r) }
            return all
        }
        #expect(results.allSatisfy { $0 })
        #expect(Set(names.map { NameTable.code($0) }).count == names.count)
    }
}
