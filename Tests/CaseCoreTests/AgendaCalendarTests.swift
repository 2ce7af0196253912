import Testing
@testable import CaseCore

/// The Agenda as iCalendar (RFC 5545): content lines, TEXT escaping, folding, stable UIDs;
/// `check --deadlines`' findings; the next deadline of a case.
@Suite struct AgendaCalendarTests {
    static func d(_ s: String) -> Day { Day(iso: s)! }
    static let today = DeadlineListTests.today
    static let stamp = Timestamp(iso: "2024-03-01T09:05:07Z")!

    static func items(_ c: Case = DeadlineListTests.everyKind(), today: Day = today) -> [DeadlineItem] {
        DeadlineList.items(of: CaseSummary(c), today: today, chaseIntervalDays: 28)
    }

    @Test func escapesTextAsRFC5545Says() {
        #expect(ICalendarText.escape(#"a\b;c,d"#) == #"a\\b\;c\,d"#)
        #expect(ICalendarText.escape("one\ntwo\r\nthree\rfour") == #"one\ntwo\nthree\nfour"#)
        #expect(ICalendarText.escape("bell\u{7}del\u{7F}:colon") == "bell del :colon")
    }

    @Test func foldsAt75OctetsNeverInsideACharacter() {
        let long = "SUMMARY:" + String(repeating: "é", count: 100)   // 2 octets each
        let folded = ICalendarText.fold(long)
        #expect(folded.hasSuffix("\r\n"))
        // "\r\n" is one Character: drop it as one.
        let lines = folded.dropLast().components(separatedBy: "\r\n")
        #expect(lines.count > 1)
        for (n, line) in lines.enumerated() {
            #expect(line.utf8.count <= 75)
            if n > 0 { #expect(line.hasPrefix(" ")) }
        }
        // Unfolding (drop CRLF + one space) gives the line back.
        #expect(lines.enumerated().map { $0 == 0 ? $1 : String($1.dropFirst()) }.joined() == long)
        #expect(ICalendarText.fold(String(repeating: "x", count: 75)) == String(repeating: "x", count: 75) + "\r\n")
        #expect(ICalendarText.fold(String(repeating: "x", count: 76)).components(separatedBy: "\r\n").count == 3)
    }

    @Test func datesAndStamps() {
        #expect(ICalendarText.date(Self.d("2024-02-29")) == "20240229")
        #expect(ICalendarText.dateTime(Self.stamp) == "20240301T090507Z")
    }

    @Test func oneAllDayEventPerItem() {
        let items = Self.items()
        let ics = AgendaCalendar.ics(items, today: Self.today, stamp: Self.stamp, name: "CaseDesk: Test")
        #expect(ics.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"))
        #expect(ics.hasSuffix("END:VCALENDAR\r\n"))
        #expect(!ics.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(ics.components(separatedBy: "BEGIN:VEVENT\r\n").count - 1 == items.count)
        #expect(ics.components(separatedBy: "DTSTAMP:20240301T090507Z\r\n").count - 1 == items.count)
        #expect(ics.contains("DTSTART;VALUE=DATE:20240306\r\nDTEND;VALUE=DATE:20240307\r\n"))
        #expect(ics.contains("SUMMARY:! AT RISK CTL expires: Zoë Smith (Conspiracy) [C-1]\r\n"))
        for line in ics.components(separatedBy: "\r\n") { #expect(line.utf8.count <= 75) }
    }

    @Test func uidsAreUniqueAndStableFromDayToDay() {
        let first = Self.items()
        let uids = first.map(AgendaCalendar.uid)
        #expect(Set(uids).count == uids.count)
        // A day later the same things are due: each keeps its UID though its state changed.
        let later = Self.items(today: Self.d("2024-03-02"))
        for item in later {
            let before = first.first { $0.kind == item.kind && $0.date == item.date && $0.title == item.title }
            if let before, item.kind != .ctlReview { #expect(AgendaCalendar.uid(before) == AgendaCalendar.uid(item)) }
        }
        // A CTL extended moves its event: same UID, new date.
        var c = DeadlineListTests.everyKind()
        c.defendants[0].custodyTimeLimits[0].extensions = [CTLExtension(applied: Self.d("2024-02-20"), heard: Self.d("2024-02-27"),
                                                                         granted: true, newExpiry: Self.d("2024-04-30"))]
        let extended = Self.items(c).first { $0.kind == .custodyTimeLimit }!
        let original = first.first { $0.kind == .custodyTimeLimit }!
        #expect(extended.date != original.date)
        #expect(AgendaCalendar.uid(extended) == AgendaCalendar.uid(original))
    }

    @Test func checkFindsExpiredAndAtRiskWithWhy() {
        var c = DeadlineListTests.everyKind()
        c.defendants[1].custodyTimeLimits = [CustodyTimeLimit(charge: "Fraud", from: Self.d("2023-12-01"), limit: .summaryOnly56)]
        let findings = CTLCheck.findings([CaseSummary(c)], today: Self.today)
        #expect(findings.map(\.state) == [.expired, .atRisk])
        #expect(findings.allSatisfy { $0.fails })
        #expect(findings[0].line.contains("CTL EXPIRED on 2024-01-26 (computed from the limit), 35 days ago"))
        #expect(findings[0].path == "defendants[D2].custodyTimeLimits[0]")
        #expect(findings[1].line.contains("CTL AT RISK, expires 2024-03-06 (computed from the limit) in 5 days, no extension applied for"))
        // An application pending takes it off the list; an ended CTL is not there at all.
        c.defendants[0].custodyTimeLimits[0].extensions = [CTLExtension(applied: Self.d("2024-02-28"))]
        c.defendants[1].custodyTimeLimits[0].ended = CTLEnd(date: Self.d("2024-01-20"), reason: .trialStarted)
        #expect(CTLCheck.findings([CaseSummary(c)], today: Self.today).isEmpty)
    }

    @Test func nextDateIsTheFirstItemsDate() {
        let s = CaseSummary(DeadlineListTests.everyKind())
        #expect(DeadlineList.nextDate(of: s, today: Self.today, chaseIntervalDays: 28) == Self.items().first?.date)
        var quiet = DeadlineListTests.everyKind()
        quiet.hearings = []; quiet.requests = []; quiet.tasks = []
        quiet.defendants = []
        #expect(DeadlineList.nextDate(of: CaseSummary(quiet), today: Self.today, chaseIntervalDays: 28) == nil)
    }
}
