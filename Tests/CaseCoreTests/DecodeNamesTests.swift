import Testing
@testable import CaseCore

/// A run of stored summaries decoded with one `DecodeNames` (the UI's warm open, issue 16.2)
/// gives exactly the summaries that were stored, however the names repeat: few distinct ones,
/// more than it remembers, empty and accented ones, long and short crime-type lists.
@Suite struct DecodeNamesTests {
    static let day = Day(year: 2026, month: 11, day: 30)!

    /// Case `n`: its unit, lawyer, court, country and authority come from small vocabularies,
    /// except every 7th case, whose names are its own (past `DecodeNames.limit` in all).
    static func summary(_ n: Int) -> CaseSummary {
        let own = n % 7 == 0
        func name(_ base: String, _ k: Int) -> String { own ? "\(base) \(n) only" : "\(base) \(k % 5)" }
        let types: [CrimeType] = n % 11 == 0 ? Array(CrimeType.allCases.prefix(9)) : [CrimeType.allCases[n % CrimeType.allCases.count]]
        let c = Case(id: "C-\(n)", title: "Operation \(n)", unit: name("Unit with a long name", n),
                     lawyer: n % 3 == 0 ? nil : name("Lawyer", n), caseworker: n % 4 == 0 ? "" : name("Zoë Ångström", n),
                     crimeTypes: types, status: .charged, opened: day,
                     defendants: [Defendant(id: "D1", name: "Person \(n)", nationality: n % 2 == 0 ? nil : name("ES", n), custody: .onBail)],
                     hearings: [Hearing(date: day, court: name("Crown Court at", n), type: .trial)],
                     requests: [InternationalRequest(id: "R1", kind: .mla, direction: .outgoing, country: name("NL", n),
                                                     authority: n % 5 == 0 ? nil : name("Openbaar Ministerie", n),
                                                     legalBasis: "coe1959", status: .sent)],
                     tasks: [CaseTask(id: "T1", title: "Chase", due: day, assignee: name("Lawyer", n), created: day)],
                     updated: Timestamp(seconds: Int64(n)))
        return CaseSummary(c)
    }

    @Test func oneRunDecodesEverySummaryAsStored() {
        let count = 6 * 4096
        var names = DecodeNames(expected: 8)   // grown many times over
        for n in 0..<count {
            let s = Self.summary(n)
            let bytes = ServerStoreSupport.encodeSummary(s)
            let back = bytes.withUnsafeBytes { raw -> CaseSummary? in
                var r = BinaryReader(raw)
                let d = SummaryCache.decodeSummary(&r, names: &names)
                return r.failed || !r.atEnd ? nil : d
            }
            #expect(back == s, "case \(n)")
            if back != s { return }
            // Names come back as the process-wide tables hold them.
            #expect(back?.unit == StringPool.intern(s.unit) && back?.crimeTypes == CrimeTypesPool.intern(s.crimeTypes))
        }
    }

    /// A single summary's decode (a server's row) remembers nothing and gives the same.
    @Test func passingThroughDecodesTheSame() {
        var names = DecodeNames.passThrough()
        for n in 0..<500 {
            let s = Self.summary(n)
            let back = ServerStoreSupport.encodeSummary(s).withUnsafeBytes { raw -> CaseSummary in
                var r = BinaryReader(raw)
                return SummaryCache.decodeSummary(&r, names: &names)
            }
            #expect(back == s, "case \(n)")
            #expect(ServerStoreSupport.decodeSummary(ServerStoreSupport.encodeSummary(s)) == s)
        }
    }

    @Test func aTruncatedEntryFailsInsteadOfGivingANameOfOtherBytes() {
        let bytes = ServerStoreSupport.encodeSummary(Self.summary(1))
        var names = DecodeNames()
        for cut in stride(from: 1, to: bytes.count, by: 3) {
            let failed = bytes.withUnsafeBytes { raw -> Bool in
                var r = BinaryReader(UnsafeRawBufferPointer(rebasing: raw[0..<cut]))
                _ = SummaryCache.decodeSummary(&r, names: &names)
                return r.failed || !r.atEnd
            }
            #expect(failed, "cut at \(cut) of \(bytes.count)")
        }
        // And the run still decodes whole entries right after.
        let whole = bytes.withUnsafeBytes { raw -> CaseSummary in
            var r = BinaryReader(raw)
            return SummaryCache.decodeSummary(&r, names: &names)
        }
        #expect(whole == Self.summary(1))
    }
}
