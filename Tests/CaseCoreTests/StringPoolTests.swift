import Testing
@testable import CaseCore

/// Names that repeat from case to case are held once in memory (issue 16.4), whichever way a
/// summary is made — from a case, or field by field as the summary cache and the server's
/// rows make them — and the summaries stay equal to those made without sharing.
@Suite struct StringPoolTests {
    static let day = Day(year: 2026, month: 11, day: 30)!

    /// Where a string's bytes are: equal for two strings sharing one storage.
    static func storage(_ s: String?) -> UnsafeRawPointer? {
        s?.utf8.withContiguousStorageIfAvailable { UnsafeRawPointer($0.baseAddress) } ?? nil
    }

    /// A new string each call, equal to `s` but in storage of its own.
    static func fresh(_ s: String) -> String { String(decoding: Array(s.utf8), as: UTF8.self) }

    static func aCase(_ id: String) -> Case {
        var c = Case(id: id, title: "Operation \(id)", unit: fresh("Organised Crime Division North"), lawyer: fresh("prosecutor-long-id-01"),
                     crimeTypes: [.fraud], status: .charged, opened: day, updated: Timestamp(seconds: 0))
        c.hearings = [Hearing(date: day, court: fresh("Southwark Crown Court"), type: .trial)]
        c.requests = [InternationalRequest(id: "R1", kind: .mla, direction: .outgoing, country: "NL",
                                           authority: fresh("Openbaar Ministerie Rotterdam"), legalBasis: "coe1959", status: .sent)]
        return c
    }

    @Test func summariesOfTwoCasesShareTheirRepeatedNames() {
        let a = CaseSummary(Self.aCase("C-1")), b = CaseSummary(Self.aCase("C-2"))
        #expect(Self.storage(a.hearings[0].court) != nil)
        #expect(Self.storage(a.hearings[0].court) == Self.storage(b.hearings[0].court))
        #expect(Self.storage(a.unit) == Self.storage(b.unit))
        #expect(Self.storage(a.lawyer) == Self.storage(b.lawyer))
        #expect(Self.storage(a.requests[0].authority) == Self.storage(b.requests[0].authority))
    }

    /// The summary cache and a server's rows set each field of a template: the setters share too.
    @Test func namesSetFieldByFieldAreSharedAndTheSummaryEqual() {
        let original = CaseSummary(Self.aCase("C-1"))
        var s = CaseSummary(Self.aCase("C-1"))
        s.unit = Self.fresh(s.unit)
        s.hearings = [HearingSummary(date: Self.day, type: .trial, court: Self.fresh("Southwark Crown Court"))]
        s.hearings[0].court = Self.fresh("Southwark Crown Court")
        s.requests[0].authority = Self.fresh("Openbaar Ministerie Rotterdam")
        #expect(s == original)
        #expect(Self.storage(s.unit) == Self.storage(original.unit))
        #expect(Self.storage(s.hearings[0].court) == Self.storage(original.hearings[0].court))
        #expect(Self.storage(s.requests[0].authority) == Self.storage(original.requests[0].authority))
    }

    @Test func shortStringsAreLeftAsTheyAre() {
        #expect(StringPool.intern("NL") == "NL")
        #expect(StringPool.intern(nil as String?) == nil)
        let long = Self.fresh("a name of more than fifteen bytes, not seen before \(#line)")
        #expect(StringPool.intern(long) == long)
    }

    /// A confiscation held behind a reference reads, compares and changes as a value.
    @Test func aDefendantsConfiscationIsAValue() {
        var c = Self.aCase("C-1")
        c.defendants = [Defendant(id: "D1", name: "A", custody: .onBail,
                                  confiscation: Confiscation(stage: .orderMade, orderPence: 500, extra: ["x": .string("y")]))]
        let a = CaseSummary(c)
        var b = a
        #expect(b.defendants[0].confiscation == Confiscation(stage: .orderMade, orderPence: 500))
        b.defendants[0].confiscation?.orderPence = 600
        #expect(a.defendants[0].confiscation?.orderPence == 500)
        #expect(a != b)
        b.defendants[0].confiscation?.orderPence = 500
        #expect(a == b)
        b.defendants[0].confiscation = nil
        #expect(b.defendants[0].confiscation == nil && a != b)
    }
}
