import CaseCore

extension DemoGenerator {
    /// The hearings of the case's timeline, in date order, plus extradition hearings at
    /// Westminster for requests the UK has been asked to execute.
    func makeHearings(context c: DemoCaseContext, defendants: [Defendant], requests: [InternationalRequest],
                      rng: inout DemoRandom) -> [Hearing] {
        let t = c.timeline
        let courts = DemoPlaces.courts(unit: c.unit)
        let crown = rng.pick(courts.crown)
        var hearings: [Hearing] = []
        if let d = t.firstAppearance { hearings.append(Hearing(date: d, court: courts.magistrates, type: .firstAppearance)) }
        if let d = t.ptph {
            hearings.append(Hearing(date: d, court: crown, type: .plea,
                                    note: rng.chance(0.5) ? "Plea and trial preparation hearing" : nil))
        }
        if let d = t.pretrial { hearings.append(Hearing(date: d, court: crown, type: .pretrial)) }
        if c.status == .awaitingTrial, let ptph = t.ptph, let trial = t.trial, c.band || rng.chance(0.4) {
            hearings.append(Hearing(date: DemoTimeline.between(ptph, trial.adding(days: -1), rng: &rng), court: crown,
                                    type: .other, note: "Mention: custody time limit extension"))
        }
        if let d = t.trial {
            hearings.append(Hearing(date: d, court: crown, type: .trial, note: "Trial estimate \(rng.int(2...16)) weeks"))
            if c.status == .atTrial {
                // A trial under way sits again on the next court day: the list's next hearing.
                hearings.append(Hearing(date: today.adding(days: rng.int(1...4)), court: crown, type: .trial,
                                        note: "Trial continues: day \(d.days(to: today) / 7 * 5 + 2)"))
            }
        }
        let convicted = defendants.contains { $0.outcome?.category.isConviction == true }
        if let d = t.sentence, convicted { hearings.append(Hearing(date: d, court: crown, type: .sentence)) }
        if let d = t.confiscation {
            hearings.append(Hearing(date: d, court: crown, type: .confiscation, note: "POCA 2002 s.6 confiscation hearing"))
        }
        for r in requests where r.direction == .incoming && [.extradition, .europeanArrestWarrant, .tcaArrestWarrant].contains(r.kind) {
            guard let sent = r.sent, r.history.contains(where: { $0.status >= .acknowledged && $0.status <= .executed }) else { continue }
            let date = r.status.isOpen ? today.adding(days: rng.int(7...90))
                : DemoTimeline.between(sent, r.history.last!.date, rng: &rng)
            let country = Countries.name(of: r.country) ?? r.country
            hearings.append(Hearing(date: date, court: DemoPlaces.westminster, type: .extradition,
                                    note: "Extradition hearing: \(r.kind.label) from \(country)"))
        }
        return hearings.sorted { $0.date < $1.date }
    }

    func makeNotes(context c: DemoCaseContext, rng: inout DemoRandom) -> [Note] {
        let texts = rng.sample(DemoText.caseNotes, rng.weighted([(1, 50), (2, 35), (3, 15)]))
        let authors = [c.lawyer] + (c.caseworker.map { [$0] } ?? [])
        return texts.map { text in
            let day = DemoTimeline.between(c.timeline.opened, today, rng: &rng)
            let at = Timestamp(seconds: Int64(day.ordinal) * 86_400 + Int64(rng.int(8 * 3600...19 * 3600)))
            return Note(at: at, author: rng.pick(authors), text: text)
        }.sorted { $0.at < $1.at }
    }
}
