import Testing
import Tabular

@Suite struct TabularTests {
    @Test(arguments: [
        ("plain", "plain"), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("two\nlines", "\"two\nlines\""), ("cr\ronly", "\"cr\ronly\""),
        ("windows\r\nline", "\"windows\r\nline\""),   // "\r\n" is one Character: tested by bytes
        ("", ""), ("café", "café"),
        // A quote a combining mark follows is one Character with it, but still a quote to
        // any CSV reader: doubled, or the field would end there.
        ("a \"\u{301} b", "\"a \"\"\u{301} b\""), ("\"\u{301}", "\"\"\"\u{301}\""),
    ])
    func csvQuotesWhatNeedsIt(_ raw: String, _ field: String) {
        #expect(CSV.field(raw) == field)
    }

    /// `casedesk list --format csv` quotes the bytes it reads from the summary cache: exactly
    /// as `field` quotes the same text, a quote that a combining mark follows included.
    @Test(arguments: ["plain", "a,b", "say \"hi\"", "two\nlines", "cr\ronly", "windows\r\nline", "", "café",
                      "a \"\u{301} b", "\"", "東京, \"x\""])
    func csvBytesAreQuotedAsTheTextIs(_ raw: String) {
        var bytes: [UInt8] = []
        CSV.appendField(Array(raw.utf8), to: &bytes)
        #expect(bytes == Array(CSV.field(raw).utf8))
    }

    @Test func csvLinesEndInCRLF() {
        #expect(CSV.document(header: ["a", "b"], rows: [["1", "x,y"]]) == "a,b\r\n1,\"x,y\"\r\n")
    }

    @Test(arguments: [
        ("plain", "plain"), ("a|b", #"a\|b"#), (#"a\b"#, #"a\\b"#), (#"ends\"#, #"ends\\"#), (#"a\|b"#, #"a\\\|b"#),
        ("two\nlines", "two lines"), ("cr\rlf", "cr lf"), ("win\r\ndows", "win dows"), ("x\n\ny", "x  y"),
    ])
    func markdownCellsHaveOneRule(_ raw: String, _ cell: String) {
        #expect(Markdown.cell(raw) == cell)
    }

    @Test func markdownTable() {
        let t = TextTable([.init("Name"), .init("N", alignRight: true)], rows: [["a|b", "1"]])
        #expect(t.markdown(spaced: true) == "| Name | N |\n| --- | ---: |\n| a\\|b | 1 |\n")
        #expect(Markdown.delimiter(alignRight: [false, true], spaced: false) == "|---|---:|")
    }

    @Test func alignedTextPadsAndDropsTrailingSpaces() {
        let t = TextTable([.init("Id"), .init("Count", alignRight: true), .init("Note")],
                          rows: [["A-1", "7", ""], ["B", "1234", "x"]])
        #expect(t.aligned() == ["Id   Count  Note", "A-1      7", "B     1234  x"])
        #expect(t.aligned(underline: true)[1] == "---  -----  ----")
        #expect(t.tsv() == "Id\tCount\tNote\nA-1\t7\t\nB\t1234\tx\n")
    }

    @Test func flexibleColumnsShrinkToFit() {
        let t = TextTable([.init("Id"), .init("Title", flexible: true)], rows: [["1", String(repeating: "x", count: 30)]])
        let lines = t.aligned(fit: { s, w, _ in String(s.prefix(w)).padding(w) }, maxWidth: 20)
        #expect(lines.allSatisfy { $0.count <= 20 }, "\(lines)")
    }
}

private extension String {
    func padding(_ w: Int) -> String { self + String(repeating: " ", count: max(0, w - count)) }
}
