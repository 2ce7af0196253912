extension MeasureIndex {
    /// Builds an index one summary at a time, so that a caller streaming summaries (`casedesk
    /// report` from the summary cache) never holds them together: each is turned into its
    /// records and dropped. Units, lawyers and countries are numbered as they are met, then
    /// renumbered in sorted order by `finish`, which gives exactly the index of
    /// `init(_:chaseIntervalDays:)` over the same summaries in the same order.
    public struct Builder {
        let chaseIntervalDays: Int
        private var unitIx: [String: Int32] = [:], lawyerIx: [String: Int32] = [:], countryIx: [String: UInt16] = [:]
        fileprivate var units: [String] = [], lawyers: [String] = [], countries: [String] = []
        fileprivate var caseIDs: [String] = []
        fileprivate var days = DaySpan()
        fileprivate var cases: [CaseRecord] = [], caseCountries: [UInt16] = []
        fileprivate var defendants: [DefendantRecord] = [], confiscations: [ConfiscationRecord] = []
        fileprivate var orders: [OrderRecord] = [], requests: [RequestRecord] = []
        /// The number a missing lawyer or nationality gets until `finish` knows the last one.
        private static let pendingLawyer: Int32 = -1, pendingCountry = UInt16.max

        public init(chaseIntervalDays: Int = 28, capacity: Int = 0) {
            self.chaseIntervalDays = chaseIntervalDays
            cases.reserveCapacity(capacity); caseIDs.reserveCapacity(capacity)
        }

        /// Room for this many records of each kind (`init(_:chaseIntervalDays:)` counts them first).
        mutating func reserve(defendants d: Int, orders o: Int, requests r: Int) {
            defendants.reserveCapacity(d); orders.reserveCapacity(o); requests.reserveCapacity(r)
            caseCountries.reserveCapacity(r)
        }

        /// Numbers `key` if new. `N.max` is kept for `pendingCountry`; countries (at most
        /// 26 * 26 codes, see `CaseRecord`) never come near it.
        private static func number<N: FixedWidthInteger>(_ key: String, _ map: inout [String: N], _ list: inout [String]) {
            guard map[key] == nil else { return }
            precondition(list.count < Int(N.max), "more groups than \(N.self) can number")
            map[key] = N(list.count)
            list.append(key)
        }

        public mutating func add(_ s: CaseSummary) {
            Self.number(s.unit, &unitIx, &units)
            if let l = s.lawyer { Self.number(l, &lawyerIx, &lawyers) }
            for r in s.requests { Self.number(r.country, &countryIx, &countries) }
            for d in s.defendants { if let n = d.nationality { Self.number(n, &countryIx, &countries) } }
            let numbers = GroupNumbers(unit: unitIx, lawyer: lawyerIx, country: countryIx,
                                       unknown: Self.pendingCountry, unassigned: Self.pendingLawyer)
            // Every unit, lawyer and country was numbered above, so the records always exist.
            let r = MeasureIndex.records(s, caseIndex: Int32(cases.count), numbers)!
            var record = r.record
            record.countryStart = Int32(caseCountries.count)
            cases.append(record)
            caseIDs.append(s.id)
            caseCountries += r.countries
            confiscations += r.confiscations
            defendants += r.defendants; orders += r.orders; requests += r.requests
            days.merge(r.days)
        }

        /// The index, with units, lawyers and countries in sorted order (rows in a stable
        /// order whatever the order of the summaries), `unassigned` and `unknown` last.
        public consuming func finish() -> MeasureIndex { MeasureIndex(built: consume self) }

        fileprivate mutating func renumber() {
            func sortedOrder(_ list: [String]) -> (sorted: [String], new: [Int32]) {
                let order = list.indices.sorted { list[$0] < list[$1] }
                var new = [Int32](repeating: 0, count: list.count)
                for (rank, old) in order.enumerated() { new[old] = Int32(rank) }
                return (order.map { list[$0] }, new)
            }
            let (u, unitNew) = sortedOrder(units)
            var (l, lawyerNew) = sortedOrder(lawyers)
            let (c0, countryNew32) = sortedOrder(countries)
            var c = c0, countryNew = countryNew32.map { UInt16($0) }
            l.append(MeasureIndex.unassignedKey)
            c.append(MeasureIndex.unknownCountryKey)
            let unassigned = Int32(l.count - 1), unknown = UInt16(c.count - 1)
            lawyerNew.append(unassigned); countryNew.append(unknown)   // `pending…` reads the last
            @inline(__always) func at(_ map: [Int32], _ k: Int32) -> Int32 { map[k == Self.pendingLawyer ? map.count - 1 : Int(k)] }
            @inline(__always) func at(_ map: [UInt16], _ k: UInt16) -> UInt16 { map[k == Self.pendingCountry ? map.count - 1 : Int(k)] }
            for i in cases.indices {
                cases[i].unit = unitNew[Int(cases[i].unit)]
                cases[i].lawyer = at(lawyerNew, cases[i].lawyer)
            }
            for i in caseCountries.indices { caseCountries[i] = at(countryNew, caseCountries[i]) }
            for i in defendants.indices { defendants[i].nationality = at(countryNew, defendants[i].nationality) }
            for i in orders.indices { orders[i].nationality = at(countryNew, orders[i].nationality) }
            for i in requests.indices { requests[i].country = at(countryNew, requests[i].country) }
            (units, lawyers, countries) = (u, l, c)
        }
    }

    init(built: consuming Builder) {
        // Moved, not copied: a copy shared the record arrays, and renumbering then copied each
        // of them whole (twice the records' memory at the UI's peak, issue 16.4).
        var b = consume built
        b.renumber()
        // The records were appended one case at a time: kept as grown, their arrays held up
        // to twice their size for as long as the index lives (the UI's peak, issue 16.4).
        self.init(caseIDs: b.caseIDs.exactCapacity(), units: b.units, lawyers: b.lawyers, countries: b.countries,
                  chaseIntervalDays: b.chaseIntervalDays, days: b.days, cases: b.cases.exactCapacity(),
                  caseCountries: b.caseCountries.exactCapacity(), defendants: b.defendants.exactCapacity(),
                  confiscations: b.confiscations.exactCapacity(), orders: b.orders.exactCapacity(),
                  requests: b.requests.exactCapacity())
    }
}
