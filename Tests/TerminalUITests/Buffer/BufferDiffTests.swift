import Testing
@testable import TerminalUI

@Suite struct BufferDiffTests {
    @Test func identicalBuffersHaveNoDiff() {
        var a = Buffer(size: Size(width: 20, height: 3))
        a.put("same", x: 0, y: 1)
        #expect(a.diff(from: a).isEmpty)
    }

    @Test func firstFrameWritesEveryRowAsRuns() {
        var a = Buffer(size: Size(width: 4, height: 2))
        a.put("ab", x: 0, y: 0, style: Style(fg: .red))
        let runs = a.diff(from: nil)
        #expect(runs == [
            DiffRun(x: 0, y: 0, text: "ab", width: 2, style: Style(fg: .red)),
            DiffRun(x: 2, y: 0, text: "  ", width: 2, style: .plain),
            DiffRun(x: 0, y: 1, text: "    ", width: 4, style: .plain),
        ])
    }

    @Test func onlyChangedCellsAreWritten() {
        var a = Buffer(size: Size(width: 10, height: 2))
        a.put("hello", x: 0, y: 0)
        var b = a
        b.put("J", x: 0, y: 0)
        b.put("!", x: 9, y: 1)
        #expect(b.diff(from: a) == [
            DiffRun(x: 0, y: 0, text: "J", width: 1, style: .plain),
            DiffRun(x: 9, y: 1, text: "!", width: 1, style: .plain),
        ])
    }

    @Test func aWideCharacterIsRewrittenWhole() {
        var a = Buffer(size: Size(width: 4, height: 1))
        a.put("日x", x: 0, y: 0)
        var b = a
        b.put("本", x: 0, y: 0)
        #expect(b.diff(from: a) == [DiffRun(x: 0, y: 0, text: "本", width: 2, style: .plain)])
    }

    @Test func resizeRewritesEverything() {
        let a = Buffer(size: Size(width: 2, height: 1))
        let b = Buffer(size: Size(width: 3, height: 1))
        #expect(b.diff(from: a).map(\.width).reduce(0, +) == 3)
    }
}
