import Testing
@testable import CaseCore

@Suite struct QueryFilterTests {
    let today = day("2014-02-01")
    var ctx: QueryContext { QueryContext(today: today, chaseIntervalDays: 28) }

    var cases: [CaseSummary] {
        [
            summary("OCD-1", title: "Operation Kestrel", unit: "OCD-LON", lawyer: "P1", caseworker: "P9",
                    crimeTypes: [.drugTrafficking, .moneyLaundering], status: .awaitingTrial,
                    defendants: [defendant("D1", name: "José Álvarez", nationality: "ES")],
                    requests: [request("R1", country: "ES", status: .sent, sent: "2013-11-01", due: "2014-01-15")]),
            summary("OCD-2", title: "Operation Heron", unit: "OCD-BHM", lawyer: "P2", caseworker: "P1",
                    crimeTypes: [.humanTrafficking], status: .charged,
                    defendants: [defendant("D2", name: "Ana Popescu", offence: "Trafficking for exploitation")],
                    requests: [request("R2", country: "RO", status: .acknowledged, sent: "2014-01-20", due: "2014-06-01")]),
            summary("CCU-3", title: "Operation Falcon", unit: "CCU-MER", lawyer: nil,
                    crimeTypes: [.fraud], status: .finalised,
                    defendants: [defendant("D3", name: "Smith")]),
        ]
    }

    func ids(_ f: CaseFilter) -> [String] {
        let s = cases
        return f.apply(to: s, context: ctx).indices.map { s[$0].id }
    }

    @Test func emptyFilterKeepsEverything() {
        #expect(CaseFilter().isEmpty)
        #expect(CaseFilter(text: "   ").isEmpty)
        #expect(!CaseFilter(overdueOnly: true).isEmpty)
        #expect(ids(CaseFilter()) == ["OCD-1", "OCD-2", "CCU-3"])
    }

    @Test(arguments: [
        ("kestrel", ["OCD-1"]), ("KESTREL", ["OCD-1"]), ("ocd-2", ["OCD-2"]),
        ("alvarez", ["OCD-1"]), ("ÁLVAREZ", ["OCD-1"]), ("jose", ["OCD-1"]),        // accents either side
        ("exploitation", ["OCD-2"]), ("class a", ["OCD-1", "CCU-3"]),               // offences; all words
        ("spain", ["OCD-1"]), ("romania", ["OCD-2"]),                                // country names
        ("operation", ["OCD-1", "OCD-2", "CCU-3"]), ("heron kestrel", []), ("zzz", []),
    ])
    func textMatchesEveryWord(_ text: String, _ expected: [String]) {
        #expect(ids(CaseFilter(text: text)) == expected)
    }

    @Test func quickFilters() {
        #expect(ids(CaseFilter(statuses: [.charged, .finalised])) == ["OCD-2", "CCU-3"])
        #expect(ids(CaseFilter(crimeTypes: [.moneyLaundering])) == ["OCD-1"])
        #expect(ids(CaseFilter(crimeTypes: [.fraud, .humanTrafficking])) == ["OCD-2", "CCU-3"])
        #expect(ids(CaseFilter(units: ["OCD-LON", "CCU-MER"])) == ["OCD-1", "CCU-3"])
        #expect(ids(CaseFilter(lawyers: ["P2"])) == ["OCD-2"])
        #expect(ids(CaseFilter(mine: "P1")) == ["OCD-1", "OCD-2"])        // lawyer or caseworker
        #expect(ids(CaseFilter(overdueOnly: true)) == ["OCD-1"])           // due 2014-01-15 < today
        #expect(ids(CaseFilter(toChaseOnly: true)) == ["OCD-1"])           // sent 92 days ago; R2 only 12
        #expect(ids(CaseFilter(text: "operation", units: ["OCD-BHM"], mine: "P1")) == ["OCD-2"])
    }

    @Test func matchesOneSummaryLikeApply() {
        let f = CaseFilter(text: "heron", statuses: [.charged])
        #expect(cases.map { f.matches($0, ctx) } == [false, true, false])
    }

    @Test func narrowingSearchesOnlyThePreviousResult() {
        let s = cases
        let k = CaseFilter(text: "o").apply(to: s, context: ctx)
        #expect(!k.narrowed)
        let ke = CaseFilter(text: "op").apply(to: s, context: ctx, narrowing: k)
        #expect(ke.narrowed)
        let two = CaseFilter(text: "op her").apply(to: s, context: ctx, narrowing: ke)
        #expect(two.narrowed && two.indices == [1])
        // Deleting a character widens the query: it must search everything again.
        let back = CaseFilter(text: "op he").apply(to: s, context: ctx, narrowing: two)
        #expect(!back.narrowed && back.indices == [1])
        // A different quick filter or day is a different question.
        let other = CaseFilter(text: "op her", overdueOnly: true).apply(to: s, context: ctx, narrowing: ke)
        #expect(!other.narrowed && other.indices.isEmpty)
        let later = CaseFilter(text: "ope").apply(to: s, context: QueryContext(today: day("2015-01-01")), narrowing: ke)
        #expect(!later.narrowed)
        // Narrowed and full results agree.
        for text in ["k", "ke", "kes", "kest", "kestr", "kestre"] {
            let full = CaseFilter(text: text).apply(to: s, context: ctx)
            #expect(full.indices == CaseFilter(text: text).apply(to: s, context: ctx, narrowing: k).indices)
        }
    }

    @Test func narrowsRule() {
        #expect(TextQuery("kest").narrows(TextQuery("kes")))
        #expect(TextQuery("kes es").narrows(TextQuery("kes")))
        #expect(TextQuery("xkesx").narrows(TextQuery("kes")))
        #expect(!TextQuery("ke").narrows(TextQuery("kes")))
        #expect(TextQuery("anything").narrows(TextQuery("")))
    }

    @Test func byteSearchEdgeCases() {
        let q = TextQuery("aab")
        #expect(q.matches(bytes: Array("aaab".utf8)))
        #expect(!q.matches(bytes: Array("aa".utf8)))
        #expect(!q.matches(bytes: []))
        #expect(TextQuery("b").matches(bytes: Array("ab".utf8)))
        #expect(TextQuery("").matches(bytes: []))
        // Longer texts take the 16-at-a-time path: matches at the start, across a block
        // boundary, at the very end, and near misses.
        let text = Array("conspiracy to supply a controlled drug of class a; operation kestrel xiv; es spain".utf8)
        for word in ["conspiracy", "kestrel", "spain", "n", "a", "y to s", "s spain", "rol", "class a;"] {
            #expect(TextQuery(word).matches(bytes: text), "\(word)")
        }
        for word in ["spainx", "kestrelx", "xconspiracy", "z", "drugs", "spaim"] {
            #expect(!TextQuery(word).matches(bytes: text), "\(word)")
        }
        let long = Array(repeating: UInt8(ascii: "o"), count: 100) + Array("ou".utf8)
        #expect(TextQuery("ou").matches(bytes: long) && !TextQuery("uo").matches(bytes: long))
        for cut in 0..<20 {
            let t = Array(repeating: UInt8(ascii: "x"), count: cut) + Array("needle".utf8)
            #expect(TextQuery("needle").matches(bytes: t) && !TextQuery("needles").matches(bytes: t))
        }
    }
}
