import TerminalUI

/// One line of text being typed (filter, command line, chase note): the text and a cursor
/// counted in characters.
struct LineInput: Sendable, Equatable {
    var text: String = ""
    var cursor: Int = 0
    /// Where Up/Down are in the history, while they are: the entry shown and what was typed
    /// before the first Up (the entries recalled start with it; Down past the newest gives it back).
    var recall: Recall?

    struct Recall: Sendable, Equatable {
        var index: Int
        var draft: String
    }

    init(_ text: String = "") { self.text = text; cursor = text.count }

    /// Applies an editing key; returns false when the key is not an editing key, so the caller
    /// can give it another meaning (Enter, Esc, Tab).
    mutating func edit(_ key: Key) -> Bool {
        let before = text
        defer { if text != before { recall = nil } }
        switch key {
        case .char(let c):
            insert(String(c))
        case .backspace:
            guard cursor > 0 else { return true }
            let i = text.index(text.startIndex, offsetBy: cursor - 1)
            text.remove(at: i)
            cursor -= 1
        case .delete, .ctrl("d"):
            guard cursor < text.count else { return true }
            text.remove(at: text.index(text.startIndex, offsetBy: cursor))
        case .left, .ctrl("b"): cursor = max(0, cursor - 1)
        case .right, .ctrl("f"): cursor = min(text.count, cursor + 1)
        case .home, .ctrl("a"): cursor = 0
        case .end, .ctrl("e"): cursor = text.count
        case .ctrl("u"): text = String(text.dropFirst(cursor)); cursor = 0
        case .ctrl("k"): text = String(text.prefix(cursor))
        case .ctrl("w"):
            let before = Array(text.prefix(cursor))
            var i = before.count
            while i > 0, before[i - 1] == " " { i -= 1 }
            while i > 0, before[i - 1] != " " { i -= 1 }
            text = String(before[..<i]) + String(text.dropFirst(cursor))
            cursor = i
        default:
            return false
        }
        return true
    }

    /// Up (`older`) or Down through `entries` (oldest first), as a shell or vim's `:` does:
    /// only entries that start with what was typed before the first Up. False when there is
    /// nothing further that way (the line stays as it is).
    mutating func recall(_ entries: [String], older: Bool) -> Bool {
        let draft = recall?.draft ?? text
        let from = recall?.index ?? entries.count
        let found = older ? entries[..<min(from, entries.count)].lastIndex { $0.hasPrefix(draft) && $0 != text }
                          : entries.indices.dropFirst(from + 1).first { entries[$0].hasPrefix(draft) && entries[$0] != text }
        if let found {
            text = entries[found]
            recall = Recall(index: found, draft: draft)
        } else if !older, recall != nil {
            text = draft
            recall = nil
        } else {
            return false
        }
        cursor = text.count
        return true
    }

    /// Pasted text arrives as one piece; line breaks become spaces because the input is one line.
    mutating func insert(_ s: String) {
        let clean = String(s.map { $0.isNewline ? " " : $0 })
        let i = text.index(text.startIndex, offsetBy: cursor)
        text.insert(contentsOf: clean, at: i)
        cursor += clean.count
        recall = nil
    }
}
