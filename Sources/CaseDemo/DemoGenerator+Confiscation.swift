import CaseCore

extension DemoGenerator {
    /// Confiscation under POCA 2002 for one defendant, at a stage that fits the case: restraint
    /// and investigation before trial, proceedings to satisfaction after conviction. Figures are
    /// pence and never contradict one another (recovered ≤ order ≤ benefit).
    func confiscation(defendant d: Defendant, first: Bool, _ c: inout DemoCaseContext,
                      rng: inout DemoRandom) -> Confiscation? {
        let convicted = d.outcome?.category.isConviction == true
        let forced = c.band && first
        let stage: ConfiscationStage
        switch c.status {
        case .preCharge, .charged, .awaitingTrial, .atTrial:
            guard d.outcome == nil || convicted else { return nil }
            if forced { stage = [.restraint, .investigation, .none][c.k % 3] }
            else if rng.chance(0.3) { stage = rng.weighted([(.restraint, 50), (.investigation, 35), (.none, 15)]) }
            else { return nil }
        case .awaitingSentence:
            guard convicted else { return nil }
            if forced { stage = [.restraint, .investigation, .proceedings][c.k % 3] }
            else if rng.chance(0.6) { stage = rng.weighted([(.restraint, 30), (.investigation, 40), (.proceedings, 30)]) }
            else { return nil }
        case .postConviction:
            guard convicted else { return nil }
            if forced { stage = [.proceedings, .orderMade, .receivership, .enforcement][c.k % 4] }
            else if rng.chance(0.8) {
                stage = rng.weighted([(.proceedings, 30), (.orderMade, 25), (.receivership, 10), (.enforcement, 35)])
            } else { return nil }
        case .finalised:
            guard convicted else { return nil }
            if forced { stage = [.satisfied, .enforcement, .orderMade, .none][c.k % 4] }
            else if rng.chance(0.7) {
                stage = rng.weighted([(.satisfied, 35), (.enforcement, 25), (.orderMade, 10), (.receivership, 5), (.none, 25)])
            } else { return nil }
        }
        guard stage != .none else { return Confiscation(stage: .none) }

        let t = c.timeline
        var conf = Confiscation(stage: stage)
        if stage == .restraint || rng.chance(0.7) {
            conf.restraintDate = DemoTimeline.between(t.opened, min(t.charged ?? today, today), rng: &rng)
        }
        guard stage >= .investigation else { return conf }
        let magnitude = [10_000, 100_000, 1_000_000][rng.int(0...2)]
        let benefit = (magnitude * rng.int(1...9) + rng.int(0...magnitude / 10)) * 100 + rng.int(0...99)
        if stage > .investigation || rng.chance(0.5) { conf.benefitPence = benefit }
        guard stage >= .proceedings else { return conf }
        let available = benefit / 100 * rng.int(5...100)
        conf.availablePence = available
        if stage == .proceedings {
            if c.timeline.confiscation == nil { c.timeline.confiscation = today.adding(days: rng.int(14...150)) }
            return conf
        }
        let sentenced = t.sentence ?? t.verdict ?? today
        var orderDate: Day
        if let hearing = c.timeline.confiscation, hearing <= today, hearing > sentenced {
            orderDate = hearing
        } else {
            orderDate = DemoTimeline.between(min(sentenced.adding(days: 60), today.adding(days: -5)),
                                             min(sentenced.adding(days: 500), today.adding(days: -5)), rng: &rng)
            if orderDate < sentenced { orderDate = sentenced }
            if c.timeline.confiscation == nil { c.timeline.confiscation = orderDate }
        }
        conf.orderDate = orderDate
        conf.orderPence = available
        switch stage {
        case .orderMade: conf.recoveredPence = rng.chance(0.3) ? available / 10 * rng.int(1...3) : 0
        case .receivership: conf.recoveredPence = available / 10 * rng.int(1...5)
        case .enforcement: conf.recoveredPence = available / 100 * rng.int(0...90)
        case .satisfied: conf.recoveredPence = available
        default: break
        }
        return conf
    }
}
