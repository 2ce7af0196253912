import CaseCore

extension DemoGenerator {
    static let mainLine: [RequestStatus] = [.draft, .sent, .acknowledged, .inExecution, .partiallyExecuted, .executed]
    /// The kinds the band rotates through (a TCA arrest warrant comes from an EAW sent after 2020).
    static let bandKinds: [RequestKind] = [.mla, .extradition, .europeanArrestWarrant, .europeanInvestigationOrder,
                                           .jointInvestigationTeam, .other]
    static let assistanceKinds = ["witnessStatement", "bankRecords", "searchAndSeizure", "restraint",
                                  "serviceOfDocuments", "videoLink", "productionOrder"]

    /// MLA, extradition, EAW, EIO and JIT requests with histories in lifecycle order; open ones
    /// are spread between fresh, recently chased and waiting to be chased, so the MLA board
    /// always has overdue and to-chase requests relative to `today`.
    func makeRequests(caseID: String, context c: inout DemoCaseContext, defendants: inout [Defendant],
                      rng: inout DemoRandom) -> [InternationalRequest] {
        var count: Int
        if c.band { count = c.index % 4 == 3 ? 0 : (rng.chance(0.4) ? 2 : 1) }
        else { count = rng.weighted([(0, 40), (1, 35), (2, 17), (3, 8)]) }
        if c.unit == "INTL" { count = max(count, 1) }
        var requests: [InternationalRequest] = []
        for j in 0..<count {
            let forced = c.band && j == 0
            var kind = forced ? Self.bandKinds[c.index % Self.bandKinds.count]
                : rng.weighted([(.mla, 45), (.europeanInvestigationOrder, 15), (.europeanArrestWarrant, 12),
                                (.extradition, 10), (.jointInvestigationTeam, 8), (.other, 5)])
            // A finalised case's requests are closed; the rest of the band rotates through every status.
            let status = !forced ? requestStatus(c.status, rng: &rng)
                : c.status == .finalised ? [RequestStatus.executed, .refused, .withdrawn][c.k % 3]
                : RequestStatus.allCases[(c.index / 3) % RequestStatus.allCases.count]
            var direction: RequestDirection = (forced ? c.index % 5 == 4 : rng.chance(0.2)) ? .incoming : .outgoing
            if status == .draft { direction = .outgoing }
            if kind == .jointInvestigationTeam { direction = .outgoing }
            let euOnly = kind == .europeanArrestWarrant || kind == .europeanInvestigationOrder
                || (kind == .jointInvestigationTeam && rng.chance(0.8))
            let country = euOnly ? rng.weighted(DemoPlaces.countries.filter { $0.0.eu }) : rng.weighted(DemoPlaces.countries)
            if kind == .other, direction == .incoming { kind = .mla }

            var r = InternationalRequest(
                id: "\(caseID)-R\(j + 1)", kind: kind, direction: direction, country: country.code,
                authority: country.authority, legalBasis: legalBasis(kind, country, c.crimes, rng: &rng),
                assistance: assistance(kind, rng: &rng), urgent: rng.chance(0.2), status: status)
            // A closed EAW or EIO of a case opened well before 2021 belongs to that time; the
            // others become what they would be since 2021 (followBrexit).
            let euInstrument = kind == .europeanArrestWarrant || kind == .europeanInvestigationOrder
            let asOf = euInstrument && !status.isOpen && c.timeline.opened.days(to: DeadlineChecks.lastEUInstrumentDay) > 60
                ? DeadlineChecks.lastEUInstrumentDay : today
            fillDates(&r, opened: c.timeline.opened, lawyer: c.lawyer, asOf: asOf, rng: &rng)
            Self.followBrexit(&r)
            if rng.chance(0.85) { r.liaison = DemoStaff.liaison(for: country.code) }
            if rng.chance(0.3) { r.note = rng.pick(DemoText.requestNotes) }
            link(&r, defendants: &defendants, rng: &rng)
            requests.append(r)
        }
        return requests
    }

    /// Since 1 January 2021 the UK neither issues nor executes EAWs or EIOs with EU states:
    /// surrender is a TCA arrest warrant and evidence an MLA request (domain.md).
    static func followBrexit(_ r: inout InternationalRequest) {
        guard r.kind == .europeanArrestWarrant || r.kind == .europeanInvestigationOrder,
              let first = r.sent ?? r.history.first?.date, first > DeadlineChecks.lastEUInstrumentDay else { return }
        if r.kind == .europeanArrestWarrant {
            r.kind = .tcaArrestWarrant
            r.legalBasis = "tca2020"
        } else {
            r.kind = .mla
            r.legalBasis = "coe1959"
        }
    }

    private func requestStatus(_ caseStatus: CaseStatus, rng: inout DemoRandom) -> RequestStatus {
        if caseStatus == .finalised {
            return rng.weighted([(.executed, 64), (.refused, 12), (.withdrawn, 24)])
        }
        return rng.weighted([(.draft, 6), (.sent, 14), (.acknowledged, 12), (.inExecution, 16),
                             (.partiallyExecuted, 10), (.executed, 26), (.refused, 6), (.withdrawn, 8)])
    }

    private func legalBasis(_ kind: RequestKind, _ country: DemoPlaces.Country, _ crimes: [CrimeType],
                            rng: inout DemoRandom) -> String {
        switch kind {
        case .europeanArrestWarrant, .europeanInvestigationOrder: return "eu2000"
        case .tcaArrestWarrant: return "tca2020"
        case .jointInvestigationTeam: return country.eu ? "eu2000" : "untoc2000"
        case .extradition: return rng.chance(0.85) ? "bilateralTreaty" : "comity"
        case .mla, .other:
            if crimes.contains(.cyberCrime), country.councilOfEurope || country.code == "US" { return "budapest2001" }
            if crimes.contains(.moneyLaundering), country.councilOfEurope, rng.chance(0.7) { return "strasbourg1990" }
            if country.eu, rng.chance(0.5) { return "eu2000" }
            if country.councilOfEurope { return "coe1959" }
            if country.code == "US" { return "bilateralTreaty" }
            return rng.chance(0.8) ? "untoc2000" : "comity"
        }
    }

    private func assistance(_ kind: RequestKind, rng: inout DemoRandom) -> [String] {
        switch kind {
        case .extradition, .europeanArrestWarrant, .tcaArrestWarrant: []
        case .other: [rng.chance(0.5) ? "prisonerTransfer" : "other"]
        case .mla, .europeanInvestigationOrder, .jointInvestigationTeam:
            rng.sample(Self.assistanceKinds, rng.int(1...3))
        }
    }

    /// The request's path through the lifecycle and the dates of each step, its chases and due date.
    private func fillDates(_ r: inout InternationalRequest, opened: Day, lawyer: String, asOf today: Day,
                           rng: inout DemoRandom) {
        let status = r.status
        var path: [RequestStatus]
        if status == .refused || status == .withdrawn {
            let cuts: [RequestStatus] = status == .refused ? [.sent, .acknowledged, .inExecution]
                : [.draft, .sent, .acknowledged, .inExecution, .partiallyExecuted]
            let cut = rng.pick(cuts)
            path = Self.mainLine.prefix { $0 <= cut }.map { $0 } + [status]
        } else {
            path = Self.mainLine.prefix { $0 <= status }.map { $0 }
        }
        path.removeAll { s in
            s != status && ((s == .acknowledged && rng.chance(0.3)) || (s == .partiallyExecuted && rng.chance(0.5)))
        }
        let room = max(0, opened.days(to: today))
        guard path.contains(.sent) else {
            let d0 = today.adding(days: -rng.int(0...min(60, room)))
            r.history = path.enumerated().map { i, s in
                StatusChange(status: s, date: i == 0 ? d0 : DemoTimeline.between(d0, today, rng: &rng))
            }
            return
        }
        let maxAge = max(1, room - 3)
        enum Scenario { case fresh, chasedRecently, stale }
        let scenario: Scenario = !status.isOpen ? .stale
            : maxAge < 40 ? .fresh : rng.weighted([(.fresh, 20), (.chasedRecently, 42), (.stale, 38)])
        let age: Int
        switch scenario {
        case .fresh: age = rng.int(min(2, maxAge)...min(25, maxAge))
        case .chasedRecently, .stale: age = rng.int(min(35, maxAge)...min(status.isOpen ? 500 : 900, maxAge))
        }
        let sent = today.adding(days: -age)
        let draft = sent.adding(days: -rng.int(1...max(1, min(30, opened.days(to: sent)))))
        let end: Day = switch scenario {
        case .fresh: today
        case .chasedRecently: today.adding(days: -rng.int(0...(age / 2)))
        case .stale: status.isOpen ? max(sent, today.adding(days: -30 - rng.int(0...max(0, age - 30)))) : today
        }
        let steps = Self.increasingDays(after: sent, through: end, count: path.count - 2, rng: &rng)
        var dates = [max(opened, draft), sent] + steps
        if !status.isOpen { dates = dates.map { min($0, today) } }
        r.history = zip(path, dates).map { s, d in
            StatusChange(status: s, date: d, note: rng.chance(0.35) ? DemoText.statusNotes[s].map { rng.pick($0) } : nil)
        }
        r.sent = sent
        r.due = sent.adding(days: r.urgent ? rng.int(21...60) : rng.int(60...180))

        // Chases happen while the request is open: after sending, before it closed.
        let closedOn = status.isOpen ? today : dates.last!
        let chaseDays: [Day]
        switch scenario {
        case .fresh: chaseDays = rng.chance(0.2) ? [DemoTimeline.between(sent, today, rng: &rng)] : []
        case .chasedRecently:
            let last = today.adding(days: -rng.int(0...min(20, age - 1)))
            chaseDays = Self.increasingDays(after: sent, through: last.adding(days: -1), count: rng.int(0...2), rng: &rng) + [last]
        case .stale:
            let latest = status.isOpen ? today.adding(days: -30) : closedOn
            chaseDays = latest > sent ? Self.increasingDays(after: sent, through: latest, count: rng.int(0...2), rng: &rng) : []
        }
        if !chaseDays.isEmpty {
            r.chases = chaseDays.map { day in
                Chase(date: day, by: rng.chance(0.5) ? (r.liaison ?? lawyer) : lawyer,
                      note: rng.chance(0.5) ? rng.pick(DemoText.chaseNotes) : nil)
            }
            r.lastChased = chaseDays.last
        }
    }

    /// `count` days after `start` up to `end`, increasing (strictly when there is room).
    static func increasingDays(after start: Day, through end: Day, count: Int, rng: inout DemoRandom) -> [Day] {
        guard count > 0 else { return [] }
        let span = start.days(to: end)
        guard span >= count else {
            return (0..<count).map { i in start.adding(days: max(0, min(span, i + 1))) }
        }
        var offsets = Set<Int>()
        while offsets.count < count { offsets.insert(rng.int(1...span)) }
        return offsets.sorted().map { start.adding(days: $0) }
    }

    /// Extradition and EAW requests are about a defendant; one still wanted is abroad.
    private func link(_ r: inout InternationalRequest, defendants: inout [Defendant], rng: inout DemoRandom) {
        guard !defendants.isEmpty else { return }
        let surrender = r.kind == .extradition || r.kind == .europeanArrestWarrant || r.kind == .tcaArrestWarrant
        if surrender, r.direction == .outgoing {
            let i = defendants.firstIndex { $0.outcome == nil } ?? rng.int(0...(defendants.count - 1))
            r.defendant = defendants[i].id
            if defendants[i].outcome == nil {
                if r.status == .executed { defendants[i].custody = .inCustody }
                else if r.status.isOpen { defendants[i].custody = .abroad }
            }
        } else if !surrender, rng.chance(0.3) {
            r.defendant = rng.pick(defendants).id
        }
    }
}
