import Testing
@testable import TerminalUI

@Suite struct ChartWidgetTests {
    @Test func progressBarInEighths() {
        let screen = render(Size(width: 30, height: 1)) { b in
            b.render(ProgressBar(ratio: 0.42, label: "Loading"), in: b.area, theme: .fallback)
        }
        expectScreen(screen, "Loading ███████▌░░░░░░░░░░ 42%")
        #expect(ProgressBar(ratio: 7).ratio == 1 && ProgressBar(ratio: .nan).ratio == 0)
    }

    @Test func barChartScalesToTheLargestValue() {
        let chart = BarChart([
            BarChart.Bar("Convicted", value: 40),
            BarChart.Bar("Acquitted", value: 10, role: .chartBarAlt),
            BarChart.Bar("Discontinued", value: 5, valueText: "5 (9%)"),
        ])
        let screen = render(Size(width: 40, height: 3)) { b in b.render(chart, in: b.area, theme: .fallback) }
        expectScreen(screen, """
            Convicted    ████████████████████ 40
            Acquitted    █████ 10
            Discontinued ██▌ 5 (9%)
            """)
        #expect(screen[x: 13, y: 1].style == Theme.fallback[.chartBarAlt])
    }

    @Test func sparklineShowsTheLatestValues() {
        #expect(Sparkline([0, 1, 2, 3, 4, 5, 6, 7]).glyphs == "▁▂▃▄▅▆▇█")
        #expect(Sparkline([5, nil, 5]).glyphs == "█ █")
        #expect(Sparkline([]).glyphs == "")
        let screen = render(Size(width: 6, height: 1)) { b in
            b.render(Sparkline([7, 7, 7, 0, 1, 2, 3, 7]), in: b.area, theme: .fallback)
        }
        expectScreen(screen, "█▁▂▃▄█")
    }

    @Test func textViewWrapsAndScrolls() {
        let view = TextView([
            TextView.Paragraph("Summary", role: .title),
            TextView.Paragraph("A long note about the mutual legal assistance request to Spain.", role: .text, indent: 2),
        ], state: TextViewState(offset: 1))
        #expect(view.lineCount(width: 20) == 5)
        let screen = render(Size(width: 20, height: 3)) { b in b.render(view, in: b.area, theme: .fallback) }
        expectScreen(screen, """
              A long note about↑
              the mutual legal
              assistance       ↓
            """)
        var s = TextViewState()
        s.scroll(by: 99, lineCount: 5, viewport: 3)
        #expect(s.offset == 2)
    }
}
