import Testing
@testable import TerminalUI

@Suite struct TerminalLoopTests {
    struct Model: Equatable {
        var count = 0
        var pasted = ""
        var background: [String] = []
    }

    func view(_ m: Model, _ size: Size) -> Buffer {
        var b = Buffer(size: size)
        b.put("count \(m.count) \(m.pasted) \(m.background.joined(separator: ","))", x: 0, y: 0)
        return b
    }

    @Test func drivesUpdateAndViewUntilQuit() {
        let backend = TestBackend(size: Size(width: 30, height: 2),
                                  events: [.key(.char("j")), .key(.char("j")), .paste("hi"), .key(.ctrl("l")), .key(.char("q")), .key(.char("j"))])
        let queue = EventQueue<String>()
        queue.post("loaded")
        var final = Model()
        Terminal.run(backend: backend, model: &final, mailbox: queue, update: { m, input in
            switch input {
            case .message(let s): m.background.append(s)
            case .event(.key(.char("j"))): m.count += 1
            case .event(.paste(let s)): m.pasted = s
            case .event(.key(.ctrl("l"))): return .repaint
            case .event(.key(.char("q"))): return .quit
            case .event: break
            }
            return .proceed
        }, view: view)
        #expect(final.count == 2 && final.pasted == "hi")
        #expect(final.background == ["loaded"])
        #expect(backend.events == [.key(.char("j"))])   // nothing read after quit
        expectScreen(backend.buffer, "count 2 hi loaded")
        #expect(queue.isEmpty)
    }

    @Test func resizeRedrawsAtTheNewSize() {
        // The resize event carries the new size; the loop draws the next frame at it.
        let backend = TestBackend(size: Size(width: 10, height: 1), events: [.resize(Size(width: 20, height: 2)), .key(.escape)])
        Terminal.run(backend: backend, initial: Model(), update: { _, e in e == .key(.escape) ? .quit : .proceed }, view: view)
        #expect(backend.buffer.size == Size(width: 20, height: 2))
        #expect(backend.drawCount == 2)
    }
}
