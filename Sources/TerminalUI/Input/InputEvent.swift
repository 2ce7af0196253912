/// Something that happened at the terminal.
public enum InputEvent: Sendable, Hashable {
    case key(Key)
    /// Text pasted while bracketed paste was on: arrives whole, never as key presses.
    case paste(String)
    case mouse(MouseEvent)
    /// The terminal changed size; the new size is given.
    case resize(Size)
}

/// A mouse action at a cell (0-based column x, row y).
public struct MouseEvent: Sendable, Hashable {
    public enum Kind: Sendable, Hashable { case press, wheelUp, wheelDown }
    public var x: Int
    public var y: Int
    public var kind: Kind

    public init(x: Int, y: Int, kind: Kind) {
        self.x = x
        self.y = y
        self.kind = kind
    }
}
