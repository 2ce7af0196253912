import CaseCore

/// Makes a realistic demo store: the units and people of `meta`, and any number of cases from
/// `makeCase(index:)`.
///
/// Invariants:
/// - Everything is a pure function of `(seed, today)` and, for a case, its `index`: the same
///   inputs give the same store on every machine, so cases can be made in parallel, in any
///   order, and streamed to disk.
/// - Every case is valid by `domain.md` (dates in order, request histories in lifecycle order
///   ending at the request's status, `finalised` set exactly when the status is finalised and
///   every defendant has an outcome) and references only units and people of `meta`.
/// - Indices below `coverageBand` rotate through every crime type, unit, case status,
///   ancillary order type, confiscation stage, request kind and request status, so the
///   default 60-case store shows every value the UI can display.
public struct DemoGenerator: Sendable {
    public let seed: UInt64
    public let today: Day

    /// The size of `casedesk demo` without `--cases`.
    public static let defaultCaseCount = 60
    /// Indices below this rotate deterministically through every value (see the type's invariants).
    static let coverageBand = 70
    /// The first day of financial year 2010-2011: the demo's outcomes start here.
    static let firstOutcomeDay = Day(year: 2010, month: 4, day: 1)!

    public init(seed: UInt64, today: Day) {
        self.seed = seed
        self.today = today
    }

    public var meta: StoreMeta { DemoStaff.meta }

    /// The case at `index` (0-based); its id, `CD-<year opened>-<index + 1>`, is unique for the index.
    public func makeCase(index: Int) -> Case {
        var rng = DemoRandom(seed: seed, stream: UInt64(index))
        let band = index < Self.coverageBand
        let k = band ? Self.bandPlan[index].k : 0

        let status = band ? Self.bandPlan[index].status : rng.weighted(Self.statusWeights)
        let primary = band ? CrimeType.allCases[index % CrimeType.allCases.count] : rng.weighted(Self.crimeWeights)
        var crimes = [primary]
        if rng.chance(0.35) {
            let extra = rng.pick(DemoOffences.companion(of: primary))
            if extra != primary { crimes.append(extra) }
        }
        let unit = band ? DemoStaff.units[(index * 3 + index / 10) % DemoStaff.units.count].id
                        : Self.unit(for: primary, rng: &rng)
        let lawyer = rng.pick(DemoStaff.prosecutors(unit: unit))
        let caseworker = rng.chance(0.85) ? rng.pick(DemoStaff.caseworkers(unit: unit)) : nil

        // In the band, finalised cases spread over the years and, where their forced outcome
        // (see makeDefendants) needs a jury, have a trial.
        let needsTrial = band && [1, 2, 3].contains(k % OutcomeCategory.allCases.count)
        let timeline = DemoTimeline(status: status, today: today, stratum: band ? (k, 9) : nil,
                                    trial: needsTrial, rng: &rng)
        let id = "CD-\(timeline.opened.year)-\(Self.padded(index + 1, 6))"

        var context = DemoCaseContext(index: index, band: band, k: k, status: status, crimes: crimes,
                                      unit: unit, lawyer: lawyer, caseworker: caseworker,
                                      timeline: timeline, today: today)
        var defendants = makeDefendants(&context, rng: &rng)
        let requests = makeRequests(caseID: id, context: &context, defendants: &defendants, rng: &rng)
        let hearings = makeHearings(context: context, defendants: defendants, requests: requests, rng: &rng)
        let notes = makeNotes(context: context, rng: &rng)

        let firstCountry = requests.first?.country ?? rng.weighted(DemoPlaces.countries).code
        let summary = DemoText.summary(crime: primary, agency: rng.pick(DemoPlaces.agencies),
                                       country: Countries.name(of: firstCountry) ?? firstCountry,
                                       defendants: defendants.count, rng: &rng)
        let finalised: Day? = status == .finalised ? defendants.compactMap { $0.outcome?.date }.max() : nil
        let sensitive = band ? index % 3 == 0
            : rng.chance(crimes.contains(.childSexualExploitation) || crimes.contains(.humanTrafficking) ? 0.6 : 0.25)

        let lastEvent = Self.lastEvent(timeline: timeline, defendants: defendants, requests: requests,
                                       notes: notes, today: today)
        let updated = Timestamp(seconds: Int64(lastEvent.ordinal) * 86_400 + Int64(rng.int(8 * 3600...18 * 3600)))
        let urn = status == .preCharge && rng.chance(0.3) ? nil : makeURN(opened: timeline.opened, rng: &rng)

        var made = Case(id: id, urn: urn, title: Self.title(index: index, seed: seed), summary: summary,
                        unit: unit, lawyer: lawyer, caseworker: caseworker, crimeTypes: crimes, status: status,
                        sensitivity: sensitive ? .officialSensitive : .official, opened: timeline.opened,
                        finalised: finalised, defendants: defendants, hearings: hearings, requests: requests,
                        notes: notes, revision: rng.int(1...30), updated: updated)
        addDeadlines(to: &made, context: context)
        return made
    }

    /// The status of each index of the coverage band, and `k`: how many earlier band cases have
    /// the same status (features rotate on it). Five rounds of every status, then mostly
    /// finalised and post-conviction cases, as in a real division whose store holds years of
    /// closed cases: the dashboard of a small store has outcomes in most years.
    static let bandPlan: [(status: CaseStatus, k: Int)] = {
        let tail: [CaseStatus] = [.finalised, .finalised, .postConviction, .finalised, .awaitingTrial]
        var seen: [CaseStatus: Int] = [:]
        return (0..<coverageBand).map { i in
            let status = i < 35 ? CaseStatus.allCases[i % CaseStatus.allCases.count] : tail[i % tail.count]
            defer { seen[status, default: 0] += 1 }
            return (status, seen[status, default: 0])
        }
    }()

    static let statusWeights: [(CaseStatus, Int)] = [
        (.preCharge, 8), (.charged, 7), (.awaitingTrial, 16), (.atTrial, 3), (.awaitingSentence, 4),
        (.postConviction, 14), (.finalised, 48),
    ]
    static let crimeWeights: [(CrimeType, Int)] = [
        (.drugTrafficking, 30), (.firearmsTrafficking, 6), (.organisedImmigrationCrime, 10), (.humanTrafficking, 8),
        (.childSexualExploitation, 5), (.cyberCrime, 6), (.moneyLaundering, 14), (.organisedAcquisitiveCrime, 8),
        (.fraud, 10), (.other, 3),
    ]

    /// Outside the coverage band, fraud goes mostly to the specialist unit and the rest to
    /// the divisions and the Areas' complex casework units.
    static func unit(for crime: CrimeType, rng: inout DemoRandom) -> String {
        if crime == .fraud, rng.chance(0.6) { return "SFU" }
        if rng.chance(0.08) { return "INTL" }
        return rng.pick(DemoStaff.units.filter { $0.id != "SFU" && $0.id != "INTL" }).id
    }

    static func title(index: Int, seed: UInt64) -> String {
        let words = DemoPlaces.operationWords
        let offset = Int(seed % UInt64(words.count))
        let word = words[(index + offset) % words.count]
        let phase = DemoPlaces.romanPhases[(index / words.count) % DemoPlaces.romanPhases.count]
        return "Operation \(word)\(phase)"
    }

    func makeURN(opened: Day, rng: inout DemoRandom) -> String {
        let yy = Self.padded(opened.year % 100, 2)
        return rng.pick(DemoPlaces.forceCodes) + rng.pick(DemoPlaces.stationLetters)
            + String(rng.int(10_000...99_999)) + yy
    }

    static func lastEvent(timeline: DemoTimeline, defendants: [Defendant], requests: [InternationalRequest],
                          notes: [Note], today: Day) -> Day {
        var days = [timeline.opened]
        days += timeline.pastDays(today: today)
        days += defendants.compactMap { $0.outcome?.date }
        days += requests.flatMap { $0.history.map(\.date) + ($0.chases ?? []).map(\.date) }
        days += notes.map(\.at.day)
        return min(days.max() ?? timeline.opened, today)
    }

    static func padded(_ value: Int, _ width: Int) -> String {
        let s = String(value)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}

/// What the parts of one case's generation share.
struct DemoCaseContext {
    let index: Int
    let band: Bool
    /// The position of the case among those of its status in the coverage band (`bandPlan`).
    let k: Int
    let status: CaseStatus
    let crimes: [CrimeType]
    let unit: String
    let lawyer: String
    let caseworker: String?
    var timeline: DemoTimeline
    let today: Day
}
