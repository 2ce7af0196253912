/// Puts buffers on a terminal and reads its input. Widgets never see a backend: they draw
/// into a `Buffer`; the program loop hands finished buffers to `draw`.
public protocol Backend: AnyObject {
    /// The terminal's current size in cells.
    var size: Size { get }
    /// Shows `buffer`, writing only the cells that changed since the last draw.
    func draw(_ buffer: Buffer)
    /// The next input event, waiting at most `timeoutMilliseconds` (negative: wait for ever);
    /// nil when the time ran out (the loop can then poll its own queues).
    func readEvent(timeoutMilliseconds: Int) -> InputEvent?
    /// The same, returning nil as soon as `wakeFD` (an `EventQueue`'s) becomes readable: a
    /// message posted from another thread is taken without waiting for the time to run out.
    func readEvent(timeoutMilliseconds: Int, wakeFD: Int32) -> InputEvent?
    /// Hands the terminal to another program (`$EDITOR`): the screen is restored to normal.
    func suspend()
    /// Takes the terminal back after `suspend`; the next draw repaints every cell.
    func resume()
    /// Restores the terminal for good. Safe to call more than once.
    func shutdown()
    /// Puts `text` on the terminal's clipboard (OSC 52, see `ClipboardMode`).
    func copyToClipboard(_ text: String)
}

extension Backend {
    /// A backend that cannot watch another descriptor waits as before.
    public func readEvent(timeoutMilliseconds: Int, wakeFD: Int32) -> InputEvent? {
        readEvent(timeoutMilliseconds: timeoutMilliseconds)
    }
}
