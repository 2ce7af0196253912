import Foundation
import Testing
@testable import CaseCore

@Suite struct ReportFormatterTests {
    let fy2013 = ReportPeriod.year(FinancialYear(startYear: 2013))
    var store: [CaseSummary] {
        [
            summary("A", unit: "U1", crimeTypes: [.drugTrafficking, .fraud], defendants: [
                defendant("1", outcome: .guiltyPlea, on: "2013-05-01", months: 30, orders: [(.seriousCrimePreventionOrder, "2013-05-01")]),
                defendant("2", outcome: .dropped, on: "2013-05-01"),
            ], requests: [request("R1", country: "ES", status: .sent, sent: "2013-05-01", due: "2013-06-01")]),
            summary("B", unit: "U2", crimeTypes: [.fraud], defendants: [
                defendant("3", outcome: .acquittedAfterTrial, on: "2013-09-01"),
            ]),
        ]
    }
    var meta: StoreMeta {
        StoreMeta(name: "t", units: [Unit(id: "U1", name: "Unit \"One\", London", kind: .area), Unit(id: "U2", name: "Two", kind: .area)])
    }
    func report(_ by: GroupBy) -> Report {
        Measures.report(store, period: fy2013, groupBy: by, context: QueryContext(today: day("2015-01-01")), meta: meta)
    }

    @Test func jsonParsesWithExactlyTheDomainKeys() throws {
        let text = ReportFormatter.json(report(.crimeType))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["period", "groupBy", "rows"])
        #expect(object["period"] as? String == "2013-2014" && object["groupBy"] as? String == "crimeType")
        let rows = try #require(object["rows"] as? [[String: Any]])
        #expect(rows.map { $0["key"] as? String } == ["drugTrafficking", "fraud"])
        let fraud = rows[1]
        #expect(fraud["guiltyPleas"] as? Int == 1 && fraud["acquittedAfterTrial"] as? Int == 1 && fraud["dropped"] as? Int == 1)
        #expect((fraud["convictionRate"] as? Double).map { abs($0 - 1.0 / 3.0) < 1e-15 } == true)
        #expect((fraud["ancillaryOrders"] as? [String: Int])?["seriousCrimePreventionOrder"] == 1)
        #expect((fraud["confiscationStages"] as? [String: Int])?.count == ConfiscationStage.allCases.count)
        for key in ["guiltyPleaRate", "custodialSentences", "totalCustodialMonths", "medianCustodialMonths", "confiscationOrders",
                    "confiscationOrderedPence", "recoveredPence", "restraintOrders", "openOutgoingRequests", "openIncomingRequests",
                    "overdueRequests", "requestsToChase", "medianDaysToExecute", "casesOpen", "casesOpened", "casesFinalised"] {
            #expect(fraud[key] != nil, "missing \(key)")
        }
        #expect(fraud["medianDaysToExecute"] is NSNull)
        // Same input, same bytes: the key order never changes.
        #expect(text == ReportFormatter.json(report(.crimeType)))
    }

    @Test func csvQuotesPerRFC4180() {
        let csv = ReportFormatter.csv(report(.unit))
        let lines = csv.components(separatedBy: "\r\n")
        #expect(lines[0].hasPrefix("key,label,asOf,guiltyPleas,convictedAfterTrial,"))
        #expect(lines[1].hasPrefix("U1,\"Unit \"\"One\"\", London\",2014-03-31,1,0,0,0,1,0,0.5,0.5,1,30,30,"))
        #expect(lines[2].hasPrefix("U2,Two,2014-03-31,0,0,1,0,0,0,0,0,0,0,,"))   // no median: empty field
        #expect(lines[1].hasSuffix(",ES:1"))
        #expect(csv.hasSuffix("\r\n") && lines.count == 4)
    }

    @Test func crimeTypeReportSaysRowsOverlap() {
        let md = ReportFormatter.markdown(report(.crimeType))
        #expect(md.contains("> " + Measures.crimeTypeOverlapNotice))
        #expect(ReportFormatter.table(report(.crimeType)).contains("Note: " + Measures.crimeTypeOverlapNotice))
        #expect(md.contains("Ancillary orders made: Serious Crime Prevention Order 1."))
    }

    @Test func plainTableAlignsColumns() {
        let t = ReportFormatter.table(report(.unit))
        let lines = t.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let header = lines.firstIndex { $0.hasPrefix("Unit ") }!
        #expect(lines[0] == "2013-2014, by unit")
        #expect(lines[header + 2].hasPrefix("Unit \"One\", London"))
        // Every line of a section is as wide as its header; numbers end in the same column.
        #expect(lines[header + 2].count == lines[header].count && lines[header + 3].count == lines[header].count)
        #expect(lines[header + 4].hasPrefix("Total"))
        #expect(lines[header + 2].hasSuffix("50%") && lines[header + 3].hasSuffix("0%"))
    }

    @Test func everyFormatByName() {
        for f in ReportFormatter.allCases { #expect(!f.format(report(.none)).isEmpty) }
        #expect(ReportFormatter(rawValue: "markdown") == .markdown)
        #expect(GroupBy(parsing: "crime") == .crimeType && GroupBy(parsing: "YEAR") == .year && GroupBy(parsing: "x") == nil)
    }

    @Test func moneyAndPercent() {
        #expect(Money.pounds(123_456) == "£1,234.56")
        #expect(Money.pounds(5) == "£0.05" && Money.pounds(-150) == "-£1.50" && Money.pounds(0) == "£0.00")
        #expect(Money.wholePounds(123_456_789) == "£1,234,568")
        #expect(Money.wholePounds(149) == "£1" && Money.wholePounds(150) == "£2" && Money.wholePounds(99) == "£1")
        #expect(Percent.text(0.805) == "81%" && Percent.text(0.8049) == "80%" && Percent.text(0.8075) == "81%")
        #expect(Percent.text(nil) == "–" && Percent.text(0) == "0%" && Percent.text(1) == "100%")
        #expect(Percent.text(1, of: 8) == "13%" && Percent.text(1, of: 200) == "1%" && Percent.text(0, of: 0) == "–")
        #expect(Percent.points(4.4) == "+4" && Percent.points(-2.5) == "-3" && Percent.points(0) == "0" && Percent.points(nil) == "–")
    }

    /// Issue 14: a name holding a Windows line break ("\r\n", one Character to Swift) must be
    /// quoted in CSV like one holding "\n"; the report's own CSV writer missed it.
    @Test func csvQuotesAWindowsLineBreak() {
        var m = meta
        m.units[1].name = "North\r\nEast"
        let r = Measures.report(store, period: fy2013, groupBy: .unit, context: QueryContext(today: day("2015-01-01")), meta: m)
        let csv = ReportFormatter.csv(r)
        #expect(csv.contains("U2,\"North\r\nEast\",2014-03-31,"), "\(csv.debugDescription)")
    }

    /// One markdown rule for every table: `|` escaped, a backslash doubled (so `\|` in a name
    /// is not read back as an escaped pipe), a line break of any kind one space.
    @Test func markdownCellsEscapeBackslashPipeAndLineBreaks() {
        var m = meta
        m.units[0].name = #"A\|B"#
        m.units[1].name = "North\r\nEast"
        let r = Measures.report(store, period: fy2013, groupBy: .unit, context: QueryContext(today: day("2015-01-01")), meta: m)
        let md = ReportFormatter.markdown(r)
        #expect(md.contains(#"| A\\\|B |"#), "\(md)")
        #expect(md.contains("| North East |"), "\(md.debugDescription)")
        #expect(!md.contains("\r"))
    }
}
