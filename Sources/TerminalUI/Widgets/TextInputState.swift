/// The text and cursor of a single-line input, and the editing keys it understands:
/// typing, Backspace, Delete, Left/Right, Home/End, Ctrl-a/e (start/end), Ctrl-b/f (left/right),
/// Ctrl-d (delete), Ctrl-h (backspace), Ctrl-k (kill to end), Ctrl-u (kill to start),
/// Ctrl-w (kill the word before the cursor). Pasted text is inserted with line breaks as spaces.
/// Invariant: 0 <= cursor <= text.count (in Characters).
public struct TextInputState: Sendable, Hashable {
    public private(set) var text: String
    public private(set) var cursor: Int

    public init(_ text: String = "", cursor: Int? = nil) {
        self.text = text
        self.cursor = min(max(0, cursor ?? text.count), text.count)
    }

    public mutating func setText(_ newText: String) {
        text = newText
        cursor = newText.count
    }

    /// Applies `key`; returns false when the key is not an editing key (the caller handles it:
    /// Enter, Esc, Tab, ...).
    @discardableResult
    public mutating func edit(key: Key) -> Bool {
        switch key {
        case .char(let c): insert(String(c))
        case .left, .ctrl("b"): cursor = max(0, cursor - 1)
        case .right, .ctrl("f"): cursor = min(text.count, cursor + 1)
        case .home, .ctrl("a"): cursor = 0
        case .end, .ctrl("e"): cursor = text.count
        case .backspace, .ctrl("h"):
            guard cursor > 0 else { return true }
            remove(cursor - 1..<cursor)
        case .delete, .ctrl("d"):
            guard cursor < text.count else { return true }
            remove(cursor..<cursor + 1)
        case .ctrl("k"): remove(cursor..<text.count)
        case .ctrl("u"): remove(0..<cursor)
        case .ctrl("w"): remove(wordStart()..<cursor)
        default: return false
        }
        return true
    }

    /// Inserts `s` at the cursor (pasted text: line breaks and tabs become spaces).
    public mutating func insert(_ s: String) {
        let clean = String(s.map { $0 == "\n" || $0 == "\r\n" || $0 == "\r" || $0 == "\t" ? " " : $0 })
        var chars = Array(text)
        chars.insert(contentsOf: clean, at: cursor)
        text = String(chars)
        // Inserting can merge graphemes (a combining mark joins the character before it).
        cursor = min(text.count, cursor + clean.count - (chars.count - text.count))
    }

    private mutating func remove(_ range: Range<Int>) {
        var chars = Array(text)
        chars.removeSubrange(range)
        text = String(chars)
        cursor = min(range.lowerBound, text.count)
    }

    /// Where Ctrl-w stops: the start of the word before the cursor (spaces before it go too).
    private func wordStart() -> Int {
        let chars = Array(text)
        var i = cursor
        while i > 0, chars[i - 1] == " " { i -= 1 }
        while i > 0, chars[i - 1] != " " { i -= 1 }
        return i
    }
}
