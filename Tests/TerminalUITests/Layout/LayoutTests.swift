import Testing
@testable import TerminalUI

@Suite struct LayoutTests {
    @Test func fillsShareByWeight() {
        #expect(Layout.sizes([.fill(), .fill()], total: 10) == [5, 5])
        #expect(Layout.sizes([.fill(), .fill()], total: 11) == [6, 5])
        #expect(Layout.sizes([.fill(2), .fill(1)], total: 90) == [60, 30])
        #expect(Layout.sizes([.fill(), .fill(), .fill()], total: 10, spacing: 1) == [3, 3, 2])
    }

    @Test func lengthsAndPercentagesComeFirst() {
        #expect(Layout.sizes([.length(1), .fill(), .length(1)], total: 24) == [1, 22, 1])
        #expect(Layout.sizes([.percent(30), .fill()], total: 100) == [30, 70])
        #expect(Layout.sizes([.length(3), .length(4)], total: 20) == [3, 4])
    }

    @Test func minimumsAreKeptWhileThereIsRoom() {
        #expect(Layout.sizes([.fill(1, min: 30), .fill(3)], total: 60) == [30, 30])
        #expect(Layout.sizes([.fill(3), .fill(1, min: 20)], total: 40) == [20, 20])
    }

    @Test func theLastPartsGiveWayWhenShort() {
        #expect(Layout.sizes([.length(10), .length(10)], total: 15) == [10, 5])
        #expect(Layout.sizes([.fill(1, min: 10), .fill(1, min: 10)], total: 12) == [10, 2])
        #expect(Layout.sizes([.length(5), .fill()], total: 0) == [0, 0])
        #expect(Layout.sizes([.percent(50, min: 8), .fill(1, min: 8)], total: 10) == [8, 2])
    }

    @Test func rectSplits() {
        let r = Rect(x: 0, y: 0, width: 80, height: 24)
        let (header, rest) = r.cutTop(1)
        let (body, footer) = rest.cutBottom(1)
        #expect(header == Rect(x: 0, y: 0, width: 80, height: 1))
        #expect(footer == Rect(x: 0, y: 23, width: 80, height: 1))
        let panes = body.splitHorizontally([.fill(3, min: 30), .fill(2, min: 20)])
        #expect(panes == [Rect(x: 0, y: 1, width: 48, height: 22), Rect(x: 48, y: 1, width: 32, height: 22)])
        let stacked = panes[1].splitVertically([.fill(), .length(8)])
        #expect(stacked == [Rect(x: 48, y: 1, width: 32, height: 14), Rect(x: 48, y: 15, width: 32, height: 8)])
    }

    @Test func focusRingCycles() {
        var ring = FocusRing(["list", "detail", "requests"])
        #expect(ring.isFocused("list"))
        ring.next(); ring.next()
        #expect(ring.current == "requests")
        ring.next()
        #expect(ring.current == "list")
        ring.previous()
        #expect(ring.current == "requests")
        ring.setItems(["list", "detail"])
        #expect(ring.current == "list")
        ring.focus("detail")
        #expect(ring.current == "detail")
        ring.focus("nope")
        #expect(ring.current == "detail")
        #expect(FocusRing<String>([]).current == nil)
    }
}
