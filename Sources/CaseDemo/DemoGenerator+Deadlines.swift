import CaseCore

/// Schema version 2 in the demo: remand and custody time limits (running, at risk, pending
/// an extension, extended, ended, and in the coverage band one expired), tasks (some done,
/// some overdue) and confiscation payment dates. Drawn from a random stream of their own, so
/// every version 1 value of a demo case is what it was before version 2.
extension DemoGenerator {
    static let deadlineStream: UInt64 = 0xC71_0000_0000

    static let taskTitles = [
        "Review the disclosure schedule", "Serve the case summary on the defence", "Chase the phone download report",
        "Instruct counsel for the trial", "Prepare the bad character application", "Agree the witness list with the OIC",
        "Consider the CTL extension application", "Draft the confiscation timetable", "Review the jury bundle",
        "Check the interpreter booking", "Update the victim personal statement", "Send the letter of request follow-up",
    ]

    enum CTLScenario { case running, atRisk, pending, expired }

    func addDeadlines(to c: inout Case, context x: DemoCaseContext) {
        var rng = DemoRandom(seed: seed ^ Self.deadlineStream, stream: UInt64(x.index))
        let t = x.timeline
        let start = t.firstAppearance ?? t.charged ?? c.opened
        var forcedDone = false
        for n in c.defendants.indices {
            var d = c.defendants[n]
            defer { c.defendants[n] = d }
            if var conf = d.confiscation, let order = conf.orderDate {
                conf.paymentDue = rng.weighted([(order, 10), (DeadlineRules.addingMonths(3, to: order), 70),
                                                (DeadlineRules.addingMonths(6, to: order), 20)])
                d.confiscation = conf
            }
            let pending = [.charged, .awaitingTrial, .atTrial].contains(x.status) && d.outcome == nil
            if pending, d.custody == .inCustody {
                d.remand = .custody
                var scenario: CTLScenario = rng.weighted([(.running, 60), (.atRisk, 16), (.pending, 14), (.expired, 1)])
                if x.band, !forcedDone, x.status == .awaitingTrial {
                    // The band shows every mark: k 0 at risk, 1 expired, 2 pending, 3 running.
                    scenario = [CTLScenario.atRisk, .expired, .pending, .running][x.k % 4]
                    forcedDone = true
                }
                // The band's charged cases rotate through the magistrates' court limits.
                let limit: CTLLimit? = x.band && x.status == .charged
                    ? [CTLLimit.eitherWayMagistrates70, .summaryOnly56, .crownCourt182][x.k % 3] : nil
                d.custodyTimeLimits = [ctl(from: start, status: x.status, trial: t.trial, scenario: scenario, limit: limit,
                                           rng: &rng)]
            } else if pending, d.custody == .onBail, x.band ? x.k % 2 == 0 : rng.chance(0.25) {
                d.remand = .conditionalBail
                let bailed = min(start.adding(days: rng.int(7...50)), today)
                d.custodyTimeLimits = [CustodyTimeLimit(from: start, limit: .crownCourt182,
                                                        ended: CTLEnd(date: max(bailed, start), reason: .bailed))]
            } else if let trial = t.trial, trial <= today, d.outcome != nil, d.custody == .inCustody, rng.chance(0.5) {
                // The CTL of a defendant tried in custody ended when the trial started.
                var limit = CustodyTimeLimit(from: start, limit: .crownCourt182,
                                             ended: CTLEnd(date: max(trial, start), reason: .trialStarted))
                if let e = limit.computedExpiry, e < trial {
                    let applied = max(start, e.adding(days: -rng.int(10...25)))
                    limit.extensions = [CTLExtension(applied: applied, heard: min(applied.adding(days: 7), e), granted: true,
                                                     newExpiry: trial.adding(days: rng.int(7...60)))]
                }
                d.custodyTimeLimits = [limit]
            }
        }
        if x.status != .finalised { c.tasks = tasks(for: c, context: x, rng: &rng) }
    }

    /// A CTL from `from` whose expiry in force lands where `scenario` wants it relative to
    /// today: the computed one when it does, else a granted extension (or a pending one).
    private func ctl(from: Day, status: CaseStatus, trial: Day?, scenario: CTLScenario, limit forced: CTLLimit?,
                     rng: inout DemoRandom) -> CustodyTimeLimit {
        let drawn: CTLLimit = status == .charged ? rng.weighted([(.eitherWayMagistrates70, 50), (.summaryOnly56, 15),
                                                                  (.crownCourt182, 35)])
            : rng.weighted([(.crownCourt182, 92), (.newIndictment112, 8)])
        var c = CustodyTimeLimit(charge: nil, from: from, limit: forced ?? drawn)
        if status == .atTrial, let trial, trial <= today {
            c.ended = CTLEnd(date: max(trial, from), reason: .trialStarted)
            return c
        }
        let drawnTarget: Day = switch scenario {
        case .running: today.adding(days: rng.int(35...200))
        case .atRisk, .pending: today.adding(days: rng.int(2...27))
        case .expired: today.adding(days: -rng.int(1...6))
        }
        let computed = c.computedExpiry ?? from
        // A limit that started after the drawn expiry (remanded yesterday, "expired" last week)
        // cannot be in that state: it runs to its computed expiry (check refuses an expiry
        // before `from`).
        let target = drawnTarget < from ? computed : drawnTarget
        if computed != target {
            if rng.chance(0.3), computed > today {
                // Sometimes the court announced a date of its own: the program shows the difference.
                c.expires = computed.adding(days: rng.int(1...2))
            }
            if target > computed || computed <= today {
                let applied = max(from, min(computed, today).adding(days: -rng.int(14...30)))
                let heard = min(applied.adding(days: rng.int(5...12)), today)
                c.extensions = [CTLExtension(applied: applied, heard: heard, granted: true, newExpiry: max(target, from),
                                             note: "Granted: listing delays, good and sufficient cause")]
            } else {
                c.expires = target
            }
        }
        if scenario == .pending {
            c.extensions.append(CTLExtension(applied: today.adding(days: -rng.int(0...7)),
                                             note: "Application lodged; hearing to be fixed"))
        }
        return c
    }

    private func tasks(for c: Case, context x: DemoCaseContext, rng: inout DemoRandom) -> [CaseTask] {
        let count = x.band ? x.index % 3 : rng.weighted([(0, 30), (1, 35), (2, 25), (3, 10)])
        let people = [x.lawyer] + (x.caseworker.map { [$0] } ?? [])
        return (0..<count).map { n in
            let created = max(c.opened, today.adding(days: -rng.int(1...90)))
            let due: Day? = rng.chance(0.85) ? created.adding(days: rng.int(7...60)) : nil
            let assignee = rng.pick(people)
            var task = CaseTask(id: "T\(n + 1)", title: rng.pick(Self.taskTitles), due: due, assignee: assignee,
                                created: created)
            if rng.chance(0.25) {
                task.done = TaskDone(date: DemoTimeline.between(created, today, rng: &rng), by: assignee)
            }
            return task
        }
    }
}
