import CaseCore

extension DemoGenerator {
    /// Defendants with charges, and with outcomes, sentences, orders and confiscation that fit
    /// the case's status and timeline.
    func makeDefendants(_ c: inout DemoCaseContext, rng: inout DemoRandom) -> [Defendant] {
        var count = rng.weighted([(1, 30), (2, 35), (3, 20), (4, 10), (5, 4), (6, 1)])
        if c.band, c.status == .finalised || c.status == .postConviction { count = max(count, 2) }
        var result: [Defendant] = []
        for i in 0..<count {
            let nationality = c.band && i == 0 && c.index < DemoNames.nationalities.count
                ? DemoNames.nationalities[c.index].0 : rng.weighted(DemoNames.nationalities)
            let name = nationality.name(given: rng.pick(nationality.given), family: rng.pick(nationality.family))
            let age = rng.int(19...64)
            let born = c.timeline.opened.adding(days: -(age * 365 + rng.int(0...364)))
            var d = Defendant(id: "D\(i + 1)", name: name, dateOfBirth: born, nationality: nationality.code,
                              custody: .onBail, charges: makeCharges(c.crimes, rng: &rng))
            d.outcome = outcome(defendant: i, count: count, c, rng: &rng)
            d.custody = custody(outcome: d.outcome?.category, status: c.status, rng: &rng)
            if let category = d.outcome?.category, category.isConviction,
               c.status == .postConviction || c.status == .finalised, let sentenced = c.timeline.sentence {
                d.sentence = sentence(crime: c.crimes[0], rng: &rng)
                if d.sentence!.isCustodial { d.custody = .inCustody }
                d.ancillaryOrders = orders(first: !result.contains { $0.outcome?.category.isConviction == true },
                                           made: sentenced, c, rng: &rng)
            }
            d.confiscation = confiscation(defendant: d, first: i == 0, &c, rng: &rng)
            result.append(d)
        }
        return result
    }

    private func makeCharges(_ crimes: [CrimeType], rng: inout DemoRandom) -> [Charge] {
        let n = rng.weighted([(1, 55), (2, 35), (3, 10)])
        var charges: [Charge] = []
        for count in 1...n {
            let crime = count == 1 ? crimes[0] : rng.pick(crimes)
            let o = rng.pick(DemoOffences.offences(for: crime))
            if charges.contains(where: { $0.offence == o.offence }) { continue }
            charges.append(Charge(offence: o.offence, legislation: o.legislation, count: charges.count + 1))
        }
        return charges
    }

    private func outcome(defendant i: Int, count: Int, _ c: DemoCaseContext, rng: inout DemoRandom) -> Outcome? {
        let t = c.timeline
        switch c.status {
        case .preCharge, .charged:
            return nil
        case .awaitingTrial, .atTrial:
            // A co-defendant may already have pleaded or had the case against them dropped.
            guard i > 0, let ptph = t.ptph, ptph <= today else { return nil }
            if rng.chance(0.15) { return Outcome(category: .guiltyPlea, date: ptph) }
            if rng.chance(0.05) { return Outcome(category: .dropped, date: DemoTimeline.between(ptph, today, rng: &rng)) }
            return nil
        case .awaitingSentence, .postConviction, .finalised:
            var category: OutcomeCategory
            if i == 0 {
                category = t.trial != nil && rng.chance(0.4) ? .convictedAfterTrial : .guiltyPlea
            } else if c.band, c.status == .finalised, i == count - 1 {
                category = OutcomeCategory.allCases[c.k % OutcomeCategory.allCases.count]
            } else {
                category = rng.weighted([(.guiltyPlea, 45), (.convictedAfterTrial, 25), (.acquittedAfterTrial, 12),
                                         (.directedAcquittal, 3), (.dropped, 10), (.administrativelyFinalised, 5)])
            }
            if t.trial == nil, category == .convictedAfterTrial || category == .acquittedAfterTrial
                || category == .directedAcquittal {
                category = category == .convictedAfterTrial ? .guiltyPlea : .dropped
            }
            return Outcome(category: category, date: outcomeDate(category, t, rng: &rng))
        }
    }

    private func outcomeDate(_ category: OutcomeCategory, _ t: DemoTimeline, rng: inout DemoRandom) -> Day {
        let verdict = t.verdict!
        let ptph = t.ptph ?? verdict
        switch category {
        case .guiltyPlea: return rng.chance(0.6) ? ptph : DemoTimeline.between(ptph, t.trial ?? verdict, rng: &rng)
        case .convictedAfterTrial, .acquittedAfterTrial: return verdict
        case .directedAcquittal: return DemoTimeline.between(t.trial ?? verdict, verdict, rng: &rng)
        case .dropped, .administrativelyFinalised:
            return DemoTimeline.between(t.firstAppearance ?? ptph, t.trial ?? verdict, rng: &rng)
        }
    }

    private func custody(outcome: OutcomeCategory?, status: CaseStatus, rng: inout DemoRandom) -> Custody {
        guard let outcome else {
            if status == .preCharge { return rng.weighted([(.onBail, 50), (.atLarge, 20), (.abroad, 20), (.inCustody, 10)]) }
            return rng.weighted([(.inCustody, 45), (.onBail, 35), (.atLarge, 8), (.abroad, 12)])
        }
        switch outcome {
        case .guiltyPlea, .convictedAfterTrial: return rng.chance(0.75) ? .inCustody : .onBail
        case .administrativelyFinalised: return rng.chance(0.5) ? .atLarge : .abroad
        default: return .onBail
        }
    }

    private func sentence(crime: CrimeType, rng: inout DemoRandom) -> Sentence {
        if rng.chance(0.12) {
            return Sentence(custodialMonths: rng.int(6...24), suspended: true,
                            description: rng.pick(DemoOffences.suspendedWords))
        }
        return Sentence(custodialMonths: rng.int(DemoOffences.custodialRange(for: crime)), suspended: false,
                        description: rng.chance(0.4) ? rng.pick(DemoOffences.sentenceWords) : nil)
    }

    private func orders(first: Bool, made: Day, _ c: DemoCaseContext, rng: inout DemoRandom) -> [AncillaryOrder] {
        var types: [AncillaryOrderType] = []
        if (c.band && first) || rng.chance(0.45) {
            types.append(DemoOffences.signatureOrder(for: c.band && first ? c.crimes[0] : rng.pick(c.crimes)))
        }
        if rng.chance(0.15), !types.contains(.seriousCrimePreventionOrder) { types.append(.seriousCrimePreventionOrder) }
        return types.map { type in
            let years: Int? = switch type {
            case .seriousCrimePreventionOrder, .slaveryAndTraffickingPreventionOrder: 5
            case .travelRestrictionOrder: rng.int(2...10)
            case .financialReportingOrder: rng.int(5...15)
            case .sexualOffencesPreventionOrder: rng.chance(0.5) ? nil : 10
            case .directorDisqualification: rng.int(2...15)
            case .other: rng.chance(0.5) ? nil : 2
            }
            return AncillaryOrder(type: type, made: made, expires: years.map { made.adding(days: $0 * 365 + $0 / 4) })
        }
    }
}
