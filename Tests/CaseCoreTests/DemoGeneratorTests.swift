import Testing
@testable import CaseCore
@testable import CaseDemo

@Suite struct DemoGeneratorTests {
    static let today = Day(year: 2026, month: 11, day: 24)!
    static let seeds: [UInt64] = [0, 1, 42, 20_261_124, .max]

    static func store(seed: UInt64, count: Int = DemoGenerator.defaultCaseCount) -> [Case] {
        let g = DemoGenerator(seed: seed, today: today)
        return (0..<count).map { g.makeCase(index: $0) }
    }

    @Test func makeCaseIsAPureFunctionOfSeedAndIndex() {
        let a = DemoGenerator(seed: 7, today: Self.today)
        let b = DemoGenerator(seed: 7, today: Self.today)
        // Different order of generation must not matter: each case has its own stream.
        for i in [59, 0, 12_345, 99_999, 3] {
            #expect(a.makeCase(index: i) == b.makeCase(index: i))
        }
        let other = DemoGenerator(seed: 8, today: Self.today)
        #expect(a.makeCase(index: 100) != other.makeCase(index: 100))
        #expect(a.makeCase(index: 100) != a.makeCase(index: 101))
    }

    @Test(arguments: seeds) func defaultStoreCoversEveryValue(seed: UInt64) {
        let cases = Self.store(seed: seed)
        let meta = DemoGenerator(seed: seed, today: Self.today).meta
        let defendants = cases.flatMap(\.defendants)
        let requests = cases.flatMap(\.requests)

        #expect(Set(cases.flatMap(\.crimeTypes)) == Set(CrimeType.allCases))
        #expect(Set(cases.map(\.unit)) == Set(meta.units.map(\.id)))
        #expect(Set(cases.map(\.status)) == Set(CaseStatus.allCases))
        #expect(Set(cases.map(\.sensitivity)) == Set(Sensitivity.allCases))
        #expect(Set(defendants.flatMap(\.ancillaryOrders).map(\.type)) == Set(AncillaryOrderType.allCases))
        #expect(Set(defendants.compactMap(\.confiscation?.stage)) == Set(ConfiscationStage.allCases))
        #expect(Set(defendants.compactMap(\.outcome?.category)) == Set(OutcomeCategory.allCases))
        #expect(Set(defendants.map(\.custody)) == Set(Custody.allCases))
        #expect(Set(cases.flatMap(\.hearings).map(\.type)) == Set(HearingType.allCases))
        #expect(Set(requests.map(\.kind)) == Set(RequestKind.allCases))
        #expect(Set(requests.map(\.status)) == Set(RequestStatus.allCases))
        #expect(Set(requests.map(\.direction)) == Set(RequestDirection.allCases))
        #expect(Set(requests.map(\.legalBasis)).isSuperset(of: ["untoc2000", "coe1959", "eu2000", "bilateralTreaty"]))
        #expect(defendants.contains { $0.sentence?.suspended == true })
        #expect(defendants.contains { $0.sentence?.isCustodial == true })

        // Outcomes across financial years, from 2010-2011 on.
        let years = Set(defendants.compactMap { $0.outcome?.date }.map { $0.month >= 4 ? $0.year : $0.year - 1 })
        #expect(years.min()! <= 2012 && years.max()! >= 2024 && years.count >= 8)

        // The MLA board has overdue and to-chase requests, and open ones that are neither.
        let open = requests.filter { $0.status.isOpen && $0.sent != nil }
        #expect(open.contains { Self.isOverdue($0) })
        #expect(open.contains { Self.isToChase($0, interval: meta.chaseIntervalDays) })
        #expect(open.contains { !Self.isOverdue($0) && !Self.isToChase($0, interval: meta.chaseIntervalDays) })
        #expect(requests.contains { !($0.chases ?? []).isEmpty })

        // Names in several scripts: Latin with diacritics, Greek, Cyrillic, Han and Arabic.
        let scalars = defendants.flatMap { $0.name.unicodeScalars.map(\.value) }
        #expect(scalars.contains { (0x00C0...0x024F).contains($0) })
        #expect(scalars.contains { (0x0370...0x03FF).contains($0) })
        #expect(scalars.contains { (0x0400...0x04FF).contains($0) })
        #expect(scalars.contains { (0x4E00...0x9FFF).contains($0) })
        #expect(scalars.contains { (0x0600...0x06FF).contains($0) })
    }

    static func isOverdue(_ r: InternationalRequest) -> Bool {
        r.status.isOpen && (r.due.map { today > $0 } ?? false)
    }
    static func isToChase(_ r: InternationalRequest, interval: Int) -> Bool {
        guard r.status.isOpen, r.status != .draft, let since = r.lastChased ?? r.sent else { return false }
        return since.days(to: today) >= interval
    }

    /// Cases survive the store's codec unchanged, and average about 4 KB of JSON, so a
    /// 100,000-case store is about 400 MB as `domain.md` plans for.
    @Test func casesRoundTripThroughTheCodecAtAboutFourKilobytes() throws {
        let g = DemoGenerator(seed: 11, today: Self.today)
        var bytes = 0
        let indices = Array(stride(from: 0, to: 20_000, by: 37))
        for i in indices {
            let c = g.makeCase(index: i)
            let data = CaseCodec.encode(c)
            bytes += data.count
            #expect(try CaseCodec.decode(data: data, fileName: c.id) == c)
        }
        let average = bytes / indices.count
        #expect((3_000...5_500).contains(average), "average case size \(average) bytes")
    }

    @Test func metaHasUniqueUnitsAndPeopleInEveryRole() {
        let meta = DemoGenerator(seed: 1, today: Self.today).meta
        #expect(Set(meta.units.map(\.id)).count == meta.units.count)
        #expect(Set(meta.people.map(\.id)).count == meta.people.count)
        #expect(Set(meta.people.map(\.role)) == Set(PersonRole.allCases))
        for id in ["OCD-LON", "OCD-BHM", "OCD-NTH", "INTL"] { #expect(meta.unit(id) != nil) }
        #expect(meta.units.contains { $0.kind == .specialistFraud })
        #expect(meta.units.filter { $0.kind == .complexCaseworkUnit }.count >= 3)
        #expect(meta.people.allSatisfy { Case.isValidID($0.id) })
    }

    @Test(arguments: seeds) func casesAreInternallyConsistent(seed: UInt64) {
        let g = DemoGenerator(seed: seed, today: Self.today)
        let indices = Array(0..<200) + Array(stride(from: 1_000, to: 100_000, by: 4_999))
        var requestIDs = Set<String>()
        for i in indices {
            let c = g.makeCase(index: i)
            let problems = DemoConsistency.problems(in: c, meta: g.meta, today: Self.today)
            #expect(problems.isEmpty, "case \(i) (\(c.id)): \(problems)")
            // The store's own validator: not even a warning.
            let invalid = CaseValidator.problems(of: c, meta: g.meta)
            #expect(invalid.isEmpty, "case \(i) (\(c.id)): \(invalid)")
            for r in c.requests { #expect(requestIDs.insert(r.id).inserted, "request id \(r.id) repeated") }
        }
    }
}
