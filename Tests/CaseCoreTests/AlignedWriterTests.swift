import Testing
@testable import Tabular

/// Issue 16.4: `casedesk list` writes its aligned table as it goes instead of holding every
/// row, a visible copy and every line. `TextTable.writeAligned` measures the columns in a first
/// pass over the rows and writes each row's line in a second (one more pass per extra block);
/// its lines must be exactly `aligned()`'s, whatever the cells hold.
@Suite struct AlignedWriterTests {
    /// Wide (CJK, emoji), combining, control, tab, bidi, empty and long cells, beside ASCII.
    static let rows: [[String]] = [
        ["CD-2011-000054", "R v Patel and others", "Trafficking, OIC", "ccu-mids", "Emma Bell", "1", "–"],
        ["CD-2011-000080", "東京地方裁判所の件", "ML", "intl", "", "12", "2026-12-19"],
        ["CD-2011-000101", "Evil \u{1B}[31mred\u{1B}[0m \u{07} title", "Fraud, OIC, ML", "ccu-london", "Owen Bell", "4", "!c"],
        ["CD-2011-000131", "Cafe\u{301} crème 👩‍⚖️ and 🇬🇧", "", "OCD-LON", "Rachel Osei", "1234", "–"],
        ["CD-2011-000140", "Tab\there \u{202E}reversed\u{202C}", "Firearms, CSE", "x", "José Núñez", "0", ""],
        ["X", String(repeating: "Operation Yellowhammer North ", count: 4), "Drugs", "", "–", "", "!"],
        ["", "", "", "", "", "", ""],
    ]

    static let columns: [TextTable.Column] = [
        .init("Id"), .init("Title", flexible: true, minWidth: 24), .init("Crime", flexible: true, minWidth: 10, priority: 30),
        .init("Unit", priority: 40), .init("Lawyer", flexible: true, minWidth: 12, priority: 50),
        .init("Defs", alignRight: true, priority: 20), .init("Next hearing or flags", priority: 70),
    ]

    /// Terminal-like: CJK and emoji two columns wide, combining marks none; cuts with "…".
    static func width(_ s: String) -> Int {
        s.unicodeScalars.reduce(0) { w, u in
            switch u.value {
            case 0x300...0x36F, 0x200D, 0xFE0F: w
            case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFF00...0xFF60, 0x1F000...0x1FAFF: w + 2
            default: w + 1
            }
        }
    }

    static func cut(_ s: String, _ w: Int, _ right: Bool) -> String {
        if width(s) <= w {
            let fill = String(repeating: " ", count: w - width(s))
            return right ? fill + s : s + fill
        }
        var out = ""
        for c in s where width(out + String(c)) <= w - 1 { out.append(c) }
        return out + "…" + String(repeating: " ", count: max(0, w - 1 - width(out)))
    }

    /// Every line `writeAligned` gives, with what happened in order: `row N` each time a row
    /// is handed out, `line` each time a line is written.
    static func streamed(_ rows: [[String]], columns: [TextTable.Column] = columns, maxWidth: Int?, underline: Bool,
                         wrapTitles: Bool, terminal: Bool) -> (lines: [String], events: [String]) {
        var lines: [String] = [], events: [String] = []
        TextTable.writeAligned(columns: columns, rows: { body in
            for (n, row) in rows.enumerated() { events.append("row \(n)"); body(row) }
        }, measure: terminal ? width : { $0.count }, fit: terminal ? cut : TextTable.pad,
           maxWidth: maxWidth, underline: underline, wrapTitles: wrapTitles) { line in
            lines.append(line)
            events.append("line")
        }
        return (lines, events)
    }

    @Test(arguments: [nil, 10, 20, 30, 40, 60, 80, 120, 400] as [Int?])
    func theLinesAreTheWholeTablesByteForByte(maxWidth: Int?) {
        let table = TextTable(Self.columns, rows: Self.rows)
        for underline in [false, true] {
            for wrapTitles in [false, true] {
                for terminal in [false, true] {
                    let whole = terminal
                        ? table.aligned(measure: Self.width, fit: Self.cut, maxWidth: maxWidth, underline: underline, wrapTitles: wrapTitles)
                        : table.aligned(maxWidth: maxWidth, underline: underline, wrapTitles: wrapTitles)
                    let got = Self.streamed(Self.rows, maxWidth: maxWidth, underline: underline, wrapTitles: wrapTitles,
                                            terminal: terminal).lines
                    #expect(got == whole, "width \(String(describing: maxWidth)), underline \(underline), wrap \(wrapTitles), terminal \(terminal)")
                }
            }
        }
    }

    /// The first pass only measures; then each row's line is written before the next row is
    /// asked for, so no row is kept.
    @Test func eachLineIsWrittenAsItsRowIsHandedOut() {
        let (lines, events) = Self.streamed(Self.rows, maxWidth: nil, underline: true, wrapTitles: false, terminal: true)
        let n = Self.rows.count
        let measuring = (0..<n).map { "row \($0)" }
        let header = ["line", "line"]   // the titles, the underline
        let writing = (0..<n).flatMap { ["row \($0)", "line"] }
        #expect(events == measuring + header + writing)
        #expect(lines.count == 2 + n)
    }

    /// Columns split into blocks (figures that do not fit) ask for the rows once per block.
    @Test func blocksAskForTheRowsAgainAndMatchTheWholeTable() {
        let columns: [TextTable.Column] = [.init("Unit"), .init("Guilty pleas", alignRight: true),
                                           .init("Convictions after trial", alignRight: true), .init("Conviction rate", alignRight: true)]
        let rows = [["OCD-LON", "12", "3", "80%"], ["東京", "1,204", "35", "72%"], ["Total \u{1B}", "1,216", "38", "72%"]]
        let whole = TextTable(columns, rows: rows).aligned(measure: Self.width, fit: Self.cut, maxWidth: 30, underline: true, wrapTitles: true)
        let (lines, events) = Self.streamed(rows, columns: columns, maxWidth: 30, underline: true, wrapTitles: true, terminal: true)
        #expect(lines == whole)
        #expect(whole.contains(""), "the table is in more than one block")
        #expect(events.filter { $0 == "row 0" }.count == 3, "one pass to measure, one per block")
    }

    /// Pinned as the whole-table rendering (`aligned()` before it was built on this writer)
    /// printed them: titles wrapped, columns left out, a title cut, an all-empty row.
    @Test func theLinesAreThoseOfBefore() {
        let got = Self.streamed(Self.rows, maxWidth: 60, underline: true, wrapTitles: true, terminal: true).lines
        #expect(got == [
            "                                                  Next",
            "                                                  hearing or",
            "Id              Title                       Defs  flags",
            "--------------  --------------------------  ----  ----------",
            "CD-2011-000054  R v Patel and others           1  \u{2013}",
            "CD-2011-000080  \u{6771}\u{4EAC}\u{5730}\u{65B9}\u{88C1}\u{5224}\u{6240}\u{306E}\u{4EF6}            12  2026-12-19",
            "CD-2011-000101  Evil \u{1B}[31mred\u{1B}[0m \u{7} title      4  !c",
            "CD-2011-000131  Cafe\u{301} cr\u{E8}me \u{1F469}\u{200D}\u{2696}\u{FE0F} and \u{1F1EC}\u{1F1E7}     1234  \u{2013}",
            "CD-2011-000140  Tab\u{9}here \u{202E}reversed\u{202C}            0",
            "X               Operation Yellowhammer No\u{2026}        !",
            "",
        ])
    }
}
