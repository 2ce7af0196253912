import CaseCore

/// The key dates of one demo case, chosen backwards from `today` so that a case's status,
/// hearings and outcomes agree: a case awaiting trial has its trial in the future, a
/// finalised case has every hearing in the past, and dates never run backwards.
struct DemoTimeline {
    var opened: Day
    var charged: Day?
    var firstAppearance: Day?
    /// The plea and trial preparation hearing.
    var ptph: Day?
    var pretrial: Day?
    /// The first day of trial; nil when the case ended on pleas or never reached trial.
    var trial: Day?
    /// The jury's verdict, or the day the last plea was entered when there was no trial.
    var verdict: Day?
    var sentence: Day?
    /// The confiscation hearing, set once the first defendant's confiscation stage is known.
    var confiscation: Day?

    /// `stratum` (`k` of `n`) places a finalised case's verdict in the k-th of n equal slices of
    /// the years since 2010, so even a small store has outcomes in every era; `trial` forces a
    /// trial (for outcomes that need one).
    init(status: CaseStatus, today t: Day, stratum: (k: Int, n: Int)? = nil, trial forceTrial: Bool = false,
         rng: inout DemoRandom) {
        opened = t
        switch status {
        case .preCharge:
            opened = t.adding(days: -rng.int(10...420))
        case .charged:
            charged = t.adding(days: -rng.int(2...45))
            opened = charged!.adding(days: -rng.int(20...420))
            firstAppearance = charged!.adding(days: 1)
            ptph = firstAppearance!.adding(days: 28)
        case .awaitingTrial:
            let ptphDay = t.adding(days: -rng.int(20...500))
            backFill(ptph: ptphDay, rng: &rng)
            trial = t.adding(days: rng.int(10...320))
            pretrial = ptphDay.adding(days: rng.int(20...max(21, ptphDay.days(to: trial!) - 10)))
        case .atTrial:
            trial = t.adding(days: -rng.int(0...20))
            backFill(ptph: trial!.adding(days: -rng.int(90...330)), rng: &rng)
            pretrial = trial!.adding(days: -rng.int(14...60))
        case .awaitingSentence:
            verdict = t.adding(days: -rng.int(2...50))
            trial = verdict!.adding(days: -rng.int(5...40))
            backFill(ptph: trial!.adding(days: -rng.int(90...330)), rng: &rng)
            pretrial = trial!.adding(days: -rng.int(14...60))
            sentence = t.adding(days: rng.int(7...60))
        case .postConviction:
            verdict = t.adding(days: -rng.int(60...1100))
            sentence = verdict!.adding(days: rng.int(20...50))
            if forceTrial || rng.chance(0.75) {
                trial = verdict!.adding(days: -rng.int(5...50))
                backFill(ptph: trial!.adding(days: -rng.int(90...330)), rng: &rng)
                pretrial = trial!.adding(days: -rng.int(14...60))
            } else {
                backFill(ptph: verdict!, rng: &rng)
            }
        case .finalised:
            let span = max(0, DemoGenerator.firstOutcomeDay.adding(days: 10).days(to: t.adding(days: -30)))
            var offset = rng.int(0...span)
            if let stratum, stratum.n > 0 {
                let slice = span / stratum.n
                offset = slice * (stratum.k % stratum.n) + rng.int(0...max(0, slice - 1))
            }
            verdict = DemoGenerator.firstOutcomeDay.adding(days: 10 + offset)
            sentence = verdict!.adding(days: rng.int(14...45))
            if sentence! >= t { sentence = t.adding(days: -1) }
            if forceTrial || rng.chance(0.65) {
                trial = verdict!.adding(days: -rng.int(5...50))
                backFill(ptph: trial!.adding(days: -rng.int(90...330)), rng: &rng)
                pretrial = trial!.adding(days: -rng.int(14...60))
            } else {
                backFill(ptph: verdict!, rng: &rng)
            }
        }
    }

    /// Charge, first appearance and opening before a plea hearing on `ptph`.
    private mutating func backFill(ptph day: Day, rng: inout DemoRandom) {
        ptph = day
        firstAppearance = day.adding(days: -28)
        charged = firstAppearance!.adding(days: -1)
        opened = charged!.adding(days: -rng.int(20...420))
    }

    /// Dates on or before `today`, for the case's last activity.
    func pastDays(today: Day) -> [Day] {
        [charged, firstAppearance, ptph, pretrial, trial, verdict, sentence, confiscation]
            .compactMap { $0 }.filter { $0 <= today }
    }

    /// A day uniformly between `a` and `b` (inclusive; `a` when `b` is earlier).
    static func between(_ a: Day, _ b: Day, rng: inout DemoRandom) -> Day {
        a.adding(days: rng.int(0...max(0, a.days(to: b))))
    }
}
