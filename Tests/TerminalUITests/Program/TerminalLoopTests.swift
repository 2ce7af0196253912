import Foundation
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

    /// A post from another thread makes the mailbox's descriptor readable, so the loop's wait
    /// (`NcursesBackend.readEvent(timeoutMilliseconds:wakeFD:)`) ends at once instead of when
    /// its time runs out; draining empties it with the items.
    @Test func aPostWakesAWaitOnTheMailbox() {
        let queue = EventQueue<Int>()
        #expect(queue.wakeFD >= 0)
        var fd = pollfd(fd: queue.wakeFD, events: Int16(POLLIN), revents: 0)
        #expect(poll(&fd, 1, 0) == 0)
        DispatchQueue.global().asyncAfter(deadline: .now() + .milliseconds(30)) { queue.post(7) }
        let start = Date()
        #expect(poll(&fd, 1, 5000) == 1)
        #expect(Date().timeIntervalSince(start) < 2)
        #expect(queue.drain() == [7])
        fd.revents = 0
        #expect(poll(&fd, 1, 0) == 0)
        // Many posts before a drain: none blocks, one drain takes them all.
        for n in 0..<100_000 { queue.post(n) }
        #expect(queue.drain().count == 100_000 && poll(&fd, 1, 0) == 0)
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
