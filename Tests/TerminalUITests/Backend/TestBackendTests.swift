import Testing
@testable import TerminalUI

@Suite struct TestBackendTests {
    @Test func drawKeepsTheScreenAndTheDiff() {
        let backend = TestBackend(size: Size(width: 8, height: 2))
        var frame = Buffer(size: backend.size)
        frame.put("hello", x: 0, y: 0)
        backend.draw(frame)
        #expect(backend.screen == "hello\n")
        frame.put("J", x: 0, y: 0)
        backend.draw(frame)
        #expect(backend.lastDiff == [DiffRun(x: 0, y: 0, text: "J", width: 1, style: .plain)])
        backend.suspend()
        backend.resume()
        backend.draw(frame)
        #expect(backend.lastDiff.map(\.width).reduce(0, +) == 16)
        #expect(backend.drawCount == 3)
    }

    @Test func eventsComeOutInOrderAndResizeQueuesAnEvent() {
        let backend = TestBackend(size: Size(width: 8, height: 2), events: [.key(.char("j"))])
        backend.resize(to: Size(width: 20, height: 5))
        #expect(backend.readEvent(timeoutMilliseconds: 0) == .key(.char("j")))
        #expect(backend.readEvent(timeoutMilliseconds: 0) == .resize(Size(width: 20, height: 5)))
        #expect(backend.readEvent(timeoutMilliseconds: 0) == nil)
        #expect(backend.size == Size(width: 20, height: 5))
        backend.shutdown()
        #expect(backend.isShutDown)
    }
}
