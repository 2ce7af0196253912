/// An in-memory backend for tests: `draw` keeps the buffer (read it back with `screen` or
/// `buffer.text()`), `readEvent` hands out `events` in order.
public final class TestBackend: Backend {
    public private(set) var size: Size
    /// What the "terminal" shows: the last buffer drawn (blank before the first draw).
    public var buffer: Buffer
    /// Events still to be read, first first.
    public var events: [InputEvent]
    /// The runs the last draw wrote, to check that only changed cells are written.
    public private(set) var lastDiff: [DiffRun] = []
    public private(set) var drawCount = 0
    public private(set) var isSuspended = false
    public private(set) var isShutDown = false
    private var forceFullRedraw = false

    public init(size: Size, events: [InputEvent] = []) {
        self.size = size
        self.buffer = Buffer(size: size)
        self.events = events
    }

    public func draw(_ frame: Buffer) {
        lastDiff = frame.diff(from: forceFullRedraw ? nil : buffer)
        forceFullRedraw = false
        buffer = frame
        drawCount += 1
    }

    public func readEvent(timeoutMilliseconds: Int) -> InputEvent? {
        events.isEmpty ? nil : events.removeFirst()
    }

    /// Changes the size as a terminal resize would, queueing the `.resize` event.
    public func resize(to newSize: Size) {
        size = newSize
        events.append(.resize(newSize))
    }

    public func suspend() { isSuspended = true }

    public func resume() {
        isSuspended = false
        forceFullRedraw = true
    }

    public func shutdown() { isShutDown = true }

    /// Every text put on the clipboard, first first.
    public private(set) var clipboard: [String] = []
    public func copyToClipboard(_ text: String) { clipboard.append(text) }

    /// The screen as text, trailing spaces trimmed on each line.
    public var screen: String { buffer.text() }
}
