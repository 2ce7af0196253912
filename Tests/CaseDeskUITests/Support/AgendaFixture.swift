import CaseCore

/// The Fixture with version 2 data: a CTL at risk and one expired, tasks (one overdue, one
/// assigned to someone else, one done), and a confiscation payment long overdue.
enum AgendaFixture {
    static func d(_ s: String) -> Day { Fixture.d(s) }

    static var kestrel: Case {
        var c = Fixture.kestrel
        c.defendants[0].remand = .custody
        // 2026-06-15 + 182 = 2026-12-14: 20 days left, no extension applied for.
        c.defendants[0].custodyTimeLimits = [CustodyTimeLimit(from: d("2026-06-15"), limit: .crownCourt182)]
        c.tasks = [CaseTask(id: "T1", title: "Serve the case summary", due: d("2026-11-20"), assignee: "shughes",
                            created: d("2026-11-01")),
                   CaseTask(id: "T2", title: "Book the interpreter", due: d("2026-11-26"), assignee: "twalsh",
                            created: d("2026-11-01")),
                   CaseTask(id: "T3", title: "Review disclosure", due: d("2026-11-10"), created: d("2026-11-01"),
                            done: TaskDone(date: d("2026-11-09"), by: "shughes"))]
        return c
    }

    static var wren: Case {
        var c = Fixture.wren
        c.defendants[0].remand = .custody
        // 2026-05-20 + 182 = 2026-11-18: expired six days ago.
        c.defendants[0].custodyTimeLimits = [CustodyTimeLimit(from: d("2026-05-20"), limit: .crownCourt182)]
        return c
    }

    static var larch: Case {
        var c = Fixture.larch
        c.defendants[0].confiscation?.paymentDue = d("2026-08-20")
        return c
    }

    static func store() -> MemoryStore {
        MemoryStore(meta: Fixture.meta, cases: [kestrel, Fixture.merlin, larch, Fixture.tern, wren, Fixture.heron],
                    damaged: [Fixture.damaged], audit: Fixture.audit, clock: Fixture.clock)
    }
}
