/// A saved case put back into an index without reading the other summaries: its records are
/// spliced in, and every cube already built is updated by walking only that case (its old
/// records taken out, its new ones put in). What a build over the changed summaries gives —
/// `MeasureIndexReplacingTests` holds every report of both to each other.
extension MeasureIndex {
    /// The index with summary `index` changed from `old` to `new` (same id, same place; no
    /// summary added or removed), its cubes for `today` carried over. Nil when only a full
    /// build can tell: the case names a unit, lawyer or country the index does not number, or
    /// one of its days is (or would become) the first or last day the index spans.
    public func replacing(_ index: Int, old: CaseSummary, new: CaseSummary, today: Day) -> MeasureIndex? {
        guard index < cases.count, caseIDs[index] == new.id, old.id == new.id else { return nil }
        let numbers = groupNumbers
        let c = Int32(index)
        guard let before = MeasureIndex.records(old, caseIndex: c, numbers),
              let after = MeasureIndex.records(new, caseIndex: c, numbers),
              days.keeps(replacing: before.days, with: after.days) else { return nil }

        var cases = self.cases, caseCountries = self.caseCountries
        let start = Int(cases[index].countryStart), end = Int(cases[index].countryEnd)
        caseCountries.replaceSubrange(start..<end, with: after.countries)
        var record = after.record
        record.countryStart = Int32(start)
        cases[index] = record
        let shift = Int32(after.countries.count - (end - start))
        if shift != 0 {
            for k in (index + 1)..<cases.count { cases[k].countryStart += shift }
        }
        var defendants = self.defendants, confiscations = self.confiscations
        var orders = self.orders, requests = self.requests
        let caseDefendants = Self.range(of: c, in: defendants, \.caseIndex)
        let first = self.confiscations(before: caseDefendants.lowerBound)
        let caseConfiscations = first..<(first + defendants[caseDefendants].filter { $0.stage >= 0 }.count)
        confiscations.replaceSubrange(caseConfiscations, with: after.confiscations)
        defendants.replaceSubrange(caseDefendants, with: after.defendants)
        orders.replaceSubrange(Self.range(of: c, in: orders, \.caseIndex), with: after.orders)
        requests.replaceSubrange(Self.range(of: c, in: requests, \.caseIndex), with: after.requests)
        let updated = MeasureIndex(caseIDs: caseIDs, units: units, lawyers: lawyers, countries: countries,
                                   chaseIntervalDays: chaseIntervalDays, days: days, cases: cases,
                                   caseCountries: caseCountries, defendants: defendants, confiscations: confiscations,
                                   orders: orders, requests: requests)

        // The cubes: this case alone, walked before and after over each cube's layout.
        let single = { (r: CaseRecords) -> MeasureIndex in
            var record = r.record
            record.countryStart = 0
            return MeasureIndex(caseIDs: [new.id], units: units, lawyers: lawyers, countries: countries,
                                chaseIntervalDays: chaseIntervalDays, days: days, cases: [record], caseCountries: r.countries,
                                defendants: r.defendants.map { var d = $0; d.caseIndex = 0; return d },
                                confiscations: r.confiscations,
                                orders: r.orders.map { var o = $0; o.caseIndex = 0; return o },
                                requests: r.requests.map { var q = $0; q.caseIndex = 0; return q })
        }
        let was = single(before), now = single(after)
        for g in MeasureIndex.cubeGroupings {
            guard let cube = cubes.cached(g, today: today) else { continue }
            func walk(_ i: MeasureIndex) -> CubeBuilder {
                var b = CubeBuilder(cells: cube.layout.cubeCells,
                                    rowsPerGroup: cube.rowsPerGroup, countryCount: countries.count)
                MeasureWalk(index: i, layout: cube.layout).run(&b)
                return b
            }
            updated.cubes.insert(cube.replacing(old: walk(was), new: walk(now)), g, today: today)
        }
        return updated
    }

    var groupNumbers: GroupNumbers {
        func numbered<N: FixedWidthInteger>(_ keys: [String]) -> [String: N] {
            Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, N($0)) })
        }
        // The last lawyer and country are the `unassigned` and `unknown` groups, not ids.
        return GroupNumbers(unit: numbered(units), lawyer: numbered(Array(lawyers.dropLast())),
                            country: numbered(Array(countries.dropLast())),
                            unknown: unknownCountry, unassigned: unassignedLawyer)
    }

    /// The records of case `c` in `records`, which are in case order.
    static func range<R>(of c: Int32, in records: [R], _ caseIndex: KeyPath<R, Int32>) -> Range<Int> {
        func first(_ pass: (Int32) -> Bool) -> Int {
            var lo = 0, hi = records.count
            while lo < hi { let m = (lo + hi) / 2; if pass(records[m][keyPath: caseIndex]) { hi = m } else { lo = m + 1 } }
            return lo
        }
        return first { $0 >= c }..<first { $0 > c }
    }
}
