import Testing
@testable import TerminalUI

@Suite struct GeometryTests {
    @Test func rectArithmetic() {
        let r = Rect(x: 2, y: 3, width: 10, height: 4)
        #expect(r.maxX == 12 && r.maxY == 7)
        #expect(r.inset(by: 1) == Rect(x: 3, y: 4, width: 8, height: 2))
        #expect(r.inset(by: 5).isEmpty)
        #expect(r.inset(by: 5).width == 0)
        #expect(r.contains(x: 2, y: 3) && !r.contains(x: 12, y: 3))
        #expect(r.intersection(Rect(x: 10, y: 0, width: 10, height: 4)) == Rect(x: 10, y: 3, width: 2, height: 1))
        #expect(r.intersection(Rect(x: 50, y: 50, width: 1, height: 1)).isEmpty)
        #expect(r.centered(Size(width: 4, height: 2)) == Rect(x: 5, y: 4, width: 4, height: 2))
        #expect(Rect(x: 0, y: 0, width: -5, height: 2).width == 0)
        #expect(Size(width: 80, height: 24).fits(Size(width: 60, height: 16)))
        #expect(!Size(width: 50, height: 24).fits(Size(width: 60, height: 16)))
    }
}
